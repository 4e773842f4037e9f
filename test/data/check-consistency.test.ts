import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/data/check-consistency.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Qualifier } from '../../src/model/qualifier.js';

const at = {
  province: '26',
  period: { kind: 'half', year: 2021, half: 1 },
  source: { source: 'vp' },
} as const;
const share = INDICATORS.find((i) => i.numerator !== undefined && i.denominator !== undefined);

function dataset(
  numerator: number,
  denominator: number,
  reported: number,
  qualifier: Qualifier = 'exact',
): Dataset {
  if (!share?.numerator || !share.denominator)
    throw new Error('the catalogue has no share with counts');
  return {
    sources: [],
    documents: [],
    programmes: [],
    indicators: [],
    targets: [],
    rankings: [],
    observations: [
      { ...at, indicator: share.numerator, value: numerator, qualifier: 'exact' },
      { ...at, indicator: share.denominator, value: denominator, qualifier: 'exact' },
      { ...at, indicator: share.id, value: reported, qualifier },
    ],
  };
}

describe('checkConsistency', () => {
  const options = { indicators: INDICATORS };

  it('flags Vĩnh Phúc’s 94% that the counts put at 94.93%', () => {
    const [finding, ...rest] = checkConsistency(dataset(129_396, 136_302, 94), options);
    expect(rest).toEqual([]);
    expect(finding?.computed).toBeCloseTo(94.933, 3);
    expect(finding?.message).toBe('reported 94%, the counts give 94.93% (129396 / 136302)');
  });

  it('accepts shares that agree to the reported precision', () => {
    expect(checkConsistency(dataset(1366, 1453, 94), options)).toEqual([]);
    expect(checkConsistency(dataset(1366, 1453, 94.01), options)).toEqual([]);
    expect(checkConsistency(dataset(1366, 1453, 93.9), options)).toHaveLength(1);
  });

  it('reads qualifiers in their sense', () => {
    expect(checkConsistency(dataset(97, 100, 96, 'over'), options)).toEqual([]);
    expect(checkConsistency(dataset(95, 100, 96, 'over'), options)).toHaveLength(1);
    expect(checkConsistency(dataset(96, 100, 96, 'atLeast'), options)).toEqual([]);
    expect(checkConsistency(dataset(90, 100, 95, 'under'), options)).toEqual([]);
    expect(checkConsistency(dataset(96, 100, 95, 'atMost'), options)).toHaveLength(1);
    expect(checkConsistency(dataset(96, 100, 95, 'approx'), options)).toEqual([]);
    expect(checkConsistency(dataset(90, 100, 95, 'approx'), options)[0]?.message).toMatch(
      /^reported approx 95%/,
    );
  });

  it('skips shares without both counts, or with a zero denominator', () => {
    const d = dataset(1, 0, 50);
    expect(checkConsistency(d, options)).toEqual([]);
    expect(checkConsistency({ ...d, observations: d.observations.slice(1) }, options)).toEqual([]);
    expect(checkConsistency(d)).toEqual([]);
  });

  it('rejects non-datasets', () => {
    expect(() => checkConsistency({} as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
