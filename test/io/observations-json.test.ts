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

describe('observations JSON: the parts of each error (issue #25)', () => {
  const parks = [
    { id: 'a.parks', label: { vi: 'Công viên', en: 'Parks' } },
    { id: 'soc.green', label: { vi: 'Cây xanh', en: 'Green spaces' } },
  ];

  it('gives malformed JSON the line and column of the position the parser names', () => {
    const text = '[\n  {"a": 1},\n  {x}]';
    const error = dxErrorOf(() => parseObservationsJson(text));
    const reason = (error.cause as Error).message;
    expect(reason).toMatch(/position 17/);
    expect([error.code, error.message]).toEqual(['JSON_SYNTAX', `JSON: ${reason}.`]);
    expect(error.issues).toEqual([
      { path: [], message: `JSON: ${reason}`, expected: 'JSON text', line: 3, column: 4 },
    ]);
    const first = dxErrorOf(() => parseObservationsJson('{x}')).issues[0];
    expect([first?.line, first?.column]).toEqual([1, 2]);
    const noPlace = dxErrorOf(() => parseObservationsJson(''));
    expect((noPlace.cause as Error).message).not.toMatch(/position/);
    expect(noPlace.issues[0]).not.toHaveProperty('line');
    expect(noPlace.issues[0]).not.toHaveProperty('column');
  });

  it('says what it got instead of an array, and of an options object', () => {
    const object = dxErrorOf(() => parseObservationsJson('{"a": 1}'));
    expect([object.code, object.message]).toEqual([
      'VALIDATION_FAILED',
      'JSON: expected an array of observations, got { a: 1 }.',
    ]);
    expect(object.issues).toEqual([
      {
        path: [],
        message: 'JSON: expected an array of observations, got { a: 1 }',
        expected: 'an array of observations',
        received: '{ a: 1 }',
      },
    ]);
    const options = dxErrorOf(() => parseObservationsJson('[]', 'x' as never));
    expect([options.code, options.message]).toEqual([
      'INVALID_ARGUMENT',
      'options: expected an object like { indicators }, got "x".',
    ]);
    expect(dxErrorOf(() => parseObservationsJson('[]', { ids: [] } as never)).message).toBe(
      'options.ids: not an option here; expected indicators.',
    );
  });

  it("reports an unread label as data, beside the record's other issues", () => {
    const error = dxErrorOf(() =>
      parseObservationsJson(
        JSON.stringify([{ ...observationOf(), indicator: 'Green spaes', value: 'x' }]),
        { indicators: parks },
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['0', 'value'],
      ['0', 'indicator'],
    ]);
    expect(error.issues[1]).toMatchObject({
      expected: 'an indicator id of the catalogue',
      received: '"Green spaes"',
      suggestion: 'soc.green',
    });
  });

  it('with ids only, reports an unknown id only when the record is otherwise sound', () => {
    const error = dxErrorOf(() =>
      parseObservationsJson(
        JSON.stringify([{ ...observationOf(), indicator: 'econ.widgets', value: 'x' }]),
        { indicators: ['gov.x'] },
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([['0', 'value']]);
  });

  it('reads a record that is null or has no text indicator as the schema does', () => {
    const error = dxErrorOf(() =>
      parseObservationsJson(JSON.stringify([null, { ...observationOf(), indicator: 42 }]), {
        indicators: parks,
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((issue) => issue.path)).toEqual([['0'], ['1', 'indicator']]);
  });

  it('lists exactly 20 issues without a count, and counts the ones past 20', () => {
    const bad = (n: number) =>
      JSON.stringify(Array.from({ length: n }, () => ({ ...observationOf(), value: 'x' })));
    const twenty = dxErrorOf(() => parseObservationsJson(bad(20)));
    expect(twenty.message.split('\n')).toHaveLength(20);
    expect(twenty.message).not.toMatch(/more issues/);
    const more = dxErrorOf(() => parseObservationsJson(bad(23)));
    expect(more.issues).toHaveLength(23);
    expect(more.message.split('\n')).toHaveLength(21);
    expect(more.message.split('\n').at(-1)).toBe('(and 3 more issues)');
  });
});
