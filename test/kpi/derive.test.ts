import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/framework/indicators.js';
import { deriveShares } from '../../src/kpi/derive.js';
import type { Observation } from '../../src/model/observation.js';
import { seedDataset } from '../../src/seed.js';
import { dxErrorOf } from '../fixtures/errors.js';

const at = {
  province: '49',
  period: { kind: 'year', year: 2022 },
  qualifier: 'exact',
  source: { source: 's' },
} as const;
const count = (
  indicator: string,
  value: number,
  overrides: Partial<Observation> = {},
): Observation => ({ ...at, indicator, value, ...overrides });

describe('deriveShares', () => {
  it('computes a share from exact counts of the same province, period and source', () => {
    const [share, ...rest] = deriveShares(
      [count('gov.edocs.outgoing-signed.count', 50), count('gov.edocs.outgoing.count', 200)],
      INDICATORS,
    );
    expect(rest).toEqual([]);
    expect(share).toEqual({
      ...at,
      indicator: 'gov.edocs.outgoing-signed-share',
      value: 25,
      note: 'derived: gov.edocs.outgoing-signed.count / gov.edocs.outgoing.count (50 / 200)',
    });
  });

  it('derives nothing when the share is reported, a count is approximate, the pair differs, or the whole is 0', () => {
    const pair = [
      count('gov.edocs.outgoing-signed.count', 50),
      count('gov.edocs.outgoing.count', 200),
    ];
    expect(
      deriveShares([...pair, count('gov.edocs.outgoing-signed-share', 30)], INDICATORS),
    ).toEqual([]);
    expect(
      deriveShares(
        [pair[0] as Observation, count('gov.edocs.outgoing.count', 200, { qualifier: 'approx' })],
        INDICATORS,
      ),
    ).toEqual([]);
    expect(
      deriveShares(
        [pair[0] as Observation, count('gov.edocs.outgoing.count', 200, { province: '26' })],
        INDICATORS,
      ),
    ).toEqual([]);
    expect(
      deriveShares([pair[0] as Observation, count('gov.edocs.outgoing.count', 0)], INDICATORS),
    ).toEqual([]);
    expect(deriveShares(pair, [])).toEqual([]);
  });

  it('finds nothing to add in the seed dataset, whose shares are reported with their counts', () => {
    const derived = deriveShares(seedDataset.observations, INDICATORS);
    for (const o of derived) expect(o.note).toMatch(/^derived: /);
    expect(
      derived.every(
        (o) =>
          !seedDataset.observations.some(
            (s) => s.indicator === o.indicator && s.province === o.province,
          ),
      ),
    ).toBe(true);
  });

  it('rejects non-arrays', () => {
    expect(() => deriveShares(null as never, INDICATORS)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => deriveShares([], 'x' as never)).toThrowError(/indicators/);
  });

  it('names a record that is not an observation, or a value that is not a number', () => {
    expect(() => deriveShares([null] as never, INDICATORS)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'observations[0]: expected an observation, got null.',
      }),
    );
    expect(() => deriveShares([], [42] as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'indicators[0]: expected an indicator definition, got 42.',
      }),
    );
    const [first] = seedDataset.observations;
    expect(() => deriveShares([{ ...first, value: Number.NaN }] as never, INDICATORS)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: 'observations[0].value: expected a finite number, got NaN.',
      }),
    );
  });

  it("pairs a commune's counts with the same commune's, never with its province's", () => {
    const derived = deriveShares(
      [
        count('gov.edocs.outgoing-signed.count', 50, { commune: '20314' }),
        count('gov.edocs.outgoing.count', 200, { commune: '20314' }),
        count('gov.edocs.outgoing.count', 1000),
        count('gov.edocs.outgoing-signed.count', 10, { commune: '20317' }),
      ],
      INDICATORS,
    );
    expect(derived.map((o) => [o.commune, o.value])).toEqual([['20314', 25]]);
    expect(() =>
      deriveShares([count('gov.edocs.outgoing.count', 1, { commune: 4 as never })], INDICATORS),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'observations[0].commune: expected a commune code string, got 4.',
      }),
    );
  });
});

