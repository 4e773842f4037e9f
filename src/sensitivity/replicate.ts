// The fast path behind `uncertainty`, `rankSensitivity` and `removeEach`: every data-stage
// alternative (normalisation, imputation, any leaf setting) is evaluated once by the composite
// engine, and a replication then only re-aggregates the tree above the leaves with its own
// weights and aggregation settings, in preallocated typed buffers. Each node is aggregated as
// the engine aggregates it (same order of operations), so that a replication's scores are the
// scores `compositeIndex` gives for the same choices, bit for bit.

import {
  type AggregateSettings,
  aggregateRow,
  aggregateSettings,
  type NodeAggregateSettings,
} from '../composite/aggregate.js';
import { evaluate } from '../composite/composite-engine.js';
import type {
  CompositeData,
  CompositeOptions,
  ImputeOptions,
} from '../composite/composite-types.js';
import { copeland } from '../composite/copeland.js';
import { normalizeColumn } from '../composite/normalize.js';
import { compileTree, type Tree } from '../composite/tree.js';
import { type DxIssue, isDxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import {
  arrayLike,
  weight as checkWeight,
  fail,
  knownKeys,
  oneOf,
  record,
  someWeight,
} from '../internal/guards.js';
import { dxError, issue, raise } from '../internal/issue.js';
import type { AggregateOptions, FrameworkNode, NormalizeMethod } from '../model/framework-node.js';
import { type NoisePlan, planNoise, WEIGHT_NOISE_SPEC_KEYS } from './noisy-weights.js';
import { replicationRanker } from './replication-ranks.js';

/**
 * One uncertain choice of a composite index, with its alternatives: each
 * replication of {@link uncertainty} draws one of `choices`, with equal
 * probability, and applies it to `nodes`. See {@link NormalizeAlternatives},
 * {@link LeafAlternatives}, {@link AggregateAlternatives} and
 * {@link ImputeAlternatives}.
 *
 * @category Analysis
 */
export type UncertainInput =
  | NormalizeAlternatives
  | LeafAlternatives
  | AggregateAlternatives
  | ImputeAlternatives;

/**
 * Alternative normalisations of leaves; see {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface NormalizeAlternatives {
  /** Discriminant. */
  readonly kind: 'normalize';
  /** The input's name in results (default `'normalize'`); unique among the inputs. */
  readonly name?: string;
  /** The leaves it applies to (default every leaf). */
  readonly nodes?: readonly string[];
  /** The normalisations to draw from. */
  readonly choices: readonly NormalizeMethod[];
}

/**
 * Alternative leaf settings (`normalize`, and whatever else a leaf takes, such
 * as outlier treatment), merged into the leaves' own; `{}` keeps them as they
 * are. See {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface LeafAlternatives {
  /** Discriminant. */
  readonly kind: 'leaves';
  /** The input's name in results (default `'leaves'`); unique among the inputs. */
  readonly name?: string;
  /** The leaves it applies to (default every leaf). */
  readonly nodes?: readonly string[];
  /** The settings to draw from; none may set `id`, `children` or `weight`. */
  readonly choices: readonly Readonly<Partial<Omit<FrameworkNode, 'id' | 'children'>>>[];
}

/**
 * Alternative aggregation options for nodes with children, merged over their
 * own; see {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface AggregateAlternatives {
  /** Discriminant. */
  readonly kind: 'aggregate';
  /** The input's name in results (default `'aggregate'`); unique among the inputs. */
  readonly name?: string;
  /** The nodes it applies to (default every node with children). */
  readonly nodes?: readonly string[];
  /** The aggregation options to draw from. */
  readonly choices: readonly AggregateOptions[];
}

/**
 * Alternative `impute` options of `compositeIndex` (`null` for none); see
 * {@link UncertainInput}.
 *
 * @category Analysis
 */
export interface ImputeAlternatives {
  /** Discriminant. */
  readonly kind: 'impute';
  /** The input's name in results (default `'impute'`); unique among the inputs. */
  readonly name?: string;
  /** The imputations to draw from. */
  readonly choices: readonly (ImputeOptions | null)[];
}

/** A checked uncertain input. */
interface Input {
  readonly name: string;
  readonly kind: UncertainInput['kind'];
  readonly nodes: readonly number[];
  readonly choices: readonly unknown[];
}

/** A node's aggregation: a mean's settings, or Copeland's (whose coverage rule is a mean's). */
type Settings = NodeAggregateSettings;

