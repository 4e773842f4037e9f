import type { Interval } from 'date-fns';
import { format } from 'date-fns/format';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import type { Period, SimplePeriod } from '../../src/model/period.js';
import { formatPeriod, parsePeriod, toInterval } from '../../src/vi/period-text.js';
import { dxErrorOf } from '../fixtures/errors.js';

// First in the file on purpose: the English month names are built on first use, and Stryker's
// per-test coverage credits that work to the first test only.
describe('English month names', () => {
  it('are read and written in full', () => {
    expect(parsePeriod('September 2023')).toEqual({ kind: 'month', year: 2023, month: 9 });
    expect(formatPeriod({ kind: 'month', year: 2023, month: 12 }, { lang: 'en' })).toBe(
      'December 2023',
    );
  });
});

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['năm 2022', { kind: 'year', year: 2022 }],
    ['2022', { kind: 'year', year: 2022 }],
    ['6 tháng đầu năm 2021', { kind: 'half', year: 2021, half: 1 }],
    ['6 tháng cuối năm 2021', { kind: 'half', year: 2021, half: 2 }],
    ['nửa đầu năm 2024', { kind: 'half', year: 2024, half: 1 }],
    ['quý I/2023', { kind: 'quarter', year: 2023, quarter: 1 }],
    ['Quý IV năm 2022', { kind: 'quarter', year: 2022, quarter: 4 }],
    ['quy 3/2021', { kind: 'quarter', year: 2021, quarter: 3 }],
    ['tháng 8/2021', { kind: 'month', year: 2021, month: 8 }],
    ['tháng 12 năm 2020', { kind: 'month', year: 2020, month: 12 }],
    ['08/2021', { kind: 'month', year: 2021, month: 8 }],
    ['ngày 03/6/2020', { kind: 'date', date: '2020-06-03' }],
    ['2-12-2020', { kind: 'date', date: '2020-12-02' }],
    ['ngày 3 tháng 6 năm 2020', { kind: 'date', date: '2020-06-03' }],
    ['2020-06-03', { kind: 'date', date: '2020-06-03' }],
    ['29/02/2024', { kind: 'date', date: '2024-02-29' }],
    [
      'giai đoạn 2021-2025',
      { kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } },
    ],
    [
      'giai đoạn 2021 – 2025',
      { kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } },
    ],
    [
      'từ năm 2021 đến năm 2025',
      { kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } },
    ],
    [
      'từ ngày 1/1/2021 đến ngày 31/10/2021',
      {
        kind: 'range',
        from: { kind: 'date', date: '2021-01-01' },
        to: { kind: 'date', date: '2021-10-31' },
      },
    ],
    [
      '1/1/2021 - 31/10/2021',
      {
        kind: 'range',
        from: { kind: 'date', date: '2021-01-01' },
        to: { kind: 'date', date: '2021-10-31' },
      },
    ],
    [
      'từ quý I/2023 đến quý III/2023',
      {
        kind: 'range',
        from: { kind: 'quarter', year: 2023, quarter: 1 },
        to: { kind: 'quarter', year: 2023, quarter: 3 },
      },
    ],
  ])('%j', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(['31/02/2023', '29/02/2023', 'tháng 13/2021', '32/1/2020', 'năm 1800'])(
    'rejects the impossible date %j',
    (text) => {
      expect(() => parsePeriod(text)).toThrowError(
        expect.objectContaining({ code: 'INVALID_DATE' }),
      );
    },
  );

  it.each([
    '',
    'hôm qua',
    'quý V/2023',
    'giai đoạn 2025-2021',
    'từ quý IV/2023 đến quý I/2023',
    'năm 20222',
  ])('rejects %j with INVALID_PERIOD', (text) => {
    expect(() => parsePeriod(text)).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
  });

  it('rejects non-strings', () => {
    expect(() => parsePeriod(2022 as unknown as string)).toThrowError(DxError);
    expect(() => parsePeriod(2022 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        message: 'text: expected a period as text, got 2022.',
      }),
    );
  });

  it.each<[string, Period]>([
    ['6 tháng đầu 2021', { kind: 'half', year: 2021, half: 1 }],
    ['quý II 2023', { kind: 'quarter', year: 2023, quarter: 2 }],
    ['tháng 5 2023', { kind: 'month', year: 2023, month: 5 }],
    ['năm 1900', { kind: 'year', year: 1900 }],
    ['năm 2100', { kind: 'year', year: 2100 }],
    ['Quý I/2023'.normalize('NFD'), { kind: 'quarter', year: 2023, quarter: 1 }],
    [
      'từ 01/05/2023 đến 01/05/2023',
      {
        kind: 'range',
        from: { kind: 'date', date: '2023-05-01' },
        to: { kind: 'date', date: '2023-05-01' },
      },
    ],
  ])('reads the shorter or decomposed form %j', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    ['năm 2101', '"năm 2101": year 2101 is outside 1900–2100.'],
    ['năm 1899', '"năm 1899": year 1899 is outside 1900–2100.'],
    ['tháng 0/2023', '"tháng 0/2023": there is no month 0.'],
    ['tháng 13/2023', '"tháng 13/2023": there is no month 13.'],
    ['31/04/2023', '"31/04/2023": 31/4/2023 is not a calendar date.'],
  ])('says why %j is impossible', (text, message) => {
    expect(() => parsePeriod(text)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE', message }),
    );
  });

  it.each([
    'quý I/2023 - abc',
    'quý I/2023 và 2024',
    'x 2023-05-01',
    '2023-05-01 x',
    '6 tháng đầu năm 2021 nữa',
    'quý I/2023x',
    'x tháng 5/2023',
    'tháng 8/2021 abc',
    'H1 2023 x',
    'Q1 2023 x',
    'June 2023 x',
    '3 June 2023 x',
    'Foo 2023',
    '3 Foo 2023',
    '2021-2025 abc',
  ])('reads nothing into the extra text of %j', (text) => {
    expect(() => parsePeriod(text)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        message: `${JSON.stringify(text)} is not a period vn-dx can read (examples: năm 2022, quý I/2023, 6 tháng đầu năm 2021, tháng 8/2021, ngày 03/6/2020, giai đoạn 2021-2025).`,
      }),
    );
  });

  it('rejects a range that ends before it starts, saying so', () => {
    expect(() => parsePeriod('từ tháng 5/2023 đến tháng 4/2023')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        message: '"từ tháng 5/2023 đến tháng 4/2023": the range ends before it starts.',
      }),
    );
  });
});

