// The plan of a replication analysis, settled once per public call (`uncertainty`,
// `rankSensitivity`, `removeEach`): the framework compiled, the uncertain inputs and weight
// options checked, every data-stage combination evaluated by the composite engine, every node's
// aggregation settings (nominal and per aggregate choice) read, and the tree laid out in flat
// typed arrays. The replication engine (replicate.ts) reads only this plan.

import { aggregateSettings, type NodeAggregateSettings } from '../composite/aggregate.js';
import { evaluate } from '../composite/composite-engine.js';
import type {
  CompositeData,
  CompositeOptions,
  ImputeOptions,
} from '../composite/composite-types.js';
import { compileTree, type Tree } from '../composite/tree.js';
import { type DxIssue, isDxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import {
  arrayLike,
  weight as checkWeight,
  knownKeys,
  record,
  someWeight,
} from '../internal/guards.js';
import { dxError, issue, raise } from '../internal/issue.js';
import type { AggregateOptions, FrameworkNode, NormalizeMethod } from '../model/framework-node.js';
import type { TieMethod } from '../model/ties.js';
import { type NoisePlan, planNoise, WEIGHT_NOISE_SPEC_KEYS } from './noisy-weights.js';
import { checkInputs, type Input } from './uncertain-input.js';

/** Every node's column, and how many values each lacks, under one data-stage combination. */
export interface CombinationStore {
  readonly values: Float64Array;
  readonly missing: Uint32Array;
}

/** A prepared analysis: the nominal result, and everything a replication reads. */
export interface ReplicationPlan {
  readonly units: readonly string[];
  readonly tree: Tree;
  readonly inputs: readonly Input[];
  /** The data-stage inputs (normalize, leaves, impute), in order. */
  readonly dataInputs: readonly number[];
  /** The aggregate inputs, in order. */
  readonly aggregateInputs: readonly number[];
  /** The tie rule of the ranks. */
  readonly ties: TieMethod;
  readonly nominalScores: Float64Array;
  readonly nominalRanks: Float64Array;
  /** The framework's weights, one per node. */
  readonly nominalWeights: Float64Array;
  /** One store per combination of the data-stage choices (see {@link combinationOf}). */
  readonly combinations: readonly CombinationStore[];
  /** Each node's aggregation settings with the framework as given. */
  readonly nominalSettings: readonly NodeAggregateSettings[];
  /** Per aggregate input, per choice: the settings of each of the input's nodes. */
  readonly aggregateChoices: readonly (readonly (readonly NodeAggregateSettings[])[])[];
  /** Children of node k at `childList[childStart[k]] … childList[childStart[k + 1] − 1]`. */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** Each node's normalisation (read for nodes with children: a leaf's is in its column). */
  readonly normalizers: readonly (NormalizeMethod | undefined)[];
}

/** At most this many data-stage combinations are evaluated up front. */
const MAX_COMBINATIONS = 4096;

/** How many values of a column are missing (NaN). */
export function countMissing(column: Float64Array): number {
  return column.reduce((count, value) => (Number.isNaN(value) ? count + 1 : count), 0);
}

/**
 * Combination c of the data-stage choices: input `dataInputs[j]` takes choice `combo[at(j)]`
 * (mixed radix, the last input fastest).
 */
export function combinationOf(
  inputs: readonly Input[],
  dataInputs: readonly number[],
  c: number,
  combo: Int32Array,
  at: (j: number) => number,
): void {
  let rest = c;
  for (let j = dataInputs.length - 1; j >= 0; j--) {
    const size = (inputs[dataInputs[j] as number] as Input).choices.length;
    combo[at(j)] = rest % size;
    rest = Math.floor(rest / size);
  }
}

