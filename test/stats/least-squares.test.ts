import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares } from '../../src/stats/least-squares.js';

describe('leastSquares', () => {
  it('fits the line through the points, with its sums', () => {
    const line = leastSquares([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(line).toEqual({
      slope: 2,
      intercept: 1,
      meanX: 1.5,
      meanY: 4,
      sxx: 5,
      sxy: 10,
      syy: 20,
    });
  });

  it('leaves the meaning of one x to the caller (sxx = 0)', () => {
    const line = leastSquares([2, 2], [1, 3]);
    expect(line.sxx).toBe(0);
    expect(Number.isFinite(line.slope)).toBe(false);
  });

  it('recovers any exact line (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 20 }),
        (a, b, xs) => {
          const line = leastSquares(
            xs,
            xs.map((x) => a + b * x),
          );
          expect(line.slope).toBeCloseTo(b, 9);
          expect(line.intercept).toBeCloseTo(a, 7);
          if (line.syy > 0) expect(line.sxy ** 2 / (line.sxx * line.syy)).toBeCloseTo(1, 9);
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });
});
