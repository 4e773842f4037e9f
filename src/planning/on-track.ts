import { DxError } from '../errors.js';
import { type CheckedPoint, datedPoint, yearsBetween } from '../internal/dates.js';
import { arrayLike, knownKeys, numberBetween, oneOf } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { DatedValue } from '../kpi/trend.js';
import { requiredGrowthRate } from '../kpi/trend.js';
import type { Direction } from '../model/direction.js';
import { leastSquares } from '../stats/least-squares.js';
import { readDirection, readOptions } from './planning-support.js';

/**
 * The verdict of {@link onTrack}, after Eurostat's SDG progress categories:
 *
 * | verdict | Eurostat | when |
 * | --- | --- | --- |
 * | `met` | target met | the latest value already meets the target |
 * | `on-track` | significant progress | actual rate ≥ 95 % of the required rate |
 * | `moderate` | moderate progress | from 60 % to 95 % |
 * | `insufficient` | insufficient progress | from 0 to 60 % |
 * | `moving-away` | movement away from the target | below 0: moving the wrong way |
 *
 * @category Planning
 */
export type OnTrackVerdict = 'met' | 'on-track' | 'moderate' | 'insufficient' | 'moving-away';

/**
 * Options for {@link onTrack}.
 *
 * @category Planning
 */
export interface OnTrackOptions {
  /** Which way is better; default `'higher-is-better'` (`'lower-is-better'` for ranks, processing times). */
  readonly direction?: Direction;
  /**
   * How growth is measured, for both rates:
   * - `'compound'` (default, Eurostat): the compound annual growth rate (CAGR)
   *   from the first to the last observation, against the CAGR still needed
   *   from the last observation to the target. Needs values > 0.
   * - `'linear'` (COINr's `prc_change`): the least-squares slope over all
   *   observations (with two, the line through them), against the slope still
   *   needed; both are reported as a share of the fitted value at the first
   *   date, per year, as COINr does.
   */
  readonly trend?: 'compound' | 'linear';
  /**
   * The ratio actual / required from which the verdict is `'on-track'` and
   * `moderate`: default `{ onTrack: 0.95, moderate: 0.6 }` (Eurostat). Below
   * `moderate` and from 0 it is `insufficient`; below 0 `moving-away`.
   */
  readonly thresholds?: {
    /** The least ratio for `'on-track'` (default 0.95). */
    readonly onTrack?: number;
    /** The least ratio for `moderate` (default 0.6), at most `onTrack`. */
    readonly moderate?: number;
  };
}

/** The options {@link onTrack} takes, to refuse any other (a misspelt one would be ignored). */
export const ON_TRACK_OPTIONS = [
  'direction',
  'trend',
  'thresholds',
] as const satisfies readonly (keyof OnTrackOptions)[];

/**
 * What {@link onTrack} found.
 *
 * @category Planning
 */
export interface OnTrackResult {
  /** The verdict; see {@link OnTrackVerdict}. */
  readonly verdict: OnTrackVerdict;
  /** The growth observed, per year (0.1 is 10 % a year). */
  readonly actualRate: number;
  /** The growth per year still needed from the latest value to meet the target by its date; `null` once met. */
  readonly requiredRate: number | null;
  /** actualRate / requiredRate, which the thresholds apply to; `null` once met. */
  readonly ratio: number | null;
  /** The latest value carried forward at the observed rate (compound, or the fitted slope) to the target date. */
  readonly projected: number;
  /** Years from the latest observation to the target date. */
  readonly yearsLeft: number;
}

interface Thresholds {
  readonly onTrack: number;
  readonly moderate: number;
}

/** The keys `options.thresholds` takes. */
export const ON_TRACK_THRESHOLDS = [
  'onTrack',
  'moderate',
] as const satisfies readonly (keyof NonNullable<OnTrackOptions['thresholds']>)[];

function readThresholds(value: unknown): Thresholds {
  const given = readOptions(value, '{ onTrack, moderate }', 'options.thresholds');
  knownKeys(given, ON_TRACK_THRESHOLDS, 'options.thresholds');
  const onTrack = numberBetween(
    given.onTrack ?? 0.95,
    0,
    Number.MAX_VALUE,
    'options.thresholds.onTrack',
  );
  const moderate = numberBetween(given.moderate ?? 0.6, 0, onTrack, 'options.thresholds.moderate');
  return { onTrack, moderate };
}

/** Least-squares line of value on years since `origin`: slope per year, and the value at the origin. */
function fitLine(points: readonly CheckedPoint[], origin: Date): { slope: number; start: number } {
  const line = leastSquares(
    points.map((p) => yearsBetween(origin, p.date)),
    points.map((p) => p.value),
  );
  return { slope: line.slope, start: line.intercept };
}

function verdictOf(ratio: number, thresholds: Thresholds): OnTrackVerdict {
  if (ratio >= thresholds.onTrack) return 'on-track';
  if (ratio >= thresholds.moderate) return 'moderate';
  return ratio >= 0 ? 'insufficient' : 'moving-away';
}

