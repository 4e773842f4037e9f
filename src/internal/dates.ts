import { isExists } from 'date-fns/isExists';
import { DxError } from '../errors.js';
import { describe } from './describe.js';

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
      throw new DxError('INVALID_DATE', `${argument}: the Date is invalid.`);
    }
    return formatDay(input.getFullYear(), input.getMonth() + 1, input.getDate());
  }
  if (typeof input !== 'string') {
    throw new DxError(
      'INVALID_DATE',
      `${argument}: expected a Date or an ISO date string (YYYY-MM-DD), got ${describe(input)}.`,
    );
  }
  const match = ISO_DAY.exec(input);
  if (!match) {
    throw new DxError(
      'INVALID_DATE',
      `${argument}: expected an ISO date string (YYYY-MM-DD), got ${describe(input)}.`,
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isCalendarDay(year, month, day)) {
    throw new DxError('INVALID_DATE', `${argument}: ${describe(input)} is not a calendar date.`);
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
