import { describe, expect, it } from 'vitest';
import {
  DatePeriodSchema,
  HalfPeriodSchema,
  MonthPeriodSchema,
  PeriodSchema,
  QuarterPeriodSchema,
  RangePeriodSchema,
  SimplePeriodSchema,
  YearPeriodSchema,
} from '../../src/model/period.js';

describe('period schemas', () => {
  it('accept each kind and reject impossible values', () => {
    expect(YearPeriodSchema.safeParse({ kind: 'year', year: 2022 }).success).toBe(true);
    expect(YearPeriodSchema.safeParse({ kind: 'year', year: 1899 }).success).toBe(false);
    expect(YearPeriodSchema.safeParse({ kind: 'year', year: 2022.5 }).success).toBe(false);
    expect(HalfPeriodSchema.safeParse({ kind: 'half', year: 2021, half: 3 }).success).toBe(false);
    expect(QuarterPeriodSchema.safeParse({ kind: 'quarter', year: 2023, quarter: 0 }).success).toBe(
      false,
    );
    expect(MonthPeriodSchema.safeParse({ kind: 'month', year: 2021, month: 12 }).success).toBe(
      true,
    );
    expect(MonthPeriodSchema.safeParse({ kind: 'month', year: 2021, month: 0 }).success).toBe(
      false,
    );
    expect(DatePeriodSchema.safeParse({ kind: 'date', date: '2024-02-29' }).success).toBe(true);
    expect(DatePeriodSchema.safeParse({ kind: 'date', date: '2023-02-29' }).success).toBe(false);
    expect(DatePeriodSchema.safeParse({ kind: 'date', date: '3/6/2020' }).success).toBe(false);
  });

  it('reject unknown keys and nested ranges', () => {
    expect(YearPeriodSchema.safeParse({ kind: 'year', year: 2022, month: 1 }).success).toBe(false);
    expect(
      SimplePeriodSchema.safeParse({
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2022 },
      }).success,
    ).toBe(false);
    expect(
      RangePeriodSchema.safeParse({
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'range' },
      }).success,
    ).toBe(false);
    expect(PeriodSchema.safeParse({ kind: 'week', year: 2021 }).success).toBe(false);
    expect(
      PeriodSchema.safeParse({
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'month', year: 2021, month: 6 },
      }).success,
    ).toBe(true);
  });
});
