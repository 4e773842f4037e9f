import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/stats/nelder-mead.js';

const settings = { step: 0.5, tolerance: 1e-12, maxEvaluations: 20_000 };

describe('nelderMead', () => {
  it('finds the minimum of Rosenbrock’s valley', () => {
    const rosenbrock = ([x = 0, y = 0]: readonly number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], settings);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
    expect(result.value).toBeLessThan(1e-10);
  });

  it('stops at maxEvaluations and says so', () => {
    const result = nelderMead(([x = 0]) => (x - 3) ** 2, [0], { ...settings, maxEvaluations: 5 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeLessThanOrEqual(7);
  });

  it('treats NaN and Infinity as outside the domain', () => {
    const f = ([x = 0]: readonly number[]) => (x < 0 ? Number.NaN : (x - 2) ** 2);
    const result = nelderMead(f, [5], settings);
    expect(result.x[0]).toBeCloseTo(2, 5);
  });

  it('finds the centre of any convex quadratic, the same way every time (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0.5, max: 5, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (centre, scales) => {
          const f = (x: readonly number[]) =>
            x.reduce((s, v, i) => s + (scales[i] as number) * (v - (centre[i] as number)) ** 2, 0);
          const start = centre.map(() => 0);
          const result = nelderMead(f, start, settings);
          for (const [i, v] of result.x.entries()) expect(v).toBeCloseTo(centre[i] as number, 4);
          expect(nelderMead(f, start, settings)).toEqual(result);
        },
      ),
      { numRuns: 30 },
    );
  });
});
