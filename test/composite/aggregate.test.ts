import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/composite/aggregate.js';

const positive = fc.double({ min: 0.001, max: 1000, noNaN: true });
const options = { seed: 211, numRuns: 300 };

describe('aggregate', () => {
  it('computes the three weighted means', () => {
    expect(aggregate([0.8, 0.6], [2, 1])).toBeCloseTo(2.2 / 3, 15);
    expect(aggregate([4, 1], [1, 1], { method: 'geometric' })).toBeCloseTo(2, 12);
    expect(aggregate([4, 1], [1, 1], { method: 'harmonic' })).toBeCloseTo(1.6, 12);
    expect(aggregate([5, 100], [1, 0])).toBe(5);
  });

  it('reweights missing values and applies the coverage threshold', () => {
    expect(aggregate([0.8, null, 0.6], [1, 1, 2], { missing: 'reweight' })).toBeCloseTo(2 / 3, 15);
    expect(
      aggregate([0.8, null, null], [1, 1, 2], { missing: 'reweight', minCoverage: 0.25 }),
    ).toBe(0.8);
    expect(
      aggregate([0.8, null, null], [1, 1, 2], { missing: 'reweight', minCoverage: 0.5 }),
    ).toBeNull();
    expect(aggregate([null, null], [1, 1], { missing: 'reweight' })).toBeNull();
    expect(aggregate([null, 3], [0, 1])).toBe(3);
  });

  it('rejects missing values by default, and bad input', () => {
    expect(() => aggregate([1, null], [1, 1])).toThrowError(/values\[1\] is missing/);
    expect(() => aggregate([1, 2], [1])).toThrowError(
      expect.objectContaining({ code: 'LENGTH_MISMATCH' }),
    );
    expect(() => aggregate([], [])).toThrowError(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => aggregate([1], [-1])).toThrowError(/weights\[0\]/);
    expect(() => aggregate([1], [0])).toThrowError(/all weights are 0/);
    expect(() => aggregate([Number.NaN], [1])).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => aggregate([-1, 2], [1, 1], { method: 'geometric' })).toThrowError(
      /needs values > 0/,
    );
    expect(() => aggregate([1], [1], { method: 'median' as never })).toThrowError(/method/);
    expect(() => aggregate([1], [1], { missing: 'skip' as never })).toThrowError(/missing/);
    expect(() => aggregate([1], [1], { minCoverage: 2 })).toThrowError(/minCoverage/);
    expect(() => aggregate([1], [1], 'x' as never)).toThrowError(/options/);
    expect(() => aggregate('x' as never, [1])).toThrowError(/values/);
    expect(() => aggregate([1], 'x' as never)).toThrowError(/weights/);
  });

  describe('properties', () => {
    const pairs = fc.array(fc.tuple(positive, fc.double({ min: 0.01, max: 10, noNaN: true })), {
      minLength: 1,
      maxLength: 20,
    });

    it('lies between the smallest and largest input', () => {
      fc.assert(
        fc.property(
          pairs,
          fc.constantFrom('arithmetic' as const, 'geometric' as const, 'harmonic' as const),
          (rows, method) => {
            const xs = rows.map(([x]) => x);
            const result = aggregate(
              xs,
              rows.map(([, w]) => w),
              { method },
            ) as number;
            expect(result).toBeGreaterThanOrEqual(Math.min(...xs) * (1 - 1e-12));
            expect(result).toBeLessThanOrEqual(Math.max(...xs) * (1 + 1e-12));
          },
        ),
        options,
      );
    });

    it('with equal weights is the plain mean', () => {
      fc.assert(
        fc.property(fc.array(positive, { minLength: 1, maxLength: 20 }), (xs) => {
          const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
          expect(
            aggregate(
              xs,
              xs.map(() => 3),
            ),
          ).toBeCloseTo(mean, 6);
        }),
        options,
      );
    });

    it('is invariant to scaling all weights', () => {
      fc.assert(
        fc.property(pairs, fc.double({ min: 0.1, max: 100, noNaN: true }), (rows, k) => {
          const xs = rows.map(([x]) => x);
          const ws = rows.map(([, w]) => w);
          expect(
            aggregate(
              xs,
              ws.map((w) => w * k),
            ),
          ).toBeCloseTo(aggregate(xs, ws) as number, 6);
        }),
        options,
      );
    });

    it('orders harmonic ≤ geometric ≤ arithmetic', () => {
      fc.assert(
        fc.property(pairs, (rows) => {
          const xs = rows.map(([x]) => x);
          const ws = rows.map(([, w]) => w);
          const [h, g, a] = (['harmonic', 'geometric', 'arithmetic'] as const).map(
            (method) => aggregate(xs, ws, { method }) as number,
          );
          expect(h as number).toBeLessThanOrEqual((g as number) * (1 + 1e-12));
          expect(g as number).toBeLessThanOrEqual((a as number) * (1 + 1e-12));
        }),
        options,
      );
    });
  });
});

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('aggregate: options, weights and edge cases', () => {
  it('rejects options that are not an object, null included', () => {
    for (const [options, shown] of [
      [null, 'null'],
      ['x', '"x"'],
    ] as const) {
      rejects(
        () => aggregate([1], [1], options as never),
        'INVALID_ARGUMENT',
        `options: expected an object like { method, missing, minCoverage }, got ${shown}.`,
      );
    }
  });

  it('names the allowed methods and missing policies', () => {
    rejects(
      () => aggregate([1], [1], { method: 'median' as never }),
      'INVALID_ARGUMENT',
      'method: expected one of "arithmetic", "geometric", "harmonic", "generalized-mean", got "median".',
    );
    rejects(
      () => aggregate([1], [1], { missing: 'skip' as never }),
      'INVALID_ARGUMENT',
      'missing: expected one of "error", "reweight", got "skip".',
    );
  });

  it('accepts minCoverage from 0 to 1 inclusive, and nothing else', () => {
    const values = [0.8, null, 0.6];
    const weights = [1, 1, 2];
    expect(aggregate(values, weights, { missing: 'reweight', minCoverage: 0 })).toBeCloseTo(
      2 / 3,
      15,
    );
    expect(aggregate(values, weights, { missing: 'reweight', minCoverage: 0.75 })).toBeCloseTo(
      2 / 3,
      15,
    );
    expect(aggregate(values, weights, { missing: 'reweight', minCoverage: 1 })).toBeNull();
    expect(aggregate([0.8, 0.6], [1, 2], { missing: 'reweight', minCoverage: 1 })).toBeCloseTo(
      2 / 3,
      15,
    );
    for (const [minCoverage, shown] of [
      [-0.1, '-0.1'],
      [1.5, '1.5'],
      [Number.NaN, 'NaN'],
      ['0.5', '"0.5"'],
    ] as const) {
      rejects(
        () => aggregate([1], [1], { minCoverage: minCoverage as number }),
        'INVALID_ARGUMENT',
        `minCoverage: expected a number from 0 to 1, got ${shown}.`,
      );
    }
  });

  it('rejects weights that are not an array of numbers', () => {
    for (const [weights, shown] of [
      [null, 'null'],
      ['x', '"x"'],
      [{}, '{}'],
      [1, '1'],
    ] as const) {
      rejects(
        () => aggregate([1], weights as never),
        'INVALID_ARGUMENT',
        `weights: expected an array of numbers, got ${shown}.`,
      );
    }
    expect(aggregate([1, 3], new Float64Array([1, 3]))).toBe(2.5);
    expect(aggregate([1, 3], { length: 2, 0: 3, 1: 1 })).toBe(1.5);
  });

  it('names the bad weight', () => {
    rejects(
      () => aggregate([1, 2], [1]),
      'LENGTH_MISMATCH',
      'weights: expected 2 weights, one per value, got 1.',
    );
    for (const [weight, shown] of [
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NaN, 'NaN'],
      [-1, '-1'],
      ['1', '"1"'],
    ] as const) {
      rejects(
        () => aggregate([1, 2], [1, weight as number]),
        'INVALID_NUMBER',
        `weights[1]: expected a finite weight ≥ 0, got ${shown}.`,
      );
    }
    rejects(
      () => aggregate([1, 2], [0, 0]),
      'INVALID_ARGUMENT',
      'weights: all weights are 0; give at least one a positive weight.',
    );
    expect(aggregate([1, 2], [0, 1])).toBe(2);
  });

  it('reports empty input, missing values and negative values with their codes', () => {
    rejects(() => aggregate([], []), 'EMPTY_INPUT', 'values: nothing to aggregate.');
    rejects(
      () => aggregate([1, null], [1, 1]),
      'INVALID_ARGUMENT',
      `values[1] is missing; pass { missing: 'reweight' } to aggregate what is there.`,
    );
    rejects(
      () => aggregate([4, -1], [1, 1], { method: 'harmonic' }),
      'INVALID_ARGUMENT',
      'values[1] is -1; the harmonic mean needs values > 0 (a 0 would make it 0 whatever the rest). Normalise to a range above 0, e.g. min-max with range: [1, 100].',
    );
  });

  it('refuses a 0 (or −0) in the geometric and harmonic means, as COINr (issue #47: no silent 0)', () => {
    for (const method of ['geometric', 'harmonic'] as const) {
      for (const zero of [0, -0]) {
        rejects(
          () => aggregate([4, zero], [1, 1], { method }),
          'INVALID_ARGUMENT',
          `values[1] is 0; the ${method} mean needs values > 0 (a 0 would make it 0 whatever the rest). Normalise to a range above 0, e.g. min-max with range: [1, 100].`,
        );
      }
    }
    // A zero weight leaves the 0 out.
    expect(aggregate([4, 0], [1, 0], { method: 'geometric' })).toBe(4);
  });

  it('gives null when nothing is present, whatever the method', () => {
    for (const method of ['arithmetic', 'geometric', 'harmonic'] as const) {
      expect(aggregate([null, null], [1, 2], { method, missing: 'reweight' })).toBeNull();
      expect(aggregate([null, 2], [1, 0], { method, missing: 'reweight' })).toBeNull();
    }
  });
});

