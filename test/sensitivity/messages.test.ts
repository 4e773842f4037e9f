// Every analysis error names where it is and what to do: the exact messages, pinned.
import { describe, expect, it } from 'vitest';
import { compileTree } from '../../src/composite/tree.js';
import { noisyWeights } from '../../src/sensitivity/noisy-weights.js';
import { rankSensitivity } from '../../src/sensitivity/rank-sensitivity.js';
import { removeEach } from '../../src/sensitivity/remove-each.js';
import { prepare } from '../../src/sensitivity/replicate.js';
import { uncertainty } from '../../src/sensitivity/uncertainty.js';

const framework = { id: 'i', children: [{ id: 'g', children: ['x', 'y'] }, 'z'] };
const data = { A: { x: 1, y: 2, z: 3 }, B: { x: 2, y: 1, z: 1 } };
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
];

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
  });
});
