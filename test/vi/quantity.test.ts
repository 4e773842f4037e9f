import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { QUALIFIERS } from '../../src/model/qualifier.js';
import { formatViNumber } from '../../src/vi/number.js';
import { formatQuantity, parseQuantity } from '../../src/vi/quantity.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('parseQuantity', () => {
  it.each([
    ['51,16%', { value: 51.16, qualifier: 'exact', unit: 'percent' }],
    ['51,16 %', { value: 51.16, qualifier: 'exact', unit: 'percent' }],
    ['gần 4.000', { value: 4000, qualifier: 'approx' }],
    ['gan 4.000', { value: 4000, qualifier: 'approx' }],
    ['trên 97%', { value: 97, qualifier: 'over', unit: 'percent' }],
    ['hơn 90%', { value: 90, qualifier: 'over', unit: 'percent' }],
    ['khoảng 100', { value: 100, qualifier: 'approx' }],
    ['xấp xỉ 12', { value: 12, qualifier: 'approx' }],
    ['tối thiểu 20%', { value: 20, qualifier: 'at-least', unit: 'percent' }],
    ['ít nhất 3', { value: 3, qualifier: 'at-least' }],
    ['không dưới 50%', { value: 50, qualifier: 'at-least', unit: 'percent' }],
    ['dưới 5%', { value: 5, qualifier: 'under', unit: 'percent' }],
    ['chưa đến 10', { value: 10, qualifier: 'under' }],
    ['tối đa 30', { value: 30, qualifier: 'at-most' }],
    ['không quá 2 ngày', { value: 2, qualifier: 'at-most', noun: 'ngày' }],
    ['trên 620 tỷ đồng', { value: 620e9, qualifier: 'over', unit: 'vnd' }],
    ['45 triệu', { value: 45e6, qualifier: 'exact' }],
    ['1,1 tỷ VNĐ', { value: 1.1e9, qualifier: 'exact', unit: 'vnd' }],
    ['12 nghìn đồng', { value: 12000, qualifier: 'exact', unit: 'vnd' }],
    ['500.000 đ', { value: 500000, qualifier: 'exact', unit: 'vnd' }],
    ['1.453 hồ sơ', { value: 1453, qualifier: 'exact', noun: 'hồ sơ' }],
    ['Trên 2.000 doanh nghiệp', { value: 2000, qualifier: 'over', noun: 'doanh nghiệp' }],
    ['100%', { value: 100, qualifier: 'exact', unit: 'percent' }],
  ])('%j', (text, quantity) => {
    expect(parseQuantity(text)).toEqual(quantity);
  });

  it.each(['', 'gần', 'trên', 'nhiều', 'gần bốn nghìn', '4.0000', 'hàng trăm'])(
    'rejects %j',
    (text) => {
      expect(() => parseQuantity(text)).toThrowError(
        expect.objectContaining({ code: 'INVALID_QUANTITY' }),
      );
    },
  );

  it('keeps a noun typed in decomposed form (NFD) as composed text', () => {
    const quantity = parseQuantity('trên 1.453 hồ sơ'.normalize('NFD'));
    expect(quantity).toEqual({ value: 1453, qualifier: 'over', noun: 'hồ sơ'.normalize('NFC') });
  });

  it('rejects non-strings', () => {
    expect(() => parseQuantity(null as unknown as string)).toThrowError(DxError);
  });

  it('reads back what it is given: qualifier word + formatted number + % (property)', () => {
    const words: Record<string, string> = {
      exact: '',
      approx: 'khoảng ',
      over: 'trên ',
      'at-least': 'tối thiểu ',
      under: 'dưới ',
      'at-most': 'tối đa ',
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...QUALIFIERS),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.boolean(),
        (qualifier, cents, percent) => {
          const value = cents / 100;
          const text = `${words[qualifier]}${formatViNumber(value)}${percent ? '%' : ''}`;
          expect(parseQuantity(text)).toEqual({
            value,
            qualifier,
            ...(percent ? { unit: 'percent' } : {}),
          });
        },
      ),
      { seed: 9, numRuns: 500 },
    );
  });

  it('returns a quantity or a DxError for any string (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        try {
          expect(Number.isFinite(parseQuantity(text).value)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DxError);
        }
      }),
      { seed: 13, numRuns: 1000 },
    );
    expect(parseQuantity(`gần 4 ${'x '.repeat(100_000)}`).noun?.length).toBe(199_999);
  });
});