/**
 * Whether an indicator is on track to meet a target by its date: the growth
 * observed so far against the growth still needed, with Eurostat's SDG
 * progress categories (significant, moderate, insufficient progress,
 * movement away). The latest value already meeting the target is `met`.
 *
 * The model is Eurostat's method for indicators with quantitative targets
 * ("Sustainable development in the European Union", monitoring reports,
 * methodological annex): the ratio of the actual to the required compound
 * annual growth rate, classed at 95 %, 60 % and 0. vn-dx deliberately
 * differs in one point: the required rate runs from the *latest* value to
 * the target (what is still needed), not from the start of the series, so
 * a unit that fell behind needs more. `trend: 'linear'` measures growth
 * as COINr's `prc_change` does (bluefoxr/COINr, R/trends.R): a
 * least-squares slope divided by the fitted first value.
 *
 * Direction-aware: for a lower-is-better indicator both rates are negative
 * when it improves, and the ratio (their quotient) is positive.
 *
 * @param series - at least two observations `{ date, value }` on different dates, in any order.
 * @param target - the target value and its date `{ date, value }`.
 * @param options - `direction`, `trend` (`'compound'` or `'linear'`) and `thresholds`.
 * @returns the verdict, both rates, their ratio, the value projected to the target date and the years left.
 * @throws {@link DxError} `INVALID_ARGUMENT` for fewer than two observations,
 *   two on one date, a target date not after the latest observation (unless
 *   already met), values ≤ 0 under `trend: 'compound'`, or bad or unknown options;
 *   `INVALID_DATE`, `INVALID_NUMBER` for bad dates and values.
 *
 * @example
 * ```ts
 * import { onTrack } from 'vn-dx';
 *
 * const series = [{ date: '2021-12-31', value: 40 }, { date: '2023-12-31', value: 48.4 }];
 * const result = onTrack(series, { date: '2025-12-31', value: 60 });
 * result.verdict; // 'moderate'
 * Math.round(result.actualRate * 1000) / 1000; // 0.1 (10 % a year)
 * Math.round((result.requiredRate ?? 0) * 1000) / 1000; // 0.113 (so 88 % of the pace needed)
 * // A rank, lower is better: from 25th to 31st, with a top-20 target.
 * onTrack(
 *   [{ date: '2021-12-31', value: 25 }, { date: '2022-12-31', value: 31 }],
 *   { date: '2023-12-31', value: 20 },
 *   { direction: 'lower-is-better' },
 * ).verdict; // 'moving-away'
 * ```
 *
 * @category Planning
 */
export function onTrack(
  series: readonly DatedValue[],
  target: DatedValue,
  options?: OnTrackOptions,
): OnTrackResult {
  const settings = readOptions(options, '{ direction, trend, thresholds }');
  knownKeys(settings, ON_TRACK_OPTIONS, 'options');
  const direction = readDirection(settings.direction);
  const trend = oneOf(
    settings.trend ?? 'compound',
    ['compound', 'linear'] as const,
    'options.trend',
  );
  const thresholds = readThresholds(settings.thresholds);
  const list = arrayLike(series, 'series', 'an array of { date, value }');
  const points = Array.from(list, (p, i) => datedPoint(p, `series[${i}]`)).sort(
    (a, b) => a.date.getTime() - b.date.getTime(),
  );
  if (points.length < 2) {
    raise(
      'INVALID_ARGUMENT',
      'series',
      `expected at least two observations to measure growth, got ${points.length}`,
    );
  }
  points.forEach((p, i) => {
    if (i > 0 && p.day === (points[i - 1] as CheckedPoint).day)
      raise('INVALID_ARGUMENT', 'series', `two observations on ${p.day}; keep one value per date`);
  });
  const goal = datedPoint(target, 'target');
  const first = points[0] as CheckedPoint;
  const latest = points.at(-1) as CheckedPoint;
  const higher = direction === 'higher-is-better';
  if (trend === 'compound') {
    const bad = [...points, goal].find((p) => !(p.value > 0));
    if (bad)
      raise(
        'INVALID_ARGUMENT',
        bad === goal ? 'target' : `series (${bad.day})`,
        `value ${bad.value} has no compound growth rate; use { trend: 'linear' } or values > 0`,
        { expected: 'a value > 0', received: bad.value },
      );
  }
  const yearsLeft = yearsBetween(latest.date, goal.date);
  const line = trend === 'linear' ? fitLine(points, first.date) : undefined;
  if (line && !(line.start > 0)) {
    raise(
      'INVALID_ARGUMENT',
      'series',
      `the fitted trend is ${line.start} at ${first.day}, so growth cannot be read as a share of it; use values that stay above 0`,
    );
  }
  const actualRate = line ? line.slope / line.start : requiredGrowthRate(first, latest);
  const projected = line
    ? latest.value + line.slope * yearsLeft
    : latest.value * (1 + actualRate) ** yearsLeft;
  const met = higher ? latest.value >= goal.value : latest.value <= goal.value;
  if (met)
    return { verdict: 'met', actualRate, requiredRate: null, ratio: null, projected, yearsLeft };
  if (!(yearsLeft > 0)) {
    raise(
      'INVALID_ARGUMENT',
      '',
      `target.date (${goal.day}) is not after the latest observation (${latest.day}), and the target is not met; give a later target date, or check the outcome with evaluateTarget`,
    );
  }
  const requiredSlope = (goal.value - latest.value) / yearsLeft;
  const requiredRate = line ? requiredSlope / line.start : requiredGrowthRate(latest, goal);
  const ratio = line ? line.slope / requiredSlope : actualRate / requiredRate;
  return {
    verdict: verdictOf(ratio, thresholds),
    actualRate,
    requiredRate,
    ratio,
    projected,
    yearsLeft,
  };
}
