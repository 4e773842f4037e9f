import type { Label } from '../model/label.js';
import type { TieMethod } from '../ranking/rank.js';
import type { AggregateOptions } from './aggregate.js';
import { type Evaluation, evaluate } from './composite-engine.js';
import { fromColumn, type NormalizeMethod } from './normalize.js';

/**
 * A node of a composite-index framework. A node with `children` aggregates
 * them; a node without is a leaf whose `id` is an indicator id in the data.
 * A bare string stands for a leaf with weight 1.
 *
 * @category KPI
 */
export interface FrameworkNode {
  /** The node's id: an indicator id at a leaf, any unique name above. */
  readonly id: string;
  /** Weight relative to its siblings (default 1). */
  readonly weight?: number;
  /** Normalisation of this node's values across units; none means values are used as given. */
  readonly normalize?: NormalizeMethod;
  /** How this node combines its children; default the `aggregate` option of {@link compositeIndex}. */
  readonly aggregate?: AggregateOptions;
  /** The nodes it aggregates. */
  readonly children?: readonly (FrameworkNode | string)[];
  /** A label for reports. */
  readonly label?: Label;
}

/**
 * Options for {@link compositeIndex}.
 *
 * @category KPI
 */
export interface CompositeOptions {
  /** Default aggregation for nodes without their own (default arithmetic, missing values are errors). */
  readonly aggregate?: AggregateOptions;
  /**
   * Fill missing leaf values before normalising: with the column's `mean` or
   * `median`, over all units or, with `groups`, over the unit's group (unit →
   * group name, e.g. its region). A unit whose group has no value stays missing.
   */
  readonly impute?: ImputeOptions;
  /** Tie rule for the final ranking; default `competition`. */
  readonly ties?: TieMethod;
}

/**
 * How {@link compositeIndex} fills missing leaf values.
 *
 * @category KPI
 */
export interface ImputeOptions {
  /** Fill with the mean or the median of the present values. */
  readonly method: 'mean' | 'median';
  /** Unit → group (e.g. region): fill from the unit's group only. */
  readonly groups?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
}

/**
 * One unit's result.
 *
 * @category KPI
 */
export interface CompositeResult {
  /** The unit (province code, commune code…). */
  readonly unit: string;
  /** The root node's value, or `null` when coverage fell short. */
  readonly score: number | null;
  /** Rank by score among the units, 1 best; `null` without a score. */
  readonly rank: number | null;
  /**
   * Every node's value (after normalisation), by node id. An enumerable
   * accessor that builds the record on first read and returns the same record
   * after, which keeps ranking thousands of units cheap. Spreading,
   * `JSON.stringify` and `structuredClone` include it — and build it: at
   * commune scale, building every unit's `nodes` costs far more than the
   * index, so read only what you need.
   */
  readonly nodes: Readonly<Record<string, number | null>>;
}

/**
 * The data for {@link compositeIndex}, in one of three forms: unit →
 * indicator id → value (or `null`) as a record or a `Map`; or, for large data,
 * columns: `{ kind: 'columns', units, columns }` where each column is aligned
 * with `units` (a plain or typed array, `null` for missing). A row is read by
 * its own enumerable properties; keys that are not leaves of the framework
 * are ignored. Results follow the data's order; note that a record whose keys
 * are codes (`'49'`, `'26'`) iterates them in numeric order, so use a `Map` or
 * columns to keep your own.
 *
 * @category KPI
 */
export type CompositeData =
  | Readonly<Record<string, Readonly<Record<string, number | null | undefined>>>>
  | ReadonlyMap<string, Readonly<Record<string, number | null | undefined>>>
  | CompositeColumns;

/**
 * Columnar data for {@link compositeIndex}: the fastest form for large data.
 *
 * @category KPI
 */
export interface CompositeColumns {
  /** Discriminant. */
  readonly kind: 'columns';
  /** The units, in order, each named once. */
  readonly units: readonly string[];
  /**
   * Indicator id → values aligned with `units`: a plain array with `null` for
   * missing values, or a `Float64Array` (read fastest; it cannot hold a missing
   * value — `NaN` is an error). An indicator without a column is missing for
   * every unit.
   */
  readonly columns: Readonly<Record<string, ArrayLike<number | null | undefined>>>;
}