const simplePeriod: fc.Arbitrary<SimplePeriod> = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map((year) => ({ kind: 'year' as const, year })),
  fc.record({
    kind: fc.constant('half' as const),
    year: fc.integer({ min: 1900, max: 2100 }),
    half: fc.constantFrom(1 as const, 2 as const),
  }),
  fc.record({
    kind: fc.constant('quarter' as const),
    year: fc.integer({ min: 1900, max: 2100 }),
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({
    kind: fc.constant('month' as const),
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
  }),
  fc
    .date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
    .map((d) => ({
      kind: 'date' as const,
      date: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    })),
);

const period: fc.Arbitrary<Period> = fc.oneof(
  simplePeriod,
  fc
    .tuple(simplePeriod, simplePeriod)
    .filter(([a, b]) => toInterval(a).start <= toInterval(b).end)
    .map(([from, to]) => ({ kind: 'range' as const, from, to })),
);

describe('formatPeriod', () => {
  it.each<[Period, string, string]>([
    [{ kind: 'year', year: 2022 }, 'năm 2022', '2022'],
    [{ kind: 'half', year: 2021, half: 1 }, '6 tháng đầu năm 2021', 'H1 2021'],
    [{ kind: 'quarter', year: 2023, quarter: 1 }, 'quý I/2023', 'Q1 2023'],
    [{ kind: 'month', year: 2021, month: 8 }, 'tháng 8/2021', 'August 2021'],
    [{ kind: 'date', date: '2020-06-03' }, 'ngày 03/06/2020', '3 June 2020'],
    [
      { kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } },
      'giai đoạn 2021-2025',
      '2021–2025',
    ],
    [
      {
        kind: 'range',
        from: { kind: 'month', year: 2021, month: 1 },
        to: { kind: 'month', year: 2021, month: 10 },
      },
      'từ tháng 1/2021 đến tháng 10/2021',
      'from January 2021 to October 2021',
    ],
  ])('%j', (value, vi, en) => {
    expect(formatPeriod(value)).toBe(vi);
    expect(formatPeriod(value, { lang: 'en' })).toBe(en);
  });

  it('writes the English month names date-fns writes, for every month of 1900–2100', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const first = new Date(year, month - 1, 1);
        expect(formatPeriod({ kind: 'month', year, month }, { lang: 'en' })).toBe(
          format(first, 'MMMM yyyy'),
        );
      }
    }
  });

  it('writes English dates as date-fns writes `d MMMM yyyy` (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
          expect(formatPeriod({ kind: 'date', date: iso }, { lang: 'en' })).toBe(
            format(date, 'd MMMM yyyy'),
          );
        },
      ),
    );
  });

  it('round-trips through parsePeriod in both languages (property)', () => {
    fc.assert(
      fc.property(period, fc.constantFrom('vi' as const, 'en' as const), (value, lang) => {
        expect(parsePeriod(formatPeriod(value, { lang }))).toEqual(value);
      }),
      { seed: 17, numRuns: 1000 },
    );
  });

  it.each<[string, Period]>([
    ['6 tháng năm 2023', { kind: 'half', year: 2023, half: 1 }],
    ['3 tháng đầu năm 2023', { kind: 'quarter', year: 2023, quarter: 1 }],
    [
      '9 tháng đầu năm 2023',
      {
        kind: 'range',
        from: { kind: 'month', year: 2023, month: 1 },
        to: { kind: 'month', year: 2023, month: 9 },
      },
    ],
    ['12 tháng đầu năm 2023', { kind: 'year', year: 2023 }],
    ['ngày 31 tháng 12 năm 2025', { kind: 'date', date: '2025-12-31' }],
    ['03/04/2025', { kind: 'date', date: '2025-04-03' }],
    ['Jun 2023', { kind: 'month', year: 2023, month: 6 }],
    ['June 2023', { kind: 'month', year: 2023, month: 6 }],
    ['30 September 2023', { kind: 'date', date: '2023-09-30' }],
    ['1 tháng đầu năm 2023', { kind: 'month', year: 2023, month: 1 }],
  ])('reads the office form %s', (text, value) => {
    expect(parsePeriod(text)).toEqual(value);
  });

  it('names an unknown option by its path', () => {
    const error = dxErrorOf(() =>
      formatPeriod({ kind: 'year', year: 2022 }, { lng: 'en' } as object),
    );
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.issues[0]?.path).toEqual(['options', 'lng']);
  });

  it('rejects invalid periods and languages', () => {
    expect(() => formatPeriod({ kind: 'month', year: 2021, month: 13 })).toThrowError(
      /period\.month/,
    );
    expect(() => formatPeriod({ kind: 'date', date: '2023-02-29' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => formatPeriod({ kind: 'year', year: 2022 }, { lang: 'fr' as 'en' })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: `lang: expected 'vi' or 'en', got "fr".`,
      }),
    );
    expect(() => formatPeriod({ kind: 'year', year: 2022 }, null as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object, got null.',
      }),
    );
  });
});

