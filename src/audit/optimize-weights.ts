import { evaluate } from '../composite/composite-engine.js';
import {
  COMPOSITE_OPTIONS,
  type CompositeData,
  type CompositeOptions,
} from '../composite/composite-types.js';
import { compileTree, type Tree, type TreeNode } from '../composite/tree.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import {
  weight as checkWeight,
  integerBetween,
  knownKeys,
  oneOf,
  positiveNumber,
  record,
  someWeight,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { nelderMead } from '../stats/nelder-mead.js';
import { pearson, spearman } from '../stats/statistics.js';
import { cutAt, withWeights } from './level-cut.js';

/**
 * Options for {@link optimizeWeights}: those of `compositeIndex`, and what to optimise.
 *
 * @category Analysis
 */
export interface OptimizeWeightsOptions extends CompositeOptions {
  /**
   * The level whose weights are optimised, numbered as COINr's: 1 for the
   * indicators, up to one below the root; default one below the root (the
   * index's own components).
   */
  readonly level?: number;
  /**
   * `'balance'` (default): make each node's correlation with the index, as a
   * share of their sum, match `target`. `'infomax'`: make the sum of the
   * correlations as large as possible.
   */
  readonly method?: 'balance' | 'infomax';
  /** Balance: node id → intended importance (relative; every node of the level; default equal). */
  readonly target?: Readonly<Record<string, number>>;
  /** The correlation: `'pearson'` (default, as COINr) or `'spearman'`. */
  readonly correlation?: 'pearson' | 'spearman';
  /** The stopping tolerance of the search (default 1e-10; see {@link optimizeWeights}). */
  readonly tolerance?: number;
  /**
   * The budget of evaluations of the index (default 20 000). The search checks it between
   * steps, so it can end a few past it: a start always builds its simplex (one evaluation more
   * than the nodes), and a step in progress is finished.
   */
  readonly maxEvaluations?: number;
}

/** The options {@link optimizeWeights} takes, to refuse any other (a misspelt one would be ignored). */
export const OPTIMIZE_WEIGHTS_OPTIONS = [
  ...COMPOSITE_OPTIONS,
  'level',
  'method',
  'target',
  'correlation',
  'tolerance',
  'maxEvaluations',
] as const satisfies readonly (keyof OptimizeWeightsOptions)[];

/**
 * A set of weights and how the index reads with them; see {@link optimizeWeights}.
 *
 * @category Analysis
 */
export interface WeightsOutcome {
  /** Node id → weight, for every node of the level. */
  readonly weights: Readonly<Record<string, number>>;
  /** Node id → its correlation with the index. */
  readonly correlations: Readonly<Record<string, number>>;
  /**
   * Balance: the mean squared difference between the correlations as shares
   * of their sum and the target shares (lower is better; COINr reports its
   * logarithm). Infomax: the sum of the correlations (higher is better).
   */
  readonly objective: number;
}

/**
 * What {@link optimizeWeights} returns.
 *
 * @category Analysis
 */
export interface OptimizedWeights extends WeightsOutcome {
  /** The framework with the optimised weights (deep-frozen; pass it to `compositeIndex`). */
  readonly framework: FrameworkNode;
  /** The same measures at the framework's own weights. */
  readonly initial: WeightsOutcome;
  /** Evaluations of the index the search made. */
  readonly evaluations: number;
  /** `false` when `maxEvaluations` stopped the search before its tolerance did. */
  readonly converged: boolean;
}

