// The fast path behind `uncertainty`, `rankSensitivity` and `removeEach`: every data-stage
// alternative (normalisation, imputation, any leaf setting) is evaluated once by the composite
// engine, and a replication then only re-aggregates the tree above the leaves with its own
// weights and aggregation settings, in preallocated typed buffers. Each node is aggregated as
// the engine aggregates it (same order of operations), so that a replication's scores are the
// scores `compositeIndex` gives for the same choices, bit for bit.
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { arrayLike, weight as checkWeight, oneOf, record, someWeight } from '../internal/guards.js';
import { aggregateRow, aggregateSettings } from '../kpi/aggregate.js';
import { evaluate } from '../kpi/composite-engine.js';
import type { CompositeData, CompositeOptions, ImputeOptions } from '../kpi/composite-types.js';
import { normalizeColumn } from '../kpi/normalize.js';
import type { AggregateOptions, FrameworkNode, NormalizeMethod } from '../model/framework-node.js';
import type { TieMethod } from '../model/ties.js';
import { rank } from '../ranking/rank.js';
import { compileTree, type Tree } from './tree.js';

/**
 * One uncertain choice of a composite index, with its alternatives: each
 * replication of {@link uncertainty} draws one of `choices`, with equal
 * probability, and applies it to `nodes`.
 *
 * - `normalize`: a normalisation for the leaves in `nodes` (default every leaf).
 * - `leaves`: any leaf settings (`normalize`, and whatever else a leaf takes,
 *   such as outlier treatment), merged into the leaves in `nodes` (default
 *   every leaf); `{}` keeps the framework's own.
 * - `aggregate`: aggregation options for the non-leaf nodes in `nodes`
 *   (default every non-leaf node), merged over their own.
 * - `impute`: the `impute` option of `compositeIndex`; `null` for none.
 *
 * @category Analysis
 */
export type UncertainInput =
  | {
      readonly kind: 'normalize';
      readonly name?: string;
      readonly nodes?: readonly string[];
      readonly choices: readonly NormalizeMethod[];
    }
  | {
      readonly kind: 'leaves';
      readonly name?: string;
      readonly nodes?: readonly string[];
      readonly choices: readonly Readonly<Partial<Omit<FrameworkNode, 'id' | 'children'>>>[];
    }
  | {
      readonly kind: 'aggregate';
      readonly name?: string;
      readonly nodes?: readonly string[];
      readonly choices: readonly AggregateOptions[];
    }
  | {
      readonly kind: 'impute';
      readonly name?: string;
      readonly choices: readonly (ImputeOptions | null)[];
    };

/** A checked uncertain input. */
interface Input {
  readonly name: string;
  readonly kind: UncertainInput['kind'];
  readonly nodes: readonly number[];
  readonly choices: readonly unknown[];
}

type Settings = Required<AggregateOptions>;

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

