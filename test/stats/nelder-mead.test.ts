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

describe('nelderMead, against SciPy’s Nelder–Mead', () => {
  // SciPy 1.17.1's `minimize(method='Nelder-Mead')` makes the same moves (Lagarias et al.):
  // the points it evaluated, from the same initial simplex (`initial_simplex` = the start and
  // the start moved by 0.5 along each axis), for the first 48 evaluations. The function is
  // not convex, so the trace holds every move: reflections accepted as best and as second-best,
  // expansions, contractions outside and inside, and a shrink (the 17th and 18th evaluations).
  const wave = ([x = 0, y = 0]: readonly number[]) =>
    (x - 1) ** 2 + (y - 1) ** 2 + 3 * Math.sin(5 * x) * Math.sin(5 * y);
  const scipy = [
    [-1.0, 2.0],
    [-0.5, 2.0],
    [-1.0, 2.5],
    [-0.5, 1.5],
    [-0.25, 1.0],
    [-1.0, 1.5],
    [-0.625, 1.875],
    [-0.125, 1.375],
    [0.3125, 1.0625],
    [0.4375, 0.6875],
    [1.25, 0.25],
    [0.8125, 0.5625],
    [0.6875, 0.9375],
    [0.5, 0.75],
    [0.0, 1.25],
    [0.609375, 0.734375],
    [0.40625, 0.90625],
    [0.5625, 0.8125],
    [0.15625, 1.15625],
    [0.4609375, 0.8984375],
    [0.2578125, 1.0703125],
    [0.41015625, 0.94140625],
    [0.50390625, 0.78515625],
    [0.3603515625, 0.9931640625],
    [0.3642578125, 1.0283203125],
    [0.395751953125, 0.936767578125],
    [0.345947265625, 0.988525390625],
    [0.3138427734375, 1.0120849609375],
    [0.310546875, 1.044921875],
    [0.37445068359375, 0.96380615234375],
    [0.36004638671875, 0.95916748046875],
    [0.359893798828125, 0.942169189453125],
    [0.331390380859375, 0.966888427734375],
    [0.3098602294921875, 0.9684295654296875],
    [0.3453369140625, 0.9205322265625],
    [0.31683349609375, 0.94525146484375],
    [0.2953033447265625, 0.9467926025390625],
    [0.302886962890625, 0.991607666015625],
    [0.33472442626953125, 0.9383010864257812],
    [0.32016754150390625, 0.9166641235351562],
    [0.3285846710205078, 0.9543323516845703],
    [0.34647560119628906, 0.9473819732666016],
    [0.3390650749206543, 0.9468493461608887],
    [0.34520483016967773, 0.9308180809020996],
    [0.3327397108078003, 0.9484537839889526],
    [0.32839906215667725, 0.9399055242538452],
    [0.3264143466949463, 0.9500582218170166],
    [0.332646906375885, 0.9412403702735901],
  ];

  it('evaluates the points SciPy evaluates, in the same order', () => {
    const seen: number[][] = [];
    nelderMead(
      (x) => {
        seen.push([...x]);
        return wave(x);
      },
      [-1, 2],
      { step: 0.5, tolerance: 1e-12, maxEvaluations: 48 },
    );
    expect(seen).toHaveLength(scipy.length);
    for (const [i, point] of seen.entries()) {
      expect(point[0]).toBeCloseTo(scipy[i]?.[0] as number, 12);
      expect(point[1]).toBeCloseTo(scipy[i]?.[1] as number, 12);
    }
  });
});

describe('nelderMead, the moves at the edges of their rules', () => {
  /** The points a one-variable search evaluates from 0 with step 1, stopped at `evaluations`. */
  const trace = (f: (x: number) => number, evaluations: number): number[] => {
    const seen: number[] = [];
    nelderMead(
      ([x = 0]) => {
        seen.push(x);
        return f(x);
      },
      [0],
      { step: 1, tolerance: 1e-12, maxEvaluations: evaluations },
    );
    return seen;
  };

  it('shrinks when the outside contraction is no better than the reflection', () => {
    // f(0) = 0, f(1) = 10, the reflection f(−1) = 5 and the contraction f(−0.5) = 9: worse
    // than the reflection though better than the worst point, so the simplex shrinks to 0.5.
    const f = (x: number) => (x >= 0 ? 10 * x : 5 + 4 * Math.sin(Math.PI * x) ** 2);
    expect(trace(f, 7)).toEqual([0, 1, -1, -0.5, 0.5, -0.5, 0.25]);
  });

  it('on a plateau, neither expands, accepts a reflection nor a contraction that only ties', () => {
    // Every point in [−2, 2] is worth 0: the reflection to −1 ties with the best, the inside
    // contraction to 0.5 ties with the worst, so the simplex shrinks (0.5 is evaluated again).
    expect(trace((x) => Math.max(0, Math.abs(x) - 2), 7)).toEqual([
      0, 1, -1, 0.5, 0.5, -0.5, 0.25, 0.25,
    ]);
  });

  it('keeps the reflection when the expansion only ties with it', () => {
    // f = −1 below −0.5: the reflection to −1 is better than the best, the expansion to −2 ties.
    expect(trace((x) => (x < -0.5 ? -1 : 0), 7)).toEqual([0, 1, -1, -2, -2, -1.5, -0.5]);
  });

  it('orders vertices of equal value by their index', () => {
    // f(1) = 0 is best; the inside contraction to 0.5 (vertex 0) ties with it at 0, so vertex 0
    // counts as the best from then on and the next reflection is of 1 through 0.5, to 0.
    const f = (x: number) => (x < 0.5 ? 1 - 2 * x : x <= 1 ? 0 : 5 * (x - 1));
    expect(trace(f, 5).slice(0, 5)).toEqual([0, 1, 2, 0.5, 0]);
  });

  it('with tolerance 0 stops once the simplex has collapsed to a point, and does not restart', () => {
    const result = nelderMead(() => 1, [0], { step: 1, tolerance: 0, maxEvaluations: 100_000 });
    expect([result.x, result.value, result.runs, result.converged]).toEqual([[0], 1, 1, true]);
  });

  it('stops on values relative to the best one: within about 1 of −1000 at tolerance 1e-3', () => {
    const loose = { step: 0.5, tolerance: 1e-3, maxEvaluations: 20_000 };
    const result = nelderMead(([x = 0]) => 1e9 * (x - 1.1) ** 2 - 1000, [0], loose);
    expect(result.value).toBeGreaterThanOrEqual(-1000);
    expect(result.value).toBeLessThan(-999);
    // Near a minimum of 0 the same rule asks the values to agree within about 1e-6.
    const near = nelderMead(([x = 0]) => 1e3 * (x - 1.1) ** 2, [0], loose);
    expect(near.value).toBeLessThan(1e-5);
  });

  it('restarts after a run that improved by more than the tolerance, however little', () => {
    const quadratic = ([x = 0]: readonly number[]) => (x - 3) ** 2;
    // The first run improves the start's value by only 0.01, still far above the tolerance.
    expect(nelderMead(quadratic, [3.1], settings).runs).toBe(2);
    // A negative minimum: the improvement is measured as the drop in value.
    const below = ([x = 0, y = 0]: readonly number[]) => (x - 1) ** 2 + 10 * (y + 2) ** 2 - 50;
    const result = nelderMead(below, [0, 0], { ...settings, tolerance: 1e-4 });
    expect([result.x, result.value, result.runs]).toEqual([[1, -2], -50, 2]);
  });
});