describe('deriveShares: what each observation must hold', () => {
  const good = count('gov.edocs.outgoing.count', 1);
  const refused = (o: unknown) => dxErrorOf(() => deriveShares([good, o] as never, INDICATORS));

  it('names the field of the key that is not a string', () => {
    for (const field of ['province', 'indicator'] as const) {
      const error = refused({ ...good, [field]: 5 });
      expect([error.code, error.message]).toEqual([
        'INVALID_ARGUMENT',
        `observations[1].${field}: expected a string, got 5.`,
      ]);
    }
  });

  it('names a source that is not a { source } record, or whose source is not a string', () => {
    expect(refused({ ...good, source: null }).message).toBe(
      'observations[1].source: expected a source { source }, got null.',
    );
    const error = refused({ ...good, source: { source: 7 } });
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'observations[1].source.source: expected a string, got 7.',
    ]);
  });

  it('names the part of a malformed period, with what a period needs', () => {
    const error = refused({ ...good, period: { kind: 'year', year: 2022, month: 3 } });
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.issues[0]).toMatchObject({
      path: ['observations', 1, 'period', 'month'],
      expected: 'only the keys kind, year',
    });
    expect(error.message).toBe(
      'observations[1].period.month: expected only the keys kind, year, got "month".',
    );
    expect(refused({ ...good, period: null }).message).toMatch(
      /^observations\[1\]\.period: expected a period object/,
    );
  });

  it('accepts a commune code and an absent commune, and copies the commune onto the share', () => {
    const [share] = deriveShares(
      [
        count('gov.edocs.outgoing-signed.count', 3, { commune: '20314' }),
        count('gov.edocs.outgoing.count', 4, { commune: '20314' }),
      ],
      INDICATORS,
    );
    expect(share).toMatchObject({ commune: '20314', value: 75 });
    const [provincial] = deriveShares(
      [count('gov.edocs.outgoing-signed.count', 3), count('gov.edocs.outgoing.count', 4)],
      INDICATORS,
    );
    expect(provincial && 'commune' in provincial).toBe(false);
  });
});

describe('deriveShares: which counts pair', () => {
  const signed = 'gov.edocs.outgoing-signed.count';
  const outgoing = 'gov.edocs.outgoing.count';

  it("never pairs a commune's count with another unit's, whatever its code", () => {
    for (const [a, b] of [
      ['20314', undefined],
      [undefined, '20314'],
      ['20314', '20317'],
      ['', undefined],
      ['|', undefined],
    ] as const)
      expect(
        deriveShares(
          [
            count(signed, 5, a === undefined ? {} : { commune: a }),
            count(outgoing, 10, b === undefined ? {} : { commune: b }),
          ],
          INDICATORS,
        ),
      ).toEqual([]);
  });

  it('takes the first of two exact counts of the same unit, period and source', () => {
    const [share, ...rest] = deriveShares(
      [count(signed, 50), count(signed, 60), count(outgoing, 200), count(outgoing, 300)],
      INDICATORS,
    );
    expect(rest).toEqual([]);
    expect(share?.value).toBe(25);
    expect(share?.note).toBe(`derived: ${signed} / ${outgoing} (50 / 200)`);
  });

  it('names the argument that is not an array, and what it should be', () => {
    const observations = dxErrorOf(() => deriveShares(null as never, INDICATORS));
    expect([observations.code, observations.message]).toEqual([
      'INVALID_ARGUMENT',
      'observations: expected an array, got null.',
    ]);
    expect(dxErrorOf(() => deriveShares([], 'x' as never)).message).toBe(
      'indicators: expected an array of indicator definitions, got "x".',
    );
  });
});
