import { addMilliseconds } from 'date-fns/addMilliseconds';
import { differenceInMilliseconds } from 'date-fns/differenceInMilliseconds';
import { DxError } from '../errors.js';
import { type DateInput, datedPoint, YEAR_MS, yearsBetween } from '../internal/dates.js';
import { fail, finiteNumber } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { leastSquares } from '../stats/least-squares.js';

/**
 * A dated value: `{ date: '2021-06-30', value: 97 }`.
 *
 * @category KPI
 */
export interface DatedValue {
  /**
   * A `Date`, or an ISO date string (`2021-06-30`). Either is read as its calendar day at
   * local midnight: a `Date`'s time of day is dropped.
   */
  readonly date: DateInput;
  /** The value on that date. */
  readonly value: number;
}

/**
 * The compound annual growth rate that takes a value from one dated point to
 * another: (to / from)^(1 / years) − 1, with years measured between the two
 * calendar days (365.2425-day years; a `Date`'s time of day is dropped, as in
 * every dated function).
 *
 * @param from - the starting point; its value must be > 0.
 * @param to - the end point, later than `from`; its value must be ≥ 0.
 * @returns the annual rate (0.1 is 10 % a year).
 * @throws {@link DxError} `INVALID_ARGUMENT` when `to` is not later than
 *   `from` or the values are out of range; `INVALID_DATE`, `INVALID_NUMBER` for bad input.
 *
 * @example
 * ```ts
 * import { requiredGrowthRate } from 'vn-dx';
 *
 * // From a 10 % digital-economy share in 2021 to 20 % by 2025:
 * const rate = requiredGrowthRate({ date: '2021-12-31', value: 10 }, { date: '2025-12-31', value: 20 });
 * Math.round(rate * 1000) / 1000; // 0.189
 * ```
 *
 * @category KPI
 */
export function requiredGrowthRate(from: DatedValue, to: DatedValue): number {
  const start = datedPoint(from, 'from');
  const end = datedPoint(to, 'to');
  const span = differenceInMilliseconds(end.date, start.date);
  if (span <= 0) raise('INVALID_ARGUMENT', '', 'to.date must be later than from.date');
  if (start.value <= 0)
    raise('INVALID_ARGUMENT', '', `from.value must be > 0 for a growth rate, got ${start.value}`);
  if (end.value < 0)
    raise('INVALID_ARGUMENT', '', `to.value must be ≥ 0 for a growth rate, got ${end.value}`);
  return (end.value / start.value) ** (YEAR_MS / span) - 1;
}

/**
 * When a straight-line trend reaches a target: fits a least-squares line to
 * dated values and returns the date it meets `target`.
 *
 * @param points - at least two dated values on at least two different dates.
 * @param target - the value to reach.
 * @returns the date the fitted line meets the target, or `undefined` when the
 *   line is flat, or meets the target only before the first point (it is
 *   moving away from it, or was already past it: check the latest value).
 * @throws {@link DxError} `EMPTY_INPUT` for fewer than two points;
 *   `INVALID_ARGUMENT` when all points share one date; `INVALID_NUMBER`,
 *   `INVALID_DATE` for bad values or dates.
 *
 * @example
 * ```ts
 * import { projectLinear } from 'vn-dx';
 *
 * const reached = projectLinear(
 *   [{ date: '2021-01-01', value: 40 }, { date: '2022-01-01', value: 50 }, { date: '2023-01-01', value: 60 }],
 *   85,
 * );
 * reached?.getFullYear(); // 2025 (mid-2025: 50 in 2022, then 10 points a year)
 * projectLinear([{ date: '2021-01-01', value: 5 }, { date: '2022-01-01', value: 5 }], 80); // undefined
 * ```
 *
 * @category KPI
 */
export function projectLinear(points: readonly DatedValue[], target: number): Date | undefined {
  if (!Array.isArray(points)) fail('INVALID_ARGUMENT', 'points', 'an array', points);
  if (points.length < 2)
    raise('EMPTY_INPUT', 'points', `need at least two dated values, got ${points.length}`);
  finiteNumber(target, 'target');
  const parsed = points.map((p, i) => datedPoint(p, `points[${i}]`));
  const origin = new Date(
    parsed.reduce((first, p) => Math.min(first, p.date.getTime()), Number.POSITIVE_INFINITY),
  );
  const { slope, meanX, meanY, sxx } = leastSquares(
    parsed.map((p) => yearsBetween(origin, p.date)),
    parsed.map((p) => p.value),
  );
  if (sxx === 0)
    raise('INVALID_ARGUMENT', 'points', 'all points share one date; a trend needs two dates');
  if (slope === 0) return undefined;
  const years = meanX + (target - meanY) / slope;
  if (years < 0) return undefined;
  return addMilliseconds(origin, Math.round(years * YEAR_MS));
}
