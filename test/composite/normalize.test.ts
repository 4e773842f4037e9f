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
    expect(normalize([20, 50, 80], { kind: 'minMax' })).toEqual([0, 0.5, 1]);
    expect(normalize([20, null, 80], { kind: 'minMax', range: [0, 100] })).toEqual([0, null, 100]);
    expect(normalize([20, 50, 80], { kind: 'minMax', direction: 'lower-is-better' })).toEqual([
      1, 0.5, 0,
    ]);
  });

  it('gives constant input the middle of the range, or an error on request', () => {
    expect(normalize([7, 7], { kind: 'minMax' })).toEqual([0.5, 0.5]);
    expect(normalize([7, 7], { kind: 'minMax', range: [0, 10] })).toEqual([5, 5]);
    expect(() => normalize([7, 7], { kind: 'minMax', constant: 'error' })).toThrowError(
      /all 2 values equal 7/,
    );
    expect(normalize([], { kind: 'minMax' })).toEqual([]);
  });

  it('goalposts clamp to [0, scale] unless told not to', () => {
    expect(normalize([50, 120, -10], { kind: 'goalposts', min: 0, max: 100, scale: 100 })).toEqual([
      50, 100, 0,
    ]);
    expect(normalize([50, 120], { kind: 'goalposts', min: 0, max: 100, clamp: false })).toEqual([
      0.5, 1.2,
    ]);
    expect(
      normalize([2, 6], { kind: 'goalposts', min: 0, max: 8, direction: 'lower-is-better' }),
    ).toEqual([0.75, 0.25]);
    expect(() => normalize([1], { kind: 'goalposts', min: 5, max: 5 })).toThrowError(
      /min and max are both 5/,
    );
    expect(() => normalize([1], { kind: 'goalposts', min: Number.NaN, max: 5 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('zScore with sample or population sd; zero sd gives 0', () => {
    expect(normalize([2, 4, 6], { kind: 'zScore' })).toEqual([-1, 0, 1]);
    const population = normalize([2, 4, 6], { kind: 'zScore', sd: 'population' });
    expect(population[2]).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(normalize([3, 3], { kind: 'zScore' })).toEqual([0, 0]);
    expect(normalize([3], { kind: 'zScore' })).toEqual([0]);
    expect(normalize([2, 4, 6], { kind: 'zScore', direction: 'lower-is-better' })).toEqual([
      1, 0, -1,
    ]);
    expect(() => normalize([1], { kind: 'zScore', sd: 'both' as 'sample' })).toThrowError(/sd/);
  });

  it('distanceToTarget as COINr, capped at 1', () => {
    expect(normalize([20, 60, 100], { kind: 'distanceToTarget', target: 60 })).toEqual([0, 1, 1]);
    expect(normalize([20, 60, 100], { kind: 'distanceToTarget', target: 60, cap: false })).toEqual([
      0, 1, 2,
    ]);
    expect(
      normalize([20, 60, 100], {
        kind: 'distanceToTarget',
        target: 60,
        direction: 'lower-is-better',
      }),
    ).toEqual([1, 1, 0]);
    expect(() => normalize([20, 60], { kind: 'distanceToTarget', target: 20 })).toThrowError(
      /equals the data's minimum/,
    );
  });

  it('rank: ascending as COINr n_rank (worst 1, best n), with its tie rule', () => {
    expect(normalize([90, 85, 85], { kind: 'rank' })).toEqual([3, 1, 1]);
    expect(normalize([90, 85, 85, 70], { kind: 'rank', ties: 'modified' })).toEqual([4, 3, 3, 1]);
    expect(normalize([90, 85, 85, 70], { kind: 'rank', ties: 'fractional' })).toEqual([
      4, 2.5, 2.5, 1,
    ]);
    expect(
      normalize([90, 85, 85], { kind: 'rank', ties: 'dense', direction: 'lower-is-better' }),
    ).toEqual([1, 2, 2]);
    expect(normalize([3, 1, 2], { kind: 'rank', direction: 'lower-is-better' })).toEqual([1, 3, 2]);
  });

  it('rank inside compositeIndex: the unit best on every indicator ranks first (issue 14)', () => {
    const data = { A: { x: 90, y: 80 }, B: { x: 50, y: 40 }, C: { x: 10, y: 20 } };
    const framework = {
      id: 'index',
      children: [
        { id: 'x', normalize: { kind: 'rank' as const } },
        { id: 'y', normalize: { kind: 'rank' as const } },
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
    expect(() => normalize([1, Number.POSITIVE_INFINITY], { kind: 'minMax' })).toThrowError(
      /values\[1\]/,
    );
    expect(() => normalize([1], { kind: 'log' } as unknown as NormalizeMethod)).toThrowError(
      /method\.kind/,
    );
    expect(() => normalize([1], null as never)).toThrowError(/method/);
    expect(() => normalize(3 as never, { kind: 'minMax' })).toThrowError(/values/);
    expect(() => normalize([1], { kind: 'minMax', direction: 'up' as never })).toThrowError(
      /direction/,
    );
    expect(() => normalize([1, 2], { kind: 'minMax', range: [0, Number.NaN] })).toThrowError(
      /range\[1\]/,
    );
  });

  describe('properties', () => {
    it('min-max stays in its range and preserves order', () => {
      fc.assert(
        fc.property(values, (xs) => {
          const ys = normalize(xs, { kind: 'minMax' });
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
          for (const y of normalize(xs, { kind: 'goalposts', min: -100, max: 100, scale })) {
            if (y !== null) expect(y >= 0 && y <= scale).toBe(true);
          }
        }),
        options,
      );
    });

    it('a direction flip mirrors the result', () => {
      const methods: NormalizeMethod[] = [
        { kind: 'minMax' },
        { kind: 'goalposts', min: -1e6, max: 1e6 },
        { kind: 'zScore' },
      ];
      fc.assert(
        fc.property(values, fc.constantFrom(...methods), (xs, method) => {
          const up = normalize(xs, method);
          const down = normalize(xs, { ...method, direction: 'lower-is-better' });
          const mirror = method.kind === 'zScore' ? (y: number) => -y : (y: number) => 1 - y;
          up.forEach((y, i) => {
            if (y === null) {
              expect(down[i]).toBeNull();
              return;
            }
            if (method.kind === 'minMax' && new Set(xs.filter((x) => x !== null)).size === 1)
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
            const zs = normalize(xs, { kind: 'zScore' }) as number[];
            expect(Math.abs(zs.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
          },
        ),
        options,
      );
    });

    it('does not modify its input', () => {
      const input = Object.freeze([3, 1, null, 2]);
      normalize(input, { kind: 'zScore' });
      expect(input).toEqual([3, 1, null, 2]);
    });
  });
});

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('normalize: input checks and edge cases', () => {
  it('names a non-array input', () => {
    const method = { kind: 'minMax' } as const;
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
    expect(normalize(arrayLike, { kind: 'minMax' })).toEqual([0, 1]);
    expect(normalize([1, undefined, 3], { kind: 'minMax' })).toEqual([0, null, 1]);
    expect(normalize(new Float64Array([2, 4]), { kind: 'minMax' })).toEqual([0, 1]);
  });

  it('names a bad value by its index', () => {
    rejects(
      () => normalize([1, 2, Number.NaN], { kind: 'zScore' }),
      'INVALID_NUMBER',
      'values[2]: expected a finite number, got NaN.',
    );
  });

  it('rejects a bad direction or method with INVALID_ARGUMENT', () => {
    rejects(
      () => normalize([1], { kind: 'minMax', direction: 'up' as never }),
      'INVALID_ARGUMENT',
      'direction: expected one of "higher-is-better", "lower-is-better", got "up".',
    );
    rejects(
      () => normalize([1], { kind: 'log' } as unknown as NormalizeMethod),
      'INVALID_ARGUMENT',
      'method.kind: expected one of "minMax", "goalposts", "zScore", "distanceToTarget", "distToMax", "distToRef", "fracMax", "rank", "borda", "percentRank", got "log".',
    );
    rejects(
      () => normalize([1], null as never),
      'INVALID_ARGUMENT',
      `method: expected an object like { kind: 'minMax' }, got null.`,
    );
    rejects(
      () => normalize([1], 'minMax' as never),
      'INVALID_ARGUMENT',
      `method: expected an object like { kind: 'minMax' }, got "minMax".`,
    );
  });

  it('checks the method inside compositeIndex too', () => {
    rejects(
      () => compositeIndex({ '48': { online: 1 } }, { id: 'online', normalize: 'minMax' as never }),
      'INVALID_ARGUMENT',
      `framework (online).normalize: expected an object like { kind: 'minMax' }, got "minMax".`,
    );
  });

  it('minMax: stretches to any range, and names bad bounds', () => {
    expect(normalize([20, 50, 80], { kind: 'minMax', range: [10, 20] })).toEqual([10, 15, 20]);
    expect(
      normalize([20, null, 80], { kind: 'minMax', range: [10, 20], direction: 'lower-is-better' }),
    ).toEqual([20, null, 10]);
    expect(normalize([null, null], { kind: 'minMax' })).toEqual([null, null]);
    expect(normalize([7, null, 7], { kind: 'minMax', range: [2, 4] })).toEqual([3, null, 3]);
    rejects(
      () => normalize([1, 2], { kind: 'minMax', range: [Number.NaN, 1] }),
      'INVALID_NUMBER',
      'range[0]: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([7, null, 7], { kind: 'minMax', constant: 'error' }),
      'INVALID_ARGUMENT',
      "minMax: all 2 values equal 7; there is nothing to scale. Use constant: 'exclude' to leave the indicator out.",
    );
  });

  it('goalposts: missing values stay missing; bad parameters are named', () => {
    expect(normalize([null, 25, 150], { kind: 'goalposts', min: 0, max: 100, scale: 10 })).toEqual([
      null,
      2.5,
      10,
    ]);
    rejects(
      () => normalize([1], { kind: 'goalposts', min: Number.NaN, max: 5 }),
      'INVALID_NUMBER',
      'min: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([1], { kind: 'goalposts', min: 0, max: Number.POSITIVE_INFINITY }),
      'INVALID_NUMBER',
      'max: expected a finite number, got Infinity.',
    );
    rejects(
      () => normalize([1], { kind: 'goalposts', min: 0, max: 5, scale: Number.NaN }),
      'INVALID_NUMBER',
      'scale: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([1], { kind: 'goalposts', min: 5, max: 5 }),
      'INVALID_ARGUMENT',
      'goalposts: min and max are both 5.',
    );
  });

  it('zScore: missing values are left out of the mean and the sd, and stay missing', () => {
    expect(normalize([2, null, 4, 6], { kind: 'zScore' })).toEqual([-1, null, 0, 1]);
    expect(normalize([2, null, 4, 6], { kind: 'zScore', sd: 'sample' })).toEqual([-1, null, 0, 1]);
    expect(normalize([3, null, 3], { kind: 'zScore' })).toEqual([0, null, 0]);
    expect(normalize([null], { kind: 'zScore' })).toEqual([null]);
    rejects(
      () => normalize([1], { kind: 'zScore', sd: 'both' as never }),
      'INVALID_ARGUMENT',
      'sd: expected one of "sample", "population", got "both".',
    );
  });

  it('distanceToTarget: lower-is-better divides by max − target; bad targets are named', () => {
    expect(
      normalize([20, 80, 100, null], {
        kind: 'distanceToTarget',
        target: 60,
        direction: 'lower-is-better',
      }),
    ).toEqual([1, 0.5, 0, null]);
    expect(
      normalize([20, 80, 100], {
        kind: 'distanceToTarget',
        target: 90,
        direction: 'lower-is-better',
        cap: false,
      }),
    ).toEqual([8, 2, 0]);
    rejects(
      () => normalize([1], { kind: 'distanceToTarget', target: Number.NaN }),
      'INVALID_NUMBER',
      'target: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([20, 60], { kind: 'distanceToTarget', target: 20 }),
      'INVALID_ARGUMENT',
      `distanceToTarget: the target 20 equals the data's minimum.`,
    );
    rejects(
      () =>
        normalize([20, 60], {
          kind: 'distanceToTarget',
          target: 60,
          direction: 'lower-is-better',
        }),
      'INVALID_ARGUMENT',
      `distanceToTarget: the target 60 equals the data's maximum.`,
    );
    expect(normalize([null], { kind: 'distanceToTarget', target: 1 })).toEqual([null]);
    rejects(
      () => normalize([20, 60], { kind: 'distanceToTarget', target: 10 }),
      'INVALID_ARGUMENT',
      'distanceToTarget: the target 10 is below the minimum 20 of a higher-is-better indicator; it must lie on the better side.',
    );
    rejects(
      () =>
        normalize([20, 60], {
          kind: 'distanceToTarget',
          target: 70,
          direction: 'lower-is-better',
        }),
      'INVALID_ARGUMENT',
      'distanceToTarget: the target 70 is above the maximum 60 of a lower-is-better indicator; it must lie on the better side.',
    );
  });

  it('rank: missing values stay unranked', () => {
    expect(normalize([90, null, 85, 85], { kind: 'rank' })).toEqual([3, null, 1, 1]);
  });

  it('leaves input without a present value as it is, whatever the method asks', () => {
    expect(normalize([null, null], { kind: 'minMax', constant: 'error' })).toEqual([null, null]);
    expect(
      normalize([null], { kind: 'distanceToTarget', target: 0, direction: 'lower-is-better' }),
    ).toEqual([null]);
    expect(normalize([], { kind: 'distanceToTarget', target: 0 })).toEqual([]);
    expect(normalize([null, null], { kind: 'zScore' })).toEqual([null, null]);
  });

  it.each<[string, (number | null)[], NormalizeMethod, string]>([
    [
      'a span beyond the largest number',
      [-1e308, 0, 1e308],
      { kind: 'minMax' },
      'minMax: the span of the values overflows the largest number; scale the values down first.',
    ],
    [
      'a range beyond the largest number',
      [1, 2],
      { kind: 'minMax', range: [-1e308, 1e308] },
      'minMax: the width of the range overflows the largest number; scale the values down first.',
    ],
    [
      'goalposts beyond the largest number',
      [1],
      { kind: 'goalposts', min: -1e308, max: 1e308 },
      'goalposts: the distance between min and max overflows the largest number; scale the values down first.',
    ],
    [
      'a target beyond the largest number',
      [-1e308, 0],
      { kind: 'distanceToTarget', target: 1e308 },
      'distanceToTarget: the distance to the target overflows the largest number; scale the values down first.',
    ],
  ])('throws on %s instead of returning NaN', (_, values, method, message) => {
    expect(() => normalize(values, method)).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER', message }),
    );
  });

  it('z-scores values at the ends of the double range (scaled before summing, issue #25)', () => {
    const tiny = normalize([1e-308, 2e-308, 3e-308], { kind: 'zScore' }) as number[];
    tiny.forEach((z, i) => {
      expect(z).toBeCloseTo(i - 1, 14);
    });
    const huge = normalize([1e308, 1e308, 1], { kind: 'zScore' }) as number[];
    expect(huge[0]).toBeCloseTo(1 / Math.sqrt(3), 14);
    expect(huge[2]).toBeCloseTo(-2 / Math.sqrt(3), 14);
    const spread = normalize([1e200, -1e200], { kind: 'zScore' }) as number[];
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
        const z = normalize(values, { kind: 'zScore' }) as number[];
        for (const score of z) expect(Number.isFinite(score)).toBe(true);
        // A rotation and a reversal of the rows: each value keeps its score, bit for bit.
        const k = seed % values.length;
        const rotated = [...values.slice(k), ...values.slice(0, k)];
        const again = normalize(rotated, { kind: 'zScore' }) as number[];
        values.forEach((_, i) => {
          expect(again[(i - k + values.length) % values.length]).toBe(z[i]);
        });
        expect(normalize([...values].reverse(), { kind: 'zScore' })).toEqual([...z].reverse());
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalize: higher is better for every kind (design §1)', () => {
  // Every kind, with parameters valid for integers in [-100, 100]. A new kind goes here, so that
  // the dominance invariant covers it.
  const kinds: NormalizeMethod[] = [
    { kind: 'minMax' },
    { kind: 'minMax', range: [1, 100] },
    { kind: 'goalposts', min: -50, max: 50 },
    { kind: 'zScore' },
    { kind: 'distanceToTarget', target: 150 },
    { kind: 'rank' },
    { kind: 'rank', ties: 'fractional' },
    { kind: 'zScore', output: { mean: 50, sd: 10 } },
    { kind: 'distToMax' },
    { kind: 'distToRef', ref: 150 },
    { kind: 'fracMax' },
    { kind: 'borda' },
    { kind: 'percentRank' },
    { kind: 'minMax', constant: 'exclude' },
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
            const offset = method.kind === 'fracMax' ? 101 : 0;
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
                ...(method.kind === 'distanceToTarget' && lower[i] ? { target: -150 } : {}),
                ...(method.kind === 'distToRef' && lower[i] ? { ref: -150 } : {}),
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
              (row) => (row[i] as number) + (method.kind === 'fracMax' ? 101 : 0),
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
  it('distToMax: 1 − (max − x) / (max − min), mirrored for lower-is-better', () => {
    expect(normalize([20, 50, 80], { kind: 'distToMax' })).toEqual([0, 0.5, 1]);
    expect(normalize([20, null, 80], { kind: 'distToMax', direction: 'lower-is-better' })).toEqual([
      1,
      null,
      0,
    ]);
    expect(normalize([4, 4], { kind: 'distToMax' })).toEqual([0.5, 0.5]);
  });

  it('distToRef: 1 − (ref − x) / (ref − min), capped on request', () => {
    expect(normalize([20, 50, 80], { kind: 'distToRef', ref: 50 })).toEqual([0, 1, 2]);
    expect(normalize([20, 50, 80], { kind: 'distToRef', ref: 50, cap: true })).toEqual([0, 1, 1]);
    expect(
      normalize([20, 50, 80], { kind: 'distToRef', ref: 50, direction: 'lower-is-better' }),
    ).toEqual([2, 1, 0]);
    rejects(
      () => normalize([20, 50], { kind: 'distToRef', ref: 20 }),
      'INVALID_ARGUMENT',
      'distToRef: the reference 20 must be above the minimum 20 of a higher-is-better indicator.',
    );
    rejects(
      () => normalize([20, 50], { kind: 'distToRef', ref: 60, direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      'distToRef: the reference 60 must be below the maximum 50 of a lower-is-better indicator.',
    );
    rejects(
      () => normalize([20, 50], { kind: 'distToRef', ref: Number.NaN }),
      'INVALID_NUMBER',
      'ref: expected a finite number, got NaN.',
    );
  });

  it('fracMax: x / max, or min / x when lower is better', () => {
    expect(normalize([20, 50, 80], { kind: 'fracMax' })).toEqual([0.25, 0.625, 1]);
    expect(normalize([-20, 80], { kind: 'fracMax' })).toEqual([-0.25, 1]);
    expect(normalize([20, 40, 80], { kind: 'fracMax', direction: 'lower-is-better' })).toEqual([
      1, 0.5, 0.25,
    ]);
    expect(normalize([3, 3], { kind: 'fracMax' })).toEqual([1, 1]);
    rejects(
      () => normalize([-1, 0], { kind: 'fracMax' }),
      'INVALID_ARGUMENT',
      'fracMax: the largest value is 0; x / max needs a maximum above 0.',
    );
    rejects(
      () => normalize([0, 1], { kind: 'fracMax', direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      'fracMax: the smallest value is 0; min / x (lower is better) needs values > 0.',
    );
  });

  it('borda and percentRank: COINr n_borda and n_prank (ties min)', () => {
    expect(normalize([90, 85, 85, 70], { kind: 'borda' })).toEqual([3, 1, 1, 0]);
    expect(normalize([90, 85, 85, 70, null], { kind: 'percentRank' })).toEqual([
      1,
      1 / 3,
      1 / 3,
      0,
      null,
    ]);
    expect(normalize([90, 70], { kind: 'percentRank', direction: 'lower-is-better' })).toEqual([
      0, 1,
    ]);
    expect(normalize([5], { kind: 'percentRank' })).toEqual([0.5]);
    expect(normalize([5, 5], { kind: 'borda' })).toEqual([0, 0]);
    rejects(
      () => normalize([1, 2], { kind: 'borda', ties: 'random' as never }),
      'INVALID_ARGUMENT',
      'method.ties: expected one of "competition", "modified", "dense", "ordinal", "fractional", got "random".',
    );
  });

  it('zScore: to a chosen mean and sd (COINr m_sd)', () => {
    expect(normalize([2, 4, 6], { kind: 'zScore', output: { mean: 100, sd: 10 } })).toEqual([
      90, 100, 110,
    ]);
    expect(normalize([7, 7], { kind: 'zScore', output: { mean: 50, sd: 10 } })).toEqual([50, 50]);
    rejects(
      () => normalize([1, 2], { kind: 'zScore', output: { mean: 0, sd: 0 } }),
      'INVALID_NUMBER',
      'output.sd: expected a finite number > 0, got 0.',
    );
    rejects(
      () => normalize([1, 2], { kind: 'zScore', output: 3 as never }),
      'INVALID_ARGUMENT',
      'output: expected an object { mean, sd }, got 3.',
    );
  });

  it("constant: 'exclude' empties a constant column for every kind, 'error' throws for every kind", () => {
    const kinds: NormalizeMethod[] = [
      { kind: 'minMax' },
      { kind: 'goalposts', min: 0, max: 10 },
      { kind: 'zScore' },
      { kind: 'distanceToTarget', target: 10 },
      { kind: 'distToMax' },
      { kind: 'distToRef', ref: 10 },
      { kind: 'fracMax' },
      { kind: 'rank' },
      { kind: 'borda' },
      { kind: 'percentRank' },
    ];
    for (const method of kinds) {
      expect(normalize([4, null, 4], { ...method, constant: 'exclude' }), method.kind).toEqual([
        null,
        null,
        null,
      ]);
      rejects(
        () => normalize([4, 4], { ...method, constant: 'error' }),
        'INVALID_ARGUMENT',
        `${method.kind}: all 2 values equal 4; there is nothing to scale. Use constant: 'exclude' to leave the indicator out.`,
      );
      expect(normalize([1, 4], { ...method, constant: 'exclude' }).includes(null)).toBe(false);
    }
    rejects(
      () => normalize([1], { kind: 'rank', constant: 'drop' as never }),
      'INVALID_ARGUMENT',
      'method.constant: expected one of "mid", "error", "exclude", got "drop".',
    );
  });
});

describe('normalizePanel', () => {
  it('uses one scale across the editions', () => {
    expect(normalizePanel([[60, 70], [80, null, 90], []], { kind: 'minMax' })).toEqual([
      [0, 1 / 3],
      [2 / 3, null, 1],
      [],
    ]);
    expect(normalizePanel([[1, 2], [3]], { kind: 'rank' })).toEqual([[1, 2], [3]]);
    // Per-year min-max would give both editions [0, 1]: the panel keeps the progress.
    expect(normalize([80, 90], { kind: 'minMax' })).toEqual([0, 1]);
  });

  it('checks its input', () => {
    rejects(
      () => normalizePanel('x' as never, { kind: 'minMax' }),
      'INVALID_ARGUMENT',
      'years: expected an array with one array of values per edition, got "x".',
    );
    rejects(
      () => normalizePanel([[1], [Number.NaN]], { kind: 'minMax' }),
      'INVALID_NUMBER',
      'years[1][0]: expected a finite number, got NaN.',
    );
  });
});

describe('normalize: parameters checked even without data, overflow named, tie rules used', () => {
  it('checks a range with nothing present', () => {
    rejects(
      () => normalize([null], { kind: 'minMax', range: [Number.NaN, 1] }),
      'INVALID_NUMBER',
      'range[0]: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([], { kind: 'minMax', range: [0, Number.POSITIVE_INFINITY] }),
      'INVALID_NUMBER',
      'range[1]: expected a finite number, got Infinity.',
    );
  });

  it('names an overflow instead of returning infinities', () => {
    rejects(
      () => normalize([-1e308, 1e308], { kind: 'distToMax' }),
      'INVALID_NUMBER',
      'distToMax: the span of the values overflows the largest number; scale the values down first.',
    );
    rejects(
      () => normalize([-1e308, 0], { kind: 'distToRef', ref: 1e308 }),
      'INVALID_NUMBER',
      'distToRef: the distance to the reference overflows the largest number; scale the values down first.',
    );
    rejects(
      () => normalize([0, 1e308], { kind: 'distToRef', ref: -1e308, direction: 'lower-is-better' }),
      'INVALID_NUMBER',
      'distToRef: the distance to the reference overflows the largest number; scale the values down first.',
    );
    rejects(
      () =>
        normalize([0, 1e308], {
          kind: 'distanceToTarget',
          target: -1e308,
          direction: 'lower-is-better',
        }),
      'INVALID_NUMBER',
      'distanceToTarget: the distance to the target overflows the largest number; scale the values down first.',
    );
  });

  it('uses the tie rule of percentRank and borda', () => {
    expect(normalize([1, 1, 2], { kind: 'percentRank', ties: 'fractional' })).toEqual([
      0.25, 0.25, 1,
    ]);
    expect(normalize([1, 1, 2], { kind: 'borda', ties: 'modified' })).toEqual([1, 1, 2]);
  });

  it('names a bad output mean, and a reference or target at the far end', () => {
    rejects(
      () => normalize([1, 2], { kind: 'zScore', output: { mean: Number.NaN, sd: 1 } }),
      'INVALID_NUMBER',
      'output.mean: expected a finite number, got NaN.',
    );
    rejects(
      () => normalize([20, 50], { kind: 'distToRef', ref: 50, direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      'distToRef: the reference 50 must be below the maximum 50 of a lower-is-better indicator.',
    );
    expect(
      normalize([20, 50], { kind: 'distToRef', ref: 20, direction: 'lower-is-better' }),
    ).toEqual([1, 0]);
    rejects(
      () =>
        normalize([20, 60], { kind: 'distanceToTarget', target: 60, direction: 'lower-is-better' }),
      'INVALID_ARGUMENT',
      "distanceToTarget: the target 60 equals the data's maximum.",
    );
  });
});