/**
 * Builds a composite index — DTI-style — from indicator values: aggregates up
 * a weighted tree node by node (each node with its own method and
 * missing-data policy), normalises any node's values across units where its
 * `normalize` asks, and ranks the units by the root's value.
 *
 * @param data - unit → indicator id → value as a record or `Map` (a missing key
 *   counts as `null`), or columns; see {@link CompositeData}.
 * @param framework - the tree; leaves are indicator ids.
 * @param options - default aggregation, imputation, tie rule.
 * @returns one result per unit, in the data's order.
 * @throws {@link DxError} `INVALID_ARGUMENT` for malformed data, options or
 *   framework (empty or duplicate ids, bad weights, unknown methods), a missing
 *   value where the policy is `'error'` (naming unit and node), a negative
 *   value under a geometric or harmonic mean, or a normalisation that cannot
 *   apply (see {@link normalize}: constant values with `constant: 'error'`, a
 *   target at the data's far end); `INVALID_NUMBER` for `NaN` or infinite
 *   values (naming unit and indicator) or values whose normalisation would
 *   overflow; `LENGTH_MISMATCH` for a column whose length is not the number of
 *   units; `UNKNOWN_ID` for a unit without a group when imputing by group.
 *
 * @example
 * ```ts
 * import { compositeIndex } from 'vn-dx';
 *
 * const data = {
 *   '48': { online: 90, signed: 98 },
 *   '49': { online: 60, signed: 94 },
 *   '93': { online: 75, signed: null },
 * };
 * const framework = {
 *   id: 'government',
 *   aggregate: { missing: 'reweight' as const },
 *   children: [
 *     { id: 'online', weight: 2, normalize: { kind: 'goalposts' as const, min: 0, max: 100 } },
 *     { id: 'signed', weight: 1, normalize: { kind: 'goalposts' as const, min: 0, max: 100 } },
 *   ],
 * };
 * compositeIndex(data, framework).map((r) => [r.unit, r.rank]); // [['48', 1], ['49', 3], ['93', 2]]
 * ```
 *
 * @category KPI
 */
export function compositeIndex(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions = {},
): CompositeResult[] {
  const { units, ids, columns, scores, ranks } = evaluate(data, framework, options);
  // Plain objects, so that results compare, serialise and freeze like any record. `nodes` is
  // an enumerable accessor (spreading, JSON.stringify and structuredClone see it) that builds
  // the record on first read and keeps it. Measured against a class with a private index (about
  // 1.5× faster at commune scale, but not a plain object) and a shared accessor that looks its
  // unit up (slower): for thousands of units and many years, use compositeIndexColumns.
  return units.map((unit, u) => {
    let nodes: Record<string, number | null> | undefined;
    return {
      unit,
      score: scores[u] ?? null,
      rank: ranks[u] ?? null,
      get nodes() {
        nodes ??= nodesOfUnit(ids, columns, u);
        return nodes;
      },
    };
  });
}

function nodesOfUnit(
  ids: Evaluation['ids'],
  columns: Evaluation['columns'],
  u: number,
): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  ids.forEach((id, k) => {
    const value = (columns[k] as Float64Array)[u] as number;
    values[id] = Number.isNaN(value) ? null : value;
  });
  return values;
}

/**
 * The result of {@link compositeIndexColumns}: one array per quantity, each
 * aligned with `units`.
 *
 * @category KPI
 */
export interface CompositeColumnsResult {
  /** The units, in the data's order. */
  readonly units: readonly string[];
  /** Each unit's score (the root node's value), `null` when coverage fell short. */
  readonly scores: readonly (number | null)[];
  /** Each unit's rank by score, 1 best; `null` without a score. */
  readonly ranks: readonly (number | null)[];
  /**
   * Node id → every unit's value of that node (after normalisation). Built on
   * first access (an enumerable getter, so `JSON.stringify` includes it).
   */
  readonly nodes: Readonly<Record<string, readonly (number | null)[]>>;
}

/**
 * {@link compositeIndex} with its results in columns: from the same data (any
 * form: records, a `Map` or columns), the same scores and ranks, returned as
 * arrays aligned with the units instead of one object per unit. The form for
 * large data — thousands of communes, many years — where per-unit objects
 * cost more than the arithmetic; pass columns too for the fastest path.
 *
 * @param data - as for {@link compositeIndex}: records, a `Map`, or columns.
 * @param framework - the tree; leaves are indicator ids.
 * @param options - default aggregation, imputation, tie rule.
 * @returns units, scores and ranks as aligned arrays, and every node's values by id.
 * @throws {@link DxError} as {@link compositeIndex}.
 *
 * @example
 * ```ts
 * import { compositeIndexColumns } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['48', '49', '93'],
 *   columns: { online: [90, 60, 75], signed: [98, 94, 96] },
 * };
 * const result = compositeIndexColumns(data, { id: 'government', children: ['online', 'signed'] });
 * result.scores; // [94, 77, 85.5]
 * result.ranks; // [1, 3, 2]
 * result.nodes.online; // [90, 60, 75]
 * ```
 *
 * @category KPI
 */
export function compositeIndexColumns(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions = {},
): CompositeColumnsResult {
  const { units, ids, columns, scores, ranks } = evaluate(data, framework, options);
  let nodes: Record<string, (number | null)[]> | undefined;
  return {
    units,
    scores,
    ranks,
    get nodes() {
      nodes ??= Object.fromEntries(
        ids.map((id, k) => [id, fromColumn(columns[k] as Float64Array)]),
      );
      return nodes;
    },
  };
}
