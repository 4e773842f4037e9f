import type { CompositeData } from '../composite/composite-types.js';
import { DxError } from '../errors.js';
import { finiteNumber, numberBetween, positiveNumber, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { knownKeysRenamed } from '../internal/renamed.js';
import {
  mean,
  presentValues,
  sampleSd,
  skewAndKurtosis,
  sortedSummary,
} from '../stats/statistics.js';
import { readTable } from './indicator-table.js';

/**
 * A flag of {@link indicatorStats}: `low-availability` (present share below
 * `availability`), `low-non-zero` and `low-unique` (non-zero or distinct values
 * below their share of the units), `outlier` (|skew| above `skew` and
 * kurtosis above `kurtosis`).
 *
 * @category Analysis
 */
export type IndicatorFlag = 'low-availability' | 'low-non-zero' | 'low-unique' | 'outlier';

/**
 * One indicator's statistics (COINr's `get_stats` columns). A statistic that
 * is undefined for the data is `null`: min to median with no value, `sd` with
 * fewer than 2, `skew` with fewer than 3, `kurtosis` with fewer than 4 (skew
 * and kurtosis also when every value is equal).
 *
 * @category Analysis
 */
export interface IndicatorStats {
  /** The indicator. */
  readonly id: string;
  /** Present values (COINr `N.Avail`). */
  readonly n: number;
  /** Present share of the units (COINr `Frc.Avail`). */
  readonly availability: number;
  /** Smallest present value. */
  readonly min: number | null;
  /** Largest present value. */
  readonly max: number | null;
  /** Mean of the present values. */
  readonly mean: number | null;
  /** Median of the present values. */
  readonly median: number | null;
  /** Sample standard deviation (n − 1). */
  readonly sd: number | null;
  /** Sample skewness (COINr's `skew`, e1071 type 2). */
  readonly skew: number | null;
  /** Excess kurtosis (COINr's `kurt`, e1071 type 2). */
  readonly kurtosis: number | null;
  /** Present values other than 0 (COINr `N.NonZero`). */
  readonly nonZero: number;
  /** Distinct present values (COINr `N.Unique`). */
  readonly unique: number;
  /** The largest number of present values that are equal (COINr `N.Same`). */
  readonly same: number;
  /** What needs a look; empty when nothing does. */
  readonly flags: readonly IndicatorFlag[];
}

/**
 * Thresholds of {@link indicatorStats}, COINr's `get_stats` defaults.
 *
 * @category Analysis
 */
export interface IndicatorStatsOptions {
  /** The indicators, in order; default every indicator of the data. */
  readonly indicators?: readonly string[];
  /** Flag availability below this share (default 0.65, COINr's `t_avail`). */
  readonly availability?: number;
  /** Flag fewer non-zero values than this share of the units (default 0.5, `t_zero`). */
  readonly nonZero?: number;
  /** Flag fewer distinct values than this share of the units (default 0.5, `t_unq`). */
  readonly unique?: number;
  /** Flag as outlier above this |skew| … (default 2, `t_skew`) */
  readonly skew?: number;
  /** … and this kurtosis (default 3.5, `t_kurt`). */
  readonly kurtosis?: number;
}

/** The options {@link indicatorStats} takes, to refuse any other (a misspelt one would be ignored). */
export const INDICATOR_STATS_OPTIONS = [
  'indicators',
  'availability',
  'nonZero',
  'unique',
  'skew',
  'kurtosis',
] as const satisfies readonly (keyof IndicatorStatsOptions)[];

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * Describes each indicator as COINr's `get_stats` does, with its flags: the
 * first look at data before building an index (which indicators are sparse,
 * mostly zero, nearly constant, or skewed by outliers that call for
 * {@link treatOutliers}). Follows COINr 1.1.14's code, which flags non-zero and
 * distinct values against the number of units (not of present values).
 *
 * @param data - unit → indicator → value, a `Map`, or columns (as {@link compositeIndex}).
 * @param options - `indicators` and the flag thresholds.
 * @returns one entry per indicator, in order.
 * @throws {@link DxError} `EMPTY_INPUT` for data without units; `UNKNOWN_ID`
 *   for an id not in the data; `INVALID_NUMBER` for a value that is not a
 *   finite number or null, or a threshold that is not a number (skew and
 *   kurtosis thresholds must be finite, skew's > 0); `INVALID_ARGUMENT` for
 *   malformed data, a share outside 0–1 or an unknown option; `LENGTH_MISMATCH` for a column
 *   whose length is not the number of units.
 *
 * @example
 * ```ts
 * import { indicatorStats } from 'vn-dx';
 *
 * const [online] = indicatorStats({
 *   '01': { online: 90 },
 *   '79': { online: 80 },
 *   '48': { online: 70 },
 *   '31': { online: null },
 * });
 * online?.availability; // 0.75
 * online?.mean; // 80
 * online?.sd; // 10
 * online?.flags; // []
 * ```
 *
 * @category Analysis
 */
export function indicatorStats(
  data: CompositeData,
  options: IndicatorStatsOptions = {},
): IndicatorStats[] {
  record(options, 'options', 'an object like { availability: 0.65 }');
  knownKeysRenamed(options, INDICATOR_STATS_OPTIONS, 'options');
  const tAvailability = numberBetween(options.availability ?? 0.65, 0, 1, 'options.availability');
  const tNonZero = numberBetween(options.nonZero ?? 0.5, 0, 1, 'options.nonZero');
  const tUnique = numberBetween(options.unique ?? 0.5, 0, 1, 'options.unique');
  const tSkew = positiveNumber(options.skew ?? 2, 'options.skew');
  const tKurtosis = finiteNumber(options.kurtosis ?? 3.5, 'options.kurtosis');
  const { units, indicators, columns } = readTable(data, options.indicators);
  if (units.length === 0) raise('EMPTY_INPUT', 'data', 'expected at least one unit, got none');
  const total = units.length;
  return indicators.map((id, k) => {
    const column = columns[k] as Float64Array;
    const values = presentValues(column);
    const n = values.length;
    const { sorted, median, unique, same } = sortedSummary(values);
    let nonZero = 0;
    for (let i = 0; i < n; i++) if (values[i] !== 0) nonZero++;
    const min = n === 0 ? Number.NaN : (sorted[0] as number);
    const max = n === 0 ? Number.NaN : (sorted[n - 1] as number);
    const [skew, kurt] = skewAndKurtosis(values);
    const flags: IndicatorFlag[] = [];
    if (n / total < tAvailability) flags.push('low-availability');
    if (nonZero / total < tNonZero) flags.push('low-non-zero');
    if (unique / total < tUnique) flags.push('low-unique');
    if (Math.abs(skew) > tSkew && kurt > tKurtosis) flags.push('outlier');
    return {
      id,
      n,
      availability: n / total,
      min: orNull(min),
      max: orNull(max),
      mean: orNull(mean(values)),
      median: orNull(median),
      sd: orNull(sampleSd(values)),
      skew: orNull(skew),
      kurtosis: orNull(kurt),
      nonZero,
      unique,
      same,
      flags,
    };
  });
}
