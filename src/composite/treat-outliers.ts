import { DxError } from '../errors.js';
import {
  finiteNumber,
  integerBetween,
  knownKeys,
  oneOf,
  positiveNumber,
  record,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed } from '../internal/renamed.js';
import type { TreatOptions } from '../model/framework-node.js';
import { skewAndKurtosis } from '../stats/statistics.js';
import { extent, fromColumn, toColumn } from './column.js';

/**
 * What {@link treatOutliers} did to one indicator.
 *
 * @category Analysis
 */
export interface OutlierTreatment {
  /** The treated values, aligned with the input; `null` stays `null`. */
  readonly values: (number | null)[];
  /**
   * `'none'` (within the thresholds, or too few values to tell), `'winsorise'`,
   * or the fallback applied to the original values (`'log-ct'`, `'boxcox'`).
   */
  readonly method: 'none' | 'winsorise' | 'log-ct' | 'boxcox';
  /** How many points were winsorised (COINr's `nwin`; 0 unless `method` is `'winsorise'`). */
  readonly winsorised: number;
  /** Sample skew before and after (COINr's `skew`); `null` where undefined (< 3 values, or all equal). */
  readonly skew: readonly [number | null, number | null];
  /** Excess kurtosis before and after (COINr's `kurt`); `null` where undefined (< 4 values, or all equal). */
  readonly kurtosis: readonly [number | null, number | null];
  /** Whether the returned values pass COINr's check: |skew| < t or kurtosis < t (or either is undefined). */
  readonly passed: boolean;
}

/** Treatment options checked, with COINr's defaults. */
export interface TreatSettings {
  readonly winMax: number;
  readonly skewThreshold: number;
  readonly kurtosisThreshold: number;
  readonly fallback: 'log-ct' | 'boxcox' | 'none';
  readonly lambda: number;
  readonly shift: boolean;
}

/** The options a treatment takes, to refuse any other (a misspelt one would be ignored). */
export const TREAT_OPTIONS = [
  'winMax',
  'skewThreshold',
  'kurtosisThreshold',
  'fallback',
  'lambda',
  'shift',
] as const satisfies readonly (keyof TreatOptions)[];

/** Checks treatment options (`true` means the defaults), filling in COINr's defaults. */
export function treatSettings(
  options: TreatOptions | boolean | undefined,
  where = 'options',
): TreatSettings {
  const given =
    options === undefined || options === true
      ? {}
      : record(options, where, 'an object like { winMax: 5 }');
  knownKeys(given, TREAT_OPTIONS, where);
  return {
    winMax: integerBetween(given.winMax ?? 5, 0, Number.MAX_SAFE_INTEGER, `${where}.winMax`),
    skewThreshold: positiveNumber(given.skewThreshold ?? 2, `${where}.skewThreshold`),
    kurtosisThreshold: finiteNumber(given.kurtosisThreshold ?? 3.5, `${where}.kurtosisThreshold`),
    fallback: oneOfRenamed(
      given.fallback ?? 'log-ct',
      ['log-ct', 'boxcox', 'none'] as const,
      `${where}.fallback`,
    ),
    lambda: finiteNumber(given.lambda ?? 0.5, `${where}.lambda`),
    shift: oneOf(given.shift ?? true, [true, false] as const, `${where}.shift`),
  };
}

/**
 * COINr's `check_SkewKurt`: an indicator passes when |skew| < t_skew or
 * kurtosis < t_kurt. Where either is undefined COINr's test is NA and `Treat`
 * leaves the indicator alone; vn-dx counts that as passing.
 */
function passes(skew: number, kurt: number, settings: TreatSettings): boolean {
  if (Number.isNaN(skew) || Number.isNaN(kurt)) {
    // NA | TRUE is TRUE in R: a defined statistic below its threshold still passes.
    return true;
  }
  return Math.abs(skew) < settings.skewThreshold || kurt < settings.kurtosisThreshold;
}

/**
 * COINr's `winsorise`: while the column fails and fewer than `winMax` points
 * are winsorised, the points at the maximum (skew ≥ 0) or minimum (skew < 0)
 * take the next value in. Returns the count COINr reports: the points at the
 * last winsorised maximum plus those at the last minimum.
 */
function winsorise(column: Float64Array, settings: TreatSettings): number {
  let high = 0;
  let low = 0;
  let [skew, kurt] = skewAndKurtosis(column);
  while (!passes(skew, kurt, settings) && high + low < settings.winMax) {
    const upper = skew >= 0;
    const [min, max] = extent(column);
    const extreme = upper ? max : min;
    let next = upper ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    let count = 0;
    // Stryker disable next-line EqualityOperator: one past the end reads undefined, which is neither the extreme nor a next value.
    for (let i = 0; i < column.length; i++) {
      const x = column[i] as number;
      if (x === extreme) count++;
      else if (upper ? x > next : x < next) next = x;
    }
    // Stryker disable next-line EqualityOperator: one past the end reads undefined, never the extreme.
    for (let i = 0; i < column.length; i++) if (column[i] === extreme) column[i] = next;
    if (upper) high = count;
    else low = count;
    [skew, kurt] = skewAndKurtosis(column);
  }
  return high + low;
}

