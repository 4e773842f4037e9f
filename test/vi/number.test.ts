import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import {
  formatRank,
  formatViNumber,
  formatViPercent,
  formatVnd,
  parseViNumber,
} from '../../src/vi/number.js';

describe('parseViNumber', () => {
  it.each([
    ['1.453', 1453],
    ['580.432', 580432],
    ['51,16', 51.16],
    ['1.234.567,89', 1234567.89],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
    ['0,5', 0.5],
    ['1453', 1453],
    ['1 234 567', 1234567],
    ['1\u00a0234', 1234],
    ['  42  ', 42],
  ])('%j → %d', (text, value) => {
    expect(parseViNumber(text)).toBe(value);
  });

  it.each([
    '',
    '1.5',
    '12.34',
    '1.2345',
    '0.500',
    '1,2,3',
    '1.234.56',
    'abc',
    '1e5',
    '--1',
    '١٢',
    ',5',
    '5,',
    'NaN',
    'Infinity',
  ])('rejects %j with INVALID_NUMBER', (text) => {
    expect(() => parseViNumber(text)).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('hints at the decimal comma for English decimals', () => {
    expect(() => parseViNumber('51.16')).toThrowError(/comma for decimals/);
  });

  it('rejects non-strings', () => {
    expect(() => parseViNumber(12 as unknown as string)).toThrowError(DxError);
  });

  it('round-trips formatViNumber for numbers with up to 6 decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (units, decimals) => {
          const value = units / 10 ** decimals;
          const text = formatViNumber(value, { maximumFractionDigits: 6 });
          expect(parseViNumber(text)).toBe(value);
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('returns a number or a DxError for any string, in linear time (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        try {
          expect(Number.isFinite(parseViNumber(text))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DxError);
        }
      }),
      { seed: 5, numRuns: 1000 },
    );
    expect(() => parseViNumber(`${'1.'.repeat(100_000)}x`)).toThrowError(DxError);
    expect(() => parseViNumber('9'.repeat(200_000))).toThrowError(/too large/);
  });
});

describe('formatViNumber', () => {
  it.each([
    [1453, {}, '1.453'],
    [1234567.891, {}, '1.234.567,89'],
    [1.005, {}, '1,01'],
    [-3.5, {}, '-3,5'],
    [-0.001, {}, '0'],
    [0.5, { minimumFractionDigits: 2 }, '0,50'],
    [1234567, { grouping: false }, '1234567'],
    [999.9999, { maximumFractionDigits: 0 }, '1.000'],
  ] as const)('%d %j → %s', (value, options, text) => {
    expect(formatViNumber(value, options)).toBe(text);
  });

  it('rejects NaN, infinities and bad options', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '1' as unknown as number]) {
      expect(() => formatViNumber(bad)).toThrowError(
        expect.objectContaining({ code: 'INVALID_NUMBER' }),
      );
    }
    expect(() => formatViNumber(1, { maximumFractionDigits: 21 })).toThrowError(
      /maximumFractionDigits/,
    );
    expect(() => formatViNumber(1, { minimumFractionDigits: 1.5 })).toThrowError(
      /minimumFractionDigits/,
    );
    expect(() =>
      formatViNumber(1, { minimumFractionDigits: 3, maximumFractionDigits: 2 }),
    ).toThrowError(/exceeds/);
    for (const run of [
      () => formatViNumber(1, null as never),
      () => formatViPercent(1, null as never),
      () => formatVnd(1, null as never),
    ]) {
      expect(run).toThrowError(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: 'options: expected an object, got null.',
        }),
      );
    }
  });
});

describe('formatViNumber exact', () => {
  it.each([
    [5e-324, `0,${'0'.repeat(323)}5`],
    [1.5e21, '1.500.000.000.000.000.000.000'],
    [-1e-7, '-0,0000001'],
    [123.456, '123,456'],
    [0, '0'],
  ])('%d', (value, text) => {
    expect(formatViNumber(value, { exact: true })).toBe(text);
  });

  it('reads back every finite double exactly (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseViNumber(formatViNumber(value, { exact: true }))).toBe(
          Object.is(value, -0) ? 0 : value,
        );
      }),
      { seed: 43, numRuns: 2000 },
    );
  });
});

