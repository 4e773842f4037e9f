// Types that several layers share: the framework tree of a composite index and the
// normalisation and aggregation choices at its nodes. The data modules (framework/) and the
// composite-index engine (composite/) both use them, so they live here, below both.
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
  readonly aggregate?: NodeAggregateOptions;
  /**
   * At a leaf: treat outliers after imputing and before normalising (COINr's
   * order), with COINr's `Treat` rule (see `treatOutliers`); `true` for its
   * defaults.
   */
  readonly treat?: boolean | TreatOptions;
  /** The nodes it aggregates. */
  readonly children?: readonly (FrameworkNode | string)[] | readonly FrameworkNode[];
  /** A label for reports. */
  readonly label?: Label;
}

/** The keys a framework node takes, to refuse any other (a misspelt `weight` would weigh 1). */
export const FRAMEWORK_NODE_KEYS = [
  'id',
  'weight',
  'normalize',
  'aggregate',
  'treat',
  'children',
  'label',
] as const satisfies readonly (keyof FrameworkNode)[];

/**
 * How {@link normalize} puts values on a common scale. Every method takes
 * `direction` (default `'higher-is-better'`) and, after it is applied,
 * **higher is better** for every method, `rank` included, inside and outside
 * `compositeIndex`. The formulas follow COINr 1.1.14 (`n_*` functions) and
 * the OECD/JRC handbook; x is a present value, min and max the present
 * extremes (for `lower-is-better`, COINr's x × −1 is applied first).
 *
 * - `min-max`: (x − min) / (max − min), stretched to `range` (default [0, 1]).
 *   This is also the "distance to the frontier" (the best observed value 1,
 *   the worst 0): no separate method is needed.
 * - `goalposts`: fixed bounds: (x − min) / (max − min) × `scale` (default 1),
 *   clamped to [0, scale] unless `clamp: false`.
 * - `z-score`: (x − mean) / sd × `output.sd` + `output.mean` (default 0 and 1,
 *   COINr's `m_sd`), with the sample sd (n − 1) by default, as COINr;
 *   `sd: 'population'` divides by n.
 * - `distance-to-target`: COINr's form, (x − min) / (target − min), or
 *   (max − x) / (max − target) when lower is better; capped at 1 unless
 *   `cap: false`. The target must lie on the better side of the worst value.
 * - `dist-to-max`: 1 − (max − x) / (max − min), COINr's `n_dist2max` (in [0, 1];
 *   the same scale as `min-max`, computed COINr's way).
 * - `dist-to-ref`: 1 − (ref − x) / (ref − min), COINr's `n_dist2ref` with the
 *   reference given as a value (COINr takes the index of a unit); capped at 1
 *   with `cap: true` (default `false`, as COINr).
 * - `frac-max`: x / max, COINr's `n_fracmax`; needs a maximum above 0
 *   (negative values give negative shares). With `lower-is-better`, min / x
 *   (values > 0): COINr would divide −x by −min, which ranks the smallest
 *   value worst; vn-dx keeps better higher.
 * - `rank`: the ascending rank, as COINr's `n_rank`: the worst unit gets 1,
 *   the best n (the number of present values); ties take the lowest rank of
 *   their group by default (`competition`, R's `ties.method = "min"`).
 * - `borda`: rank − 1 (COINr's `n_borda`): the number of units it beats.
 * - `percent-rank`: (rank − 1) / (n − 1), COINr's `n_prank` (ties `min`): 0 for
 *   the worst, 1 for the best.
 *
 * **Constant input** (every present value equal, or a single one), by
 * `constant`: `'mid'` (default) gives the middle of the method's scale where the
 * formula would divide by zero (`min-max`: the middle of `range`; `z-score`:
 * `output.mean`; `dist-to-max` and `percent-rank`: 0.5 — COINr gives NaN) and
 * computes the formula otherwise (`rank` 1, `borda` 0, `frac-max` 1,
 * `goalposts` and the targets as usual); `'error'` throws; `'exclude'` makes
 * the indicator missing for every unit, and in `compositeIndex` its parent
 * then aggregates its other children as if it had weight 0 (COINr's
 * behaviour: its NaN column is skipped; under `coverage: 'count'` it still
 * counts as a missing value, as in COINr's `dat_thresh`).
 *
 * @category KPI
 */
