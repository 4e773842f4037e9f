import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/framework/indicators.js';
import { deriveShares } from '../../src/kpi/derive.js';
import type { Observation } from '../../src/model/observation.js';
import { seedDataset } from '../../src/seed.js';

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
    ).toThrowError('observations[0].commune: expected a commune code string, got 4.');
  });
});