describe('aggregate: generalised mean and coverage by count', () => {
  it('generalizedMean: (Σ wᵢxᵢᵖ / Σ wᵢ)^(1/p); p = 1, −1 and 0 are the arithmetic, harmonic and geometric means', () => {
    expect(aggregate([3, 4], [1, 1], { method: 'generalized-mean', p: 2 })).toBeCloseTo(
      Math.sqrt(12.5),
      14,
    );
    expect(aggregate([0.8, 0.6], [2, 1], { method: 'generalized-mean', p: 1 })).toBeCloseTo(
      2.2 / 3,
      15,
    );
    expect(aggregate([4, 1], [1, 1], { method: 'generalized-mean', p: -1 })).toBeCloseTo(1.6, 14);
    expect(aggregate([4, 1], [1, 1], { method: 'generalized-mean', p: 0 })).toBeCloseTo(2, 14);
    expect(aggregate([0, 4], [1, 1], { method: 'generalized-mean', p: 2 })).toBeCloseTo(
      Math.sqrt(8),
      14,
    );
  });

  it('generalizedMean: needs p, values ≥ 0 (> 0 for p < 0), and does not overflow silently', () => {
    rejects(
      () => aggregate([1, 2], [1, 1], { method: 'generalized-mean' }),
      'INVALID_ARGUMENT',
      "p: the generalized mean needs a power, e.g. { method: 'generalized-mean', p: 2 }.",
    );
    rejects(
      () => aggregate([1, 2], [1, 1], { method: 'generalized-mean', p: Number.NaN }),
      'INVALID_NUMBER',
      'p: expected a finite number, got NaN.',
    );
    rejects(
      () => aggregate([1, 2], [1, 1], { p: Number.POSITIVE_INFINITY }),
      'INVALID_NUMBER',
      'p: expected a finite number, got Infinity.',
    );
    rejects(
      () => aggregate([-1, 2], [1, 1], { method: 'generalized-mean', p: 2 }),
      'INVALID_ARGUMENT',
      'values[0] is -1; the generalised mean with p = 2 needs values ≥ 0.',
    );
    rejects(
      () => aggregate([0, 2], [1, 1], { method: 'generalized-mean', p: -2 }),
      'INVALID_ARGUMENT',
      'values[0] is 0; the generalised mean with p = -2 needs values > 0.',
    );
    // Scaled before the powers are summed: no overflow, the answer (issue #25).
    const cubic = aggregate([1e200, 2], [1, 1], { method: 'generalized-mean', p: 3 }) as number;
    expect(cubic / (1e200 / Math.cbrt(2))).toBeCloseTo(1, 14);
  });

  it("coverage: 'count' counts values (COINr dat_thresh), 'weight' counts weight", () => {
    const values = [0.8, null, null];
    const weights = [3, 1, 1];
    const options = { missing: 'reweight', minCoverage: 0.5 } as const;
    expect(aggregate(values, weights, options)).toBeCloseTo(0.8, 15); // 3/5 of the weight
    expect(aggregate(values, weights, { ...options, coverage: 'count' })).toBeNull(); // 1 of 3 values
    expect(aggregate([0.8, 0.4, null], [1, 0, 1], { ...options, coverage: 'count' })).toBe(0.8);
    rejects(
      () => aggregate([1], [1], { coverage: 'share' as never }),
      'INVALID_ARGUMENT',
      'coverage: expected one of "weight", "count", got "share".',
    );
  });

  it('generalised means order with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (xs) => {
          const ws = xs.map(() => 1);
          const at = (p: number) => aggregate(xs, ws, { method: 'generalized-mean', p }) as number;
          expect(at(-1)).toBeLessThanOrEqual(at(0.5) * (1 + 1e-12));
          expect(at(0.5)).toBeLessThanOrEqual(at(2) * (1 + 1e-12));
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });
});

