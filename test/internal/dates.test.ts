import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datedPoint,
  daySaid,
  formatDay,
  isCalendarDay,
  isoDay,
  localDay,
  toIsoDay,
  YEAR_MS,
  yearsBetween,
} from '../../src/internal/dates.js';
import { type DatedValue, projectLinear, requiredGrowthRate } from '../../src/kpi/trend.js';
import { convergence } from '../../src/planning/convergence.js';
import { milestones } from '../../src/planning/milestones.js';
import { onTrack } from '../../src/planning/on-track.js';
import { dxErrorOf } from '../fixtures/errors.js';

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

describe('dated points', () => {
  it('read a Date as its local calendar day at midnight, and an ISO day as that day', () => {
    expect(localDay(new Date(2024, 1, 29, 23, 59), 'at')).toEqual({
      date: new Date(2024, 1, 29),
      day: '2024-02-29',
    });
    expect(localDay('2024-02-29', 'at')).toEqual({
      date: new Date(2024, 1, 29),
      day: '2024-02-29',
    });
    expect(datedPoint({ date: new Date(2021, 5, 30, 8), value: 3 }, 'p')).toEqual({
      date: new Date(2021, 5, 30),
      day: '2021-06-30',
      value: 3,
    });
    expect(isoDay(new Date(2021, 0, 2, 5))).toBe('2021-01-02');
  });

  it('count years of 365.2425 days', () => {
    expect(YEAR_MS).toBeCloseTo(31_556_952_000, 3);
    expect(yearsBetween(new Date(2020, 0, 1), new Date(2020, 0, 1))).toBe(0);
    expect(yearsBetween(new Date(2021, 0, 1), new Date(2020, 0, 1))).toBeLessThan(0);
    // 1 January 2000 to 1 January 2400 (UTC, no daylight saving): 400 Gregorian years exactly.
    expect(
      yearsBetween(new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2400, 0, 1))),
    ).toBeCloseTo(400, 12);
  });

  it.each([
    [null, 'INVALID_ARGUMENT', 'p: expected { date, value }, got null.'],
    [
      { date: '2021-13-01', value: 1 },
      'INVALID_DATE',
      'p.date: "2021-13-01" is not a calendar date.',
    ],
    [{ date: '2021-01-01', value: Number.NaN }, 'INVALID_NUMBER', 'p.value'],
  ])('refuse %j', (input, code, message) => {
    expect(() => datedPoint(input, 'p')).toThrowError(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });
});

describe('every dated function', () => {
  // The same calendar days as ISO strings and as Dates at odd hours: one convention, so the
  // same results.
  const iso = (day: string, value: number) => ({ date: day, value });
  const dated = (day: string, value: number) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return { date: new Date(y, m - 1, d, 17, 45, 12), value };
  };
  const series = [
    ['2020-12-31', 40],
    ['2022-03-15', 52],
    ['2023-06-30', 61],
  ] as const;
  const run = (point: (day: string, value: number) => DatedValue) => ({
    requiredGrowthRate: requiredGrowthRate(point('2021-01-01', 10), point('2025-12-31', 20)),
    projectLinear: projectLinear(
      series.map(([d, v]) => point(d, v)),
      85,
    ),
    onTrack: onTrack(
      series.map(([d, v]) => point(d, v)),
      point('2025-12-31', 80),
    ),
    onTrackLinear: onTrack(
      series.map(([d, v]) => point(d, v)),
      point('2025-12-31', 80),
      { trend: 'linear' },
    ),
    milestones: milestones(point('2021-06-30', 10), point('2025-12-31', 20), { every: 'half' }),
    beta: convergence(
      {
        a: [point('2020-01-01', 10), point('2024-07-01', 18)],
        b: [point('2020-01-01', 30), point('2024-07-01', 36)],
        c: [point('2020-01-01', 20), point('2024-07-01', 27)],
      },
      { method: 'beta' },
    ),
  });

  it('give the same result for an ISO day and a Date on that day at any hour', () => {
    expect(run(dated)).toEqual(run(iso));
  });
});

describe('toIsoDay: the exact refusals (issue #25)', () => {
  it('refuses an invalid Date with INVALID_DATE naming the argument', () => {
    const error = dxErrorOf(() => toIsoDay(new Date(Number.NaN), 'deadline'));
    expect([error.code, error.message]).toEqual(['INVALID_DATE', 'deadline: the Date is invalid.']);
    expect(error.issues[0]?.path).toEqual(['deadline']);
  });

  it('refuses a value that is neither a Date nor a text, saying what it takes', () => {
    const error = dxErrorOf(() => toIsoDay(20250701 as never));
    expect([error.code, error.message]).toEqual([
      'INVALID_DATE',
      'at: expected a Date or an ISO date string (YYYY-MM-DD), got 20250701.',
    ]);
    expect(error.issues[0]).toMatchObject({
      expected: 'a Date or an ISO date string (YYYY-MM-DD)',
      received: '20250701',
    });
  });

  it.each([
    'x2025-07-01',
    '12025-07-01',
    '2025-07-01x',
    '2025-07-01 10:00',
    '2025-7-01',
    '2025-07-1',
    '202a-07-01',
    '2025/07/01',
    '',
  ])('reads only YYYY-MM-DD at the start, alone or before T: refuses %j', (text) => {
    const error = dxErrorOf(() => toIsoDay(text, 'options.at'));
    expect([error.code, error.message]).toEqual([
      'INVALID_DATE',
      `options.at: expected an ISO date string (YYYY-MM-DD), got ${JSON.stringify(text)}.`,
    ]);
    expect(error.issues[0]).toMatchObject({
      path: ['options', 'at'],
      expected: 'an ISO date string (YYYY-MM-DD)',
      received: JSON.stringify(text),
    });
  });

  it('pads years before 1000 to four digits, both ways', () => {
    expect(formatDay(999, 1, 5)).toBe('0999-01-05');
    expect(formatDay(12_345, 12, 31)).toBe('12345-12-31');
    expect(toIsoDay('0999-03-01T00:00')).toBe('0999-03-01');
    const early = new Date(2000, 2, 1, 12);
    early.setFullYear(999);
    expect(toIsoDay(early)).toBe('0999-03-01');
    expect(isoDay(early)).toBe('0999-03-01');
    expect(localDay('0999-03-01', 'at').date.getTime()).toBe(new Date(999, 2, 1).getTime());
  });

  it('reads the parts of the day by position', () => {
    expect(localDay('2021-11-09', 'at')).toEqual({
      date: new Date(2021, 10, 9),
      day: '2021-11-09',
    });
    expect(yearsBetween(new Date(2020, 0, 1), new Date(2020, 0, 1, 12))).toBeCloseTo(
      0.5 / 365.2425,
      12,
    );
  });
});

describe('daySaid', () => {
  it('writes a day as each language writes it: ISO in English, day first without zeros in Vietnamese', () => {
    expect(daySaid('2025-07-01')).toEqual({
      key: 'both',
      params: { en: '2025-07-01', vi: '1/7/2025' },
    });
    expect(daySaid('2025-12-31').params.vi).toBe('31/12/2025');
  });
});
