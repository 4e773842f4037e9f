// The input and option types of `compositeIndex`, shared by the function and its engine
// (kept apart so that neither imports the other's types back).
import type { NodeAggregateOptions } from '../model/framework-node.js';
import type { TieMethod } from '../model/ties.js';

/**
 * Options for {@link compositeIndex}.
 *
 * @category KPI
 */
export interface CompositeOptions {
  /** Default aggregation for nodes without their own (default arithmetic, missing values are errors). */
  readonly aggregate?: NodeAggregateOptions;
  /**
   * Fill missing leaf values before normalising: with the column's `mean` or
   * `median`, over all units or, with `groups`, over the unit's group (unit →
   * group name, e.g. its region). A unit whose group has no value stays missing.
   */
  readonly impute?: ImputeOptions;
  /** Tie rule for the final ranking; default `competition`. */
  readonly ties?: TieMethod;
}

/** The options `compositeIndex` and `compositeIndexColumns` take, to refuse any other (a misspelt one would be ignored). Functions that pass their options on to the engine add their own keys to it. */
export const COMPOSITE_OPTIONS = [
  'aggregate',
  'impute',
  'ties',
] as const satisfies readonly (keyof CompositeOptions)[];

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

/** The keys an `impute` option takes. */
export const IMPUTE_OPTIONS = [
  'method',
  'groups',
] as const satisfies readonly (keyof ImputeOptions)[];

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
 * {@link compositeIndex} and {@link compositeIndexColumns} also take rows
 * declared as interfaces or readonly types (`Record<string, Row>` with
 * `interface Row { online: number; signed: number | null }`), checked only
 * for numeric values: see {@link CompositeRow}.
 *
 * @category KPI
 */
export type CompositeData =
  | Readonly<Record<string, Readonly<Record<string, number | null | undefined>>>>
  | ReadonlyMap<string, Readonly<Record<string, number | null | undefined>>>
  | CompositeColumns;

/**
 * One unit's row of {@link CompositeData}: any object type whose values are
 * numbers, `null` or `undefined` (missing), interfaces included.
 *
 * @typeParam Row - the row type being checked.
 *
 * @category KPI
 */
export type CompositeRow<Row> = { readonly [K in keyof Row]: number | null | undefined };

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