describe('aggregate at the ends of the double range (issue #25)', () => {
  const finite = fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    min: -Number.MAX_VALUE,
    max: Number.MAX_VALUE,
  });
  const positiveDouble = fc.double({ noNaN: true, min: Number.MIN_VALUE, max: Number.MAX_VALUE });
  // Weights are relative: one below 2^-1022 of the largest (about 2e-308) counts as 0, so the
  // weights span a ratio of 1e300 here (and 0); values span the whole double range.
  const weightDouble = fc.oneof(
    fc.constant(0),
    fc.double({ noNaN: true, min: 1e-150, max: 1e150 }),
  );

  it('answers every case of the issue instead of Infinity, null or an underflowed 0', () => {
    expect(aggregate([1e308, 1e308], [1, 1])).toBe(1e308);
    expect(aggregate([1, 2], [1e308, 1e308])).toBe(1.5);
    expect(aggregate([1e-308, 1e-308], [1, 1], { method: 'harmonic' })).toBe(1e-308);
    expect(aggregate([1e-308, 1e-308], [1, 1], { method: 'generalized-mean', p: 2 })).toBe(1e-308);
    const low = aggregate([1e-308, 1], [1, 1], { method: 'generalized-mean', p: -2 }) as number;
    expect(low / (Math.SQRT2 * 1e-308)).toBeCloseTo(1, 14);
    expect(aggregate([-1e308, 1e308, 1e308], [1, 1, 1])).toBeCloseTo(1e308 / 3, -293);
    expect(
      aggregate([5, null], [Number.MIN_VALUE, Number.MAX_VALUE], { missing: 'reweight' }),
    ).toBe(5);
  });

  it('gives a mean between the smallest and largest value for any finite values and weights', () => {
    const rows = fc
      .integer({ min: 1, max: 8 })
      .chain((n) =>
        fc.tuple(
          fc.array(finite, { minLength: n, maxLength: n }),
          fc.array(weightDouble, { minLength: n, maxLength: n }),
        ),
      )
      .filter(([, w]) => w.some((x) => x > 0));
    fc.assert(
      fc.property(rows, ([values, weights]) => {
        const mean = aggregate(values, weights) as number;
        const present = values.filter((_, i) => (weights[i] as number) > 0);
        expect(Number.isFinite(mean)).toBe(true);
        // To within rounding: each product w·x and the division round once.
        const low = Math.min(...present);
        const high = Math.max(...present);
        expect(mean).toBeGreaterThanOrEqual(low - Math.abs(low) * 4 * Number.EPSILON);
        expect(mean).toBeLessThanOrEqual(high + Math.abs(high) * 4 * Number.EPSILON);
      }),
      { ...options, numRuns: 500 },
    );
  });

  it('keeps every mean of positive values finite and between their extremes', () => {
    const rows = fc.array(positiveDouble, { minLength: 1, maxLength: 8 });
    const methods = [
      { method: 'geometric' },
      { method: 'harmonic' },
      { method: 'generalized-mean', p: 2 },
      { method: 'generalized-mean', p: -2 },
      { method: 'generalized-mean', p: 0.5 },
    ] as const;
    fc.assert(
      fc.property(rows, fc.constantFrom(...methods), (values, method) => {
        const mean = aggregate(
          values,
          values.map(() => 1),
          method,
        ) as number;
        expect(Number.isFinite(mean)).toBe(true);
        // Within rounding of the extremes (exp, log and powers round).
        expect(mean).toBeGreaterThanOrEqual(Math.min(...values) * (1 - 1e-12));
        expect(mean).toBeLessThanOrEqual(Math.max(...values) * (1 + 1e-12));
      }),
      options,
    );
  });

  it('does not depend on the order of the values: equal multisets, equal means (bit for bit)', () => {
    const pairs = fc.array(fc.tuple(finite, weightDouble), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(pairs, fc.nat(), (pairs, seed) => {
        fc.pre(pairs.some(([, w]) => w > 0));
        const shuffled = [...pairs].sort(
          (a, b) => ((a[0] * 31 + seed) % 7) - ((b[0] * 31 + seed) % 7),
        );
        const mean = (list: [number, number][]) =>
          aggregate(
            list.map(([v]) => v),
            list.map(([, w]) => w),
          );
        expect(mean(shuffled)).toBe(mean(pairs));
        expect(mean([...pairs].reverse())).toBe(mean(pairs));
      }),
      options,
    );
    expect(aggregate([0.1, 0.2, 0.3], [1, 1, 1])).toBe(aggregate([0.3, 0.2, 0.1], [1, 1, 1]));
  });
});

