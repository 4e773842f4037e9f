// Every analysis error names where it is and what to do: the exact messages, pinned.
import { describe, expect, it } from 'vitest';
import { compileTree } from '../../src/composite/tree.js';
import { noisyWeights } from '../../src/sensitivity/noisy-weights.js';
import { rankSensitivity } from '../../src/sensitivity/rank-sensitivity.js';
import { removeEach } from '../../src/sensitivity/remove-each.js';
import { prepare } from '../../src/sensitivity/replicate.js';
import { sobolIndices } from '../../src/sensitivity/sobol.js';
import { uncertainty } from '../../src/sensitivity/uncertainty.js';

const framework = { id: 'i', children: [{ id: 'g', children: ['x', 'y'] }, 'z'] };
const data = { A: { x: 1, y: 2, z: 3 }, B: { x: 2, y: 1, z: 1 } };
const model = (x: number[]) => x[0] as number;
const noise = (entries: unknown) =>
  noisyWeights(framework, { noise: entries as never, replications: 1, seed: 1 });

const CASES: readonly (readonly [string, () => unknown, string])[] = [
  [
    'noise not an array',
    () => noise(3),
    'options.noise: expected an array of { level, factor }, got 3.',
  ],
  ['noise entry', () => noise([7]), 'options.noise[0]: expected { level, factor }, got 7.'],
  [
    'level',
    () => noise([{ level: 4, factor: 0.1 }]),
    'options.noise[0].level: expected an integer from 1 to 3, got 4.',
  ],
  [
    'level twice',
    () =>
      noise([
        { level: 1, factor: 0.1 },
        { level: 1, factor: 0.2 },
      ]),
    'options.noise[1].level: level 1 is listed twice.',
  ],
  [
    'factor',
    () => noise([{ level: 1, factor: 1 }]),
    'options.noise[0].factor: expected a number from 0 to below 1, got 1.',
  ],
  [
    'factor type',
    () => noise([{ level: 1, factor: '0.1' }]),
    'options.noise[0].factor: expected a number from 0 to below 1, got "0.1".',
  ],
  [
    'options',
    () => noisyWeights(framework, 5 as never),
    'options: expected { noise, replications, seed }, got 5.',
  ],
  [
    'replications',
    () => noisyWeights(framework, { noise: [], replications: 0, seed: 1 }),
    'options.replications: expected an integer ≥ 1, got 0.',
  ],
  [
    'seed',
    () => noisyWeights(framework, { noise: [], replications: 1, seed: 0.5 }),
    'options.seed: expected an integer from -2147483648 to 2147483647, got 0.5.',
  ],
  [
    'empty id',
    () => compileTree({ id: '' }),
    'framework: expected a node { id, … } or an indicator id, got { id: "" }.',
  ],
  [
    'forbidden id',
    () => compileTree({ id: 'r', children: ['__proto__'] }),
    'framework.children[0]: "__proto__" cannot be a node id.',
  ],
  [
    'twice',
    () => compileTree({ id: 'r', children: ['a', 'a'] }),
    'framework.children[1]: node id "a" appears twice.',
  ],
  [
    'children',
    () => compileTree({ id: 'r', children: [] }),
    'framework (r).children: expected a non-empty array.',
  ],
  [
    'alternative name',
    () =>
      prepare(data, framework, { alternatives: [{ kind: 'impute', name: 7, choices: [null] }] }),
    'options.alternatives[0].name: expected a non-empty string, got 7.',
  ],
  [
    'alternative twice',
    () =>
      prepare(data, framework, {
        alternatives: [
          { kind: 'impute', choices: [null] },
          { kind: 'impute', choices: [null] },
        ],
      }),
    'options.alternatives[1].name: "impute" is used twice; give each input its own name.',
  ],
  [
    'no choices',
    () => prepare(data, framework, { alternatives: [{ kind: 'aggregate', choices: [] }] }),
    'options.alternatives[0].choices: expected at least one alternative, got none.',
  ],
  [
    'unknown node',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'aggregate', nodes: ['q'], choices: [{}] }],
      }),
    'options.alternatives[0].nodes[0]: "q" is not a node of the framework.',
  ],
  [
    'leaf for aggregate',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'aggregate', nodes: ['x'], choices: [{}] }],
      }),
    'options.alternatives[0].nodes[0]: "x" is a leaf; aggregate alternatives apply to nodes with children only.',
  ],
  [
    'node for normalize',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'normalize', nodes: ['g'], choices: [{ method: 'min-max' }] }],
      }),
    'options.alternatives[0].nodes[0]: "g" is not a leaf; normalize alternatives apply to leaves only.',
  ],
  [
    'leaf weight',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'leaves', choices: [{ weight: 2 } as never] }],
      }),
    'options.alternatives[0].choices[0].weight: a leaf alternative cannot set weight; vary weights with options.weights.',
  ],
  [
    'leaf id',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'leaves', choices: [{ id: 'w' } as never] }],
      }),
    'options.alternatives[0].choices[0].id: a leaf alternative cannot set id.',
  ],
  [
    'aggregate choice',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'aggregate', choices: [{ method: 'median' } as never] }],
      }),
    `options.alternatives[0].choices[0].method: expected one of "arithmetic", "geometric", "harmonic", "generalized-mean", "copeland", got "median".`,
  ],
  [
    'weights count',
    () => uncertainty(data, framework, { weights: [{}], replications: 2 }),
    'options.replications: expected 1, one per weight set, got 2.',
  ],
  [
    'no weight sets',
    () => uncertainty(data, framework, { weights: [] }),
    'options.weights: expected at least one weight set, got none.',
  ],
  [
    'no replications',
    () => uncertainty(data, framework, {}),
    'options.replications: expected an integer ≥ 1, got undefined.',
  ],
  [
    'a fractional seed',
    () => uncertainty(data, framework, { weights: { noise: [] }, replications: 2, seed: 0.5 }),
    'options.seed: expected an integer from -2147483648 to 2147483647, got 0.5.',
  ],
  [
    'unknown weight',
    () => uncertainty(data, framework, { weights: [{ q: 1 }] }),
    'options.weights[0]: "q" is not a node of the framework.',
  ],
  [
    'zero children',
    () => uncertainty(data, framework, { weights: [{ x: 0, y: 0 }] }),
    'options.weights[0], children of "g": all weights are 0; give at least one a positive weight.',
  ],
  [
    'remove level',
    () => removeEach(data, framework, { level: 3 }),
    'options.level: expected an integer from 1 to 2, got 3.',
  ],
  [
    'only child',
    () =>
      removeEach(data, { id: 'i', children: [{ id: 'g', children: ['x'] }, 'z'] }, { level: 1 }),
    'options.level: "x" is the only weighted child of "g"; dropping it would leave nothing to aggregate.',
  ],
  [
    'nothing varies',
    () => rankSensitivity(data, framework, { samples: 4, seed: 1 }),
    'options: nothing varies; give weights or alternatives to apportion the rank shift among.',
  ],
  [
    'uncertainty options',
    () => uncertainty(data, framework, 1 as never),
    'options: expected { weights, alternatives, replications, seed }, got 1.',
  ],
  [
    'uncertainty weights',
    () => uncertainty(data, framework, { weights: 'x' as never, replications: 1 }),
    'options.weights: expected weight sets or { noise }, got "x".',
  ],
  [
    'uncertainty noise',
    () =>
      uncertainty(data, framework, { weights: { noise: 1 as never }, replications: 1, seed: 1 }),
    'options.weights.noise: expected an array of { level, factor }, got 1.',
  ],
  [
    'uncertainty replications',
    () => uncertainty(data, framework, { replications: 0.5 }),
    'options.replications: expected an integer ≥ 1, got 0.5.',
  ],
  [
    'uncertainty seed',
    () => uncertainty(data, framework, { weights: { noise: [] }, replications: 1, seed: 0.5 }),
    'options.seed: expected an integer from -2147483648 to 2147483647, got 0.5.',
  ],
  [
    'uncertainty alternatives',
    () => uncertainty(data, framework, { alternatives: 5 as never, replications: 1, seed: 1 }),
    'options.alternatives: expected an array of uncertain inputs, got 5.',
  ],
  [
    'sensitivity options',
    () => rankSensitivity(data, framework, 1 as never),
    'options: expected { weights, alternatives, samples, seed }, got 1.',
  ],
  [
    'sensitivity weight sets',
    () => rankSensitivity(data, framework, { weights: [{ q: 1 }], samples: 4, seed: 1 }),
    'options.weights[0]: "q" is not a node of the framework.',
  ],
  [
    'sensitivity weights spec',
    () => rankSensitivity(data, framework, { weights: 'x' as never, samples: 4, seed: 1 }),
    'options.weights: expected weight sets or { noise }, got "x".',
  ],
  [
    'sensitivity noise',
    () => rankSensitivity(data, framework, { weights: { noise: 1 as never }, samples: 4, seed: 1 }),
    'options.weights.noise: expected an array of { level, factor }, got 1.',
  ],
  [
    'sensitivity weights',
    () => rankSensitivity(data, framework, { weights: [], samples: 4, seed: 1 }),
    'options.weights: expected at least one weight set, got none.',
  ],
  [
    'noise entry key',
    () =>
      noisyWeights(framework, {
        noise: [{ level: 1, factor: 0.1, spread: 1 }],
        replications: 1,
        seed: 1,
      } as never),
    'options.noise[0].spread: not an option here; expected level, factor.',
  ],
  [
    'noisy weights option',
    () => noisyWeights(framework, { noise: [], replications: 1, seeds: 1 } as never),
    'options.seeds: not an option here; expected noise, replications, seed.',
  ],
  [
    'sobol count',
    () => sobolIndices(model, 0, { samples: 4 }),
    'dimensions: expected an integer from 1 to 1000, got 0.',
  ],
  [
    'sobol names',
    () => sobolIndices(model, 'ab' as never, { samples: 4 }),
    'dimensions: expected a count or input names, got "ab".',
  ],
  [
    'sobol name type',
    () => sobolIndices(model, ['a', 5] as never, { samples: 4 }),
    'dimensions[1]: expected a non-empty name, got 5.',
  ],
  [
    'sobol empty name',
    () => sobolIndices(model, ['a', ''], { samples: 4 }),
    'dimensions[1]: expected a non-empty name, got "".',
  ],
  [
    'sobol no names',
    () => sobolIndices(model, [], { samples: 4 }),
    'dimensions.length: expected an integer from 1 to 1000, got 0.',
  ],
  [
    'sobol names twice',
    () => sobolIndices(model, ['a', 'a'], { samples: 4 }),
    'dimensions: every input needs its own name.',
  ],
  [
    'sobol model',
    () => sobolIndices(5 as never, 1, { samples: 4 }),
    'model: expected a function (x: number[]) => number.',
  ],
  [
    'sobol options',
    () => sobolIndices(model, 1, 3 as never),
    'options: expected { samples, seed, bootstrap, design }, got 3.',
  ],
  [
    'sobol option',
    () => sobolIndices(model, 1, { samples: 4, seeds: 1 } as never),
    'options.seeds: not an option here; expected samples, seed, bootstrap, design.',
  ],
  [
    'sobol samples',
    () => sobolIndices(model, 1, { samples: 1 }),
    'options.samples: expected an integer from 2 to 10000000, got 1.',
  ],
  [
    'sobol bootstrap',
    () => sobolIndices(model, 1, { samples: 4, bootstrap: -1 }),
    'options.bootstrap: expected an integer from 0 to 1000000, got -1.',
  ],
  [
    'sobol inputs',
    () => sobolIndices(model, 21, { samples: 4 }),
    "options.design: the 'sobol' design takes at most 20 inputs (2 of the 40 embedded Sobol' dimensions per input), got 21; pass design: 'coinr' for more.",
  ],
  [
    'sobol output',
    () => sobolIndices((x) => ((x[0] as number) > 0.5 ? Number.NaN : 1), 1, { samples: 4 }),
    'model: run 1 returned NaN; expected a finite number.',
  ],
  [
    'sobol constant',
    () => sobolIndices(() => 1, 1, { samples: 4 }),
    'model: the output does not vary; there is nothing to apportion.',
  ],
  [
    'alternative',
    () => prepare(data, framework, { alternatives: [5 as never] }),
    'options.alternatives[0]: expected { kind, choices }, got 5.',
  ],
  [
    'alternative choices',
    () => prepare(data, framework, { alternatives: [{ kind: 'aggregate', choices: 5 as never }] }),
    'options.alternatives[0].choices: expected an array, got 5.',
  ],
  [
    'impute nodes',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'impute', nodes: ['x'], choices: [null] } as never],
      }),
    'options.alternatives[0].nodes: impute alternatives apply to the whole index; remove nodes.',
  ],
  [
    'alternative nodes',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'aggregate', nodes: 'g' as never, choices: [{}] }],
      }),
    'options.alternatives[0].nodes: expected an array, got "g".',
  ],
  [
    'null choice',
    () =>
      prepare(data, framework, { alternatives: [{ kind: 'aggregate', choices: [null as never] }] }),
    'options.alternatives[0].choices[0]: expected an object, got null.',
  ],
  [
    'impute choice',
    () => prepare(data, framework, { alternatives: [{ kind: 'impute', choices: [5 as never] }] }),
    'options.alternatives[0].choices[0]: expected an object, got 5.',
  ],
  [
    'leaf children',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'leaves', choices: [{ children: [] } as never] }],
      }),
    'options.alternatives[0].choices[0].children: a leaf alternative cannot set children.',
  ],
  [
    'aggregate weight',
    () =>
      prepare(data, framework, {
        alternatives: [{ kind: 'aggregate', choices: [{ weight: 1 } as never] }],
      }),
    'options.alternatives[0].choices[0].aggregate.weight: not an option here; expected method, p, missing, minCoverage, coverage.',
  ],
];

/** The code of each case whose code is not `INVALID_ARGUMENT`. */
const CODES: Readonly<Record<string, string>> = {
  'no choices': 'EMPTY_INPUT',
  'unknown node': 'UNKNOWN_ID',
  'weights count': 'LENGTH_MISMATCH',
  'no weight sets': 'EMPTY_INPUT',
  'unknown weight': 'UNKNOWN_ID',
  'sensitivity weight sets': 'UNKNOWN_ID',
  'sensitivity weights': 'EMPTY_INPUT',
  'sobol output': 'INVALID_NUMBER',
};

describe('analysis error messages', () => {
  it.each(CASES)('%s', (_name, call, message) => {
    expect(call).toThrow(message);
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe(message);
    expect((caught as { code?: string }).code).toBe(CODES[_name] ?? 'INVALID_ARGUMENT');
  });
});