/** The framework with one data-stage combination applied to its leaves. */
function patchFramework(
  tree: Tree,
  inputs: readonly Input[],
  dataInputs: readonly number[],
  combo: ArrayLike<number>,
): FrameworkNode {
  const patches = new Map<number, Record<string, unknown>>();
  dataInputs.forEach((i, c) => {
    // An impute input has no nodes: its choice goes to the options, not the framework.
    const input = inputs[i] as Input;
    const choice = input.choices[combo[c] as number];
    const patch = input.kind === 'normalize' ? { normalize: choice } : (choice as object);
    for (const k of input.nodes) patches.set(k, { ...patches.get(k), ...patch });
  });
  const build = (k: number): FrameworkNode => {
    const node = tree.nodes[k] as Tree['nodes'][number];
    if (node.children.length > 0) return { ...node.spec, children: node.children.map(build) };
    return { ...node.spec, ...patches.get(k), id: node.id };
  };
  return build(tree.nodes.length - 1);
}

/** Every combination of the data-stage choices, evaluated once (this also checks them all). */
function evaluateCombinations(
  data: CompositeData,
  tree: Tree,
  inputs: readonly Input[],
  dataInputs: readonly number[],
  options: CompositeOptions,
  nominal: ReturnType<typeof evaluate>,
): CombinationStore[] {
  let combos = 1;
  for (const i of dataInputs) combos *= (inputs[i] as Input).choices.length;
  if (combos > MAX_COMBINATIONS)
    raise(
      'INVALID_ARGUMENT',
      'options.alternatives',
      `the data-stage choices make ${combos} combinations; at most ${MAX_COMBINATIONS} are evaluated up front. Vary fewer choices at once`,
    );
  const { impute: nominalImpute, ...composite } = options;
  const n = nominal.units.length;
  const m = tree.nodes.length;
  const combo = new Int32Array(dataInputs.length);
  return Array.from({ length: combos }, (_, c) => {
    combinationOf(inputs, dataInputs, c, combo, (j) => j);
    let impute = nominalImpute;
    dataInputs.forEach((i, j) => {
      const input = inputs[i] as Input;
      if (input.kind === 'impute')
        impute = (input.choices[combo[j] as number] as ImputeOptions | null) ?? undefined;
    });
    const result =
      // Stryker disable next-line ConditionalExpression: speed only; without data-stage inputs the one combination is the nominal evaluation.
      dataInputs.length === 0
        ? nominal
        : evaluate(
            data,
            patchFramework(tree, inputs, dataInputs, combo),
            impute === undefined ? composite : { ...composite, impute },
          );
    // Every node's column, and how many values each lacks: a replication reads the leaves'
    // and recomputes the rest.
    const values = new Float64Array(m * n);
    const missing = new Uint32Array(m);
    result.columns.forEach((column, k) => {
      values.set(column, k * n);
      missing[k] = countMissing(column);
    });
    return { values, missing };
  });
}

/** Each aggregate choice, merged over each of its nodes' own settings, checked once. */
function settleAggregateChoices(
  inputs: readonly Input[],
  aggregateInputs: readonly number[],
  nominalSettings: readonly NodeAggregateSettings[],
): NodeAggregateSettings[][][] {
  return aggregateInputs.map((i) => {
    const input = inputs[i] as Input;
    return input.choices.map((choice, j) =>
      input.nodes.map((k) => {
        try {
          return aggregateSettings(
            {
              ...(nominalSettings[k] as NodeAggregateSettings),
              ...(choice as AggregateOptions),
            },
            true,
          );
        } catch (error) {
          // The choice's own issues, placed under the choice.
          const where = ['options', 'alternatives', i, 'choices', j];
          const inner: readonly DxIssue[] = isDxError(error)
            ? error.issues
            : [issue([], (error as Error).message)];
          throw dxError(
            'INVALID_ARGUMENT',
            inner.map((item) => ({ ...item, path: [...where, ...item.path] })),
            error,
          );
        }
      }),
    );
  });
}

/**
 * Settles the options of a replication analysis once: compiles the framework, checks the
 * alternatives, evaluates the nominal index and every data-stage combination, and reads every
 * node's aggregation settings.
 */