export type NormalizeMethod =
  | MinMaxMethod
  | GoalpostsMethod
  | ZScoreMethod
  | DistanceToTargetMethod
  | DistToMaxMethod
  | DistToRefMethod
  | FracMaxMethod
  | RankMethod
  | BordaMethod
  | PercentRankMethod;

/**
 * What {@link normalize} does with constant input (all present values equal):
 * see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export type ConstantPolicy = 'mid' | 'error' | 'exclude';

/**
 * The options every normalisation method shares.
 *
 * @category KPI
 */
export interface NormalizeCommon {
  /** Default `'higher-is-better'`. */
  readonly direction?: Direction;
  /** Constant input: `'mid'` (default), `'error'` or `'exclude'`; see {@link NormalizeMethod}. */
  readonly constant?: ConstantPolicy;
}

/**
 * Min-max scaling; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface MinMaxMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'min-max';
  /** The output range, default [0, 1]. */
  readonly range?: readonly [number, number];
}

/**
 * Scaling between fixed goalposts; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface GoalpostsMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'goalposts';
  /** The value that maps to 0. */
  readonly min: number;
  /** The value that maps to `scale`. */
  readonly max: number;
  /** The top of the scale, default 1 (100 for a 0–100 score). */
  readonly scale?: number;
  /** Clamp to [0, scale], default `true`. */
  readonly clamp?: boolean;
}

/**
 * Standard scores; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface ZScoreMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'z-score';
  /** Sample (n − 1, default, as COINr) or population (n) standard deviation. */
  readonly sd?: 'sample' | 'population';
  /** The output's mean and sd (default 0 and 1; COINr's `m_sd`); `sd` must be > 0. */
  readonly output?: ZScoreScale;
}

/**
 * The output scale of {@link ZScoreMethod}.
 *
 * @category KPI
 */
export interface ZScoreScale {
  /** The mean of the output. */
  readonly mean: number;
  /** The standard deviation of the output, > 0. */
  readonly sd: number;
}

/**
 * Distance to a target, COINr's form; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface DistanceToTargetMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'distance-to-target';
  /** The target value, which maps to 1. */
  readonly target: number;
  /** Cap results at 1, default `true`. */
  readonly cap?: boolean;
}

/**
 * Distance to the best observed value, COINr's `n_dist2max`; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface DistToMaxMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'dist-to-max';
}

/**
 * Distance to a reference value, COINr's `n_dist2ref`; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface DistToRefMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'dist-to-ref';
  /** The reference value (e.g. a leading unit's), which maps to 1. */
  readonly ref: number;
  /** Cap results at 1, default `false` (COINr's `cap_max`). */
  readonly cap?: boolean;
}

/**
 * Share of the maximum, COINr's `n_fracmax`; see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface FracMaxMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'frac-max';
}

/**
 * Ascending ranks instead of values (COINr's `n_rank`); see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface RankMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'rank';
  /**
   * The tie rule, applied to ascending ranks: default `competition` (R's
   * `"min"`: tied units share the lowest rank of their group).
   */
  readonly ties?: TieMethod;
}

/**
 * Borda scores, rank − 1 (COINr's `n_borda`); see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface BordaMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'borda';
  /** The tie rule of the underlying ascending ranks, default `competition` (R's `"min"`). */
  readonly ties?: TieMethod;
}

/**
 * Percentile ranks, (rank − 1) / (n − 1) (COINr's `n_prank`); see {@link NormalizeMethod}.
 *
 * @category KPI
 */
export interface PercentRankMethod extends NormalizeCommon {
  /** Discriminant. */
  readonly method: 'percent-rank';
  /** The tie rule of the underlying ascending ranks, default `competition` (R's `"min"`). */
  readonly ties?: TieMethod;
}

