import {
  COMPOSITE_OPTIONS,
  type CompositeData,
  type CompositeOptions,
} from '../composite/composite-types.js';
import { DxError } from '../errors.js';
import { integerBetween, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import {
  medianSorted,
  quantileSorted,
  selectQuantilePositions,
  sortWholeRanks,
} from '../stats/quantile.js';
import { type Random, seededRandom } from '../stats/random.js';
import { drawNoisyWeights, type WeightNoiseSpec, type WeightSet } from './noisy-weights.js';
import { prepare, type Replicator } from './replicate.js';
import { readWeightOption } from './replicate-plan.js';
import type { UncertainInput } from './uncertain-input.js';

/**
 * Options for {@link uncertainty}: those of `compositeIndex` (which give the
 * nominal result) and the uncertain inputs.
 *
 * @category Analysis
 */
export interface UncertaintyOptions extends CompositeOptions {
  /**
   * The weights of each replication: weight sets (node id → weight; a node
   * left out keeps its framework weight), used in the order given, one per
   * replication; or `{ noise }`, drawn as {@link noisyWeights} draws them.
   * Default: the framework's weights in every replication.
   */
  readonly weights?: readonly WeightSet[] | WeightNoiseSpec;
  /** Discrete alternatives, one drawn per input and replication; see {@link UncertainInput}. */
  readonly alternatives?: readonly UncertainInput[];
  /** How many replications (≥ 1); default the number of explicit weight sets. */
  readonly replications?: number;
  /** The seed of the draws (noise or alternatives): default {@link DEFAULT_SEED}. */
  readonly seed?: number;
}

/** The options {@link uncertainty} takes, to refuse any other (a misspelt one would be ignored). */
export const UNCERTAINTY_OPTIONS = [
  ...COMPOSITE_OPTIONS,
  'weights',
  'alternatives',
  'replications',
  'seed',
] as const satisfies readonly (keyof UncertaintyOptions)[];

/**
 * Statistics of one quantity over the replications; `null` when no
 * replication gave a value.
 *
 * @category Analysis
 */
export interface ReplicationStats {
  /** The value with the framework as given. */
  readonly nominal: number | null;
  /** The mean over the replications. */
  readonly mean: number | null;
  /** The median (R's `median`). */
  readonly median: number | null;
  /** The 5th percentile (R's quantile type 7). */
  readonly q05: number | null;
  /** The 95th percentile (R's quantile type 7). */
  readonly q95: number | null;
}

/**
 * One unit's result of {@link uncertainty}: its rank statistics (COINr's
 * `RankStats`), and its score's under `score`.
 *
 * @category Analysis
 */
export interface UnitUncertainty extends ReplicationStats {
  /** The unit. */
  readonly unit: string;
  /** The same statistics of the unit's score. */
  readonly score: ReplicationStats;
}

/**
 * The result of {@link uncertainty}.
 *
 * @category Analysis
 */
export interface UncertaintyResult {
  /** One entry per unit, in the data's order. */
  readonly units: readonly UnitUncertainty[];
  /** How many replications ran. */
  readonly replications: number;
  /**
   * Per replication, the mean over units of |rank − nominal rank| (COINr's
   * sensitivity target); `null` for a replication with no comparable unit.
   */
  readonly rankShifts: readonly (number | null)[];
  /** The mean of `rankShifts`: how far, on average, a unit moves from its nominal place. */
  readonly meanAbsoluteRankShift: number | null;
}

/** Draws what a replication needs: the choice of each input, and the weights. */
export type Draw = (r: number, choice: Int32Array, weights: Float64Array) => void;

/** Checks the weight and replication options and returns the per-replication draw. */
export function planDraws(
  replicator: Replicator,
  options: UncertaintyOptions,
): { replications: number; draw: Draw } {
  const { tree, inputs } = replicator;
  const m = tree.nodes.length;
  const weighting = readWeightOption(tree, options.weights);
  const explicit = weighting && 'sets' in weighting ? weighting.sets : undefined;
  const count = weighting && 'sets' in weighting ? weighting.count : undefined;
  const noise = weighting && 'noise' in weighting ? weighting.noise : undefined;
  const replications =
    options.replications === undefined
      ? count
      : integerBetween(options.replications, 1, Number.MAX_SAFE_INTEGER, 'options.replications');
  if (replications === undefined)
    raise('INVALID_ARGUMENT', 'options.replications', 'expected an integer ≥ 1, got undefined');
  if (count !== undefined && replications !== count)
    raise(
      'LENGTH_MISMATCH',
      'options.replications',
      `expected ${count}, one per weight set, got ${replications}`,
    );
  const drawn = noise !== undefined || inputs.length > 0;
  // The seed is checked whether or not anything is drawn: a bad one is refused, never ignored.
  const seeded = seededRandom(options.seed);
  const random: Random | undefined = drawn ? seeded : undefined;
  const sizes = inputs.map((input) => input.choices.length);
  const draw: Draw = (r, choice, weights) => {
    // The choices first, input by input, then the noisy weights: one stream, in that order.
    for (let i = 0; i < sizes.length; i++)
      choice[i] = Math.floor((random as Random)() * (sizes[i] as number));
    if (explicit) weights.set(explicit.subarray(r * m, (r + 1) * m));
    else if (noise) drawNoisyWeights(tree, noise, random as Random, weights);
    else weights.set(replicator.nominalWeights);
  };
  return { replications, draw };
}

/**
 * Mean, median and 5th/95th percentiles of the non-NaN values in `values`, which it reorders:
 * ranks are sorted by counting when `counts` is given and there are at least as many values as
 * counts (measured: 15 % of a 10,000-replication analysis), other values only partly, by
 * selecting the order statistics the percentiles read.
 */
function stats(nominal: number, values: Float64Array, counts?: Uint32Array): ReplicationStats {
  let present = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    values[present++] = v;
    sum += v;
  }
  const sorted = values.subarray(0, present);
  if (present === 0)
    return {
      nominal: Number.isNaN(nominal) ? null : nominal,
      mean: null,
      median: null,
      q05: null,
      q95: null,
    };
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: speed only; counting and selection put the same order statistics in place (both tested).
  if (!(counts && counts.length <= present && sortWholeRanks(sorted, counts.length - 1, counts)))
    selectQuantilePositions(sorted);
  return {
    nominal: Number.isNaN(nominal) ? null : nominal,
    mean: sum / present,
    median: medianSorted(sorted),
    q05: quantileSorted(sorted, 0.05),
    q95: quantileSorted(sorted, 0.95),
  };
}

