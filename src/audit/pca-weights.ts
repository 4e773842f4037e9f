import type { CompositeData } from '../composite/composite-types.js';
import { compileTree, type Tree } from '../composite/tree.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import { integerBetween, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { symmetricEigen } from '../stats/symmetric-eigen.js';
import { readTable } from './indicator-table.js';

/**
 * Options for {@link pcaWeights}.
 *
 * @category Analysis
 */
export interface PcaWeightsOptions {
  /**
   * The level whose nodes are weighted, numbered as COINr numbers them: 1
   * (default) for the indicators, 2 for their parents, and so on. The data
   * must hold a column for every node at this level (for a level above 1,
   * pass a {@link compositeIndexColumns} result's `nodes`).
   */
  readonly level?: number;
  /**
   * `'parent'` (default): one analysis per node with children at `level`,
   * over those children (COINr's `by_groups = TRUE`); `'level'`: one
   * analysis over every node at `level` (`by_groups = FALSE`), keyed by the
   * root's id.
   */
  readonly by?: 'parent' | 'level';
}

/** The options {@link pcaWeights} takes, to refuse any other (a misspelt one would be ignored). */
export const PCA_WEIGHTS_OPTIONS = [
  'level',
  'by',
] as const satisfies readonly (keyof PcaWeightsOptions)[];

/**
 * One principal component analysis of {@link pcaWeights}: a group of nodes
 * analysed together.
 *
 * @category Analysis
 */
export interface PcaGroup {
  /** The nodes analysed, in framework order: the order of every row of `loadings`. */
  readonly indicators: readonly string[];
  /** The units whose values entered the analysis: those with a value on every node of the group. */
  readonly units: readonly string[];
  /** The units left out because they miss a value on a node of the group (COINr's `na.omit`). */
  readonly dropped: readonly string[];
  /**
   * The variances of the principal components, largest first: the
   * eigenvalues of the correlation matrix (R's `prcomp(scale = TRUE)$sdev^2`).
   * They sum to the number of nodes.
   */
  readonly eigenvalues: readonly number[];
  /** Each component's share of the total variance: `eigenvalues` over their sum. */
  readonly explainedVariance: readonly number[];
  /**
   * `loadings[k][i]`: the loading of `indicators[i]` on component k + 1 (a
   * unit eigenvector; R's `prcomp(...)$rotation[i, k + 1]`), each component
   * oriented so that its loadings sum to a positive number (see {@link pcaWeights}).
   */
  readonly loadings: readonly (readonly number[])[];
}

/**
 * What {@link pcaWeights} returns.
 *
 * @category Analysis
 */
export interface PcaWeights {
  /** Node id → weight: its loading on the first component of its group. */
  readonly weights: Readonly<Record<string, number>>;
  /** Group id (the parent's id; the root's with `by: 'level'`) → its analysis. */
  readonly groups: Readonly<Record<string, PcaGroup>>;
}

/**
 * Weights from principal component analysis, as COINr's `get_PCA`: for each
 * aggregation group, the principal components of its nodes' values over the
 * units (centred and scaled: the eigen-decomposition of their correlation
 * matrix), and as weights the loadings of the first component — the
 * direction in which the group's nodes vary most together.
 *
 * Follows COINr 1.1.14 (checked to 1e-9 against `get_PCA` on the ASEM data):
 * groups are the parents of the nodes at `level`; a unit missing a value on
 * any node of a group is left out of that group's analysis (COINr's
 * `na.omit`; vn-dx lists it in `dropped`); weights are the first
 * component's loadings as they are (unit length, not rescaled to sum to 1:
 * `compositeIndex` divides a node's weight by its siblings' sum anyway).
 *
 * Differs deliberately in one point: the sign. An eigenvector's sign is
 * arbitrary, and R's `prcomp` gives whatever LAPACK returns, so the same
 * data can give a negated first component (all weights negative) on another
 * machine. vn-dx orients every component so that its loadings sum to a
 * positive number (when the sum is within 1e-9 of zero, so that its sign
 * would be rounding, the largest loading in magnitude is made positive).
 * Compare with COINr up to that sign.
 *
 * A negative weight means the node varies against the rest of its group
 * (often a `lower-is-better` indicator analysed before normalisation):
 * `compositeIndex` refuses negative weights, so analyse normalised values
 * (a {@link compositeIndexColumns} result's `nodes`), or review the group.
 * The decomposition is a cyclic Jacobi method written for vn-dx (no
 * dependency), exact to about 1e-14 for these sizes.
 *
 * @param data - the nodes' values: unit → node id → value, a `Map`, or columns (as {@link compositeIndex}).
 * @param framework - the tree that groups the nodes, as for {@link compositeIndex}.
 * @param options - `level` and `by`.
 * @returns the weights by node id and each group's analysis, deep-frozen.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a malformed framework, data
 *   or options (an unknown option, a `level` that is not an integer from 1 to
 *   one below the root's), or a node constant over a group's units (it
 *   cannot be scaled); `INVALID_NUMBER` for a value that is not a finite
 *   number or null, or a weight that is not a finite number ≥ 0;
 *   `UNKNOWN_ID` for a node at `level` without a column in the data;
 *   `LENGTH_MISMATCH` for a column whose length is not the number of units;
 *   `EMPTY_INPUT` for a group with fewer than 2 units with every value.
 *
 * @example
 * ```ts
 * import { pcaWeights } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['01', '79', '48', '31', '92'],
 *   columns: {
 *     online: [90, 80, 70, 60, 75],
 *     signed: [95, 85, 80, 50, 70],
 *     cashless: [70, 60, 65, 40, null],
 *   },
 * };
 * const pca = pcaWeights(data, { id: 'index', children: ['online', 'signed', 'cashless'] });
 * pca.groups.index?.dropped; // ['92']
 * pca.groups.index?.explainedVariance[0]; // 0.9410879967033917
 * pca.weights.online; // 0.5657817168355855
 * ```
 *
 * @category Analysis
 */
