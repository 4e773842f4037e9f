// optimizeWeights against COINr 1.1.14's get_opt_weights on the ASEM index (min-max [0, 1],
// arithmetic mean; scripts/coinr/weights.R): the correlations vn-dx computes at COINr's weights
// equal COINr's to 1e-9, and vn-dx's objective is at least as good as COINr's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimizeWeights } from '../../src/audit/optimize-weights.js';
import { compositeIndexColumns } from '../../src/composite/composite.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { pearson } from '../../src/stats/statistics.js';
import { direction, frameworkOf, loadCase } from '../fixtures/coinr/load.js';
import { dxErrorOf } from '../fixtures/errors.js';

interface OptCase {
  readonly call: string;
  readonly level: number;
  readonly method: 'balance' | 'infomax';
  readonly ids: string[];
  readonly weights: number[];
  readonly value: number;
  readonly correlations: { ids: string[]; correlation: number[] };
}
const fixture = loadCase<{ cases: Record<string, OptCase> }>('opt-weights');
const asem = loadCase('a_minmax_amean');
const framework = frameworkOf(asem, (_, d) => ({ method: 'min-max', direction: direction(d) }), {
  aggregate: { missing: 'reweight' },
});
const data = { kind: 'columns' as const, units: asem.units, columns: asem.raw };

/** The framework with some nodes' weights replaced. */
function reweighted(node: FrameworkNode, weights: Record<string, number>): FrameworkNode {
  return {
    ...node,
    ...(Object.hasOwn(weights, node.id) ? { weight: weights[node.id] as number } : {}),
    ...(node.children
      ? { children: node.children.map((c) => reweighted(c as FrameworkNode, weights)) }
      : {}),
  };
}

/** COINr's objective from its own correlations: balance's mean squared deviation (COINr logs it), infomax's sum. */
function coinrObjective(c: OptCase): number {
  const r = c.correlations.correlation;
  const sum = r.reduce((a, b) => a + b, 0);
  if (c.method === 'infomax') return sum;
  return r.reduce((a, x) => a + (1 / r.length - x / sum) ** 2, 0) / r.length;
}

describe('optimizeWeights against COINr get_opt_weights (ASEM)', () => {
  for (const [name, c] of Object.entries(fixture.cases)) {
    it(`${name}: ${c.call}`, () => {
      const result = optimizeWeights(data, framework, { level: c.level, method: c.method });
      const coinr = coinrObjective(c);
      // COINr's value is log(objective) for balance, −objective for infomax.
      expect(c.method === 'balance' ? Math.log(coinr) : -coinr).toBeCloseTo(c.value, 9);
      if (c.weights.every((w) => w >= 0)) {
        // vn-dx's correlations at COINr's weights are COINr's.
        const weights = Object.fromEntries(c.ids.map((id, i) => [id, c.weights[i] as number]));
        const atCoinr = optimizeWeights(data, reweighted(framework, weights), {
          level: c.level,
          method: c.method,
          maxEvaluations: 1,
        }).initial;
        c.correlations.ids.forEach((id, i) => {
          expect(
            Math.abs(
              (atCoinr.correlations[id] as number) - (c.correlations.correlation[i] as number),
            ),
          ).toBeLessThan(1e-9);
        });
        expect(Math.abs(atCoinr.objective - coinr)).toBeLessThan(1e-9);
        // At least as good as COINr's.
        if (c.method === 'balance') expect(result.objective).toBeLessThanOrEqual(coinr + 1e-12);
        else expect(result.objective).toBeGreaterThanOrEqual(coinr - 1e-12);
      } else {
        // COINr reached this with a negative weight, which vn-dx does not search (see the
        // TSDoc): vn-dx is compared with COINr's weights clipped at 0, the nearest weighting.
        const clipped = Object.fromEntries(
          c.ids.map((id, i) => [id, Math.max(0, c.weights[i] as number)]),
        );
        const atClipped = optimizeWeights(data, reweighted(framework, clipped), {
          level: c.level,
          method: c.method,
          maxEvaluations: 1,
        }).initial;
        expect(result.objective).toBeLessThanOrEqual(atClipped.objective);
        expect(coinr).toBeLessThan(result.objective);
      }
      expect(result.converged).toBe(true);
      // The framework returned gives the correlations reported.
      const check = compositeIndexColumns(data, result.framework);
      expect(check.scores).toHaveLength(asem.units.length);
      expect(Object.keys(result.weights).sort()).toEqual([...c.ids].sort());
      expect(Object.values(result.weights).every((w) => w >= 0)).toBe(true);
    });
  }
});

