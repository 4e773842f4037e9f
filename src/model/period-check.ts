// The period rules as a plain guard, for the functions that read or write periods without
// validating a user's record (parsePeriod, formatPeriod, toInterval): they must not bring zod
// into a bundle. PeriodSchema (period.ts) states the same rules for validation and JSON Schema;
// test/model/period-check.test.ts checks that the two accept exactly the same values.
import { isCalendarDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { raise } from '../internal/issue.js';
import type { Period } from './period.js';

const KEYS: Readonly<Record<Period['kind'], readonly string[]>> = {
  year: ['kind', 'year'],
  half: ['kind', 'year', 'half'],
  quarter: ['kind', 'year', 'quarter'],
  month: ['kind', 'year', 'month'],
  date: ['kind', 'date'],
  range: ['kind', 'from', 'to'],
};

const KINDS = Object.keys(KEYS) as Period['kind'][];

/** One broken rule: where in the period, what the rule wants, and the value found there. */
export interface PeriodProblem {
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly received: unknown;
}

const integerIn = (value: unknown, min: number, max: number): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** The first rule `value` breaks as a period (a simple one when `simple`), or `undefined`. */
export function periodProblem(value: unknown, simple = false): PeriodProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      path: [],
      expected: 'a period object such as { kind: "year", year: 2022 }',
      received: value,
    };
  const period = value as Record<string, unknown>;
  const kinds = simple ? KINDS.filter((kind) => kind !== 'range') : KINDS;
  const kind = period.kind as Period['kind'];
  if (!kinds.includes(kind))
    return {
      path: ['kind'],
      expected: `one of ${kinds.map((k) => `"${k}"`).join(', ')}`,
      received: period.kind,
    };
  const unknownKey = Object.keys(period).find((key) => !KEYS[kind].includes(key));
  if (unknownKey !== undefined)
    return {
      path: [unknownKey],
      expected: `only the keys ${KEYS[kind].join(', ')}`,
      received: unknownKey,
    };
  return fieldProblem(kind, period);
}

function fieldProblem(
  kind: Period['kind'],
  period: Record<string, unknown>,
): PeriodProblem | undefined {
  const bad = (key: string, expected: string): PeriodProblem => ({
    path: [key],
    expected,
    received: period[key],
  });
  if (kind === 'range') {
    for (const key of ['from', 'to'] as const) {
      const inner = periodProblem(period[key], true);
      if (inner) return { ...inner, path: [key, ...inner.path] };
    }
    return undefined;
  }
  if (kind === 'date') {
    const date = period.date;
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))
      return bad('date', 'an ISO date YYYY-MM-DD');
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return isCalendarDay(y, m, d) ? undefined : bad('date', 'a date that exists in the calendar');
  }
  if (!integerIn(period.year, 1900, 2100)) return bad('year', 'an integer from 1900 to 2100');
  if (kind === 'half' && !integerIn(period.half, 1, 2)) return bad('half', 'one of 1, 2');
  if (kind === 'quarter' && !integerIn(period.quarter, 1, 4))
    return bad('quarter', 'one of 1, 2, 3, 4');
  if (kind === 'month' && !integerIn(period.month, 1, 12))
    return bad('month', 'an integer from 1 to 12');
  return undefined;
}

/**
 * A period that follows every rule of `PeriodSchema`, or `INVALID_PERIOD` naming the first
 * rule it breaks (`period.month: expected an integer from 1 to 12, got 13.`).
 */
export function checkPeriod(value: unknown, where = 'period'): Period {
  const problem = periodProblem(value);
  if (problem !== undefined)
    raise(
      'INVALID_PERIOD',
      [where, ...problem.path],
      `expected ${problem.expected}, got ${describe(problem.received)}`,
      { expected: problem.expected, received: problem.received },
    );
  return value as Period;
}