/**
 * How {@link aggregate} combines values (weights wᵢ are relative).
 *
 * - `arithmetic`: Σ wᵢxᵢ / Σ wᵢ (full compensation).
 * - `geometric`: exp(Σ wᵢ ln xᵢ / Σ wᵢ); needs values > 0, as COINr's
 *   `a_gmean`: a 0 (min-max puts one at every indicator's worst unit) would
 *   make the result 0 whatever the other values (COINr issue #47), so it is an
 *   error — normalise to a range above 0, such as `range: [1, 100]`.
 * - `harmonic`: Σ wᵢ / Σ (wᵢ / xᵢ); needs values > 0 (COINr's `a_hmean`).
 * - `generalized-mean`: (Σ wᵢxᵢᵖ / Σ wᵢ)^(1/p), COINr's `a_genmean`, with
 *   `p` (p = 1 arithmetic, −1 harmonic, 2 quadratic; p = 0 is taken as its
 *   limit, the geometric mean, where COINr refuses it). Needs values ≥ 0, and
 *   > 0 when p < 0.
 *
 * @category KPI
 */
export type AggregationMethod = 'arithmetic' | 'geometric' | 'harmonic' | 'generalized-mean';

/**
 * Options for {@link aggregate}.
 *
 * @category KPI
 */
export interface AggregateOptions {
  /** The mean to use; default `arithmetic`. */
  readonly method?: AggregationMethod;
  /** The power of `generalized-mean` (required with it; ignored by the other methods). */
  readonly p?: number;
  /**
   * What to do with `null` values: `'error'` (default) throws; `'reweight'`
   * leaves them out and shares their weight among the others.
   */
  readonly missing?: 'error' | 'reweight';
  /**
   * With `missing: 'reweight'`: the least coverage that must be present, from
   * 0 to 1 (default 0, any value will do). Below it the result is `null`.
   */
  readonly minCoverage?: number;
  /**
   * How coverage is measured: `'weight'` (default), the present share of the
   * total weight; `'count'`, the present share of the values, as COINr's
   * `dat_thresh` (values of weight 0 count too).
   */
  readonly coverage?: 'weight' | 'count';
}

/**
 * How a framework node combines its children: {@link AggregateOptions}, or
 * `method: 'copeland'`, which needs every unit at once: the Copeland score
 * (COINr's `a_copeland`) — for each other unit, +1 if the unit outranks it (the
 * weight of the children where it is higher, plus half where they tie, is
 * above one half), −1 if it is outranked, 0 on an even split. Scores run from
 * −(n − 1) to n − 1. COINr compares over every child; vn-dx compares each
 * pair over the children both have (weights shared among those), so that with
 * missing values the result does not depend on the order of the units as
 * COINr's does; with complete data the two agree.
 *
 * @category KPI
 */
export interface NodeAggregateOptions extends Omit<AggregateOptions, 'method'> {
  /** A mean of {@link AggregationMethod}, or `'copeland'`. */
  readonly method?: AggregationMethod | 'copeland';
}

/**
 * Options of outlier treatment (`treatOutliers`, and a framework leaf's
 * `treat`), with COINr's `Treat` defaults.
 *
 * @category Analysis
 */
export interface TreatOptions {
  /** At most this many points are winsorised (default 5, COINr's `winmax`); 0 skips winsorising. */
  readonly winMax?: number;
  /** |skew| above this (default 2) … */
  readonly skewThreshold?: number;
  /** … and excess kurtosis above this (default 3.5) mark an indicator for treatment. */
  readonly kurtosisThreshold?: number;
  /**
   * When winsorising does not bring the indicator within the thresholds: the
   * original values are transformed instead. `'log-ct'` (default):
   * ln(x − min + 0.01 (max − min)), COINr's `log_CT`; `'boxcox'`: Box-Cox
   * with `lambda`; `'none'` keeps the winsorised values.
   */
  readonly fallback?: 'log-ct' | 'boxcox' | 'none';
  /** The Box-Cox power (default 0.5): ((x′)^λ − 1) / λ, ln x′ when λ = 0. */
  readonly lambda?: number;
  /**
   * Box-Cox only: shift the values to start at 1 first, x′ = x − min + 1
   * (default `true`, COINr's `makepos`); with `false`, non-positive values are an error.
   */
  readonly shift?: boolean;
}