/**
 * Weights for one level of a framework, found so that the index reflects
 * its components as intended: COINr's `get_opt_weights`, a linear version of
 * Becker et al. (2017, Ecological Indicators 80). A node's weight is not its
 * importance: its correlation with the index is. `'balance'` looks for the
 * weights that make each node's correlation with the index, as a share of
 * their sum, match `target` (equal by default); `'infomax'` for those that
 * make the sum of the correlations largest, so the index carries as much of
 * its components as it can.
 *
 * The search: the index is recomputed from the level's node values (which
 * weights at this level do not change) for each trial set of weights, and
 * Nelder–Mead's simplex search (as COINr, through R's `optim`) runs on
 * parameters whose squares, as shares of their sum, are the weights — so
 * every trial weight is ≥ 0. It starts twice — balance from the target
 * shares (COINr's start) and the framework's weights, infomax from the
 * framework's weights (COINr's start) and equal weights — restarts from its best point
 * until a restart no longer improves it, and stops a run when the objective
 * at the simplex's vertices agrees within `tolerance × (|best| + tolerance)`
 * (R's `reltol` rule) and the vertices agree within `tolerance`; the best of
 * the starts is returned.
 *
 * Where vn-dx differs from COINr, deliberately: COINr stops at `reltol =
 * 0.1`, which ends after a few evaluations (on the ASEM index, 9 at the
 * pillar level, weights barely moved); vn-dx's tolerance is 1e-10, and on
 * every ASEM case its objective is at least as good as COINr's. COINr lets a
 * weight go negative (its weights are the raw parameters over their sum);
 * `compositeIndex` refuses negative weights, so vn-dx searches non-negative
 * weights only — COINr can reach a lower balance objective with a negative
 * weight, which is not a weighting. COINr matches its targets to the
 * correlations in the alphabetical order of the node codes; vn-dx matches
 * them by id. The weights returned are scaled so that each group of
 * siblings keeps its total in the framework (only their ratios change the
 * index); COINr scales the whole level to sum to 1.
 *
 * @param data - as for `compositeIndex`.
 * @param framework - the tree with its nominal weights.
 * @param options - `level`, `method`, `target`, `correlation`, `tolerance`,
 *   `maxEvaluations`, and the `compositeIndex` options.
 * @returns the optimised weights with their correlations and objective, the
 *   framework with them, the same measures at the framework's own weights,
 *   and how the search went.
 * @throws {@link DxError} as `compositeIndex`; `INVALID_ARGUMENT` for an
 *   unknown option, a level that is not from 1 to one below the root's or
 *   has a single node, a `target` with infomax, a `target` that does not
 *   give every node of the level or weighs them all 0, a correlation with the
 *   index that is undefined at the framework's weights (a constant node or
 *   index), or a bad `method`, `correlation` or `maxEvaluations`;
 *   `INVALID_NUMBER` for a target that is not a finite number ≥ 0, or a
 *   tolerance that is not a finite number > 0; `UNKNOWN_ID` for a target id
 *   that is not a node of the level.
 *
 * @example
 * ```ts
 * import { optimizeWeights } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['01', '79', '48', '31', '92'],
 *   columns: {
 *     online: [90, 80, 70, 60, 75],
 *     signed: [95, 85, 80, 50, 70],
 *     cashless: [70, 40, 65, 45, 35],
 *   },
 * };
 * const framework = { id: 'index', children: ['online', 'signed', 'cashless'] };
 * // With equal weights, signed drives the index most (its correlation is highest).
 * const result = optimizeWeights(data, framework);
 * result.initial.correlations.signed; // 0.9465045970353132
 * result.weights.signed; // 0
 * result.objective < result.initial.objective; // true
 * ```
 *
 * @category Analysis
 */
export function optimizeWeights(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: OptimizeWeightsOptions = {},
): OptimizedWeights {
  record(options, 'options', "an object like { method: 'balance' }");
  knownKeys(options, OPTIMIZE_WEIGHTS_OPTIONS, 'options');
  const tree = compileTree(framework);
  const settings = readSettings(tree, options);
  const { level, ids } = settings;
  const { target, correlate } = settings;
  const nodesAtLevel = ids.map((id) => tree.index.get(id) as number);
  const full = evaluate(data, framework, options);
  const column = (id: string) => full.columns[full.ids.indexOf(id)] as Float64Array;
  // The tree cut below the level: the level's nodes (and any lower node whose parent is above
  // it) become leaves that carry their values, which weights at this level do not change.
  const cut = cutAt(tree, level);
  const columns = Object.fromEntries(
    cut.leaves.map((id) => [id, Array.from(column(id), (v) => (Number.isNaN(v) ? null : v))]),
  );
  const cutData = { kind: 'columns' as const, units: full.units, columns };
  const cutOptions = options.aggregate === undefined ? {} : { aggregate: options.aggregate };
  const outcome = (weights: readonly number[]): WeightsOutcome | undefined => {
    const byId = new Map(ids.map((id, i) => [id, weights[i] as number]));
    if (cut.emptyGroup(byId)) return undefined;
    const scores = evaluate(cutData, cut.build(byId), cutOptions).columns.at(-1) as Float64Array;
    const r = ids.map((id) => correlate(column(id), scores));
    if (r.some(Number.isNaN)) return undefined;
    return {
      weights: Object.fromEntries(byId),
      correlations: Object.fromEntries(ids.map((id, i) => [id, r[i] as number])),
      objective: objectiveOf(r, target),
    };
  };
  const initialWeights = nodesAtLevel.map((k) => (tree.nodes[k] as TreeNode).weight);
  const initial = outcome(initialWeights);
  if (initial === undefined)
    raise(
      'INVALID_ARGUMENT',
      'options.level',
      `a correlation of ${ids.map((id) => describe(id)).join(', ')} with the index is undefined at the framework's weights (a node or the index is constant); leave constant nodes out`,
    );
  const sign = target === undefined ? -1 : 1;
  const loss = (x: readonly number[]): number =>
    sign * (outcome(sharesOf(x))?.objective ?? sign * Number.POSITIVE_INFINITY);
  // Balance starts from the target (COINr's start) and the framework's weights; infomax from
  // the framework's weights (COINr's) and equal weights.
  const equal = ids.map(() => 1 / ids.length);
  const starts = (target === undefined ? [initialWeights, equal] : [target, initialWeights]).map(
    (w) => w.map((v) => Math.sqrt(v)),
  );
  let best = { x: starts[0] as readonly number[], value: Number.POSITIVE_INFINITY };
  let evaluations = 0;
  let converged = true;
  for (const start of starts) {
    const step = 0.1 * Math.max(...start.map(Math.abs));
    const run = nelderMead(loss, start, {
      step,
      tolerance: settings.tolerance,
      maxEvaluations: Math.max(1, settings.maxEvaluations - evaluations),
    });
    evaluations += run.evaluations;
    converged &&= run.converged;
    if (run.value < best.value) best = run;
    if (evaluations >= settings.maxEvaluations) break;
  }
  const found = outcome(cut.keepTotals(ids, sharesOf(best.x)));
  // Never worse than where it started: the framework's own weights win a tie.
  const chosen =
    found !== undefined && sign * found.objective < sign * initial.objective ? found : initial;
  return deepFreeze({
    ...chosen,
    framework: withWeights(tree, new Map(Object.entries(chosen.weights))),
    initial,
    evaluations,
    converged,
  });
}

