import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex } from '../../src/composite/composite.js';
import { normalize, normalizePanel } from '../../src/composite/normalize.js';
import type { NormalizeMethod } from '../../src/model/framework-node.js';

const values = fc.array(
  fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)),
  { maxLength: 30 },
);
const options = { seed: 201, numRuns: 300 };

describe('normalize', () => {
  it('minMax into [0, 1] or a range, mirrored for lower-is-better', () => {
    expect(normalize([20, 50, 80], { method: 'min-max' })).toEqual([0, 0.5, 1]);
    expect(normalize([20, null, 80], { method: 'min-max', range: [0, 100] })).toEqual([
      0,
      null,
      100,
    ]);
    expect(normalize([20, 50, 80], { method: 'min-max', direction: 'lower-is-better' })).toEqual([
      1, 0.5, 0,
    ]);
  });

  it('gives constant input the middle of the range, or an error on request', () => {
    expect(normalize([7, 7], { method: 'min-max' })).toEqual([0.5, 0.5]);
    expect(normalize([7, 7], { method: 'min-max', range: [0, 10] })).toEqual([5, 5]);
    expect(() => normalize([7, 7], { method: 'min-max', constant: 'error' })).toThrowError(
      /all 2 values equal 7/,
    );
    expect(normalize([], { method: 'min-max' })).toEqual([]);
  });

  it('goalposts clamp to [0, scale] unless told not to', () => {
    expect(
      normalize([50, 120, -10], { method: 'goalposts', min: 0, max: 100, scale: 100 }),
    ).toEqual([50, 100, 0]);
    expect(normalize([50, 120], { method: 'goalposts', min: 0, max: 100, clamp: false })).toEqual([
      0.5, 1.2,
    ]);
    expect(
      normalize([2, 6], { method: 'goalposts', min: 0, max: 8, direction: 'lower-is-better' }),
    ).toEqual([0.75, 0.25]);
    expect(() => normalize([1], { method: 'goalposts', min: 5, max: 5 })).toThrowError(
      /min and max are both 5/,
    );
    expect(() => normalize([1], { method: 'goalposts', min: Number.NaN, max: 5 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('zScore with sample or population sd; zero sd gives 0', () => {
    expect(normalize([2, 4, 6], { method: 'z-score' })).toEqual([-1, 0, 1]);
    const population = normalize([2, 4, 6], { method: 'z-score', sd: 'population' });
    expect(population[2]).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(normalize([3, 3], { method: 'z-score' })).toEqual([0, 0]);
    expect(normalize([3], { method: 'z-score' })).toEqual([0]);
    expect(normalize([2, 4, 6], { method: 'z-score', direction: 'lower-is-better' })).toEqual([
      1, 0, -1,
    ]);
    expect(() => normalize([1], { method: 'z-score', sd: 'both' as 'sample' })).toThrowError(/sd/);
  });

  it('distanceToTarget as COINr, capped at 1', () => {
    expect(normalize([20, 60, 100], { method: 'distance-to-target', target: 60 })).toEqual([
      0, 1, 1,
    ]);
    expect(
      normalize([20, 60, 100], { method: 'distance-to-target', target: 60, cap: false }),
    ).toEqual([0, 1, 2]);
    expect(
      normalize([20, 60, 100], {
        method: 'distance-to-target',
        target: 60,
        direction: 'lower-is-better',
      }),
    ).toEqual([1, 1, 0]);
    expect(() => normalize([20, 60], { method: 'distance-to-target', target: 20 })).toThrowError(
      /equals the data's minimum/,
    );
  });

  it('rank: ascending as COINr n_rank (worst 1, best n), with its tie rule', () => {
    expect(normalize([90, 85, 85], { method: 'rank' })).toEqual([3, 1, 1]);
    expect(normalize([90, 85, 85, 70], { method: 'rank', ties: 'modified' })).toEqual([4, 3, 3, 1]);
    expect(normalize([90, 85, 85, 70], { method: 'rank', ties: 'fractional' })).toEqual([
      4, 2.5, 2.5, 1,
    ]);
    expect(
      normalize([90, 85, 85], { method: 'rank', ties: 'dense', direction: 'lower-is-better' }),
    ).toEqual([1, 2, 2]);
    expect(normalize([3, 1, 2], { method: 'rank', direction: 'lower-is-better' })).toEqual([
      1, 3, 2,
    ]);
  });

  it('rank inside compositeIndex: the unit best on every indicator ranks first (issue 14)', () => {
    const data = { A: { x: 90, y: 80 }, B: { x: 50, y: 40 }, C: { x: 10, y: 20 } };
    const framework = {
      id: 'index',
      children: [
        { id: 'x', normalize: { method: 'rank' as const } },
        { id: 'y', normalize: { method: 'rank' as const } },
      ],
    };
    const results = compositeIndex(data, framework);
    expect(results.map((r) => [r.unit, r.score, r.rank])).toEqual([
      ['A', 3, 1],
      ['B', 2, 2],
      ['C', 1, 3],
    ]);
  });

  it('rejects bad values and methods', () => {
    expect(() => normalize([1, Number.POSITIVE_INFINITY], { method: 'min-max' })).toThrowError(
      /values\[1\]/,
    );
    expect(() => normalize([1], { kind: 'log' } as unknown as NormalizeMethod)).toThrowError(
      /method\.kind/,
    );
    expect(() => normalize([1], null as never)).toThrowError(/method/);
    expect(() => normalize(3 as never, { method: 'min-max' })).toThrowError(/values/);
    expect(() => normalize([1], { method: 'min-max', direction: 'up' as never })).toThrowError(
      /direction/,
    );
    expect(() => normalize([1, 2], { method: 'min-max', range: [0, Number.NaN] })).toThrowError(
      /range\[1\]/,
    );
  });

  describe('properties', () => {
    it('min-max stays in its range and preserves order', () => {
      fc.assert(
        fc.property(values, (xs) => {
          const ys = normalize(xs, { method: 'min-max' });
          xs.forEach((x, i) => {
            const y = ys[i];
            if (x === null) {
              expect(y).toBeNull();
              return;
            }
            expect(y as number).toBeGreaterThanOrEqual(0);
            expect(y as number).toBeLessThanOrEqual(1);
            xs.forEach((z, j) => {
              if (z !== null && x < z) expect(y as number).toBeLessThanOrEqual(ys[j] as number);
            });
          });
        }),
        options,
      );
    });

    it('clamped goalposts lie in [0, scale]', () => {
      fc.assert(
        fc.property(values, fc.double({ min: 0.1, max: 1000, noNaN: true }), (xs, scale) => {
          for (const y of normalize(xs, { method: 'goalposts', min: -100, max: 100, scale })) {
            if (y !== null) expect(y >= 0 && y <= scale).toBe(true);
          }
        }),
        options,
      );
    });

    it('a direction flip mirrors the result', () => {
      const methods: NormalizeMethod[] = [
        { method: 'min-max' },
        { method: 'goalposts', min: -1e6, max: 1e6 },
        { method: 'z-score' },
      ];
      fc.assert(
        fc.property(values, fc.constantFrom(...methods), (xs, method) => {
          const up = normalize(xs, method);
          const down = normalize(xs, { ...method, direction: 'lower-is-better' });
          const mirror = method.method === 'z-score' ? (y: number) => -y : (y: number) => 1 - y;
          up.forEach((y, i) => {
            if (y === null) {
              expect(down[i]).toBeNull();
              return;
            }
            if (method.method === 'min-max' && new Set(xs.filter((x) => x !== null)).size === 1)
              return;
            expect(down[i] as number).toBeCloseTo(mirror(y), 6);
          });
        }),
        options,
      );
    });

    it('z-scores have mean 0', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
          (xs) => {
            const zs = normalize(xs, { method: 'z-score' }) as number[];
            expect(Math.abs(zs.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
          },
        ),
        options,
      );
    });

    it('does not modify its input', () => {
      const input = Object.freeze([3, 1, null, 2]);
      normalize(input, { method: 'z-score' });
      expect(input).toEqual([3, 1, null, 2]);
    });
  });
});

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('normalize: input checks and edge cases', () => {
  it('names a non-array input', () => {
    const method = { method: 'min-max' } as const;
    rejects(
      () => normalize(null as never, method),
      'INVALID_ARGUMENT',
      'values: expected an array of numbers, got null.',
    );
    rejects(
      () => normalize('123' as never, method),
      'INVALID_ARGUMENT',
      'values: expected an array of numbers, got "123".',
    );
    rejects(
      () => normalize({} as never, method),
      'INVALID_ARGUMENT',
      'values: expected an array of numbers, got {}.',
    );
  });

  it('reads an array-like up to its length, and treats undefined as missing', () => {
    const arrayLike = { length: 2, 0: 1, 1: 3, 2: Number.NaN };
    expect(normalize(arrayLike, { method: 'min-max' })).toEqual([0, 1]);
    expect(normalize([1, undefined, 3], { method: 'min-max' })).toEqual([0, null, 1]);
    expect(normalize(new Float64Array([2, 4]), { method: 'min-max' })).toEqual([0, 1]);
  });

  it('names a bad value by its index', () => {
    rejects(
      () => normalize([1, 2, Number.NaN], { method: 'z-score' }),
      'INVALID_NUMBER',
      'values[2]: expected a finite number, got NaN.',
    );
  });

  it('rejects a bad direction or method with INVALID_ARGUMENT', () => {
    rejects(
      () => normalize([1], { method: 'min-max', direction: 'up' as never }),
      'INVALID_ARGUMENT',
      'direction: expected one of "higher-is-better", "lower-is-better", got "up".',
    );
    rejects(
      () => normalize([1], { kind: 'log' } as unknown as NormalizeMethod),
      'INVALID_ARGUMENT',
      "method.kind: the option 'kind' was renamed 'method' in vn-dx 1.0; write { method: 'log' }.",
    );
    rejects(
      () => normalize([1], { method: 'log' } as unknown as NormalizeMethod),
      'INVALID_ARGUMENT',
      'method.method: expected one of "min-max", "goalposts", "z-score", "distance-to-target", "dist-to-max", "dist-to-ref", "frac-max", "rank", "borda", "percent-rank", got "log".',
    );
    rejects(
      () => normalize([1], null as never),
      'INVALID_ARGUMENT',
      `method: expected an object like { method: 'min-max' }, got null.`,
    );
    rejects(
      () => normalize([1], 'min-max' as never),
      'INVALID_ARGUMENT',
      `method: expected an object like { method: 'min-max' }, got "min-max".`,
    );
  });

  it('checks the method inside compositeIndex too', () => {
    rejects(
      () =>
        compositeIndex({ '48': { online: 1 } }, { id: 'online', normalize: 'min-max' as never }),
      'INVALID_ARGUMENT',
      `framework (online).normalize: expected an object like { method: 'min-max' }, got "min-max".`,
    );
  });

  it('min-max: stretches to any range, and names bad bounds', () => {
    expect(normalize([20, 50, 80], { method: 'min-max', range: [10, 20] })).toEqual([10, 15, 20]);
    expect(
      normalize([20, null, 80], {
        method: 'min-max',
        range: [10, 20],
        direction: 'lower-is-better',
      }),
    ).toEqual([20, null, 10]);
    expect(normalize([null, null], { method: 'min-max' })).toEqual([null, null]);
    expect(normalize([7, null, 7], { method: 'min-max', range: [2, 4] })).toEqual([3, null, 3]);
    rejects(
      () => normalize([1, 2], { method: 'min-max', range: [Number.NaN, 1] }),
      'INVALID_NUMBER',
      'range[0]: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([7, null, 7], { method: 'min-max', constant: 'error' }),
      'INVALID_ARGUMENT',
      "min-max: all 2 values equal 7; there is nothing to scale. Use constant: 'exclude' to leave the indicator out.",
    );
  });

  it('goalposts: missing values stay missing; bad parameters are named', () => {
    expect(
      normalize([null, 25, 150], { method: 'goalposts', min: 0, max: 100, scale: 10 }),
    ).toEqual([null, 2.5, 10]);
    rejects(
      () => normalize([1], { method: 'goalposts', min: Number.NaN, max: 5 }),
      'INVALID_NUMBER',
      'min: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([1], { method: 'goalposts', min: 0, max: Number.POSITIVE_INFINITY }),
      'INVALID_NUMBER',
      'max: expected a finite number, got Infinity.',
    );
    rejects(
      () => normalize([1], { method: 'goalposts', min: 0, max: 5, scale: Number.NaN }),
      'INVALID_NUMBER',
      'scale: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([1], { method: 'goalposts', min: 5, max: 5 }),
      'INVALID_ARGUMENT',
      'goalposts: min and max are both 5.',
    );
  });

  it('z-score: missing values are left out of the mean and the sd, and stay missing', () => {
    expect(normalize([2, null, 4, 6], { method: 'z-score' })).toEqual([-1, null, 0, 1]);
    expect(normalize([2, null, 4, 6], { method: 'z-score', sd: 'sample' })).toEqual([
      -1,
      null,
      0,
      1,
    ]);
    expect(normalize([3, null, 3], { method: 'z-score' })).toEqual([0, null, 0]);
    expect(normalize([null], { method: 'z-score' })).toEqual([null]);
    rejects(
      () => normalize([1], { method: 'z-score', sd: 'both' as never }),
      'INVALID_ARGUMENT',
      'sd: expected one of "sample", "population", got "both".',
    );
  });

  it('distance-to-target: lower-is-better divides by max − target; bad targets are named', () => {
    expect(
      normalize([20, 80, 100, null], {
        method: 'distance-to-target',
        target: 60,
        direction: 'lower-is-better',
      }),
    ).toEqual([1, 0.5, 0, null]);
    expect(
      normalize([20, 80, 100], {
        method: 'distance-to-target',
        target: 90,
        direction: 'lower-is-better',
        cap: false,
      }),
    ).toEqual([8, 2, 0]);
    rejects(
      () => normalize([1], { method: 'distance-to-target', target: Number.NaN }),
      'INVALID_NUMBER',
      'target: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([20, 60], { method: 'distance-to-target', target: 20 }),
      'INVALID_ARGUMENT',
      `distance-to-target: the target 20 equals the data's minimum.`,
    );
    rejects(
      () =>
        normalize([20, 60], {
          method: 'distance-to-target',
          target: 60,
          direction: 'lower-is-better',
        }),
      'INVALID_ARGUMENT',
      `distance-to-target: the target 60 equals the data's maximum.`,
    );
    expect(normalize([null], { method: 'distance-to-target', target: 1 })).toEqual([null]);
    rejects(
      () => normalize([20, 60], { method: 'distance-to-target', target: 10 }),
      'INVALID_ARGUMENT',
      'distance-to-target: the target 10 is below the minimum 20 of a higher-is-better indicator; it must lie on the better side.',
    );
    rejects(
      () =>
        normalize([20, 60], {
          method: 'distance-to-target',
          target: 70,
          direction: 'lower-is-better',
        }),
      'INVALID_ARGUMENT',
      'distance-to-target: the target 70 is above the maximum 60 of a lower-is-better indicator; it must lie on the better side.',
    );
  });

  it('rank: missing values stay unranked', () => {
    expect(normalize([90, null, 85, 85], { method: 'rank' })).toEqual([3, null, 1, 1]);
  });

  it('leaves input without a present value as it is, whatever the method asks', () => {
    expect(normalize([null, null], { method: 'min-max', constant: 'error' })).toEqual([null, null]);
    expect(
      normalize([null], { method: 'distance-to-target', target: 0, direction: 'lower-is-better' }),
    ).toEqual([null]);
    expect(normalize([], { method: 'distance-to-target', target: 0 })).toEqual([]);
    expect(normalize([null, null], { method: 'z-score' })).toEqual([null, null]);
  });

  it.each<[string, (number | null)[], NormalizeMethod, string]>([
    [
      'a span beyond the largest number',
      [-1e308, 0, 1e308],
      { method: 'min-max' },
      'min-max: the span of the values overflows the largest number; scale the values down first.',
    ],
    [
      'a range beyond the largest number',
      [1, 2],
      { method: 'min-max', range: [-1e308, 1e308] },
      'min-max: the width of the range overflows the largest number; scale the values down first.',
    ],
    [
      'goalposts beyond the largest number',
      [1],
      { method: 'goalposts', min: -1e308, max: 1e308 },
      'goalposts: the distance between min and max overflows the largest number; scale the values down first.',
    ],
    [
      'a target beyond the largest number',
      [-1e308, 0],
      { method: 'distance-to-target', target: 1e308 },
      'distance-to-target: the distance to the target overflows the largest number; scale the values down first.',
    ],
  ])('throws on %s instead of returning NaN', (_, values, method, message) => {
    expect(() => normalize(values, method)).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER', message }),
    );
  });

  it('z-scores values at the ends of the double range (scaled before summing, issue #25)', () => {
    const tiny = normalize([1e-308, 2e-308, 3e-308], { method: 'z-score' }) as number[];
    tiny.forEach((z, i) => {
      expect(z).toBeCloseTo(i - 1, 14);
    });
    const huge = normalize([1e308, 1e308, 1], { method: 'z-score' }) as number[];
    expect(huge[0]).toBeCloseTo(1 / Math.sqrt(3), 14);
    expect(huge[2]).toBeCloseTo(-2 / Math.sqrt(3), 14);
    const spread = normalize([1e200, -1e200], { method: 'z-score' }) as number[];
    expect(spread[0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(spread[1]).toBeCloseTo(-Math.SQRT1_2, 15);
  });

  it('z-scores every finite column to finite scores, the same for every row order', () => {
    const column = fc.array(
      fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: -Number.MAX_VALUE,
        max: Number.MAX_VALUE,
      }),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(column, fc.nat(), (values, seed) => {
        const z = normalize(values, { method: 'z-score' }) as number[];
        for (const score of z) expect(Number.isFinite(score)).toBe(true);
        // A rotation and a reversal of the rows: each value keeps its score, bit for bit.
        const k = seed % values.length;
        const rotated = [...values.slice(k), ...values.slice(0, k)];
        const again = normalize(rotated, { method: 'z-score' }) as number[];
        values.forEach((_, i) => {
          expect(again[(i - k + values.length) % values.length]).toBe(z[i]);
        });
        expect(normalize([...values].reverse(), { method: 'z-score' })).toEqual([...z].reverse());
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalize: higher is better for every kind (design §1)', () => {
  // Every kind, with parameters valid for integers in [-100, 100]. A new kind goes here, so that
  // the dominance invariant covers it.
  const kinds: NormalizeMethod[] = [
    { method: 'min-max' },
    { method: 'min-max', range: [1, 100] },
    { method: 'goalposts', min: -50, max: 50 },
    { method: 'z-score' },
    { method: 'distance-to-target', target: 150 },
    { method: 'rank' },
    { method: 'rank', ties: 'fractional' },
    { method: 'z-score', output: { mean: 50, sd: 10 } },
    { method: 'dist-to-max' },
    { method: 'dist-to-ref', ref: 150 },
    { method: 'frac-max' },
    { method: 'borda' },
    { method: 'percent-rank' },
    { method: 'min-max', constant: 'exclude' },
  ];
  const indicators = ['a', 'b', 'c'];

  it('a unit that dominates on every indicator never ranks below one it dominates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (method, others, gains, lower) => {
          const dominated = others[0] as number[];
          // The dominant unit is at least as good on every indicator, whatever its direction.
          const dominant = dominated.map((x, i) =>
            Math.max(
              -100,
              Math.min(100, lower[i] ? x - (gains[i] as number) : x + (gains[i] as number)),
            ),
          );
          const data: Record<string, Record<string, number>> = {};
          const rows = [dominant, ...others];
          rows.forEach((row, u) => {
            // fracMax needs a positive maximum (min / x, all values > 0): shift into 1…201.
            const offset = method.method === 'frac-max' ? 101 : 0;
            data[`u${u}`] = Object.fromEntries(
              indicators.map((id, i) => [id, (row[i] as number) + offset]),
            );
          });
          const framework = {
            id: 'index',
            children: indicators.map((id, i) => ({
              id,
              normalize: {
                ...method,
                ...(method.method === 'distance-to-target' && lower[i] ? { target: -150 } : {}),
                ...(method.method === 'dist-to-ref' && lower[i] ? { ref: -150 } : {}),
                direction: lower[i] ? ('lower-is-better' as const) : ('higher-is-better' as const),
              },
            })),
          };
          const results = compositeIndex(data, framework);
          const rankOf = (unit: string) => results.find((r) => r.unit === unit)?.rank ?? null;
          // Every indicator excluded as constant leaves no score to rank.
          if (rankOf('u1') !== null)
            expect(rankOf('u0')).toBeLessThanOrEqual(rankOf('u1') as number);
          // Outside compositeIndex too: every normalised value of the dominant unit is ≥.
          indicators.forEach((_, i) => {
            const column = rows.map(
              (row) => (row[i] as number) + (method.method === 'frac-max' ? 101 : 0),
            );
            const ys = normalize(column, framework.children[i]?.normalize as NormalizeMethod);
            if (ys[1] !== null) expect(ys[0] as number).toBeGreaterThanOrEqual(ys[1] as number);
          });
        },
      ),
      { seed: 14, numRuns: 400 },
    );
  });
});

describe('normalize: the COINr kinds', () => {
  it('dist-to-max: 1 − (max − x) / (max − min), mirrored for lower-is-better', () => {
    expect(normalize([20, 50, 80], { method: 'dist-to-max' })).toEqual([0, 0.5, 1]);
    expect(
      normalize([20, null, 80], { method: 'dist-to-max', direction: 'lower-is-better' }),
    ).toEqual([1, null, 0]);
    expect(normalize([4, 4], { method: 'dist-to-max' })).toEqual([0.5, 0.5]);
  });

  it('dist-to-ref: 1 − (ref − x) / (ref − min), capped on request', () => {
    expect(normalize([20, 50, 80], { method: 'dist-to-ref', ref: 50 })).toEqual([0, 1, 2]);
    expect(normalize([20, 50, 80], { method: 'dist-to-ref', ref: 50, cap: true })).toEqual([
      0, 1, 1,
    ]);
    expect(
      normalize([20, 50, 80], { method: 'dist-to-ref', ref: 50, direction: 'lower-is-better' }),
    ).toEqual([2, 1, 0]);
    rejects(
      () => normalize([20, 50], { method: 'dist-to-ref', ref: 20 }),
      'INVALID_ARGUMENT',
      'dist-to-ref: the reference 20 must be above the minimum 20 of a higher-is-better indicator.',
    );
    rejects(
      () => normalize([20, 50], { method: 'dist-to-ref', ref: 60, direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      'dist-to-ref: the reference 60 must be below the maximum 50 of a lower-is-better indicator.',
    );
    rejects(
      () => normalize([20, 50], { method: 'dist-to-ref', ref: Number.NaN }),
      'INVALID_NUMBER',
      'ref: expected a finite number, got NaN.',
    );
  });

  it('frac-max: x / max, or min / x when lower is better', () => {
    expect(normalize([20, 50, 80], { method: 'frac-max' })).toEqual([0.25, 0.625, 1]);
    expect(normalize([-20, 80], { method: 'frac-max' })).toEqual([-0.25, 1]);
    expect(normalize([20, 40, 80], { method: 'frac-max', direction: 'lower-is-better' })).toEqual([
      1, 0.5, 0.25,
    ]);
    expect(normalize([3, 3], { method: 'frac-max' })).toEqual([1, 1]);
    rejects(
      () => normalize([-1, 0], { method: 'frac-max' }),
      'INVALID_ARGUMENT',
      'frac-max: the largest value is 0; x / max needs a maximum above 0.',
    );
    rejects(
      () => normalize([0, 1], { method: 'frac-max', direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      'frac-max: the smallest value is 0; min / x (lower is better) needs values > 0.',
    );
  });

  it('borda and percentRank: COINr n_borda and n_prank (ties min)', () => {
    expect(normalize([90, 85, 85, 70], { method: 'borda' })).toEqual([3, 1, 1, 0]);
    expect(normalize([90, 85, 85, 70, null], { method: 'percent-rank' })).toEqual([
      1,
      1 / 3,
      1 / 3,
      0,
      null,
    ]);
    expect(normalize([90, 70], { method: 'percent-rank', direction: 'lower-is-better' })).toEqual([
      0, 1,
    ]);
    expect(normalize([5], { method: 'percent-rank' })).toEqual([0.5]);
    expect(normalize([5, 5], { method: 'borda' })).toEqual([0, 0]);
    rejects(
      () => normalize([1, 2], { method: 'borda', ties: 'random' as never }),
      'INVALID_ARGUMENT',
      'method.ties: expected one of "competition", "modified", "dense", "ordinal", "fractional", got "random".',
    );
  });

  it('z-score: to a chosen mean and sd (COINr m_sd)', () => {
    expect(normalize([2, 4, 6], { method: 'z-score', output: { mean: 100, sd: 10 } })).toEqual([
      90, 100, 110,
    ]);
    expect(normalize([7, 7], { method: 'z-score', output: { mean: 50, sd: 10 } })).toEqual([
      50, 50,
    ]);
    rejects(
      () => normalize([1, 2], { method: 'z-score', output: { mean: 0, sd: 0 } }),
      'INVALID_NUMBER',
      'output.sd: expected a finite number > 0, got 0.',
    );
    rejects(
      () => normalize([1, 2], { method: 'z-score', output: 3 as never }),
      'INVALID_ARGUMENT',
      'output: expected an object { mean, sd }, got 3.',
    );
  });

  it("constant: 'exclude' empties a constant column for every kind, 'error' throws for every kind", () => {
    const kinds: NormalizeMethod[] = [
      { method: 'min-max' },
      { method: 'goalposts', min: 0, max: 10 },
      { method: 'z-score' },
      { method: 'distance-to-target', target: 10 },
      { method: 'dist-to-max' },
      { method: 'dist-to-ref', ref: 10 },
      { method: 'frac-max' },
      { method: 'rank' },
      { method: 'borda' },
      { method: 'percent-rank' },
    ];
    for (const method of kinds) {
      expect(normalize([4, null, 4], { ...method, constant: 'exclude' }), method.method).toEqual([
        null,
        null,
        null,
      ]);
      rejects(
        () => normalize([4, 4], { ...method, constant: 'error' }),
        'INVALID_ARGUMENT',
        `${method.method}: all 2 values equal 4; there is nothing to scale. Use constant: 'exclude' to leave the indicator out.`,
      );
      expect(normalize([1, 4], { ...method, constant: 'exclude' }).includes(null)).toBe(false);
    }
    rejects(
      () => normalize([1], { method: 'rank', constant: 'drop' as never }),
      'INVALID_ARGUMENT',
      'method.constant: expected one of "mid", "error", "exclude", got "drop".',
    );
  });
});

describe('normalizePanel', () => {
  it('uses one scale across the editions', () => {
    expect(normalizePanel([[60, 70], [80, null, 90], []], { method: 'min-max' })).toEqual([
      [0, 1 / 3],
      [2 / 3, null, 1],
      [],
    ]);
    expect(normalizePanel([[1, 2], [3]], { method: 'rank' })).toEqual([[1, 2], [3]]);
    // Per-year min-max would give both editions [0, 1]: the panel keeps the progress.
    expect(normalize([80, 90], { method: 'min-max' })).toEqual([0, 1]);
  });

  it('checks its input', () => {
    rejects(
      () => normalizePanel('x' as never, { method: 'min-max' }),
      'INVALID_ARGUMENT',
      'years: expected an array with one array of values per edition, got "x".',
    );
    rejects(
      () => normalizePanel([[1], [Number.NaN]], { method: 'min-max' }),
      'INVALID_NUMBER',
      'years[1][0]: expected a finite number, got NaN.',
    );
  });
});

describe('normalize: parameters checked even without data, overflow named, tie rules used', () => {
  it('checks a range with nothing present', () => {
    rejects(
      () => normalize([null], { method: 'min-max', range: [Number.NaN, 1] }),
      'INVALID_NUMBER',
      'range[0]: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([], { method: 'min-max', range: [0, Number.POSITIVE_INFINITY] }),
      'INVALID_NUMBER',
      'range[1]: expected a finite number, got Infinity.',
    );
  });

  it('names an overflow instead of returning infinities', () => {
    rejects(
      () => normalize([-1e308, 1e308], { method: 'dist-to-max' }),
      'INVALID_NUMBER',
      'dist-to-max: the span of the values overflows the largest number; scale the values down first.',
    );
    rejects(
      () => normalize([-1e308, 0], { method: 'dist-to-ref', ref: 1e308 }),
      'INVALID_NUMBER',
      'dist-to-ref: the distance to the reference overflows the largest number; scale the values down first.',
    );
    rejects(
      () =>
        normalize([0, 1e308], { method: 'dist-to-ref', ref: -1e308, direction: 'lower-is-better' }),
      'INVALID_NUMBER',
      'dist-to-ref: the distance to the reference overflows the largest number; scale the values down first.',
    );
    rejects(
      () =>
        normalize([0, 1e308], {
          method: 'distance-to-target',
          target: -1e308,
          direction: 'lower-is-better',
        }),
      'INVALID_NUMBER',
      'distance-to-target: the distance to the target overflows the largest number; scale the values down first.',
    );
  });

  it('uses the tie rule of percentRank and borda', () => {
    expect(normalize([1, 1, 2], { method: 'percent-rank', ties: 'fractional' })).toEqual([
      0.25, 0.25, 1,
    ]);
    expect(normalize([1, 1, 2], { method: 'borda', ties: 'modified' })).toEqual([1, 1, 2]);
  });

  it('names a bad output mean, and a reference or target at the far end', () => {
    rejects(
      () => normalize([1, 2], { method: 'z-score', output: { mean: Number.NaN, sd: 1 } }),
      'INVALID_NUMBER',
      'output.mean: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([20, 50], { method: 'dist-to-ref', ref: 50, direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      'dist-to-ref: the reference 50 must be below the maximum 50 of a lower-is-better indicator.',
    );
    expect(
      normalize([20, 50], { method: 'dist-to-ref', ref: 20, direction: 'lower-is-better' }),
    ).toEqual([1, 0]);
    rejects(
      () =>
        normalize([20, 60], {
          method: 'distance-to-target',
          target: 60,
          direction: 'lower-is-better',
        }),
      'INVALID_ARGUMENT',
      "distance-to-target: the target 60 equals the data's maximum.",
    );
  });
});

describe('checkMethod: keys', () => {
  it('refuses kind beside method as an unknown option, not as the 0.x name of method', () => {
    expect(() => normalize([1, 2], { method: 'min-max', kind: 'minMax' } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'method.kind: not an option here; expected method, direction, constant, range.',
      }),
    );
  });

  it('takes ties: undefined (from JavaScript) as no tie rule given', () => {
    expect(normalize([3, 1, 2, 2], { method: 'rank', ties: undefined } as never)).toEqual([
      4, 1, 2, 2,
    ]);
  });
});