describe('toInterval', () => {
  it('returns a date-fns Interval without naming date-fns in its declaration', () => {
    expectTypeOf(toInterval).returns.toEqualTypeOf<{ start: Date; end: Date }>();
    expectTypeOf(toInterval).returns.toExtend<Interval<Date, Date>>();
  });

  it('spans the whole period in local time', () => {
    const half = toInterval({ kind: 'half', year: 2021, half: 1 });
    expect(half.start).toEqual(new Date(2021, 0, 1));
    expect(half.end).toEqual(new Date(2021, 5, 30, 23, 59, 59, 999));
    const second = toInterval({ kind: 'half', year: 2021, half: 2 });
    expect(second.start).toEqual(new Date(2021, 6, 1));
    expect(second.end).toEqual(new Date(2021, 11, 31, 23, 59, 59, 999));
    const day = toInterval({ kind: 'date', date: '2024-02-29' });
    expect([day.start, day.end]).toEqual([
      new Date(2024, 1, 29),
      new Date(2024, 1, 29, 23, 59, 59, 999),
    ]);
    const month = toInterval({ kind: 'month', year: 2021, month: 2 });
    expect(month.end).toEqual(new Date(2021, 1, 28, 23, 59, 59, 999));
    expect(month.start).toEqual(new Date(2021, 1, 1));
  });

  it('spans years and each quarter', () => {
    expect(toInterval({ kind: 'year', year: 2022 })).toEqual({
      start: new Date(2022, 0, 1),
      end: new Date(2022, 11, 31, 23, 59, 59, 999),
    });
    const quarters = [1, 2, 3, 4].map((quarter) =>
      toInterval({ kind: 'quarter', year: 2023, quarter: quarter as 1 | 2 | 3 | 4 }),
    );
    expect(quarters.map(({ start }) => start)).toEqual([
      new Date(2023, 0, 1),
      new Date(2023, 3, 1),
      new Date(2023, 6, 1),
      new Date(2023, 9, 1),
    ]);
    expect(quarters.map(({ end }) => end)).toEqual([
      new Date(2023, 2, 31, 23, 59, 59, 999),
      new Date(2023, 5, 30, 23, 59, 59, 999),
      new Date(2023, 8, 30, 23, 59, 59, 999),
      new Date(2023, 11, 31, 23, 59, 59, 999),
    ]);
  });

  it('contains the intervals of a range’s ends, and start ≤ end (property)', () => {
    fc.assert(
      fc.property(period, (value) => {
        const { start, end } = toInterval(value);
        expect(start <= end).toBe(true);
        if (value.kind === 'range') {
          expect(start).toEqual(toInterval(value.from).start);
          expect(end).toEqual(toInterval(value.to).end);
        }
      }),
      { seed: 23, numRuns: 500 },
    );
  });

  it('rejects malformed periods', () => {
    expect(() => toInterval({ kind: 'week' } as unknown as Period)).toThrowError(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => toInterval({ kind: 'week' } as unknown as Period)).toThrowError(/^period\.kind: /);
  });

  it('names the period itself when it is not an object at all', () => {
    for (const [value, shown] of [
      [null, 'null'],
      ['năm 2022', '"năm 2022"'],
      [2022, '2022'],
    ] as const) {
      expect(() => toInterval(value as unknown as Period)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_PERIOD',
          message: `period: expected a period object such as { kind: "year", year: 2022 }, got ${shown}.`,
        }),
      );
    }
    expect(() => formatPeriod(undefined as unknown as Period)).toThrowError(
      /^period: expected a period object such as \{ kind: "year", year: 2022 \}, got undefined\.$/,
    );
  });
});

describe('parsePeriod fuzz', () => {
  it('returns a valid period or a DxError, in linear time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        try {
          const value = parsePeriod(text);
          expect(toInterval(value).start).toBeInstanceOf(Date);
        } catch (error) {
          expect(error).toBeInstanceOf(DxError);
        }
      }),
      { seed: 29, numRuns: 1000 },
    );
    expect(() => parsePeriod(`từ ${'quý '.repeat(50_000)} đến 2021`)).toThrowError(DxError);
  });
});
