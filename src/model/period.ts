import * as z from 'zod';
import { isCalendarDay } from '../internal/dates.js';

const Year = z.number().int().min(1900).max(2100);

/**
 * A calendar year: `năm 2022`.
 *
 * @example
 * ```ts
 * import { YearPeriodSchema } from 'vn-dx';
 *
 * YearPeriodSchema.parse({ kind: 'year', year: 2022 }).year; // 2022
 * ```
 *
 * @category Model
 */
export const YearPeriodSchema = z
  .object({
    /** Discriminant. */
    kind: z.literal('year'),
    /** The year, 1900–2100. */
    year: Year,
  })
  .strict();

/**
 * A half-year: `6 tháng đầu năm 2021` is `{ kind: 'half', year: 2021, half: 1 }`.
 *
 * @example
 * ```ts
 * import { HalfPeriodSchema } from 'vn-dx';
 *
 * HalfPeriodSchema.safeParse({ kind: 'half', year: 2021, half: 1 }).success; // true
 * ```
 *
 * @category Model
 */
export const HalfPeriodSchema = z
  .object({
    /** Discriminant. */
    kind: z.literal('half'),
    /** The year, 1900–2100. */
    year: Year,
    /** 1 for January–June, 2 for July–December. */
    half: z.union([z.literal(1), z.literal(2)]),
  })
  .strict();

/**
 * A quarter: `quý I/2023` is `{ kind: 'quarter', year: 2023, quarter: 1 }`.
 *
 * @example
 * ```ts
 * import { QuarterPeriodSchema } from 'vn-dx';
 *
 * QuarterPeriodSchema.safeParse({ kind: 'quarter', year: 2023, quarter: 5 }).success; // false
 * ```
 *
 * @category Model
 */
export const QuarterPeriodSchema = z
  .object({
    /** Discriminant. */
    kind: z.literal('quarter'),
    /** The year, 1900–2100. */
    year: Year,
    /** 1–4 (quý I–IV). */
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict();

/**
 * A month: `tháng 8/2021` is `{ kind: 'month', year: 2021, month: 8 }`.
 *
 * @example
 * ```ts
 * import { MonthPeriodSchema } from 'vn-dx';
 *
 * MonthPeriodSchema.safeParse({ kind: 'month', year: 2021, month: 13 }).success; // false
 * ```
 *
 * @category Model
 */
export const MonthPeriodSchema = z
  .object({
    /** Discriminant. */
    kind: z.literal('month'),
    /** The year, 1900–2100. */
    year: Year,
    /** 1–12. */
    month: z.number().int().min(1).max(12),
  })
  .strict();

/**
 * A single day, as an ISO date `YYYY-MM-DD` that must exist in the calendar.
 *
 * @example
 * ```ts
 * import { DatePeriodSchema } from 'vn-dx';
 *
 * DatePeriodSchema.safeParse({ kind: 'date', date: '2023-02-29' }).success; // false
 * ```
 *
 * @category Model
 */
export const DatePeriodSchema = z
  .object({
    /** Discriminant. */
    kind: z.literal('date'),
    /** An ISO date `YYYY-MM-DD` that exists in the calendar. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
      .refine(
        (text) =>
          isCalendarDay(
            Number(text.slice(0, 4)),
            Number(text.slice(5, 7)),
            Number(text.slice(8, 10)),
          ),
        'not a calendar date',
      ),
  })
  .strict();

/**
 * Any period that is not a range.
 *
 * @example
 * ```ts
 * import { SimplePeriodSchema } from 'vn-dx';
 *
 * SimplePeriodSchema.safeParse({ kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2022 } }).success; // false
 * ```
 *
 * @category Model
 */
export const SimplePeriodSchema: z.ZodType<SimplePeriod> = z.discriminatedUnion('kind', [
  YearPeriodSchema,
  HalfPeriodSchema,
  QuarterPeriodSchema,
  MonthPeriodSchema,
  DatePeriodSchema,
]);

/**
 * A span from the start of one period to the end of another: `giai đoạn
 * 2021-2025` is `{ kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } }`.
 * `from` must not start after `to` ends.
 *
 * @example
 * ```ts
 * import { RangePeriodSchema } from 'vn-dx';
 *
 * RangePeriodSchema.safeParse({ kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } }).success; // true
 * ```
 *
 * @category Model
 */
export const RangePeriodSchema = z
  .object({
    /** Discriminant. */
    kind: z.literal('range'),
    /** The first period of the span. */
    from: SimplePeriodSchema,
    /** The last period of the span. */
    to: SimplePeriodSchema,
  })
  .strict();

/**
 * A reporting period: year, half, quarter, month, date or range. Parse it from
 * Vietnamese with `parsePeriod`, write it with `formatPeriod`, and get its
 * start and end with `toInterval`.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from 'vn-dx';
 *
 * PeriodSchema.safeParse({ kind: 'quarter', year: 2023, quarter: 1 }).success; // true
 * ```
 *
 * @category Model
 */
export const PeriodSchema: z.ZodType<Period> = z.discriminatedUnion('kind', [
  YearPeriodSchema,
  HalfPeriodSchema,
  QuarterPeriodSchema,
  MonthPeriodSchema,
  DatePeriodSchema,
  RangePeriodSchema,
]);

/**
 * A calendar year: `năm 2022`.
 *
 * @category Model
 */
export interface YearPeriod {
  /** Discriminant. */
  kind: 'year';
  /** The year, 1900–2100. */
  year: number;
}

/**
 * A half-year: `6 tháng đầu năm 2021` is the first half.
 *
 * @category Model
 */
export interface HalfPeriod {
  /** Discriminant. */
  kind: 'half';
  /** The year, 1900–2100. */
  year: number;
  /** 1 for January–June, 2 for July–December. */
  half: 1 | 2;
}

/**
 * A quarter: `quý I/2023`.
 *
 * @category Model
 */
export interface QuarterPeriod {
  /** Discriminant. */
  kind: 'quarter';
  /** The year, 1900–2100. */
  year: number;
  /** 1–4 (quý I–IV). */
  quarter: 1 | 2 | 3 | 4;
}

/**
 * A month: `tháng 8/2021`.
 *
 * @category Model
 */
export interface MonthPeriod {
  /** Discriminant. */
  kind: 'month';
  /** The year, 1900–2100. */
  year: number;
  /** 1–12. */
  month: number;
}

/**
 * A single day.
 *
 * @category Model
 */
export interface DatePeriod {
  /** Discriminant. */
  kind: 'date';
  /** An ISO date `YYYY-MM-DD` that exists in the calendar. */
  date: string;
}

/**
 * A period that is not a range.
 *
 * @category Model
 */
export type SimplePeriod = YearPeriod | HalfPeriod | QuarterPeriod | MonthPeriod | DatePeriod;

/**
 * A span from the start of one period to the end of another: `giai đoạn 2021-2025`.
 *
 * @category Model
 */
export interface RangePeriod {
  /** Discriminant. */
  kind: 'range';
  /** The first period of the span. */
  from: SimplePeriod;
  /** The last period of the span; it must not end before `from` starts. */
  to: SimplePeriod;
}

/**
 * A reporting period: year, half, quarter, month, date or range. See {@link PeriodSchema}.
 *
 * @category Model
 */
export type Period = SimplePeriod | RangePeriod;
