import { addMonths } from 'date-fns/addMonths';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { DxError } from '../errors.js';
import { datedPoint, isoDay } from '../internal/dates.js';
import { knownKeys, oneOf } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { DatedValue } from '../kpi/trend.js';
import { readOptions } from './planning-support.js';

/**
 * A milestone of a path to a target: the value to reach by a period end.
 *
 * @category Planning
 */
export interface Milestone {
  /** The period end (or the deadline), as an ISO day `YYYY-MM-DD`. */
  readonly date: string;
  /** The value to reach by then. */
  readonly value: number;
}

/**
 * Options for {@link milestones}.
 *
 * @category Planning
 */
export interface MilestoneOptions {
  /**
   * `'linear'` (default): the same increase every period, e.g. 5 points a year;
   * `'geometric'`: the same growth rate every period (needs values > 0).
   */
  readonly path?: 'linear' | 'geometric';
  /** The period: `'year'` (default, ends 31/12), `'half'` (30/6, 31/12) or `'quarter'`. */
  readonly every?: 'year' | 'half' | 'quarter';
}

/** The options {@link milestones} takes, to refuse any other (a misspelt one would be ignored). */
export const MILESTONE_OPTIONS = [
  'path',
  'every',
] as const satisfies readonly (keyof MilestoneOptions)[];

const MONTHS: Readonly<Record<NonNullable<MilestoneOptions['every']>, number>> = {
  year: 12,
  half: 6,
  quarter: 3,
};

/**
 * The period ends strictly after `start` and up to `deadline`, with the
 * deadline itself last when it is not a period end.
 */
function periodEnds(start: Date, deadline: Date, months: number): Date[] {
  // The first month of the period that holds `start`, then its last day.
  let first = new Date(start.getFullYear(), start.getMonth() - (start.getMonth() % months), 1);
  const ends: Date[] = [];
  for (;;) {
    const end = lastDayOfMonth(addMonths(first, months - 1));
    // Stryker disable next-line EqualityOperator: a period end on the deadline is then pushed as the deadline below, the same local midnight.
    if (end > deadline) break;
    if (end > start) ends.push(end);
    first = addMonths(first, months);
  }
  const last = ends.at(-1);
  if (last === undefined || last < deadline) ends.push(deadline);
  return ends;
}

/**
 * The path from a starting value to a target: the value to reach at each
 * period end after the start, up to the deadline, in equal steps per period —
 * the way a plan reads ("5 points a year"), not a daily line. A start inside a
 * period still gets a full step at that period's end, and a deadline that is
 * not a period end is the last milestone. The last milestone is the target
 * exactly.
 *
 * With `path: 'linear'` each step adds (target − start) / k for k milestones;
 * with `'geometric'` each multiplies by (target / start)^(1/k), the same growth
 * rate every period (see `requiredGrowthRate` for the annual rate). Period
 * ends are calendar month ends (date-fns, local time): 31/12 for years, 30/6
 * and 31/12 for halves, 31/3, 30/6, 30/9, 31/12 for quarters.
 *
 * @param from - where the path starts: `{ date, value }`, e.g. the last observed value.
 * @param to - the target: `{ date, value }` with the deadline as date.
 * @param options - `path` (`'linear'` or `'geometric'`) and `every` (`'year'`, `'half'`, `'quarter'`).
 * @returns the milestones, oldest first, each `{ date, value }` with an ISO day.
 * @throws {@link DxError} `INVALID_ARGUMENT` when the deadline is not after the
 *   start, a geometric path meets a value ≤ 0, or for unknown options;
 *   `INVALID_DATE`, `INVALID_NUMBER` for bad dates and values.
 *
 * @example
 * ```ts
 * import { milestones } from 'vn-dx';
 *
 * milestones({ date: '2021-12-31', value: 60 }, { date: '2025-12-31', value: 80 }); // [{ date: '2022-12-31', value: 65 }, { date: '2023-12-31', value: 70 }, { date: '2024-12-31', value: 75 }, { date: '2025-12-31', value: 80 }]
 * milestones({ date: '2023-12-31', value: 10 }, { date: '2025-12-31', value: 40 }, { every: 'half' }).map((m) => m.value); // [17.5, 25, 32.5, 40]
 * milestones({ date: '2023-12-31', value: 10 }, { date: '2025-12-31', value: 40 }, { path: 'geometric' }); // [{ date: '2024-12-31', value: 20 }, { date: '2025-12-31', value: 40 }]
 * ```
 *
 * @category Planning
 */
export function milestones(
  from: DatedValue,
  to: DatedValue,
  options?: MilestoneOptions,
): Milestone[] {
  const settings = readOptions(options, '{ path, every }');
  knownKeys(settings, MILESTONE_OPTIONS, 'options');
  const path = oneOf(settings.path ?? 'linear', ['linear', 'geometric'] as const, 'options.path');
  const every = oneOf(
    settings.every ?? 'year',
    ['year', 'half', 'quarter'] as const,
    'options.every',
  );
  const start = datedPoint(from, 'from');
  const end = datedPoint(to, 'to');
  if (end.date <= start.date) {
    raise(
      'INVALID_ARGUMENT',
      '',
      `to.date (${end.day}) is not after from.date (${start.day}); give a deadline later than the start`,
    );
  }
  if (path === 'geometric' && !(start.value > 0 && end.value > 0)) {
    const [where, value] = start.value > 0 ? ['to', end.value] : ['from', start.value];
    raise(
      'INVALID_ARGUMENT',
      '',
      `${where}.value is ${value}; a geometric path needs values > 0: use { path: 'linear' } or positive values`,
    );
  }
  const dates = periodEnds(start.date, end.date, MONTHS[every]);
  const steps = dates.length;
  return dates.map((date, i) => {
    const share = (i + 1) / steps;
    const value =
      i === steps - 1
        ? end.value
        : path === 'linear'
          ? start.value + (end.value - start.value) * share
          : start.value * (end.value / start.value) ** share;
    return { date: isoDay(date), value };
  });
}
