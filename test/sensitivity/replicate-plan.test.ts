import { describe, expect, it } from 'vitest';
import { compileTree } from '../../src/composite/tree.js';
import {
  combinationOf,
  countMissing,
  planReplications,
  readWeightOption,
  weightMatrix,
} from '../../src/sensitivity/replicate-plan.js';

const data = {
  a: { x: 1, y: 4, z: 2 },
  b: { x: 2, y: null, z: 5 },
  c: { x: 3, y: 1, z: 1 },
};
const framework = {
  id: 'index',
  children: [{ id: 'p', weight: 2, children: ['x', 'y'] }, 'z'],
};

describe('planReplications', () => {
  it('settles the nominal result, the flat tree and every node setting once', () => {
    const plan = planReplications(data, framework, {
      aggregate: { method: 'geometric', missing: 'reweight' },
      ties: 'dense',
    });
    expect(plan.units).toEqual(['a', 'b', 'c']);
    expect(plan.tree.nodes.map((node) => node.id)).toEqual(['x', 'y', 'p', 'z', 'index']);
    expect(Array.from(plan.nominalWeights)).toEqual([1, 1, 2, 1, 1]);
    expect(plan.ties).toBe('dense');
    // Children of p (2) are x and y (0, 1); of index (4), p and z (2, 3).
    expect(Array.from(plan.childStart)).toEqual([0, 0, 0, 2, 2, 4]);
    expect(Array.from(plan.childList)).toEqual([0, 1, 2, 3]);
    expect(plan.nominalSettings.every((s) => s.method === 'geometric')).toBe(true);
    expect(plan.combinations).toHaveLength(1);
    expect(Array.from(plan.combinations[0]?.missing ?? [])).toEqual([0, 1, 0, 0, 0]);
    expect(plan.nominalRanks).toHaveLength(3);
  });

  it('evaluates each data-stage combination once, and settles each aggregate choice per node', () => {
    const plan = planReplications(data, framework, {
      aggregate: { missing: 'reweight' },
      alternatives: [
        { kind: 'normalize', choices: [{ method: 'min-max' }, { method: 'rank' }] },
        { kind: 'aggregate', nodes: ['p'], choices: [{}, { method: 'harmonic' }] },
        { kind: 'impute', choices: [null, { method: 'mean' }, { method: 'median' }] },
      ],
    });
    expect(plan.dataInputs).toEqual([0, 2]);
    expect(plan.aggregateInputs).toEqual([1]);
    expect(plan.combinations).toHaveLength(6);
    // Imputation fills y for unit b under choices 1 and 2 (combinations 1, 2, 4, 5).
    expect(plan.combinations.map((store) => store.missing[1])).toEqual([1, 0, 0, 1, 0, 0]);
    expect(plan.aggregateChoices[0]?.map((choice) => choice[0]?.method)).toEqual([
      'arithmetic',
      'harmonic',
    ]);
  });

  it('refuses more than 4096 data-stage combinations', () => {
    const choices = Array.from({ length: 65 }, () => ({ method: 'min-max' as const }));
    expect(() =>
      planReplications(data, framework, {
        aggregate: { missing: 'reweight' },
        alternatives: [
          { kind: 'normalize', name: 'one', choices },
          { kind: 'normalize', name: 'two', choices },
        ],
      }),
    ).toThrowError(/4225 combinations; at most 4096/);
  });
});

describe('combinationOf', () => {
  it('counts in mixed radix, the last input fastest', () => {
    const inputs = [{ choices: [0, 1] }, { choices: [0] }, { choices: [0, 1, 2] }].map(
      (input, i) => ({ name: String(i), kind: 'normalize' as const, nodes: [], ...input }),
    );
    const combo = new Int32Array(2);
    const seen = Array.from({ length: 6 }, (_, c) => {
      combinationOf(inputs, [0, 2], c, combo, (j) => j);
      return Array.from(combo);
    });
    expect(seen).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });
});

describe('countMissing', () => {
  it('counts the NaN values of a column', () => {
    expect(countMissing(new Float64Array(0))).toBe(0);
    expect(countMissing(Float64Array.of(1, Number.NaN, 0, Number.NaN))).toBe(2);
    expect(countMissing(Float64Array.of(Number.NaN))).toBe(1);
    expect(countMissing(Float64Array.of(-1, 0, 2))).toBe(0);
  });
});

describe('weight options', () => {
  const tree = compileTree(framework);

  it('weightMatrix keeps framework weights a set leaves out', () => {
    expect(Array.from(weightMatrix(tree, [{ x: 3 }, {}], 'w'))).toEqual([
      3, 1, 2, 1, 1, 1, 1, 2, 1, 1,
    ]);
  });

  it('readWeightOption reads sets or noise, and nothing when not given', () => {
    expect(readWeightOption(tree, undefined)).toBeUndefined();
    expect(readWeightOption(tree, [{ z: 0.5 }])).toMatchObject({ count: 1 });
    expect(readWeightOption(tree, { noise: [{ level: 1, factor: 0.1 }] })).toHaveProperty('noise');
    expect(() => readWeightOption(tree, [])).toThrowError(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() => readWeightOption(tree, { noise: [], extra: 1 })).toThrowError(/extra/);
  });
});
