import { z } from 'zod';
import { isCalendarDay } from '../internal/dates.js';

const Year = z.number().int().min(1900).max(2100);

/**
 * A calendar year: `năm 2022`.
 *
 * @category Model
 */
export const YearPeriodSchema = z.object({ kind: z.literal('year'), year: Year }).strict();

/**
 * A half-year: `6 tháng đầu năm 2021` is `{ kind: 'half', year: 2021, half: 1 }`.
 *
 * @category Model
 */
export const HalfPeriodSchema = z
  .object({ kind: z.literal('half'), year: Year, half: z.union([z.literal(1), z.literal(2)]) })
  .strict();

/**
 * A quarter: `quý I/2023` is `{ kind: 'quarter', year: 2023, quarter: 1 }`.
 *
 * @category Model
 */
export const QuarterPeriodSchema = z
  .object({
    kind: z.literal('quarter'),
    year: Year,
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict();

/**
 * A month: `tháng 8/2021` is `{ kind: 'month', year: 2021, month: 8 }`.
 *
 * @category Model
 */
export const MonthPeriodSchema = z
  .object({ kind: z.literal('month'), year: Year, month: z.number().int().min(1).max(12) })
  .strict();

/**
 * A single day, as an ISO date `YYYY-MM-DD` that must exist in the calendar.
 *
 * @category Model
 */
export const DatePeriodSchema = z
  .object({
    kind: z.literal('date'),
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
 * @category Model
 */
export const SimplePeriodSchema = z.discriminatedUnion('kind', [
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
 * @category Model
 */
export const RangePeriodSchema = z
  .object({ kind: z.literal('range'), from: SimplePeriodSchema, to: SimplePeriodSchema })
  .strict();

/**
 * A reporting period: year, half, quarter, month, date or range. Parse it from
 * Vietnamese with `parsePeriod`, write it with `formatPeriod`, and get its
 * start and end with `toInterval`.
 *
 * @category Model
 */
export const PeriodSchema = z.discriminatedUnion('kind', [
  YearPeriodSchema,
  HalfPeriodSchema,
  QuarterPeriodSchema,
  MonthPeriodSchema,
  DatePeriodSchema,
  RangePeriodSchema,
]);

/**
 * A reporting period. See {@link PeriodSchema}.
 *
 * @category Model
 */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A period that is not a range.
 *
 * @category Model
 */
export type SimplePeriod = z.infer<typeof SimplePeriodSchema>;