describe('formatViPercent, formatVnd, formatRank', () => {
  it('formats percentages', () => {
    expect(formatViPercent(51.16)).toBe('51,16%');
    expect(formatViPercent(100)).toBe('100%');
  });

  it('scales đồng', () => {
    expect(formatVnd(620e9)).toBe('620 tỷ đồng');
    expect(formatVnd(1.5e12)).toBe('1.500 tỷ đồng');
    expect(formatVnd(45.5e6)).toBe('45,5 triệu đồng');
    expect(formatVnd(12_000)).toBe('12 nghìn đồng');
    expect(formatVnd(-2e9)).toBe('-2 tỷ đồng');
    expect(formatVnd(900)).toBe('900 đồng');
    expect(() => formatVnd(Number.NaN)).toThrowError(DxError);
  });

  it('formats ranks and rejects impossible ones', () => {
    expect(formatRank(1, 63)).toBe('1/63');
    expect(formatRank(63, 63)).toBe('63/63');
    for (const [rank, of] of [
      [0, 63],
      [64, 63],
      [1.5, 63],
      [Number.NaN, 63],
    ] as const) {
      expect(() => formatRank(rank, of)).toThrowError(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });
});

describe('error codes and messages', () => {
  const rejects = (run: () => unknown, code: string, message: string) =>
    expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));

  it('parseViNumber: non-strings, too large numbers', () => {
    rejects(
      () => parseViNumber(12 as unknown as string),
      'INVALID_NUMBER',
      'text: expected a Vietnamese number as text, got 12.',
    );
    rejects(
      () => parseViNumber(`1${'0'.repeat(400)}`),
      'INVALID_NUMBER',
      `"1${'0'.repeat(39)}…" is too large to represent as a number.`,
    );
  });

  it('parseViNumber: hints at the decimal comma only for a whole English decimal', () => {
    const plain = (text: string) =>
      `${JSON.stringify(text)} is not a Vietnamese number such as 1.453 or 51,16.`;
    const hint = ' Vietnamese uses a comma for decimals (51,16).';
    rejects(() => parseViNumber('51.16'), 'INVALID_NUMBER', plain('51.16') + hint);
    rejects(() => parseViNumber(' 51.16 '), 'INVALID_NUMBER', plain(' 51.16 ') + hint);
    rejects(() => parseViNumber('x51.16'), 'INVALID_NUMBER', plain('x51.16'));
    rejects(() => parseViNumber('51.16x'), 'INVALID_NUMBER', plain('51.16x'));
    rejects(() => parseViNumber('5.1234'), 'INVALID_NUMBER', plain('5.1234'));
  });

  it('formatViNumber: fraction digits from 0 to 20', () => {
    expect(formatViNumber(0.5, { minimumFractionDigits: 20, maximumFractionDigits: 20 })).toBe(
      `0,5${'0'.repeat(19)}`,
    );
    expect(formatViNumber(2.5, { maximumFractionDigits: 0 })).toBe('3');
    for (const [name, digits] of [
      ['maximumFractionDigits', 21],
      ['maximumFractionDigits', -1],
      ['minimumFractionDigits', -1],
      ['minimumFractionDigits', 1.5],
    ] as const) {
      rejects(
        () => formatViNumber(1, { [name]: digits }),
        'INVALID_ARGUMENT',
        `${name}: expected an integer from 0 to 20, got ${digits}.`,
      );
    }
    rejects(
      () => formatViNumber(1, { minimumFractionDigits: 3, maximumFractionDigits: 2 }),
      'INVALID_ARGUMENT',
      'minimumFractionDigits (3) exceeds maximumFractionDigits (2).',
    );
    rejects(
      () => formatViNumber(Number.NaN),
      'INVALID_NUMBER',
      'value: expected a finite number, got NaN.',
    );
  });

  it('formatViNumber: names an unknown option', () => {
    rejects(
      () => formatViNumber(1, { digits: 2 } as object),
      'INVALID_ARGUMENT',
      'options.digits: not an option here; expected maximumFractionDigits, minimumFractionDigits, grouping, exact.',
    );
  });

  it('formatViNumber exact: writes the digits of an exponent in full, above and below', () => {
    expect(formatViNumber(1.25e21, { exact: true, grouping: false })).toBe(
      '1250000000000000000000',
    );
    expect(formatViNumber(1.2345e25, { exact: true, grouping: false })).toBe(
      '12345000000000000000000000',
    );
    expect(formatViNumber(1e-7, { exact: true })).toBe('0,0000001');
    expect(formatViNumber(9.87e-7, { exact: true })).toBe('0,000000987');
    expect(formatViNumber(0.000001, { exact: true })).toBe('0,000001');
  });

  it('formatViNumber exact: zero has no sign', () => {
    expect(formatViNumber(-0, { exact: true })).toBe('0');
    expect(formatViNumber(1e21, { exact: true })).toBe('1.000.000.000.000.000.000.000');
    expect(formatViNumber(-1.2345e-7, { exact: true })).toBe('-0,00000012345');
  });

  it('formatVnd: scales from exactly one nghìn, triệu or tỷ; rejects non-finite amounts', () => {
    expect(formatVnd(1e9)).toBe('1 tỷ đồng');
    expect(formatVnd(1e6)).toBe('1 triệu đồng');
    expect(formatVnd(1e3)).toBe('1 nghìn đồng');
    expect(formatVnd(999)).toBe('999 đồng');
    expect(formatVnd(-1e9)).toBe('-1 tỷ đồng');
    for (const [bad, shown] of [
      [Number.NaN, 'NaN'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
      ['5', '"5"'],
    ] as const) {
      rejects(
        () => formatVnd(bad as number),
        'INVALID_NUMBER',
        `value: expected a finite number, got ${shown}.`,
      );
    }
  });

  it('formatRank: names the impossible rank', () => {
    rejects(
      () => formatRank(64, 63),
      'INVALID_ARGUMENT',
      'Expected whole numbers 1 ≤ rank ≤ of, got rank 64 of 63.',
    );
  });
});