export function planReplications(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions & { readonly alternatives?: unknown },
): ReplicationPlan {
  const tree = compileTree(framework);
  const inputs = checkInputs(tree, options.alternatives);
  const nominal = evaluate(data, framework, options);
  const dataInputs: number[] = [];
  const aggregateInputs: number[] = [];
  inputs.forEach((input, i) => {
    (input.kind === 'aggregate' ? aggregateInputs : dataInputs).push(i);
  });
  const combinations = evaluateCombinations(data, tree, inputs, dataInputs, options, nominal);
  const defaults = aggregateSettings(options.aggregate, true);
  const nominalSettings = tree.nodes.map((node) =>
    aggregateSettings({ ...defaults, ...node.spec.aggregate }, true),
  );
  // The tree in flat arrays, so that a replication's loops touch only typed memory.
  const childStart = new Int32Array(tree.nodes.length + 1);
  tree.nodes.forEach((node, k) => {
    childStart[k + 1] = (childStart[k] as number) + node.children.length;
  });
  return {
    units: nominal.units,
    tree,
    inputs,
    dataInputs,
    aggregateInputs,
    ties: options.ties ?? 'competition',
    nominalScores: Float64Array.from(nominal.scores, (s) => s ?? Number.NaN),
    nominalRanks: Float64Array.from(nominal.ranks, (r) => r ?? Number.NaN),
    nominalWeights: Float64Array.from(tree.nodes, (node) => node.weight),
    combinations,
    nominalSettings,
    aggregateChoices: settleAggregateChoices(inputs, aggregateInputs, nominalSettings),
    childStart,
    childList: Int32Array.from(tree.nodes.flatMap((node) => node.children)),
    normalizers: tree.nodes.map((node) => node.spec.normalize),
  };
}

/** Checks explicit weight sets and lays them out as one row of node weights per set. */
export function weightMatrix(tree: Tree, sets: unknown, where: string): Float64Array {
  const list = arrayLike(sets, where, 'an array of weight sets (node id → weight)');
  const m = tree.nodes.length;
  const matrix = new Float64Array(list.length * m);
  Array.from(list, (set, r) => {
    const row = matrix.subarray(r * m, (r + 1) * m);
    tree.nodes.forEach((node, k) => {
      row[k] = node.weight;
    });
    const entries = record(set, `${where}[${r}]`, 'a weight set (node id → weight)');
    for (const id of Object.keys(entries)) {
      const k = tree.index.get(id);
      if (k === undefined)
        raise('UNKNOWN_ID', `${where}[${r}]`, `${describe(id)} is not a node of the framework`);
      row[k] = checkWeight(entries[id], `${where}[${r}][${describe(id)}]`);
    }
    for (const node of tree.nodes) {
      if (node.children.length === 0) continue;
      let total = 0;
      for (const child of node.children) total += row[child] as number;
      someWeight(total, `${where}[${r}], children of ${describe(node.id)}`);
    }
    return row;
  });
  return matrix;
}

/** The `weights` option of `uncertainty` and `rankSensitivity`, checked. */
export type WeightOption =
  /** Explicit weight sets, one row of node weights per set. */
  | { readonly sets: Float64Array; readonly count: number }
  /** Noise to draw weights with. */
  | { readonly noise: NoisePlan };

/** Reads the `weights` option: weight sets (at least one) or `{ noise }`; `undefined` if not given. */
export function readWeightOption(tree: Tree, weights: unknown): WeightOption | undefined {
  if (weights === undefined) return undefined;
  if (Array.isArray(weights)) {
    if (weights.length === 0)
      raise('EMPTY_INPUT', 'options.weights', 'expected at least one weight set, got none');
    return { sets: weightMatrix(tree, weights, 'options.weights'), count: weights.length };
  }
  const given = record(weights, 'options.weights', 'weight sets or { noise }');
  knownKeys(given, WEIGHT_NOISE_SPEC_KEYS, 'options.weights');
  return { noise: planNoise(tree, given.noise, 'options.weights.noise') };
}
