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

describe('nelderMead, move by move', () => {
  const quadratic = ([x = 0]: readonly number[]) => (x - 3) ** 2;

  it('reflects, expands and contracts as Lagarias et al. state the moves', () => {
    const seen: number[] = [];
    nelderMead(
      (x) => {
        seen.push(x[0] as number);
        return quadratic(x);
      },
      [0],
      { ...settings, step: 1 },
    );
    // Start 0 and 0 + step; reflect to 2 and expand to 3; reflect to 5 (no better), contract
    // inside to 2; reflect to 4, contract to 2.5; reflect to 3.5, contract to 2.75.
    expect(seen.slice(0, 10)).toEqual([0, 1, 2, 3, 5, 2, 4, 2.5, 3.5, 2.75]);
  });

  it('restarts once from a run that improved, and stops when the restart does not', () => {
    const result = nelderMead(quadratic, [0], { ...settings, step: 1 });
    expect([result.x, result.value, result.runs, result.converged]).toEqual([[3], 0, 2, true]);
  });

  it('spends at most maxEvaluations before a move', () => {
    const result = nelderMead(quadratic, [0], { ...settings, step: 1, maxEvaluations: 6 });
    expect([result.evaluations, result.converged, result.runs]).toEqual([6, false, 1]);
  });

  it('stops only when both the values and the points agree within the tolerance', () => {
    const loose = { step: 0.5, tolerance: 1e-3, maxEvaluations: 20_000 };
    // Steep: points within 1e-3 of each other can still differ by 1e3 in value.
    const steep = nelderMead(([x = 0]) => 1e9 * (x - 1.1) ** 2, [0], loose);
    expect(steep.value).toBeLessThan(1e-2);
    // Flat: the values agree long before the points do.
    const flat = nelderMead(([x = 0]) => 1e-9 * (x - 1.1) ** 2, [0], loose);
    expect(Math.abs((flat.x[0] as number) - 1.1)).toBeLessThan(2e-3);
  });
});