/** The checked options. */
function readSettings(tree: Tree, options: OptimizeWeightsOptions) {
  const level = integerBetween(
    options.level ?? tree.levels - 1,
    1,
    Math.max(1, tree.levels - 1),
    'options.level',
  );
  const ids = tree.nodes.filter((node) => node.level === level).map((node) => node.id);
  // Every level from 1 to the root's has a node (a node is one above its highest child), so a
  // level with too few nodes has exactly one (a lone root included).
  if (ids.length < 2)
    raise(
      'INVALID_ARGUMENT',
      'options.level',
      `level ${level} has 1 node; weights are optimised among at least 2`,
    );
  const method = oneOf(
    options.method ?? 'balance',
    ['balance', 'infomax'] as const,
    'options.method',
  );
  const kind = oneOf(
    options.correlation ?? 'pearson',
    ['pearson', 'spearman'] as const,
    'options.correlation',
  );
  const tolerance = positiveNumber(options.tolerance ?? 1e-10, 'options.tolerance');
  const maxEvaluations = integerBetween(
    options.maxEvaluations ?? 20_000,
    1,
    Number.MAX_SAFE_INTEGER,
    'options.maxEvaluations',
  );
  let target: number[] | undefined;
  if (method === 'infomax') {
    if (options.target !== undefined)
      raise(
        'INVALID_ARGUMENT',
        'options.target',
        `infomax has no target; remove it or use method: 'balance'`,
      );
  } else target = readTarget(ids, options.target);
  return {
    level,
    ids,
    target,
    tolerance,
    maxEvaluations,
    correlate: kind === 'pearson' ? pearson : spearman,
  };
}

/** The balance target as shares summing to 1, in the order of `ids`. */
function readTarget(ids: readonly string[], given: unknown): number[] {
  if (given === undefined) return ids.map(() => 1 / ids.length);
  const target = record(given, 'options.target', 'node id → importance');
  for (const id of Object.keys(target))
    if (!ids.includes(id))
      raise(
        'UNKNOWN_ID',
        'options.target',
        `${describe(id)} is not a node of the level (${ids.map((i) => describe(i)).join(', ')})`,
      );
  const missing = ids.filter((id) => !Object.hasOwn(target, id));
  if (missing.length > 0)
    raise(
      'INVALID_ARGUMENT',
      'options.target',
      `give every node of the level an importance; missing ${missing.map((id) => describe(id)).join(', ')}`,
    );
  const values = ids.map((id) => checkWeight(target[id], `options.target[${describe(id)}]`));
  const total = values.reduce((a, b) => a + b, 0);
  someWeight(total, 'options.target');
  return values.map((v) => v / total);
}

/** Weights from the search's parameters: their squares as shares of their sum. */
function sharesOf(x: readonly number[]): number[] {
  let total = 0;
  for (const v of x) total += v * v;
  // Stryker disable next-line ArithmeticOperator: scaling every weight of the level alike changes nothing (the engine and keepTotals read them as ratios)
  return x.map((v) => (v * v) / total);
}

/** Balance (with a target): the mean squared deviation of the shares; infomax: the sum. */
function objectiveOf(r: readonly number[], target: readonly number[] | undefined): number {
  let sum = 0;
  for (const v of r) sum += v;
  if (target === undefined) return sum;
  let squares = 0;
  r.forEach((v, i) => {
    squares += ((target[i] as number) - v / sum) ** 2;
  });
  return squares / r.length;
}
