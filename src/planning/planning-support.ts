// Small pieces the planning functions share: reading a dated point, measuring years between
// dates (the convention of `requiredGrowthRate`: 365.2425-day years), reading scores given as
// a record or a Map, and reading a direction. One rule each, with the guards' error shapes.
import { differenceInMilliseconds } from 'date-fns/differenceInMilliseconds';
import { type DateInput, formatDay, toIsoDay } from '../internal/dates.js';
import { fail, finiteNumber, finiteOrNull, oneOf, record } from '../internal/guards.js';
import type { Direction } from '../model/direction.js';

/** Milliseconds in the mean Gregorian year, as `requiredGrowthRate` and `projectLinear` count. */
export const YEAR_MS = 365.2425 * 24 * 60 * 60 * 1000;

/** A dated value after checking: the local-midnight `Date`, its ISO day, and the value. */
export interface CheckedPoint {
  readonly date: Date;
  readonly day: string;
  readonly value: number;
}

/** Turns an ISO day or `Date` into a local-midnight `Date` (`INVALID_DATE` when malformed). */
export function localDay(input: DateInput, where: string): { date: Date; day: string } {
  const day = toIsoDay(input, where);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { date: new Date(y, m - 1, d), day };
}

/** Reads `{ date, value }` (`INVALID_ARGUMENT`, `INVALID_DATE`, `INVALID_NUMBER`). */
export function datedPoint(input: unknown, where: string): CheckedPoint {
  const point = record(input, where, '{ date, value }');
  const { date, day } = localDay(point.date as DateInput, `${where}.date`);
  return { date, day, value: finiteNumber(point.value, `${where}.value`) };
}

/** Years from `a` to `b` (negative when `b` is earlier). */
export function yearsBetween(a: Date, b: Date): number {
  return differenceInMilliseconds(b, a) / YEAR_MS;
}

/** The ISO day of a local `Date`. */
export function isoDay(date: Date): string {
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Reads a direction, default higher is better (`INVALID_ARGUMENT`). */
export function readDirection(value: unknown, where = 'options.direction'): Direction {
  return oneOf(
    value ?? 'higher-is-better',
    ['higher-is-better', 'lower-is-better'] as const,
    where,
  );
}

/** Reads optional options: `undefined` gives `{}` (`INVALID_ARGUMENT` for a non-object). */
export function readOptions(
  value: unknown,
  what: string,
  where = 'options',
): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : record(value, where, what);
}

/**
 * Entries of unit → value given as a record or a `Map`, values finite or `null`
 * (`INVALID_ARGUMENT` for another shape, `INVALID_NUMBER` naming the unit).
 */
export function unitEntries(
  values: unknown,
  where: string,
): readonly (readonly [string, number | null])[] {
  const entries =
    values instanceof Map
      ? [...(values as Map<unknown, unknown>).entries()]
      : Object.entries(record(values, where, 'a record or Map of unit → value'));
  return entries.map(([unit, value]) => {
    if (typeof unit !== 'string') fail('INVALID_ARGUMENT', `${where} key`, 'a unit code', unit);
    return [unit, finiteOrNull(value ?? null, `${where}[${JSON.stringify(unit)}]`)] as const;
  });
}
