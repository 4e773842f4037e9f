// Dates as vn-dx reads them, in one place. The convention of every dated function: a date is
// a calendar day. An ISO string is read as that day, a `Date` as its local calendar day (its
// time of day dropped), both as local midnight; years between two dates are their difference
// in milliseconds over the mean Gregorian year (365.2425 days).
import { differenceInMilliseconds } from 'date-fns/differenceInMilliseconds';
import { isExists } from 'date-fns/isExists';
import { describe } from './describe.js';
import { fail, finiteNumber, record } from './guards.js';
import { raise } from './issue.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * A date as vn-dx accepts it: a `Date` (read in local time), or an ISO 8601
 * date string (`2024-06-30`).
 *
 * @category Provinces
 */
export type DateInput = Date | string;

/**
 * Turns a `Date` (read in local time, like date-fns) or an ISO date string into
 * its calendar day `YYYY-MM-DD`, which compares correctly as a string.
 */
export function toIsoDay(input: DateInput, argument = 'at'): string {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) {
      raise('INVALID_DATE', argument, 'the Date is invalid');
    }
    return formatDay(input.getFullYear(), input.getMonth() + 1, input.getDate());
  }
  if (typeof input !== 'string') {
    fail('INVALID_DATE', argument, 'a Date or an ISO date string (YYYY-MM-DD)', input);
  }
  const match = ISO_DAY.exec(input);
  if (!match) {
    fail('INVALID_DATE', argument, 'an ISO date string (YYYY-MM-DD)', input);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isCalendarDay(year, month, day)) {
    raise('INVALID_DATE', argument, `${describe(input)} is not a calendar date`);
  }
  return formatDay(year, month, day);
}

/** Whether year, month (1–12) and day form a real Gregorian calendar day. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return isExists(year, month - 1, day);
}

/** `YYYY-MM-DD` from numeric parts. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Milliseconds in the mean Gregorian year (365.2425 days): the year of every dated function. */
export const YEAR_MS = 365.2425 * 24 * 60 * 60 * 1000;

/** A dated value after checking: the local-midnight `Date`, its ISO day, and the value. */
export interface CheckedPoint {
  readonly date: Date;
  readonly day: string;
  readonly value: number;
}

/**
 * The calendar day of an ISO day or a `Date` (its time of day dropped), as a local-midnight
 * `Date` and as `YYYY-MM-DD` (`INVALID_DATE` when malformed).
 */
export function localDay(input: DateInput, where: string): { date: Date; day: string } {
  const day = toIsoDay(input, where);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { date: new Date(y, m - 1, d), day };
}

/** Reads a `{ date, value }` point (`INVALID_ARGUMENT`, `INVALID_DATE`, `INVALID_NUMBER`). */
export function datedPoint(input: unknown, where: string): CheckedPoint {
  const point = record(input, where, '{ date, value }');
  const { date, day } = localDay(point.date as DateInput, `${where}.date`);
  return { date, day, value: finiteNumber(point.value, `${where}.value`) };
}

/** Years from `a` to `b` (negative when `b` is earlier), in years of {@link YEAR_MS}. */
export function yearsBetween(a: Date, b: Date): number {
  return differenceInMilliseconds(b, a) / YEAR_MS;
}

/** The ISO day of a local `Date`. */
export function isoDay(date: Date): string {
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * An ISO day for a catalogue sentence, in each language's one format: English ISO
 * (`2025-12-31`), Vietnamese day first without leading zeros (`31/12/2025`), as `vn-dx` prints
 * days (its own `dateText` is the same rule for the command's output).
 */
export function daySaid(iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  return {
    key: 'both',
    params: { en: iso, vi: `${Number(day)}/${Number(month)}/${year}` },
  } as const;
}
