import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/framework.js';
import { formatObservationsJson, parseObservationsJson } from '../../src/io/observations-json.js';
import { dxErrorOf } from '../fixtures/errors.js';
import { observationOf } from '../fixtures/observations.js';

describe('observations JSON', () => {
  it('round-trips', () => {
    const observations = [
      observationOf(),
      observationOf({ id: 'x', qualifier: 'approx', period: { kind: 'date', date: '2021-12-03' } }),
    ];
    expect(parseObservationsJson(formatObservationsJson(observations))).toEqual(observations);
  });

  it('reports malformed JSON and every bad record with its path', () => {
    expect(() => parseObservationsJson('[{')).toThrowError(
      expect.objectContaining({ code: 'JSON_SYNTAX' }),
    );
    expect(() => parseObservationsJson('{}')).toThrowError(/expected an array/);
    const malformed = dxErrorOf(() => parseObservationsJson('nope'));
    expect(malformed.code).toBe('JSON_SYNTAX');
    expect(malformed.message).toMatch(/^JSON: .+\.$/);
    expect(malformed.cause).toBeInstanceOf(SyntaxError);
    const error = dxErrorOf(() =>
      parseObservationsJson(
        JSON.stringify([
          observationOf(),
          { ...observationOf(), value: 'x' },
          { ...observationOf(), province: 49 },
        ]),
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['1', 'value'],
      ['2', 'province'],
    ]);
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^JSON \[1\]\.value: .+\.$/),
      expect.stringMatching(/^JSON \[2\]\.province: .+\.$/),
    ]);
    const single = dxErrorOf(() =>
      parseObservationsJson(JSON.stringify([observationOf({ qualifier: 'x' as never })])),
    );
    expect(single.code).toBe('VALIDATION_FAILED');
    expect(single.issues.map((issue) => issue.path)).toEqual([['0', 'qualifier']]);
    expect(single.message).toMatch(/^JSON \[0\]\.qualifier: [^(]*\.$/);
    expect(() => parseObservationsJson(3 as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => formatObservationsJson([{ ...observationOf(), extra: 1 } as never])).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => formatObservationsJson(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('names what it got instead of text or an array', () => {
    expect(() => parseObservationsJson(['[]'] as never)).toThrowError(
      'text: expected JSON text, got an array of length 1.',
    );
    expect(() => parseObservationsJson(new Date(Number.NaN) as never)).toThrowError(
      'text: expected JSON text, got Date(invalid).',
    );
    expect(() => formatObservationsJson(new Date(Date.UTC(2023, 0, 2)) as never)).toThrowError(
      'observations: expected an array of observations, got Date(2023-01-02T00:00:00.000Z).',
    );
    expect(() => formatObservationsJson({ length: 0 } as never)).toThrowError(
      'observations: expected an array of observations, got { length: 0 }.',
    );
  });

  it('checks indicator ids of JSON records against the known ones', () => {
    const record = (indicator: string) => ({
      province: '49',
      indicator,
      period: { kind: 'year', year: 2022 },
      value: 5,
      qualifier: 'exact',
      source: { source: 's' },
    });
    const text = JSON.stringify([
      record('gov.dossiers.online-share'),
      record('gov.dossiers.onlin-share'),
    ]);
    expect(parseObservationsJson(text)).toHaveLength(2);
    expect(() =>
      parseObservationsJson(text, { indicators: ['gov.dossiers.online-share'] }),
    ).toThrowError(
      'JSON [1].indicator: unknown indicator "gov.dossiers.onlin-share"; the closest known id is "gov.dossiers.online-share".',
    );
    expect(() =>
      parseObservationsJson(JSON.stringify([record('econ.widgets')]), { indicators: ['gov.x'] }),
    ).toThrowError('JSON [0].indicator: unknown indicator "econ.widgets".');
  });

  it('reads a label as its id when given definitions; a near or shared one is an issue', () => {
    const record = (indicator: string) => ({ ...observationOf(), indicator });
    const text = JSON.stringify([record('Tỷ lệ hồ sơ trực tuyến'), record('soc.parks')]);
    const given = JSON.parse(text);
    expect(
      parseObservationsJson(text, { indicators: [...INDICATORS, 'soc.parks'] }).map(
        (o) => o.indicator,
      ),
    ).toEqual(['gov.dossiers.online-share', 'soc.parks']);
    expect(JSON.parse(text)).toEqual(given);
    const two = [
      { id: 'a.parks', label: { vi: 'Công viên', en: 'Parks' } },
      { id: 'b.parks', label: { vi: 'Công viên', en: 'Green spaces' } },
    ];
    const error = dxErrorOf(() =>
      parseObservationsJson(JSON.stringify([record('cong vien'), record('Green spaes')]), {
        indicators: two,
      }),
    );
    expect(error.message.split('\n')).toEqual([
      'JSON [0].indicator: "cong vien" is the label of 2 indicators ("a.parks", "b.parks"); write the id of the one meant.',
      'JSON [1].indicator: unknown indicator "Green spaes"; the closest known id is "b.parks" (Green spaces).',
    ]);
    // With ids only, a label is a bad id, as before.
    expect(() =>
      parseObservationsJson(JSON.stringify([record('Công viên')]), { indicators: ['a.parks'] }),
    ).toThrowError(/^JSON \[0\]\.indicator: /);
    expect(() => parseObservationsJson('[]', { indicators: 'x' as never })).toThrow(
      /^options\.indicators: expected an array/,
    );
  });
});
