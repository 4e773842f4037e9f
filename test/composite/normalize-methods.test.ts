import { describe, expect, it } from 'vitest';
import { NORMALIZE_OPTIONS, normalize } from '../../src/composite/normalize.js';
import { METHODS, type Scan, ZSCORE_SCALE_KEYS } from '../../src/composite/normalize-methods.js';
import type { NormalizeMethod } from '../../src/model/framework-node.js';
import { dxErrorOf } from '../fixtures/errors.js';

/** The scan normalizeColumn makes of a column before calling a method. */
function scan(column: Float64Array, higher = true): Scan {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of column) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { higher, n: column.length, min, max, constant: min === max };
}

const EXAMPLES: readonly NormalizeMethod[] = [
  { method: 'min-max', range: [0, 100] },
  { method: 'goalposts', min: 0, max: 100, scale: 10 },
  { method: 'z-score', output: { mean: 100, sd: 10 } },
  { method: 'distance-to-target', target: 90 },
  { method: 'dist-to-max' },
  { method: 'dist-to-ref', ref: 85 },
  { method: 'frac-max' },
  { method: 'rank', ties: 'dense' },
  { method: 'borda' },
  { method: 'percent-rank' },
];

describe('METHODS', () => {
  it('has one function for every method, and nothing else', () => {
    expect(Object.keys(METHODS).sort()).toEqual(Object.keys(NORMALIZE_OPTIONS).sort());
    expect(EXAMPLES.map((m) => m.method).sort()).toEqual(Object.keys(METHODS).sort());
  });

  it.each(EXAMPLES)('$method scales a column in place as normalize does', (method) => {
    for (const direction of ['higher-is-better', 'lower-is-better'] as const) {
      // A target or reference lies on the better side: above the values, or below them.
      const lower = direction === 'lower-is-better';
      const given = {
        ...method,
        ...(lower && 'target' in method ? { target: 10 } : {}),
        ...(lower && 'ref' in method ? { ref: 15 } : {}),
        direction,
      } as NormalizeMethod;
      const values = [20, null, 50, 80, 50];
      const column = Float64Array.from(values, (v) => v ?? Number.NaN);
      const run = METHODS[method.method] as (
        column: Float64Array,
        method: NormalizeMethod,
        scan: Scan,
      ) => Float64Array;
      const out = run(column, given, scan(column, !lower));
      expect(out).toBe(column);
      expect(Array.from(out, (v) => (Number.isNaN(v) ? null : v))).toEqual(
        normalize(values, given),
      );
    }
  });

  it('keeps a constant column at the middle, empties it, or throws, as the policy says', () => {
    const column = () => new Float64Array([7, Number.NaN, 7]);
    const constant: Scan = { higher: true, n: 3, min: 7, max: 7, constant: true };
    expect(Array.from(METHODS['min-max'](column(), { method: 'min-max' }, constant))).toEqual([
      0.5,
      Number.NaN,
      0.5,
    ]);
    expect(
      Array.from(
        METHODS['dist-to-max'](column(), { method: 'dist-to-max', constant: 'exclude' }, constant),
      ),
    ).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(() =>
      METHODS['frac-max'](column(), { method: 'frac-max', constant: 'error' }, constant),
    ).toThrowError(/all 2 values equal 7/);
  });

  it('refuses an overflowing span rather than give infinities', () => {
    const column = new Float64Array([-1.7e308, 1.7e308]);
    expect(() => METHODS['min-max'](column, { method: 'min-max' }, scan(column))).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('names the keys of a z-score output scale', () => {
    expect(ZSCORE_SCALE_KEYS).toEqual(['mean', 'sd']);
  });
});

describe('METHODS: what the checks name', () => {
  it("leaves an excluded constant column before the method's own checks", () => {
    // Constant zeros have no maximum above 0, and 5 is no reference above 1 for them: excluded,
    // the column is simply empty.
    expect(normalize([0, 0], { method: 'frac-max', constant: 'exclude' })).toEqual([null, null]);
    expect(normalize([5, 5], { method: 'dist-to-ref', ref: 1, constant: 'exclude' })).toEqual([
      null,
      null,
    ]);
  });

  it('names what frac-max needs, with the value it got', () => {
    const higher = dxErrorOf(() => normalize([-1, -2], { method: 'frac-max' }));
    expect(higher.issues[0]).toMatchObject({
      path: ['frac-max'],
      expected: 'a largest value > 0',
      received: '-1',
    });
    const lower = dxErrorOf(() =>
      normalize([0, 2], { method: 'frac-max', direction: 'lower-is-better' }),
    );
    expect(lower.issues[0]).toMatchObject({ expected: 'values > 0', received: '0' });
  });

  it('names the shape of a z-score output scale', () => {
    const error = dxErrorOf(() => normalize([1, 2], { method: 'z-score', output: 5 as never }));
    expect(error.message).toBe('output: expected an object { mean, sd }, got 5.');
  });

  it('z-scores values whose magnitudes span the double range, scaled by the largest', () => {
    const z = normalize([1, 1e300, 2e300], { method: 'z-score' }) as number[];
    expect(z[0]).toBeCloseTo(-1, 12);
    expect(z[1]).toBeCloseTo(0, 12);
    expect(z[2]).toBeCloseTo(1, 12);
  });
});