/** Runs every replication; returns each unit's ranks and scores, replication by replication. */
export function runReplications(
  replicator: Replicator,
  replications: number,
  draw: Draw,
): { ranks: Float64Array; scores: Float64Array; shifts: Float64Array } {
  const n = replicator.units.length;
  const ranks = new Float64Array(replications * n);
  const scores = new Float64Array(replications * n);
  const shifts = new Float64Array(replications);
  const choice = new Int32Array(replicator.inputs.length);
  const weights = new Float64Array(replicator.tree.nodes.length);
  const rowScores = new Float64Array(n);
  const rowRanks = new Float64Array(n);
  const nominal = replicator.nominalRanks;
  for (let r = 0; r < replications; r++) {
    draw(r, choice, weights);
    replicator.run(choice, weights, rowScores, rowRanks);
    scores.set(rowScores, r * n);
    ranks.set(rowRanks, r * n);
    shifts[r] = meanShift(rowRanks, nominal);
  }
  return { ranks, scores, shifts };
}

/** The mean |rank − nominal| over units with both (NaN when none has). */
export function meanShift(ranks: Float64Array, nominal: Float64Array): number {
  let sum = 0;
  let count = 0;
  // A plain loop: this runs once per replication (measured: forEach costs about 10 % of a
  // 10,000-replication analysis).
  // Stryker disable next-line EqualityOperator: one step past the end of a typed array reads undefined, whose difference is NaN and skipped.
  for (let u = 0; u < ranks.length; u++) {
    const d = Math.abs((ranks[u] as number) - (nominal[u] as number));
    if (Number.isNaN(d)) continue;
    sum += d;
    count++;
  }
  return sum / count; // 0 / 0 = NaN when no unit has both
}