describe('optimizeWeights: properties', () => {
  const columns = fc
    .array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 6, maxLength: 6 }), {
      minLength: 3,
      maxLength: 3,
    })
    .filter((cs) => cs.every((c) => new Set(c).size > 2));
  const tree: FrameworkNode = {
    id: 'index',
    children: [
      { id: 'g', weight: 2, children: ['a', 'b'] },
      { id: 'c', weight: 1 },
    ],
  };
  const dataOf = (cs: number[][]) => ({
    kind: 'columns' as const,
    units: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'],
    columns: { a: cs[0] as number[], b: cs[1] as number[], c: cs[2] as number[] },
  });

  it('never ends worse than the framework’s weights, keeps weights ≥ 0 and each group’s total', () => {
    fc.assert(
      fc.property(
        columns,
        fc.constantFrom('balance' as const, 'infomax' as const),
        (cs, method) => {
          const index = compositeIndexColumns(dataOf(cs), tree);
          if (new Set(index.scores).size < 2) return;
          let result: ReturnType<typeof optimizeWeights>;
          try {
            result = optimizeWeights(dataOf(cs), tree, { level: 1, method, maxEvaluations: 400 });
          } catch (error) {
            // An undefined correlation (a node constant over the units that have the index) is refused.
            expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
            return;
          }
          if (method === 'balance')
            expect(result.objective).toBeLessThanOrEqual(result.initial.objective);
          else expect(result.objective).toBeGreaterThanOrEqual(result.initial.objective);
          const { a, b, c } = result.weights as Record<string, number>;
          expect(Math.min(a as number, b as number, c as number)).toBeGreaterThanOrEqual(0);
          // a and b share g's total (2 in the framework, 1 each); c keeps its own 1.
          expect((a as number) + (b as number)).toBeCloseTo(2, 12);
          expect(c).toBeCloseTo(1, 12);
          // The same input gives the same output.
          expect(
            optimizeWeights(dataOf(cs), tree, { level: 1, method, maxEvaluations: 400 }),
          ).toEqual(result);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('optimizeWeights: bad input', () => {
  const small = { A: { x: 1, y: 2, z: 3 }, B: { x: 2, y: 1, z: 1 }, C: { x: 3, y: 3, z: 2 } };
  const flat = { id: 'index', children: ['x', 'y', 'z'] };
  const call =
    (options: object, f: FrameworkNode = flat) =>
    () =>
      optimizeWeights(small, f, options as never);
  it('names what is wrong', () => {
    expect(call({ method: 'infomax', target: { x: 1, y: 1, z: 1 } })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: "options.target: infomax has no target; remove it or use method: 'balance'.",
      }),
    );
    expect(call({ target: { x: 1, y: 1 } })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.target: give every node of the level an importance; missing "z".',
      }),
    );
    expect(call({ target: { x: 1, y: 1, z: 1, w: 1 } })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
    expect(call({ target: { x: 0, y: 0, z: 0 } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(call({ target: { x: -1, y: 1, z: 1 } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(call({ level: 2 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.level: expected an integer from 1 to 1, got 2.',
      }),
    );
    expect(
      call({}, { id: 'index', children: [{ id: 'g', children: ['x', 'y', 'z'] }] }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.level: level 2 has 1 node; weights are optimised among at least 2.',
      }),
    );
    expect(call({ tolerance: 0 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(call({ correlation: 'kendall' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(call({ seed: 1 })).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      optimizeWeights({ A: { x: 1, y: 2, z: 5 }, B: { x: 1, y: 1, z: 1 } }, flat),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(
          /^options\.level: a correlation of "x", "y", "z" with the index is undefined/,
        ),
      }),
    );
  });

  it('leaves its input alone and returns frozen results', () => {
    const before = JSON.stringify(flat);
    const result = optimizeWeights(small, flat, { method: 'infomax' });
    expect(JSON.stringify(flat)).toBe(before);
    expect(Object.isFrozen(result.framework)).toBe(true);
    expect(Object.isFrozen(result.weights)).toBe(true);
  });
});

describe('optimizeWeights: the search and its options', () => {
  // The TSDoc example: with equal weights, signed drives the index most.
  const data = {
    kind: 'columns' as const,
    units: ['01', '79', '48', '31', '92'],
    columns: {
      online: [90, 80, 70, 60, 75],
      signed: [95, 85, 80, 50, 70],
      cashless: [70, 40, 65, 45, 35],
    },
  };
  const flat = { id: 'index', children: ['online', 'signed', 'cashless'] };
  /** Each node's Pearson correlation with the index that `framework` gives (an independent peer). */
  const correlationsOf = (framework: FrameworkNode, options: object = {}) => {
    const index = compositeIndexColumns(data, framework, options);
    const scores = Float64Array.from(index.scores as number[]);
    return Object.fromEntries(
      Object.keys(data.columns).map((id) => [
        id,
        pearson(Float64Array.from(index.nodes[id] as number[]), scores),
      ]),
    );
  };

  it('moves the weight off the node that drives the index, and reports what the framework gives', () => {
    const result = optimizeWeights(data, flat);
    expect(result.weights.signed).toBe(0);
    expect((result.weights.online as number) + (result.weights.cashless as number)).toBeCloseTo(
      3,
      12,
    );
    expect(result.objective).toBeLessThan(result.initial.objective / 5);
    expect(result.converged).toBe(true);
    for (const [id, r] of Object.entries(correlationsOf(result.framework)))
      expect(result.correlations[id]).toBeCloseTo(r, 12);
    // An explicit equal target is the default one, at any scale.
    expect(optimizeWeights(data, flat, { target: { online: 3, signed: 3, cashless: 3 } })).toEqual(
      result,
    );
  });

  it('brings the correlations’ shares towards an unequal target', () => {
    const target = { online: 2, signed: 1, cashless: 1 };
    const shares = (r: Readonly<Record<string, number>>) => {
      const sum = Object.values(r).reduce((a, b) => a + b, 0);
      return [r.online, r.signed, r.cashless].map((v) => (v as number) / sum);
    };
    const result = optimizeWeights(data, flat, { target });
    const deviation = (r: Readonly<Record<string, number>>) =>
      shares(r).reduce((a, s, i) => a + (s - ([0.5, 0.25, 0.25][i] as number)) ** 2, 0) / 3;
    expect(result.objective).toBeCloseTo(deviation(result.correlations), 15);
    expect(result.initial.objective).toBeCloseTo(deviation(result.initial.correlations), 15);
    expect(result.objective).toBeLessThan(result.initial.objective);
    // online, the node meant to matter most, gets most of the weight.
    expect(result.weights.online).toBeGreaterThan(2);
    // The default (equal) target ends elsewhere.
    expect(result.weights.online).not.toBeCloseTo(
      optimizeWeights(data, flat).weights.online as number,
      3,
    );
  });

  it('optimises with the aggregation it is given', () => {
    const aggregate = { method: 'geometric' } as const;
    const result = optimizeWeights(data, flat, { aggregate });
    for (const [id, r] of Object.entries(correlationsOf(result.framework, { aggregate })))
      expect(result.correlations[id]).toBeCloseTo(r, 12);
    for (const [id, r] of Object.entries(correlationsOf(flat, { aggregate })))
      expect(result.initial.correlations[id]).toBeCloseTo(r, 12);
    expect(result.objective).toBeLessThan(result.initial.objective);
  });

  it('infomax raises the sum of the correlations', () => {
    const result = optimizeWeights(data, flat, { method: 'infomax' });
    const sum = (r: Readonly<Record<string, number>>) =>
      Object.values(r).reduce((a, b) => a + b, 0);
    expect(result.objective).toBeCloseTo(sum(result.correlations), 15);
    expect(result.objective).toBeGreaterThan(result.initial.objective);
    for (const [id, r] of Object.entries(correlationsOf(result.framework)))
      expect(result.correlations[id]).toBeCloseTo(r, 12);
  });

  it('keeps the framework’s weights when nothing beats them (Spearman: ranks barely move)', () => {
    const result = optimizeWeights(data, flat, { correlation: 'spearman' });
    // Ranks: online 1 2 4 5 3, signed 1 2 3 5 4, cashless 1 4 2 3 5 against the index's.
    expect(result.initial.correlations).toEqual({ online: 0.7, signed: 0.9, cashless: 0.7 });
    expect(result.weights).toEqual({ online: 1, signed: 1, cashless: 1 });
    expect(result.objective).toBe(result.initial.objective);
    expect(result.framework.children?.map((c) => (c as FrameworkNode).weight)).toEqual([1, 1, 1]);
  });

  it('stops at maxEvaluations and says it did not converge', () => {
    const tree: FrameworkNode = {
      id: 'index',
      children: [
        { id: 'g', weight: 2, children: ['a', 'b'] },
        { id: 'c', weight: 1 },
      ],
    };
    const six = {
      kind: 'columns' as const,
      units: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'],
      columns: { a: [1, 5, 3, 8, 2, 6], b: [4, 2, 6, 1, 7, 3], c: [9, 3, 5, 2, 6, 4] },
    };
    const full = optimizeWeights(six, tree, { level: 1 });
    expect(full.converged).toBe(true);
    expect(full.evaluations).toBeLessThan(20_000);
    for (const method of ['balance', 'infomax'] as const) {
      const cut = optimizeWeights(six, tree, { level: 1, method, maxEvaluations: 300 });
      expect(cut.evaluations).toBe(300);
      expect(cut.converged).toBe(false);
    }
    // A budget the first start uses up leaves none to the second.
    expect(optimizeWeights(six, tree, { level: 1, maxEvaluations: 10 }).evaluations).toBe(10);
    // A target of 0 for a whole group: the search steps over weightings the engine refuses.
    const zero = optimizeWeights(six, tree, { level: 1, target: { a: 0, b: 0, c: 1 } });
    expect(zero.objective).toBeLessThan(zero.initial.objective);
    expect((zero.weights.a as number) + (zero.weights.b as number)).toBeCloseTo(2, 12);
  });

  it('names the option at fault', () => {
    const small = { A: { x: 1, y: 2, z: 3 }, B: { x: 2, y: 1, z: 1 }, C: { x: 3, y: 3, z: 2 } };
    const xyz = { id: 'index', children: ['x', 'y', 'z'] };
    const messageOf = (options: unknown) =>
      dxErrorOf(() => optimizeWeights(small, xyz, options as never));
    expect(messageOf(5)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: "options: expected an object like { method: 'balance' }, got 5.",
    });
    expect(messageOf({ seed: 1 }).message).toMatch(/^options\.seed: not an option here/);
    expect(messageOf({ method: 'best' }).message).toBe(
      'options.method: expected one of "balance", "infomax", got "best".',
    );
    expect(messageOf({ correlation: 'kendall' }).message).toBe(
      'options.correlation: expected one of "pearson", "spearman", got "kendall".',
    );
    expect(messageOf({ tolerance: 0 })).toMatchObject({
      code: 'INVALID_NUMBER',
      message: 'options.tolerance: expected a finite number > 0, got 0.',
    });
    expect(messageOf({ maxEvaluations: 0 }).message).toBe(
      'options.maxEvaluations: expected an integer ≥ 1, got 0.',
    );
    expect(messageOf({ target: 5 }).message).toBe(
      'options.target: expected node id → importance, got 5.',
    );
    expect(messageOf({ target: { x: 1, y: 1, z: 1, w: 1 } })).toMatchObject({
      code: 'UNKNOWN_ID',
      message: 'options.target: "w" is not a node of the level ("x", "y", "z").',
    });
    expect(messageOf({ target: { x: 1 } }).message).toBe(
      'options.target: give every node of the level an importance; missing "y", "z".',
    );
    expect(messageOf({ target: { x: -1, y: 1, z: 1 } })).toMatchObject({
      code: 'INVALID_NUMBER',
      message: 'options.target["x"]: expected a finite weight ≥ 0, got -1.',
    });
    expect(messageOf({ target: { x: 0, y: 0, z: 0 } })).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'options.target: all weights are 0; give at least one a positive weight.',
    });
  });
});

describe('optimizeWeights: a tie', () => {
  it('keeps the framework’s own weights when the best found is only as good', () => {
    const data = {
      kind: 'columns' as const,
      units: ['01', '79', '48', '31', '92'],
      columns: {
        online: [90, 80, 70, 60, 75],
        signed: [95, 85, 80, 50, 70],
        cashless: [70, 40, 65, 45, 35],
      },
    };
    // Ranks move in steps: equal weights (the search's first start) and 1, 2, 1 rank the units
    // alike, so both give the same Spearman correlations and objective.
    const framework = {
      id: 'index',
      children: [
        { id: 'online', weight: 1 },
        { id: 'signed', weight: 2 },
        { id: 'cashless', weight: 1 },
      ],
    };
    const result = optimizeWeights(data, framework, { correlation: 'spearman' });
    expect(result.objective).toBe(result.initial.objective);
    expect(result.weights).toEqual({ online: 1, signed: 2, cashless: 1 });
  });
});

describe('optimizeWeights: the evaluation budget', () => {
  it('builds a start’s simplex whatever the budget, and stops at the first check past it', () => {
    const data = {
      kind: 'columns' as const,
      units: ['01', '79', '48', '31', '92'],
      columns: {
        online: [90, 80, 70, 60, 75],
        signed: [95, 85, 80, 50, 70],
        cashless: [70, 40, 65, 45, 35],
      },
    };
    const flat = { id: 'index', children: ['online', 'signed', 'cashless'] };
    // The start and its simplex of three more points; the second start gets no budget.
    const one = optimizeWeights(data, flat, { maxEvaluations: 1 });
    expect(one.evaluations).toBe(4);
    expect(one.converged).toBe(false);
  });
});
