// Types that several layers share: the framework tree of a composite index and the
// normalisation and aggregation choices at its nodes. The data modules (framework/) and the
// KPI functions (kpi/) both use them, so they live here, below both.
import type { Direction } from './direction.js';
import type { Label } from './label.js';
import type { TieMethod } from './ties.js';

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
 * How {@link normalize} puts values on a common scale. Every method takes
 * `direction` (default `'higher-is-better'`); with `'lower-is-better'` the
 * scale is mirrored so that better is always higher — for every kind, `rank`
 * included, inside and outside `compositeIndex`.
 *
 * - `minMax`: (x − min) / (max − min), stretched to `range` (default [0, 1]).
 *   When all values are equal: `constant: 'mid'` (default) gives the middle of
 *   the range, `'error'` throws.
 * - `goalposts`: fixed bounds: (x − min) / (max − min) × `scale` (default 1),
 *   clamped to [0, scale] unless `clamp: false`.
 * - `zScore`: (x − mean) / sd, with the sample sd (n − 1) by default, as
 *   COINr; `sd: 'population'` divides by n. A zero or undefined sd gives 0.
 * - `distanceToTarget`: COINr's form, (x − min) / (target − min), or
 *   (max − x) / (max − target) when lower is better, with min and max of the
 *   data; capped at 1 unless `cap: false`.
 * - `rank`: the ascending rank, as COINr's `n_rank`: the worst unit gets 1,
 *   the best n (the number of present values); ties take the lowest rank of
 *   their group by default (`competition`, R's `ties.method = "min"`).
 *
 * @category KPI
 */
export type NormalizeMethod =
  | MinMaxMethod
  | GoalpostsMethod
  | ZScoreMethod
  | DistanceToTargetMethod
  | RankMethod;

/**
 * Min-max scaling; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface MinMaxMethod {
  /** Discriminant. */
  readonly kind: 'minMax';
  /** The output range, default [0, 1]. */
  readonly range?: readonly [number, number];
  /** For all-equal input: `'mid'` (default) gives the middle of the range, `'error'` throws. */
  readonly constant?: 'mid' | 'error';
  /** Default `'higher-is-better'`. */
  readonly direction?: Direction;
}

/**
 * Scaling between fixed goalposts; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface GoalpostsMethod {
  /** Discriminant. */
  readonly kind: 'goalposts';
  /** The value that maps to 0. */
  readonly min: number;
  /** The value that maps to `scale`. */
  readonly max: number;
  /** The top of the scale, default 1 (100 for a 0–100 score). */
  readonly scale?: number;
  /** Clamp to [0, scale], default `true`. */
  readonly clamp?: boolean;
  /** Default `'higher-is-better'`. */
  readonly direction?: Direction;
}

/**
 * Standard scores; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface ZScoreMethod {
  /** Discriminant. */
  readonly kind: 'zScore';
  /** Sample (n − 1, default, as COINr) or population (n) standard deviation. */
  readonly sd?: 'sample' | 'population';
  /** Default `'higher-is-better'`. */
  readonly direction?: Direction;
}

/**
 * Distance to a target, COINr's form; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface DistanceToTargetMethod {
  /** Discriminant. */
  readonly kind: 'distanceToTarget';
  /** The target value, which maps to 1. */
  readonly target: number;
  /** Cap results at 1, default `true`. */
  readonly cap?: boolean;
  /** Default `'higher-is-better'`. */
  readonly direction?: Direction;
}

/**
 * Ranks instead of values; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface RankMethod {
  /** Discriminant. */
  readonly kind: 'rank';
  /**
   * The tie rule, applied to ascending ranks: default `competition` (R's
   * `"min"`: tied units share the lowest rank of their group).
   */
  readonly ties?: TieMethod;
  /** Default `'higher-is-better'`. */
  readonly direction?: Direction;
}

/**
 * How {@link aggregate} combines values.
 *
 * - `arithmetic`: Σ wᵢxᵢ / Σ wᵢ (full compensation).
 * - `geometric`: exp(Σ wᵢ ln xᵢ / Σ wᵢ); needs values ≥ 0, and any 0 gives 0
 *   (partial compensation).
 * - `harmonic`: Σ wᵢ / Σ (wᵢ / xᵢ); needs values ≥ 0, and any 0 gives 0.
 *
 * @category KPI
 */
export type AggregationMethod = 'arithmetic' | 'geometric' | 'harmonic';

/**
 * Options for {@link aggregate}.
 *
 * @category KPI
 */
export interface AggregateOptions {
  /** The mean to use; default `arithmetic`. */
  readonly method?: AggregationMethod;
  /**
   * What to do with `null` values: `'error'` (default) throws; `'reweight'`
   * leaves them out and shares their weight among the others.
   */
  readonly missing?: 'error' | 'reweight';
  /**
   * With `missing: 'reweight'`: the least share of the total weight that must
   * be present, from 0 to 1 (default 0, any value will do). Below it the
   * result is `null`.
   */
  readonly minCoverage?: number;
}