/**
 * Uncertainty analysis of a composite index: recomputes the index many times,
 * each replication with its own weights (given, or noisy) and one drawn
 * alternative per uncertain input (normalisation, aggregation, leaf settings
 * such as outlier treatment, imputation), and reports how each unit's rank
 * and score vary: nominal, mean, median, 5th and 95th percentile (COINr's
 * `get_sensitivity(SA_type = "UA")` and its `RankStats`), plus the mean
 * absolute rank shift from the nominal ranking.
 *
 * Follows COINr: the nominal result is the index as the framework and
 * options give it; ranks are competition ranks (COINr's `ties.method =
 * "min"`) unless `ties` says otherwise; statistics skip missing values
 * (`na.rm`); percentiles are R's type 7. Explicit weight sets are used in the
 * order given, one per replication, so a run can replay another tool's draws:
 * given the weight sets COINr's UA used, the ranks and their statistics equal
 * COINr's exactly, and scores agree to about 1e-15 (R sums in extended
 * precision). Differs from COINr: a discrete choice is drawn as
 * ⌊u·k⌋ of k alternatives (COINr cuts the sample's own range into k bins), and
 * draws come from one seeded stream, each replication's choices first, then
 * its noisy weights.
 *
 * Fast: each data-stage alternative is normalised once, up front; a
 * replication re-aggregates only the nodes above the leaves, in preallocated
 * typed buffers. Everything is checked before the first replication runs.
 *
 * @param data - as for `compositeIndex`.
 * @param framework - the tree with its nominal weights and settings.
 * @param options - the `compositeIndex` options, and `weights`,
 *   `alternatives`, `replications`, `seed` (default {@link DEFAULT_SEED}).
 * @returns per unit the rank and score statistics, and the rank shifts.
 * @throws {@link DxError} as `compositeIndex` for the data, framework and
 *   options (for every alternative); `INVALID_ARGUMENT` for an unknown option
 *   (at any depth), a noise factor
 *   outside [0, 1), a level that the framework lacks, fewer than one
 *   replication, a seed that is not an integer from −2³¹ to 2³¹ − 1, an
 *   alternative on a node it cannot apply to (a normalisation on a node with
 *   children, an aggregation on a leaf), or children that all weigh 0 in a
 *   weight set; `UNKNOWN_ID` for a weight set or alternative naming a node the
 *   framework lacks; `INVALID_NUMBER` for a weight that is not a finite number
 *   ≥ 0; `LENGTH_MISMATCH` when `replications` differs from the number of
 *   weight sets; `EMPTY_INPUT` for no weight sets or no choices.
 *
 * @example
 * ```ts
 * import { uncertainty } from 'vn-dx';
 *
 * const data = { A: { x: 0.9, y: 0.2 }, B: { x: 0.5, y: 0.5 }, C: { x: 0.1, y: 0.8 } };
 * const framework = { id: 'index', children: ['x', 'y'] };
 * const result = uncertainty(data, framework, { weights: [{ x: 3 }, { y: 3 }] });
 * result.units.map((u) => [u.unit, u.nominal, u.median]); // [['A', 1, 2], ['B', 2, 2], ['C', 3, 2]]
 * result.rankShifts; // [0, 1.3333333333333333]
 * result.meanAbsoluteRankShift; // 0.6666666666666666
 * ```
 *
 * @category Analysis
 */
export function uncertainty(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: UncertaintyOptions,
): UncertaintyResult {
  knownKeys(
    record(options, 'options', '{ weights, alternatives, replications, seed }'),
    UNCERTAINTY_OPTIONS,
    'options',
  );
  const replicator = prepare(data, framework, options);
  const { replications, draw } = planDraws(replicator, options);
  const { ranks, scores, shifts } = runReplications(replicator, replications, draw);
  const n = replicator.units.length;
  const column = new Float64Array(replications);
  const counts = new Uint32Array(n + 1);
  const gather = (store: Float64Array, u: number): Float64Array => {
    // Stryker disable next-line EqualityOperator: one step past the end of a typed array writes nothing.
    for (let r = 0; r < replications; r++) column[r] = store[r * n + u] as number;
    return column;
  };
  const units = replicator.units.map((unit, u) => ({
    unit,
    ...stats(replicator.nominalRanks[u] as number, gather(ranks, u), counts),
    score: stats(replicator.nominalScores[u] as number, gather(scores, u)),
  }));
  const rankShifts = Array.from(shifts, (s) => (Number.isNaN(s) ? null : s));
  const overall = stats(Number.NaN, Float64Array.from(shifts));
  return { units, replications, rankShifts, meanAbsoluteRankShift: overall.mean };
}