describe('aggregate: boundaries of the scaled sums', () => {
  const gm = (p: number) => ({ method: 'generalized-mean', p }) as const;

  it('gives p = 1 and p = −1 exactly the arithmetic and harmonic means, 0 and the ends of the range included', () => {
    // Values whose scaling by their extreme (the generalised path) rounds differently.
    expect(aggregate([2.6, 0.7], [3, 3], gm(1))).toBe(aggregate([2.6, 0.7], [3, 3]));
    expect(aggregate([4, 2.8000000000000003], [2, 2], gm(-1))).toBe(
      aggregate([4, 2.8000000000000003], [2, 2], { method: 'harmonic' }),
    );
    // p = 1 takes a 0 as the arithmetic mean does; neither overflows nor underflows.
    expect(aggregate([0, 4], [1, 1], gm(1))).toBe(2);
    expect(aggregate([1e308, 1e308], [1, 1], gm(1))).toBe(1e308);
    expect(aggregate([1e-310, 1e-310], [1, 1], gm(-1))).toBe(1e-310);
  });

  it('gives 0 for a generalised mean of zeros with p > 0, and null when no weighted value is present', () => {
    expect(aggregate([0, 0], [1, 1], gm(2))).toBe(0);
    expect(aggregate([null, 3], [1, 0], { ...gm(2), missing: 'reweight' })).toBeNull();
    expect(aggregate([null, 3], [1, 0], { ...gm(-2), missing: 'reweight' })).toBeNull();
  });

  it('counts a missing value whose weight is beyond the largest number once scaled as all the weight', () => {
    const values = [0.5, null];
    const weights = [1e-300, 1e300];
    expect(aggregate(values, weights, { missing: 'reweight' })).toBe(0.5);
    expect(aggregate(values, weights, { missing: 'reweight', minCoverage: 0.1 })).toBeNull();
    expect(
      aggregate(values, weights, { missing: 'reweight', coverage: 'count', minCoverage: 0.5 }),
    ).toBe(0.5);
  });

  it('keeps a power mean within its values when rounding pushes it past them (values at Number.MAX_VALUE)', () => {
    const top = [1.7976931348623157e308, 1.7976931348623157e308, 1.7976931348623147e308];
    // (terms / present) ** (1 / p) * smallest rounds past the largest double; the mean is not.
    expect(aggregate(top, [2, 4, 1], gm(-2))).toBe(Number.MAX_VALUE);
    // Property: every power mean lies between the smallest and the largest weighted value.
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-300, max: Number.MAX_VALUE, noNaN: true }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(-3, -2, -0.5, 0.5, 2, 3),
        (values, p) => {
          const mean = aggregate(
            values,
            values.map(() => 1),
            gm(p),
          ) as number;
          expect(mean).toBeGreaterThanOrEqual(Math.min(...values));
          expect(mean).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names a mean whose computation leaves the double range rather than return Infinity', () => {
    rejects(
      () => aggregate([5e-324, 1e308], [1, 1], gm(-1e-5)),
      'INVALID_NUMBER',
      'the generalised mean with p = -0.00001 is beyond the largest number; scale the values down first.',
    );
  });

  it('names a hole among the weights', () => {
    rejects(
      // biome-ignore lint/suspicious/noSparseArray: a hole is what is refused
      () => aggregate([1, 2], [1, ,] as number[]),
      'INVALID_ARGUMENT',
      'weights[1]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
    );
  });
});
