import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, isCalendarDay, toIsoDay } from '../../src/internal/dates.js';

describe('toIsoDay', () => {
  it('reads ISO strings (with or without a time) and local Dates', () => {
    expect(toIsoDay('2025-07-01')).toBe('2025-07-01');
    expect(toIsoDay('2025-07-01T23:59:00Z')).toBe('2025-07-01');
    expect(toIsoDay(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it('names the argument of a bad date', () => {
    expect(() => toIsoDay('2023-02-29', 'deadline')).toThrowError(
      /^deadline: "2023-02-29" is not a calendar date\.$/,
    );
    expect(() => toIsoDay('1/7/2025')).toThrowError(/^at: expected an ISO date string/);
    expect(() => toIsoDay(20250701 as never)).toThrowError(/expected a Date or an ISO date string/);
  });

  it('round-trips every day through formatDay (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const day = toIsoDay(date);
          expect(toIsoDay(day)).toBe(day);
          expect(isCalendarDay(date.getFullYear(), date.getMonth() + 1, date.getDate())).toBe(true);
        },
      ),
      { seed: 61, numRuns: 300 },
    );
  });

  it('formats and checks days', () => {
    expect(formatDay(2021, 6, 3)).toBe('2021-06-03');
    expect(isCalendarDay(2100, 2, 29)).toBe(false);
    expect(isCalendarDay(2000, 2, 29)).toBe(true);
    expect(isCalendarDay(2021, 13, 1)).toBe(false);
  });
});