/** A prepared analysis: the nominal result, and what a replication needs. */
export interface Replicator {
  readonly units: readonly string[];
  readonly tree: Tree;
  readonly inputs: readonly Input[];
  /** The data-stage inputs (normalize, leaves, impute), in order. */
  readonly dataInputs: readonly number[];
  /** The aggregate inputs, in order. */
  readonly aggregateInputs: readonly number[];
  readonly nominalScores: Float64Array;
  readonly nominalRanks: Float64Array;
  /** The framework's weights, one per node. */
  readonly nominalWeights: Float64Array;
  /**
   * Computes one replication: `choice[i]` is the index of input i's choice, `weights` one
   * weight per node; writes every unit's score and rank (NaN for none).
   */
  run(
    choice: ArrayLike<number>,
    weights: Float64Array,
    scores: Float64Array,
    ranks: Float64Array,
  ): void;
}

const KINDS = ['normalize', 'leaves', 'aggregate', 'impute'] as const;

/** The keys of an uncertain input (an impute input takes no `nodes`). */
export const UNCERTAIN_INPUT_KEYS = [
  'kind',
  'name',
  'nodes',
  'choices',
] as const satisfies readonly (keyof NormalizeAlternatives)[];

function checkInputs(tree: Tree, alternatives: unknown): Input[] {
  if (alternatives === undefined) return [];
  const list = arrayLike(alternatives, 'options.alternatives', 'an array of uncertain inputs');
  const names = new Set<string>();
  return Array.from(list, (entry, i) => {
    const where = `options.alternatives[${i}]`;
    const spec = record(entry, where, '{ kind, choices }');
    const kind = oneOf(spec.kind, KINDS, `${where}.kind`);
    knownKeys(spec, UNCERTAIN_INPUT_KEYS, where);
    const name = spec.name ?? kind;
    if (typeof name !== 'string' || name === '')
      fail('INVALID_ARGUMENT', `${where}.name`, 'a non-empty string', name);
    if (names.has(name))
      raise(
        'INVALID_ARGUMENT',
        `${where}.name`,
        `${describe(name)} is used twice; give each input its own name`,
      );
    names.add(name);
    const choices = Array.from(arrayLike(spec.choices, `${where}.choices`));
    if (choices.length === 0)
      raise('EMPTY_INPUT', `${where}.choices`, 'expected at least one alternative, got none');
    const leaf = kind !== 'aggregate';
    let nodes: number[] = [];
    if (kind === 'impute') {
      // Imputation applies to the whole index: a node list would be silently ignored.
      if (spec.nodes !== undefined)
        raise(
          'INVALID_ARGUMENT',
          `${where}.nodes`,
          'impute alternatives apply to the whole index; remove nodes',
        );
    } else {
      if (spec.nodes === undefined) {
        tree.nodes.forEach((node, k) => {
          if ((node.children.length === 0) === leaf) nodes.push(k);
        });
      } else {
        nodes = Array.from(arrayLike(spec.nodes, `${where}.nodes`), (id, j) => {
          // Map.get finds no key that is not a string: ids are strings.
          const k = tree.index.get(id as string);
          if (k === undefined)
            raise(
              'UNKNOWN_ID',
              `${where}.nodes[${j}]`,
              `${describe(id)} is not a node of the framework`,
            );
          const isLeaf = (tree.nodes[k] as { children: readonly number[] }).children.length === 0;
          if (isLeaf !== leaf)
            raise(
              'INVALID_ARGUMENT',
              `${where}.nodes[${j}]`,
              `${describe(id)} is ${isLeaf ? 'a leaf' : 'not a leaf'}; ${kind} alternatives apply to ${leaf ? 'leaves' : 'nodes with children'} only`,
            );
          return k;
        });
      }
    }
    choices.forEach((choice, j) => {
      if (kind === 'impute' && choice === null) return;
      const fields = record(choice, `${where}.choices[${j}]`);
      // A leaf setting cannot rename, regroup or reweigh a leaf: weights vary through options.weights.
      for (const key of ['id', 'children', 'weight']) {
        if (kind === 'leaves' && Object.hasOwn(fields, key))
          raise(
            'INVALID_ARGUMENT',
            `${where}.choices[${j}].${key}`,
            `a leaf alternative cannot set ${key}${key === 'weight' ? '; vary weights with options.weights' : ''}`,
          );
      }
    });
    return { name, kind, nodes, choices };
  });
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

/** How many values of a column are missing (NaN). */
export function countMissing(column: Float64Array): number {
  return column.reduce((count, value) => (Number.isNaN(value) ? count + 1 : count), 0);
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

/**
 * Copeland scores need every unit at once: each node's children, as views of the work store,
 * go to the engine's own `copeland`, so that a replication scores as `compositeIndex` does.
 * Returns the aggregation of node k into the store (its missing count into `missing`).
 */
function copelandAggregator(
  tree: Tree,
  work: Float64Array,
  missing: Uint32Array,
  n: number,
  missingChild: (u: number, k: number, child: number) => never,
): (k: number, weights: Float64Array, settings: NodeAggregateSettings) => void {
  const childViews = tree.nodes.map((node) =>
    node.children.map((child) => work.subarray(child * n, (child + 1) * n)),
  );
  return (k, weights, settings) => {
    const children = (tree.nodes[k] as Tree['nodes'][number]).children;
    const childWeights = Float64Array.from(children, (child) => weights[child] as number);
    missing[k] = copeland(
      childViews[k] as Float64Array[],
      childWeights,
      settings,
      n,
      work.subarray(k * n, (k + 1) * n),
      (u, j) => {
        if (settings.missing === 'error' && (childWeights[j] as number) > 0)
          missingChild(u, k, children[j] as number);
      },
    );
  };
}

/** Evaluates every data-stage alternative once and returns the replication engine. */
export function prepare(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions & { readonly alternatives?: unknown },
): Replicator {
  const tree = compileTree(framework);
  const inputs = checkInputs(tree, options.alternatives);
  const ties = options.ties ?? 'competition';
  const nominal = evaluate(data, framework, options);
  const units = nominal.units;
  const n = units.length;
  const m = tree.nodes.length;
  const dataInputs: number[] = [];
  const aggregateInputs: number[] = [];
  inputs.forEach((input, i) => {
    (input.kind === 'aggregate' ? aggregateInputs : dataInputs).push(i);
  });
  // Every combination of the data-stage choices, evaluated once (this also checks them all).
  let combos = 1;
  for (const i of dataInputs) combos *= (inputs[i] as Input).choices.length;
  if (combos > 4096)
    raise(
      'INVALID_ARGUMENT',
      'options.alternatives',
      `the data-stage choices make ${combos} combinations; at most 4096 are evaluated up front. Vary fewer choices at once`,
    );
  const { impute: nominalImpute, ...composite } = options;
  /** Combination c: input dataInputs[j] takes choice combo[j] (mixed radix, last input fastest). */
  const comboOf = (c: number, combo: Int32Array, at: (j: number) => number): void => {
    let rest = c;
    for (let j = dataInputs.length - 1; j >= 0; j--) {
      const size = (inputs[dataInputs[j] as number] as Input).choices.length;
      combo[at(j)] = rest % size;
      rest = Math.floor(rest / size);
    }
  };
  const combo = new Int32Array(dataInputs.length);
  const combinationStores = Array.from({ length: combos }, (_, c) => {
    comboOf(c, combo, (j) => j);
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
    // Every node's column, and how many values each lacks: run() reads the leaves' and
    // recomputes the rest.
    const values = new Float64Array(m * n);
    const missing = new Uint32Array(m);
    result.columns.forEach((column, k) => {
      values.set(column, k * n);
      missing[k] = countMissing(column);
    });
    return { values, missing };
  });
  const defaults = aggregateSettings(options.aggregate, true);
  const nominalSettings: Settings[] = tree.nodes.map((node) =>
    aggregateSettings({ ...defaults, ...node.spec.aggregate }, true),
  );
  // Each aggregate choice, merged over each of its nodes' own settings, checked once.
  const aggregateSettingsByInput = aggregateInputs.map((i) => {
    const input = inputs[i] as Input;
    return input.choices.map((choice, j) =>
      input.nodes.map((k) => {
        try {
          return aggregateSettings(
            { ...(nominalSettings[k] as Settings), ...(choice as AggregateOptions) },
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
  const nominalWeights = Float64Array.from(tree.nodes, (node) => node.weight);
  // The tree in flat arrays (children of node k at childList[childStart[k] … childStart[k + 1]]),
  // so that the loops below touch only typed memory.
  const childStart = new Int32Array(m + 1);
  tree.nodes.forEach((node, k) => {
    childStart[k + 1] = (childStart[k] as number) + node.children.length;
  });
  const childList = Int32Array.from(tree.nodes.flatMap((node) => node.children));
  // Read only for nodes with children: a leaf's normalisation is in its stored column.
  const normalizers = tree.nodes.map((node) => node.spec.normalize);
  const work = new Float64Array(m * n);
  const missing = new Uint32Array(m);
  // Each replication writes every aggregate input's choice over its nodes, so no choice
  // outlives its replication and the other nodes keep their nominal settings.
  const settings: Settings[] = nominalSettings.slice();
  const row = new Float64Array(Math.max(1, ...tree.nodes.map((node) => node.children.length)));
  const rowWeights = new Float64Array(row.length);
  const root = m - 1;
  const ids = tree.nodes.map((node) => node.id);
  const ranking = replicationRanker(n, ties);
  let loaded = -1;
  /** The error of a missing child under `missing: 'error'`, as the engine words it. */
  const missingChild = (u: number, k: number, child: number): never => {
    raise(
      'INVALID_ARGUMENT',
      '',
      `unit ${describe(units[u])}, node ${describe(ids[k])}: ${describe(ids[child])} is missing; give node ${describe(ids[k])} aggregate: { missing: 'reweight' } (or every node, with the aggregate option), or impute`,
    );
  };
  const aggregateCopeland = copelandAggregator(tree, work, missing, n, missingChild);

  const run = (
    choice: ArrayLike<number>,
    weights: Float64Array,
    scores: Float64Array,
    ranks: Float64Array,
  ): void => {
    let c = 0;
    for (const i of dataInputs) c = c * (inputs[i] as Input).choices.length + (choice[i] as number);
    if (c !== loaded) {
      // Leaves live in the work store too: one source for every read below. The other
      // nodes' columns are overwritten before they are read.
      const stored = combinationStores[c] as (typeof combinationStores)[number];
      work.set(stored.values);
      missing.set(stored.missing);
      loaded = c;
    }
    aggregateInputs.forEach((i, a) => {
      const chosen = (aggregateSettingsByInput[a] as Settings[][])[
        choice[i] as number
      ] as Settings[];
      (inputs[i] as Input).nodes.forEach((k, j) => {
        settings[k] = chosen[j] as Settings;
      });
    });
    for (let k = 0; k < m; k++) {
      const first = childStart[k] as number;
      const last = childStart[k + 1] as number;
      if (first === last) continue;
      const base = k * n;
      const nodeSettings = settings[k] as Settings;
      const { method, missing: policy } = nodeSettings;
      if (method === 'copeland') aggregateCopeland(k, weights, nodeSettings);
      else {
        // Every unit through aggregateRow, as the engine: an exact, scaled sum per unit, so that
        // a replication gives compositeIndex's bits.
        const width = last - first;
        const rowView = row.subarray(0, width);
        const weightView = rowWeights.subarray(0, width);
        weightView.forEach((_, j) => {
          weightView[j] = weights[childList[first + j] as number] as number;
        });
        for (let u = 0; u < n; u++) {
          // Stryker disable next-line EqualityOperator: one step past the row reads the next node's first child into nothing (typed arrays ignore writes past their end), and its weight is undefined, never > 0.
          for (let j = 0; j < width; j++) {
            const child = childList[first + j] as number;
            const value = work[child * n + u] as number;
            if (Number.isNaN(value) && policy === 'error' && (weightView[j] as number) > 0)
              missingChild(u, k, child);
            rowView[j] = value;
          }
          work[base + u] = aggregateRow(rowView, weightView, nodeSettings as AggregateSettings);
        }
        missing[k] = countMissing(work.subarray(base, base + n));
      }
      const normalizer = normalizers[k];
      if (normalizer) normalizeColumn(work.subarray(base, base + n), normalizer);
    }
    scores.set(work.subarray(root * n, root * n + n));
    ranking(scores, ranks);
  };

  // Each aggregation alternative must apply under every data-stage choice: try each once.
  const trial = new Float64Array(n);
  const trialRanks = new Float64Array(n);
  const trialChoice = new Int32Array(inputs.length);
  combinationStores.forEach((_, c) => {
    comboOf(c, trialChoice, (j) => dataInputs[j] as number);
    for (const i of aggregateInputs) {
      (inputs[i] as Input).choices.forEach((_, j) => {
        trialChoice[i] = j;
        run(trialChoice, nominalWeights, trial, trialRanks);
      });
      trialChoice[i] = 0;
    }
  });

  const nominalScores = Float64Array.from(nominal.scores, (s) => s ?? Number.NaN);
  const nominalRanks = Float64Array.from(nominal.ranks, (r) => r ?? Number.NaN);
  return {
    units,
    tree,
    inputs,
    dataInputs,
    aggregateInputs,
    nominalScores,
    nominalRanks,
    nominalWeights,
    run,
  };
}
