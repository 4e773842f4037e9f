import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeriodSchema } from '../../src/model/period.js';
import { checkPeriod, periodProblem } from '../../src/model/period-check.js';
import { dxErrorOf } from '../fixtures/errors.js';

const year = fc.oneof(
  fc.integer({ min: 1890, max: 2110 }),
  fc.constantFrom(2022.5, Number.NaN, Number.POSITIVE_INFINITY, '2022', undefined),
);
const small = fc.oneof(fc.integer({ min: -1, max: 14 }), fc.constantFrom(1.5, '1', null));
const date = fc.oneof(
  fc
    .date({ min: new Date(1950, 0, 1), max: new Date(2050, 0, 1), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2023-02-29', '2024-02-29', '2023-13-01', '2023-1-1', 'x', 20230101),
);
const simple = fc.record(
  {
    kind: fc.constantFrom('year', 'half', 'quarter', 'month', 'date', 'range', 'week'),
    year,
    half: small,
    quarter: small,
    month: small,
    date,
    extra: fc.constant(1),
  },
  { requiredKeys: ['kind'] },
);
const period = fc.oneof(
  simple,
  fc.record({ kind: fc.constant('range'), from: simple, to: simple }, { requiredKeys: ['kind'] }),
  fc.constantFrom(null, undefined, 'năm 2022', 2022, [], {}),
);

describe('periodProblem and checkPeriod', () => {
  it('accept exactly what PeriodSchema accepts', () => {
    fc.assert(
      fc.property(period, (value) => {
        expect(periodProblem(value) === undefined).toBe(PeriodSchema.safeParse(value).success);
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('name the first broken rule with its path, what it wants and what it got', () => {
    expect(() => checkPeriod({ kind: 'month', year: 2021, month: 13 })).toThrowError(
      'period.month: expected an integer from 1 to 12, got 13.',
    );
    expect(() =>
      checkPeriod({ kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'range' } }),
    ).toThrowError(
      'period.to.kind: expected one of "year", "half", "quarter", "month", "date", got "range".',
    );
    expect(() => checkPeriod({ kind: 'year', year: 2021, month: 1 })).toThrowError(
      'period.month: expected only the keys kind, year, got "month".',
    );
    expect(() => checkPeriod({ kind: 'date', date: '2023-02-29' }, 'target.period')).toThrowError(
      'target.period.date: expected a date that exists in the calendar, got "2023-02-29".',
    );
    const problem = periodProblem(null);
    expect(problem?.path).toEqual([]);
    expect(checkPeriod({ kind: 'quarter', year: 2022, quarter: 4 })).toEqual({
      kind: 'quarter',
      year: 2022,
      quarter: 4,
    });
  });
});

describe('checkPeriod: each rule at its edges', () => {
  it.each([
    [{ kind: 'date', date: 20230101 }, 'date: expected an ISO date YYYY-MM-DD, got 20230101'],
    [{ kind: 'date', date: '2023-1-01' }, 'date: expected an ISO date YYYY-MM-DD, got "2023-1-01"'],
    [
      { kind: 'date', date: 'x2023-01-01' },
      'date: expected an ISO date YYYY-MM-DD, got "x2023-01-01"',
    ],
    [
      { kind: 'date', date: '2023-01-01x' },
      'date: expected an ISO date YYYY-MM-DD, got "2023-01-01x"',
    ],
    [{ kind: 'year', year: 1899 }, 'year: expected an integer from 1900 to 2100, got 1899'],
    [{ kind: 'year', year: 2101 }, 'year: expected an integer from 1900 to 2100, got 2101'],
    [{ kind: 'year', year: 2022.5 }, 'year: expected an integer from 1900 to 2100, got 2022.5'],
    [{ kind: 'half', year: 2022, half: 0 }, 'half: expected one of 1, 2, got 0'],
    [{ kind: 'half', year: 2022, half: 3 }, 'half: expected one of 1, 2, got 3'],
    [{ kind: 'quarter', year: 2022, quarter: 0 }, 'quarter: expected one of 1, 2, 3, 4, got 0'],
    [{ kind: 'quarter', year: 2022, quarter: 5 }, 'quarter: expected one of 1, 2, 3, 4, got 5'],
    [{ kind: 'month', year: 2022, month: 0 }, 'month: expected an integer from 1 to 12, got 0'],
    // An array whose text is a date is not a date.
    [
      { kind: 'date', date: ['2023-01-01'] },
      'date: expected an ISO date YYYY-MM-DD, got an array of length 1',
    ],
    [5, 'expected a period object such as { kind: "year", year: 2022 }, got 5'],
  ])('refuses %j', (value, said) => {
    const error = dxErrorOf(() => checkPeriod(value, 'p'));
    expect(error.code).toBe('INVALID_PERIOD');
    expect(error.message).toBe(`p${said.startsWith('expected') ? ': ' : '.'}${said}.`);
    expect(error.issues[0]?.expected).toBe(
      said
        .replace(/^\w+: /, '')
        .replace(/, got .*$/, '')
        .replace(/^expected /, ''),
    );
  });

  it.each([
    { kind: 'year', year: 1900 },
    { kind: 'year', year: 2100 },
    { kind: 'half', year: 2022, half: 1 },
    { kind: 'half', year: 2022, half: 2 },
    { kind: 'quarter', year: 2022, quarter: 1 },
    { kind: 'month', year: 2022, month: 1 },
    { kind: 'month', year: 2022, month: 12 },
    { kind: 'date', date: '2024-02-29' },
  ])('accepts %j', (value) => {
    expect(checkPeriod(value)).toBe(value);
    expect(periodProblem(value)).toBeUndefined();
  });
});