function checkInputs(tree: Tree, alternatives: unknown): Input[] {
  if (alternatives === undefined) return [];
  const list = arrayLike(alternatives, 'options.alternatives', 'an array of uncertain inputs');
  const names = new Set<string>();
  return Array.from(list, (entry, i) => {
    const where = `options.alternatives[${i}]`;
    const spec = record(entry, where, '{ kind, choices }');
    const kind = oneOf(spec.kind, KINDS, `${where}.kind`);
    const name = spec.name ?? (kind === 'impute' ? 'impute' : kind);
    if (typeof name !== 'string' || name === '')
      throw new DxError(
        'INVALID_ARGUMENT',
        `${where}.name: expected a non-empty string, got ${describe(name)}.`,
      );
    if (names.has(name))
      throw new DxError(
        'INVALID_ARGUMENT',
        `${where}.name: ${describe(name)} is used twice; give each input its own name.`,
      );
    names.add(name);
    const choices = Array.from(arrayLike(spec.choices, `${where}.choices`));
    if (choices.length === 0)
      throw new DxError(
        'EMPTY_INPUT',
        `${where}.choices: expected at least one alternative, got none.`,
      );
    const leaf = kind !== 'aggregate';
    let nodes: number[] = [];
    if (kind !== 'impute') {
      if (spec.nodes === undefined) {
        tree.nodes.forEach((node, k) => {
          if ((node.children.length === 0) === leaf) nodes.push(k);
        });
      } else {
        nodes = Array.from(arrayLike(spec.nodes, `${where}.nodes`), (id, j) => {
          const k = typeof id === 'string' ? tree.index.get(id) : undefined;
          if (k === undefined)
            throw new DxError(
              'UNKNOWN_ID',
              `${where}.nodes[${j}]: ${describe(id)} is not a node of the framework.`,
            );
          const isLeaf = (tree.nodes[k] as { children: readonly number[] }).children.length === 0;
          if (isLeaf !== leaf)
            throw new DxError(
              'INVALID_ARGUMENT',
              `${where}.nodes[${j}]: ${describe(id)} is ${isLeaf ? 'a leaf' : 'not a leaf'}; ${kind} alternatives apply to ${leaf ? 'leaves' : 'nodes with children'} only.`,
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
          throw new DxError(
            'INVALID_ARGUMENT',
            `${where}.choices[${j}].${key}: a leaf alternative cannot set ${key}${key === 'weight' ? '; vary weights with options.weights' : ''}.`,
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
  combo: readonly number[],
): FrameworkNode {
  const patches = new Map<number, Record<string, unknown>>();
  dataInputs.forEach((i, c) => {
    const input = inputs[i] as Input;
    if (input.kind === 'impute') return;
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

/** Competition ("min") ranks, 1 for the highest score; NaN stays NaN. */
function competitionRanks(scores: Float64Array, sorted: Float64Array, ranks: Float64Array): void {
  sorted.set(scores);
  sorted.sort(); // ascending, NaN last
  let present = sorted.length;
  while (present > 0 && Number.isNaN(sorted[present - 1])) present--;
  for (let u = 0; u < scores.length; u++) {
    const s = scores[u] as number;
    if (Number.isNaN(s)) {
      ranks[u] = Number.NaN;
      continue;
    }
    // 1 + the number of scores above s: find the first index with a value > s.
    let low = 0;
    let high = present;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sorted[mid] as number) <= s) low = mid + 1;
      else high = mid;
    }
    ranks[u] = 1 + present - low;
  }
}

function rankInto(
  scores: Float64Array,
  sorted: Float64Array,
  ranks: Float64Array,
  ties: TieMethod,
): void {
  if (ties === 'competition') {
    competitionRanks(scores, sorted, ranks);
    return;
  }
  const list = rank(
    Array.from(scores, (s) => (Number.isNaN(s) ? null : s)),
    { ties },
  );
  for (let u = 0; u < ranks.length; u++) ranks[u] = list[u] ?? Number.NaN;
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
        throw new DxError(
          'UNKNOWN_ID',
          `${where}[${r}]: ${describe(id)} is not a node of the framework.`,
        );
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
    throw new DxError(
      'INVALID_ARGUMENT',
      `options.alternatives: the data-stage choices make ${combos} combinations; at most 4096 are evaluated up front. Vary fewer choices at once.`,
    );
  const leafStores: Float64Array[] = [];
  const leafMissing: Uint32Array[] = [];
  const combo = dataInputs.map(() => 0);
  for (let c = 0; c < combos; c++) {
    let rest = c;
    for (let j = dataInputs.length - 1; j >= 0; j--) {
      const size = (inputs[dataInputs[j] as number] as Input).choices.length;
      combo[j] = rest % size;
      rest = Math.floor(rest / size);
    }
    let impute = options.impute;
    dataInputs.forEach((i, j) => {
      const input = inputs[i] as Input;
      if (input.kind === 'impute')
        impute = (input.choices[combo[j] as number] as ImputeOptions | null) ?? undefined;
    });
    const patched =
      dataInputs.length === 0 ? framework : patchFramework(tree, inputs, dataInputs, combo);
    const { impute: _, ...rest2 } = options;
    const result = evaluate(data, patched, impute === undefined ? rest2 : { ...rest2, impute });
    const store = new Float64Array(m * n);
    const missing = new Uint32Array(m);
    result.columns.forEach((column, k) => {
      if ((tree.nodes[k] as { children: readonly number[] }).children.length > 0) return;
      store.set(column, k * n);
      let absent = 0;
      for (let u = 0; u < n; u++) if (Number.isNaN(column[u])) absent++;
      missing[k] = absent;
    });
    leafStores.push(store);
    leafMissing.push(missing);
  }
  const defaults = aggregateSettings(options.aggregate);
  const nominalSettings: Settings[] = tree.nodes.map((node) =>
    node.spec.aggregate === undefined
      ? defaults
      : aggregateSettings({ ...defaults, ...node.spec.aggregate }),
  );
  // Each aggregate choice, merged over each of its nodes' own settings, checked once.
  const aggregateSettingsByInput = aggregateInputs.map((i) => {
    const input = inputs[i] as Input;
    return input.choices.map((choice, j) =>
      input.nodes.map((k) => {
        try {
          return aggregateSettings({
            ...(nominalSettings[k] as Settings),
            ...(choice as AggregateOptions),
          });
        } catch (error) {
          throw new DxError(
            'INVALID_ARGUMENT',
            `options.alternatives[${i}].choices[${j}]: ${(error as Error).message}`,
            {
              cause: error,
            },
          );
        }
      }),
    );
  });
  const nominalWeights = Float64Array.from(tree.nodes, (node) => node.weight);
  const work = new Float64Array(m * n);
  const missing = new Uint32Array(m);
  const sorted = new Float64Array(n);
  const settings: Settings[] = nominalSettings.slice();
  const row = new Float64Array(Math.max(1, ...tree.nodes.map((node) => node.children.length)));
  const rowWeights = new Float64Array(row.length);
  const root = m - 1;

  const run = (
    choice: ArrayLike<number>,
    weights: Float64Array,
    scores: Float64Array,
    ranks: Float64Array,
  ): void => {
    let c = 0;
    for (const i of dataInputs) c = c * (inputs[i] as Input).choices.length + (choice[i] as number);
    const leaves = leafStores[c] as Float64Array;
    const leafAbsent = leafMissing[c] as Uint32Array;
    for (let k = 0; k < m; k++) settings[k] = nominalSettings[k] as Settings;
    aggregateInputs.forEach((i, a) => {
      const chosen = (aggregateSettingsByInput[a] as Settings[][])[
        choice[i] as number
      ] as Settings[];
      (inputs[i] as Input).nodes.forEach((k, j) => {
        settings[k] = chosen[j] as Settings;
      });
    });
    for (let k = 0; k < m; k++) {
      const node = tree.nodes[k] as Tree['nodes'][number];
      const children = node.children;
      if (children.length === 0) {
        missing[k] = leafAbsent[k] as number;
        continue;
      }
      const base = k * n;
      const { method, missing: policy, minCoverage } = settings[k] as Settings;
      let complete = true;
      let total = 0;
      for (const child of children) {
        const w = weights[child] as number;
        total += w;
        if (w !== 0 && missing[child] !== 0) complete = false;
      }
      if (complete && method === 'arithmetic') {
        work.fill(0, base, base + n);
        for (const child of children) {
          const w = weights[child] as number;
          if (w === 0) continue;
          const source =
            (tree.nodes[child] as { children: readonly number[] }).children.length === 0
              ? leaves
              : work;
          const offset = child * n;
          for (let u = 0; u < n; u++)
            work[base + u] = (work[base + u] as number) + w * (source[offset + u] as number);
        }
        for (let u = 0; u < n; u++) work[base + u] = (work[base + u] as number) / total;
        missing[k] = 0;
      } else {
        const width = children.length;
        const rowView = row.subarray(0, width);
        const weightView = rowWeights.subarray(0, width);
        for (let j = 0; j < width; j++) weightView[j] = weights[children[j] as number] as number;
        let absent = 0;
        for (let u = 0; u < n; u++) {
          for (let j = 0; j < width; j++) {
            const child = children[j] as number;
            const source =
              (tree.nodes[child] as { children: readonly number[] }).children.length === 0
                ? leaves
                : work;
            const value = source[child * n + u] as number;
            if (Number.isNaN(value) && policy === 'error' && (weightView[j] as number) > 0)
              throw new DxError(
                'INVALID_ARGUMENT',
                `unit ${describe(units[u])}, node ${describe(node.id)}: ${describe(tree.nodes[child]?.id)} is missing; use aggregate: { missing: 'reweight' } or impute.`,
              );
            rowView[j] = value;
          }
          const value = aggregateRow(rowView, weightView, method, policy, minCoverage);
          work[base + u] = value;
          if (Number.isNaN(value)) absent++;
        }
        missing[k] = absent;
      }
      if (node.spec.normalize) normalizeColumn(work.subarray(base, base + n), node.spec.normalize);
    }
    scores.set(work.subarray(root * n, root * n + n));
    rankInto(scores, sorted, ranks, ties);
  };

  // Each aggregation alternative must apply under every data-stage choice: try each once.
  const trial = new Float64Array(n);
  const trialRanks = new Float64Array(n);
  const trialChoice = new Int32Array(inputs.length);
  for (let c = 0; c < combos; c++) {
    let rest = c;
    for (let j = dataInputs.length - 1; j >= 0; j--) {
      const size = (inputs[dataInputs[j] as number] as Input).choices.length;
      trialChoice[dataInputs[j] as number] = rest % size;
      rest = Math.floor(rest / size);
    }
    for (const i of aggregateInputs) {
      const input = inputs[i] as Input;
      for (let j = 0; j < input.choices.length; j++) {
        trialChoice[i] = j;
        run(trialChoice, nominalWeights, trial, trialRanks);
      }
      trialChoice[i] = 0;
    }
  }

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