describe('formatQuantity', () => {
  it('writes Vietnamese and English', () => {
    expect(formatQuantity({ value: 51.16, qualifier: 'exact', unit: 'percent' })).toBe('51,16%');
    expect(formatQuantity({ value: 4000, qualifier: 'approx' })).toBe('khoảng 4.000');
    expect(formatQuantity({ value: 45.5e6, qualifier: 'at-least', unit: 'vnd' })).toBe(
      'tối thiểu 45,5 triệu đồng',
    );
    expect(
      formatQuantity({ value: 1453.5, qualifier: 'under', noun: 'hồ sơ' }, { lang: 'en' }),
    ).toBe('under 1,453.5 hồ sơ');
    expect(
      formatQuantity({ value: 620e9, qualifier: 'at-most', unit: 'vnd' }, { lang: 'en' }),
    ).toBe('at most 620 billion VND');
    expect(formatQuantity({ value: 2e6, qualifier: 'exact', unit: 'vnd' }, { lang: 'en' })).toBe(
      '2 million VND',
    );
    expect(formatQuantity({ value: 2e3, qualifier: 'exact', unit: 'vnd' }, { lang: 'en' })).toBe(
      '2 thousand VND',
    );
    expect(formatQuantity({ value: 200, qualifier: 'exact', unit: 'vnd' }, { lang: 'en' })).toBe(
      '200 VND',
    );
    expect(
      formatQuantity(
        { value: 1 / 3, qualifier: 'exact', unit: 'percent' },
        { maximumFractionDigits: 1 },
      ),
    ).toBe('0,3%');
  });

  it('rejects unknown qualifiers and units', () => {
    expect(() => formatQuantity({ value: 1, qualifier: 'roughly' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_QUANTITY' }),
    );
    expect(() =>
      formatQuantity({ value: 1, qualifier: 'exact', unit: 'usd' as never }),
    ).toThrowError(/unit/);
    expect(() => formatQuantity(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_QUANTITY' }),
    );
    expect(() => formatQuantity({ value: Number.NaN, qualifier: 'exact' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('rejects bad options rather than writing "undefined"', () => {
    const quantity = { value: 97, qualifier: 'over' } as const;
    expect(() => formatQuantity(quantity, { lang: 'fr' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.lang: expected one of "vi", "en", got "fr".',
      }),
    );
    expect(() => formatQuantity(quantity, null as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object, got null.',
      }),
    );
    expect(() => formatQuantity(quantity, { maximumFractionDigits: 21 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('round-trips through parseQuantity (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUALIFIERS),
        fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100),
        fc.constantFrom(undefined, 'percent' as const),
        fc.constantFrom(undefined, 'hồ sơ', 'doanh nghiệp'),
        (qualifier, value, unit, noun) => {
          const quantity = {
            value,
            qualifier,
            ...(unit ? { unit } : {}),
            ...(noun ? { noun } : {}),
          };
          expect(parseQuantity(formatQuantity(quantity))).toEqual(quantity);
        },
      ),
      { seed: 19, numRuns: 500 },
    );
  });
});

describe('parseQuantity and formatQuantity: errors and edge cases', () => {
  const rejects = (run: () => unknown, code: string, message: string) =>
    expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));

  it('refuses a number that goes on after a space rather than read its first group alone', () => {
    rejects(
      () => parseQuantity('1 234'),
      'INVALID_QUANTITY',
      '"1 234": the number goes on after a space ("234"); write it as one number, such as 1.234 or 1,2 tỷ.',
    );
    rejects(
      () => parseQuantity('khoảng 1 tỷ 200 triệu đồng'),
      'INVALID_QUANTITY',
      '"khoảng 1 tỷ 200 triệu đồng": the number goes on after a space ("200 triệu đồng"); write it as one number, such as 1.234 or 1,2 tỷ.',
    );
    for (const split of ['1 -2 hồ sơ', '1 ,5', '2 3G']) {
      expect(() => parseQuantity(split), split).toThrowError(
        expect.objectContaining({ code: 'INVALID_QUANTITY' }),
      );
    }
    // A noun after the number, even one with digits inside, still reads.
    expect(parseQuantity('1.453 hồ sơ')).toEqual({
      value: 1453,
      qualifier: 'exact',
      noun: 'hồ sơ',
    });
    expect(parseQuantity('120 trạm 5G')).toEqual({
      value: 120,
      qualifier: 'exact',
      noun: 'trạm 5G',
    });
  });

  it('says why there is no quantity', () => {
    rejects(
      () => parseQuantity(null as unknown as string),
      'INVALID_QUANTITY',
      'text: expected a quantity as text, got null.',
    );
    rejects(() => parseQuantity(''), 'INVALID_QUANTITY', '"" has no number.');
    rejects(() => parseQuantity(' \t '), 'INVALID_QUANTITY', '" \\t " has no number.');
    // A lone qualifier word is read as the number, and is not one.
    rejects(
      () => parseQuantity('gần'),
      'INVALID_QUANTITY',
      '"gần": "gần" is not a Vietnamese number such as 1.453 or 51,16.',
    );
    rejects(
      () => parseQuantity('tối đa'),
      'INVALID_QUANTITY',
      '"tối đa": "tối" is not a Vietnamese number such as 1.453 or 51,16.',
    );
  });

  it('keeps the number error as the cause', () => {
    let error: unknown;
    try {
      parseQuantity('gần 1.5 tỷ');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'INVALID_QUANTITY',
      message: '"gần 1.5 tỷ": "1.5" is not a Vietnamese number such as 1.453 or 51,16.',
    });
    expect((error as Error).cause).toMatchObject({ name: 'DxError', code: 'INVALID_NUMBER' });
  });

  it('leaves out unit and noun when there are none', () => {
    expect(parseQuantity('  khoảng   4.000  ')).toStrictEqual({ value: 4000, qualifier: 'approx' });
    expect(parseQuantity('45 triệu hồ sơ')).toStrictEqual({
      value: 45e6,
      qualifier: 'exact',
      noun: 'hồ sơ',
    });
    expect(parseQuantity('12 %')).toStrictEqual({ value: 12, qualifier: 'exact', unit: 'percent' });
  });

  it('writes every significant digit unless told how many', () => {
    expect(formatQuantity({ value: 1 / 3, qualifier: 'exact' })).toBe('0,3333333333333333');
    expect(formatQuantity({ value: 12.3456, qualifier: 'over', unit: 'percent' })).toBe(
      'trên 12,3456%',
    );
    expect(
      formatQuantity({ value: 12.3456, qualifier: 'exact' }, { maximumFractionDigits: 2 }),
    ).toBe('12,35');
  });

  it('names the 1.0 spelling of a 0.x qualifier, and an unknown option, by path', () => {
    const renamed = dxErrorOf(() => formatQuantity({ value: 1, qualifier: 'atLeast' as never }));
    expect(renamed.code).toBe('INVALID_ARGUMENT');
    expect(renamed.issues[0]).toMatchObject({
      path: ['quantity', 'qualifier'],
      suggestion: 'at-least',
    });
    const option = dxErrorOf(() =>
      formatQuantity({ value: 1, qualifier: 'exact' }, { digits: 2 } as object),
    );
    expect(option.code).toBe('INVALID_ARGUMENT');
    expect(option.issues[0]?.path).toEqual(['options', 'digits']);
  });

  it('names a bad quantity, qualifier or unit', () => {
    rejects(
      () => formatQuantity(5 as never),
      'INVALID_QUANTITY',
      'quantity: expected { value, qualifier }, got 5.',
    );
    rejects(
      () => formatQuantity(null as never),
      'INVALID_QUANTITY',
      'quantity: expected { value, qualifier }, got null.',
    );
    for (const qualifier of ['roughly', 'toString', '__proto__']) {
      rejects(
        () => formatQuantity({ value: 1, qualifier: qualifier as never }),
        'INVALID_QUANTITY',
        `qualifier: unknown qualifier ${JSON.stringify(qualifier)}.`,
      );
    }
    rejects(
      () => formatQuantity({ value: 1, qualifier: 'exact', unit: 'usd' as never }),
      'INVALID_QUANTITY',
      `unit: expected 'percent' or 'vnd', got "usd".`,
    );
  });
});