export function pcaWeights(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: PcaWeightsOptions = {},
): PcaWeights {
  record(options, 'options', 'an object like { level: 1 }');
  knownKeys(options, PCA_WEIGHTS_OPTIONS, 'options');
  const tree = compileTree(framework);
  const level = integerBetween(
    options.level ?? 1,
    1,
    Math.max(1, tree.levels - 1),
    'options.level',
  );
  if (tree.levels < 2)
    raise(
      'INVALID_ARGUMENT',
      'framework',
      'a single node has no groups to weight; give it children',
    );
  const by = oneOf(options.by ?? 'parent', ['parent', 'level'] as const, 'options.by');
  const groups = groupsAt(tree, level, by);
  const table = readTable(data, [...new Set(Object.values(groups).flat())]);
  const column = new Map(table.indicators.map((id, k) => [id, table.columns[k] as Float64Array]));
  const weights: Record<string, number> = {};
  const analyses: Record<string, PcaGroup> = {};
  for (const [group, members] of Object.entries(groups)) {
    const analysis = analyse(
      group,
      members,
      members.map((id) => column.get(id) as Float64Array),
      table.units,
    );
    analyses[group] = analysis;
    members.forEach((id, i) => {
      weights[id] = (analysis.loadings[0] as readonly number[])[i] as number;
    });
  }
  return deepFreeze({ weights, groups: analyses });
}

/** Group id → the ids of its nodes at `level`, in framework order. */
function groupsAt(tree: Tree, level: number, by: 'parent' | 'level'): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  const root = tree.nodes[tree.nodes.length - 1] as Tree['nodes'][number];
  for (const node of tree.nodes) {
    if (node.level !== level) continue;
    const owner = by === 'level' ? root.id : (tree.nodes[node.parent] as Tree['nodes'][number]).id;
    groups[owner] = [...(groups[owner] ?? []), node.id];
  }
  return groups;
}

/** The principal components of one group's columns over its complete units. */
function analyse(
  group: string,
  ids: readonly string[],
  columns: readonly Float64Array[],
  units: readonly string[],
): PcaGroup {
  const used: number[] = [];
  const dropped: string[] = [];
  units.forEach((unit, u) => {
    if (columns.every((c) => !Number.isNaN(c[u] as number))) used.push(u);
    else dropped.push(unit);
  });
  const n = used.length;
  if (n < 2)
    raise(
      'EMPTY_INPUT',
      '',
      `group ${describe(group)}: ${n} unit${n === 1 ? ' has' : 's have'} a value on every one of ${ids.map((id) => describe(id)).join(', ')}; principal components need at least 2`,
    );
  // Standardised columns (sample sd, as prcomp's scale = TRUE), then their correlation matrix.
  const z = columns.map((c, i) => {
    const x = used.map((u) => c[u] as number);
    let sum = 0;
    for (const v of x) sum += v;
    const mean = sum / n;
    let squares = 0;
    for (const v of x) squares += (v - mean) ** 2;
    const sd = Math.sqrt(squares / (n - 1));
    if (!(sd > 0))
      raise(
        'INVALID_ARGUMENT',
        '',
        `group ${describe(group)}: ${describe(ids[i])} is constant over the ${n} units with every value, so it cannot be scaled; leave it out of the analysis`,
      );
    return x.map((v) => (v - mean) / sd);
  });
  const matrix = z.map((a) =>
    z.map((b) => {
      let s = 0;
      for (let u = 0; u < n; u++) s += (a[u] as number) * (b[u] as number);
      return s / (n - 1);
    }),
  );
  const { values, vectors } = symmetricEigen(matrix);
  // Rounding can leave the smallest eigenvalues a hair below zero; a variance is not negative.
  const eigenvalues = values.map((v) => Math.max(0, v));
  let total = 0;
  for (const v of eigenvalues) total += v;
  return {
    indicators: [...ids],
    units: used.map((u) => units[u] as string),
    dropped,
    eigenvalues,
    explainedVariance: eigenvalues.map((v) => v / total),
    loadings: vectors,
  };
}