/** COINr's `log_CT`: ln(x − min + 0.01 (max − min)), or Box-Cox, on the original values. */
function transform(column: Float64Array, settings: TreatSettings): void {
  const [min, max] = extent(column);
  if (settings.fallback === 'log-ct') {
    const offset = 0.01 * (max - min);
    // Stryker disable next-line EqualityOperator: one past the end writes to no index of the typed column.
    for (let i = 0; i < column.length; i++)
      column[i] = Math.log((column[i] as number) - min + offset);
    return;
  }
  const { lambda, shift } = settings;
  // Stryker disable next-line EqualityOperator: one past the end writes to no index of the typed column.
  for (let i = 0; i < column.length; i++) {
    const x = shift ? (column[i] as number) - min + 1 : (column[i] as number);
    column[i] = lambda === 0 ? Math.log(x) : (x ** lambda - 1) / lambda;
  }
}

/** Box-Cox without the shift is defined for positive values only: checked before any work. */
function checkBoxCox(column: Float64Array, settings: TreatSettings, where: string): void {
  if (settings.fallback !== 'boxcox' || settings.shift) return;
  column.forEach((x, i) => {
    if (x <= 0)
      raise(
        'INVALID_ARGUMENT',
        '',
        `${where}[${i}] is ${x}; Box-Cox without shift needs values > 0. Leave shift on (x − min + 1, as COINr) or choose fallback: 'log-ct'`,
      );
  });
}

/**
 * {@link treatOutliers} on a typed column in place (NaN marks missing), for
 * callers that checked their options: the engine behind it and the `treat` of
 * a framework leaf.
 */
export function treatColumn(
  column: Float64Array,
  settings: TreatSettings,
  where = 'values',
): Omit<OutlierTreatment, 'values'> {
  checkBoxCox(column, settings, where);
  // The statistics skip missing values; the treatment works on the present ones.
  let count = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) count++;
  const present = new Uint32Array(count);
  const values = new Float64Array(count);
  // Stryker disable next-line EqualityOperator: one past the end reads undefined, which is not NaN, and writes past the end of both typed arrays.
  for (let i = 0, k = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    present[k] = i;
    values[k++] = x;
  }
  const [skew0, kurt0] = skewAndKurtosis(values);
  const result = (method: OutlierTreatment['method'], winsorised: number) => {
    // Stryker disable next-line EqualityOperator: one past the end writes to no index of the typed column.
    for (let k = 0; k < count; k++) column[present[k] as number] = values[k] as number;
    // Stryker disable next-line ConditionalExpression,StringLiteral: values left as they were give the same statistics again.
    const [skew1, kurt1] = method === 'none' ? [skew0, kurt0] : skewAndKurtosis(values);
    const orNull = (x: number) => (Number.isNaN(x) ? null : x);
    return {
      method,
      winsorised,
      skew: [orNull(skew0), orNull(skew1)] as const,
      kurtosis: [orNull(kurt0), orNull(kurt1)] as const,
      passed: passes(skew1, kurt1, settings),
    };
  };
  // Stryker disable next-line ConditionalExpression: data that pass are not winsorised (the loop checks first) and keep method 'none'.
  if (passes(skew0, kurt0, settings)) return result('none', 0);
  const original = values.slice();
  const winsorised = winsorise(values, settings);
  const [skew1, kurt1] = skewAndKurtosis(values);
  if (passes(skew1, kurt1, settings) || settings.fallback === 'none')
    return result(winsorised > 0 ? 'winsorise' : 'none', winsorised);
  // COINr (combine_treat = FALSE) applies the fallback to the original values.
  values.set(original);
  transform(values, settings);
  return result(settings.fallback, 0);
}

/**
 * Treats outliers in one indicator with COINr's `Treat` rule (its defaults):
 * an indicator needs treatment when its sample skew is at least 2 in absolute
 * value **and** its excess kurtosis at least 3.5 (COINr passes |skew| < 2 or
 * kurtosis < 3.5) (both e1071 type 2, as COINr's `skew`
 * and `kurt`); it is then winsorised — the most extreme points on the skewed
 * side take the next value in, until it passes or `winMax` (5) points are
 * winsorised; if it still fails, the original values are transformed instead
 * with `log_CT`, ln(x − min + 0.01 (max − min)), or Box-Cox. Missing values
 * stay missing and do not count. Follows COINr 1.1.14's code: the winsorised
 * count is the points at the last winsorised extreme (ties are winsorised
 * together, so it can pass `winMax`), and `log_CT` is applied whatever the
 * direction of the skew.
 *
 * @param values - one indicator across units, `null` for missing.
 * @param options - `winMax`, `skewThreshold`, `kurtosisThreshold`, `fallback`, `lambda`, `shift`.
 * @returns the treated values and what was done; with fewer than 4 values (or all equal) the
 *   kurtosis is undefined and the values come back untreated, as COINr leaves them.
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinite values or a threshold that is
 *   not a finite number (`skewThreshold` must be > 0); `INVALID_ARGUMENT` for a non-array,
 *   a bad or unknown option (`winMax` not an integer ≥ 0, an unknown `fallback`), or values ≤ 0 with
 *   `fallback: 'boxcox'` and `shift: false`.
 *
 * @example
 * ```ts
 * import { treatOutliers } from 'vn-dx';
 *
 * const result = treatOutliers([1, 2, 2, 3, 3, 3, 4, 4, 5, 100]);
 * result.method; // 'winsorise'
 * result.winsorised; // 1
 * result.values.at(-1); // 5
 * treatOutliers([1, 2, 3]).method; // 'none'
 * ```
 *
 * @category Analysis
 */
export function treatOutliers(
  values: ArrayLike<number | null | undefined>,
  options?: TreatOptions,
): OutlierTreatment {
  const settings = treatSettings(options);
  const column = toColumn(values);
  const report = treatColumn(column, settings);
  return { values: fromColumn(column), ...report };
}
