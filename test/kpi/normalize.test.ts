import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NormalizeMethod, normalize } from '../../src/kpi/normalize.js';

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

  it('rank, with its tie rule', () => {
    expect(normalize([90, 85, 85], { kind: 'rank' })).toEqual([1, 2, 2]);
    expect(
      normalize([90, 85, 85], { kind: 'rank', ties: 'dense', direction: 'lower-is-better' }),
    ).toEqual([2, 1, 1]);
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
