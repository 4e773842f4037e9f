import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { PROVINCE_RECORDS } from '../../src/provinces/data.js';
import {
  eraAt,
  findProvince,
  getProvince,
  isCodeEverUsed,
  PROVINCES_AS_OF,
  provinceKey,
  provincesAt,
} from '../../src/provinces/lookup.js';
import { PROVINCE_DATA_SOURCES } from '../../src/provinces/tables.js';
import { dxErrorOf } from '../fixtures/errors.js';

const BEFORE = { at: '2024-06-01' } as const;
const AFTER = { at: '2025-07-01' } as const;

function codeOf(query: string, options: { at: string | Date } = BEFORE): string | undefined {
  return findProvince(query, options)?.code;
}

// First in the file on purpose: the name index and the table by code are built once, on first
// use, and Stryker's per-test coverage credits that work to the first test only.
describe('the indexes built on first use', () => {
  it('find a unit by code, every form of its name, its ISO code and its initials', () => {
    expect(getProvince('91', BEFORE).name).toBe('Kiên Giang');
    for (const query of ['01', 'Hà Nội', 'Thành phố Hà Nội', 'Hanoi', 'ha-noi', 'HN'])
      expect(codeOf(query)).toBe('01');
    expect(codeOf('VN-27')).toBe('49');
    expect(codeOf('LA')).toBe('80');
    // Initials come from names of several words: Huế (2025) gives none.
    expect(codeOf('H', { at: '2025-03-01' })).toBeUndefined();
    expect(codeOf('Đồng Nai', AFTER)).toBe('75');
    expect(codeOf('X')).toBeUndefined();
    const ambiguous = dxErrorOf(() => findProvince('QN', BEFORE));
    expect(ambiguous.code).toBe('AMBIGUOUS_PROVINCE');
    expect(ambiguous.issues[0]).toMatchObject({
      path: ['query'],
      expected: 'a full name or a code',
      received: '"QN"',
      candidates: ['22 Quảng Ninh', '49 Quảng Nam', '51 Quảng Ngãi'],
    });
  });
});

describe('getProvince', () => {
  it('anchors a code in time: 91 is Kiên Giang, then the merged An Giang', () => {
    expect(getProvince('91', BEFORE).name).toBe('Kiên Giang');
    expect(getProvince('91', AFTER).name).toBe('An Giang');
    expect(getProvince('91', { at: '2025-06-30' }).era).toBe('63');
  });

  it('models a change of kind without a merger (Huế, 2025-01-01)', () => {
    const province = getProvince('46', { at: '2024-12-31' });
    expect([province.name, province.kind]).toEqual(['Thừa Thiên Huế', 'province']);
    const city = getProvince('46', { at: '2025-01-01' });
    expect([city.name, city.kind, city.era]).toEqual(['Huế', 'municipality', '63']);
    expect(getProvince('46', AFTER).era).toBe('34');
  });

  it('models Đồng Nai becoming a municipality on 2026-04-30 (Resolution 30/2026/QH16)', () => {
    const before = getProvince('75', { at: '2026-04-29' });
    expect([before.fullName, before.kind]).toEqual(['Tỉnh Đồng Nai', 'province']);
    const city = getProvince('75', { at: '2026-11-27' });
    expect([city.fullName, city.kind, city.era]).toEqual([
      'Thành phố Đồng Nai',
      'municipality',
      '34',
    ]);
    expect(findProvince('Thành phố Đồng Nai', { at: '2026-05-01' })?.code).toBe('75');
    expect(provincesAt('2026-04-30')).toHaveLength(34);
  });

  it('models Quảng Ninh (2026-09-01, Resolution 36/2026/QH16) and Bắc Ninh (2026-09-20, Resolution 39/2026/QH16) becoming municipalities', () => {
    const kindOn = (code: string, at: string) => {
      const province = getProvince(code, { at });
      return [province.fullName, province.kind];
    };
    expect(kindOn('22', '2026-08-31')).toEqual(['Tỉnh Quảng Ninh', 'province']);
    expect(kindOn('22', '2026-09-01')).toEqual(['Thành phố Quảng Ninh', 'municipality']);
    expect(kindOn('24', '2026-09-19')).toEqual(['Tỉnh Bắc Ninh', 'province']);
    expect(kindOn('24', '2026-09-20')).toEqual(['Thành phố Bắc Ninh', 'municipality']);
    expect(findProvince('Thành phố Bắc Ninh', { at: '2026-11-27' })?.code).toBe('24');
    expect(findProvince('Thành phố Quảng Ninh', { at: '2026-11-27' })?.code).toBe('22');
    expect(provincesAt('2026-09-20')).toHaveLength(34);
  });

  it('accepts a Date, read in local time', () => {
    expect(getProvince('91', { at: new Date(2025, 5, 30, 23, 59) }).name).toBe('Kiên Giang');
    expect(getProvince('91', { at: new Date(2025, 6, 1, 0, 0) }).name).toBe('An Giang');
  });

  it('defaults to PROVINCES_AS_OF', () => {
    expect(getProvince('91')).toBe(getProvince('91', { at: PROVINCES_AS_OF }));
  });

  it('reads the short forms people type for the current units (issue #26)', () => {
    expect(findProvince('SG')?.code).toBe('79');
    expect(findProvince('HCM City')?.code).toBe('79');
    expect(findProvince('HP')?.code).toBe('31');
    expect(findProvince('HP', BEFORE)?.code).toBe('31');
  });

  it('takes as PROVINCES_AS_OF the day of the latest change in the table', () => {
    const latest = PROVINCE_RECORDS.map((record) => record.validFrom)
      .sort()
      .at(-1);
    expect(PROVINCES_AS_OF).toBe(latest);
    expect(PROVINCES_AS_OF).toBe('2026-09-20'); // Bắc Ninh, Resolution 39/2026/QH16
    // Without `at`, a lookup gives the units as they stand now, not on 1 July 2025.
    expect(getProvince('75').kind).toBe('municipality');
    expect(findProvince('Đồng Nai')?.fullName).toBe('Thành phố Đồng Nai');
    expect(provincesAt()).toEqual(provincesAt('2030-01-01'));
    expect(eraAt()).toBe('34');
    expect(PROVINCE_DATA_SOURCES.dataDate).toBe(PROVINCES_AS_OF);
  });

  it('explains a retired code', () => {
    expect(() => getProvince('89', AFTER)).toThrowError(
      /no province has code '89' on 2025-07-01\. Code 89 was An Giang until 2025-06-30; it became part of 91 An Giang/,
    );
  });

  it('rejects malformed codes and dates with DxError', () => {
    expect(() => getProvince('00')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
    expect(() => getProvince(49 as unknown as string)).toThrowError(/use '49'/);
    expect(() => getProvince('9')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => getProvince('49', { at: '2023-02-29' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => getProvince('49', { at: 'yesterday' })).toThrowError(DxError);
    expect(() => getProvince('49', { at: new Date(Number.NaN) })).toThrowError(/invalid/);
    expect(() => getProvince('49', { at: '2008-07-31' })).toThrowError(/before 2008-08-01/);
    expect(() => getProvince('49', null as unknown as undefined)).toThrowError(/options/);
  });

  it('names the option, the day and the code at fault', () => {
    const option = dxErrorOf(() => getProvince('01', { on: '2024-01-01' } as never));
    expect(option.code).toBe('INVALID_ARGUMENT');
    expect(option.issues[0]?.path).toEqual(['options', 'on']);
    const early = dxErrorOf(() => getProvince('01', { at: '2000-01-01' }));
    expect(early.code).toBe('INVALID_DATE');
    expect(early.issues[0]?.path).toEqual(['at']);
    const retired = dxErrorOf(() => getProvince('49', AFTER));
    expect(retired.code).toBe('UNKNOWN_PROVINCE');
    expect(retired.issues[0]).toMatchObject({
      path: ['code'],
      expected: 'a province code in use on 2025-07-01',
      received: '"49"',
    });
  });

  it('says exactly what was wrong', () => {
    expect(() => getProvince('4')).toThrowError(
      `code: expected a two-digit province code string such as '49', got "4".`,
    );
    expect(() => getProvince(5 as unknown as string)).toThrowError(
      `code: expected a two-digit province code string such as '49', got 5 (codes are strings: use '05').`,
    );
    for (const code of ['123', 'a12', '12a']) {
      expect(() => getProvince(code)).toThrowError(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
    expect(() => getProvince('99')).toThrowError(
      /^code: no province has code '99' on 2026-09-20\.$/,
    );
    expect(() => getProvince('49', 7 as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { at }, got 7.',
      }),
    );
    expect(() => getProvince('49', { at: '2008-07-31' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('provincesAt and eraAt', () => {
  it('has 63 units up to 30 June 2025 and 34 after', () => {
    expect(provincesAt('2008-08-01')).toHaveLength(63);
    expect(provincesAt('2025-06-30')).toHaveLength(63);
    expect(provincesAt('2025-07-01')).toHaveLength(34);
    expect(provincesAt()).toHaveLength(34);
  });

  it('counts tỉnh and thành phố as the sources do', () => {
    const kinds = (at: string) => provincesAt(at).filter((p) => p.kind === 'municipality').length;
    expect(kinds('2024-12-31')).toBe(5);
    expect(kinds('2025-01-01')).toBe(6);
    expect(kinds('2025-07-01')).toBe(6);
    expect(kinds('2026-04-29')).toBe(6);
    expect(kinds('2026-04-30')).toBe(7);
    expect(kinds('2026-08-31')).toBe(7);
    expect(kinds('2026-09-01')).toBe(8);
    expect(kinds('2026-09-19')).toBe(8);
    expect(kinds('2026-09-20')).toBe(9);
  });

  it('never has two units with one code on one day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2008, 7, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
        (day) => {
          const codes = provincesAt(day).map((p) => p.code);
          expect(new Set(codes).size).toBe(codes.length);
        },
      ),
      { seed: 20261121, numRuns: 200 },
    );
  });

  it('returns a frozen array', () => {
    expect(Object.isFrozen(provincesAt())).toBe(true);
  });

  it('tells the era', () => {
    expect(eraAt('2025-06-30')).toBe('63');
    expect(eraAt('2025-07-01')).toBe('34');
    expect(eraAt()).toBe('34');
  });
});

describe('findProvince', () => {
  it.each([
    ['Quảng Nam', '49'],
    ['quang nam', '49'],
    ['QUẢNG NAM', '49'],
    ['Tỉnh Quảng Nam', '49'],
    ['Hoà Bình', '17'],
    ['Hòa Bình', '17'],
    ['hoa binh', '17'],
    ['Thừa Thiên Huế', '46'],
    ['Thừa Thiên - Huế', '46'],
    ['Thừa Thiên–Huế', '46'],
    ['Huế', '46'],
    ['TP.HCM', '79'],
    ['TP HCM', '79'],
    ['TPHCM', '79'],
    ['T.P Hồ Chí Minh', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['Sài Gòn', '79'],
    ['Ho Chi Minh City', '79'],
    ['HCM', '79'],
    ['Hanoi', '01'],
    ['Hà  Nội', '01'],
    ['Danang', '48'],
    ['TP. Đà Nẵng', '48'],
    ['Bắc Cạn', '06'],
    ['Daklak', '66'],
    ['Đăk Lăk', '66'],
    ['BR-VT', '77'],
    ['Bà Rịa – Vũng Tàu', '77'],
    ['Kiến Giang', '91'],
    ['VN-44', '89'],
    ['vn-sg', '79'],
    ['49', '49'],
    ['LA', '80'],
    ['\u200bQuảng\u00a0Nam', '49'],
    ['Qua\u0301ng Nam', '49'],
  ])('%s → %s before the merger', (query, code) => {
    expect(codeOf(query)).toBe(code);
  });

  it.each([
    ['An Giang', '91'],
    ['Huế', '46'],
    ['TP Huế', '46'],
    ['Thừa Thiên Huế', '46'],
    ['Đà Nẵng', '48'],
    ['Phú Thọ', '25'],
  ])('%s → %s after the merger', (query, code) => {
    expect(codeOf(query, AFTER)).toBe(code);
  });

  it('finds no retired unit after the merger and no guess for unknown text', () => {
    expect(findProvince('Quảng Nam', AFTER)).toBeUndefined();
    expect(findProvince('Hà Tây', BEFORE)).toBeUndefined();
    expect(findProvince('Quảng', BEFORE)).toBeUndefined();
    expect(findProvince('', BEFORE)).toBeUndefined();
    expect(findProvince('  - ', BEFORE)).toBeUndefined();
    expect(findProvince('VN-44', AFTER)).toBeUndefined();
  });

  it('throws on ambiguous initials, naming the candidates', () => {
    expect(() => findProvince('QN', BEFORE)).toThrowError(
      expect.objectContaining({
        code: 'AMBIGUOUS_PROVINCE',
        message: expect.stringMatching(/22 Quảng Ninh, 49 Quảng Nam, 51 Quảng Ngãi/),
      }),
    );
  });

  it('lets a name win over initials (HN is Hà Nội, not Hà Nam)', () => {
    expect(codeOf('HN')).toBe('01');
  });

  it('does not match prototype keys', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(findProvince(key, BEFORE)).toBeUndefined();
    }
  });

  it('rejects non-string queries', () => {
    expect(() => findProvince(undefined as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => findProvince(49 as unknown as string)).toThrowError(
      'query: expected a province name or code, got 49.',
    );
  });

  it('finds every unit of the 63 by its ISO 3166-2 code', () => {
    for (const unit of provincesAt('2024-12-31')) {
      expect(findProvince(unit.iso3166_2 as string, { at: '2024-12-31' })).toBe(unit);
    }
  });

  it('takes initials from names of several words only, and nothing from empty text', () => {
    expect(findProvince('LA', { at: '2024-12-31' })?.name).toBe('Long An');
    expect(findProvince('H', AFTER)).toBeUndefined(); // Huế is one word
    expect(findProvince('', AFTER)).toBeUndefined();
    expect(findProvince('  ', AFTER)).toBeUndefined();
  });

  it('finds every unit by its name, ASCII name, English name, slug and full name', () => {
    for (const record of PROVINCE_RECORDS) {
      const at = { at: record.validFrom };
      for (const name of [
        record.name,
        record.nameAscii,
        record.nameEn,
        record.slug,
        record.fullName,
      ]) {
        expect(findProvince(name, at), `${name} at ${record.validFrom}`).toBe(record);
      }
    }
  });

  it('is insensitive to case and diacritics for every unit (property)', () => {
    const era63 = provincesAt('2024-06-01');
    fc.assert(
      fc.property(fc.constantFrom(...era63), fc.func(fc.boolean()), (record, upper) => {
        const chars = [...record.name.normalize('NFD')];
        const mangled = chars
          .map((c, i) => (upper(i) ? c.toUpperCase() : c.toLowerCase()))
          .join('');
        expect(findProvince(mangled, BEFORE)).toBe(record);
        expect(findProvince(record.nameAscii.toLowerCase(), BEFORE)).toBe(record);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('returns a value or a DxError for any string (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (query) => {
        try {
          const found = findProvince(query, BEFORE);
          expect(found === undefined || typeof found.code === 'string').toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DxError);
        }
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('folds a 200,000-character query without blowing up', () => {
    expect(findProvince('Quảng Nam '.repeat(20_000), BEFORE)).toBeUndefined();
  });
});

describe('provinceKey', () => {
  it('strips prefixes and spaces', () => {
    expect(provinceKey('Thành phố Hồ Chí Minh')).toBe('hochiminh');
    expect(provinceKey('Tỉnh')).toBe('tinh');
  });
});

describe('isCodeEverUsed', () => {
  it('knows codes of either era and no others', () => {
    expect(isCodeEverUsed('49')).toBe(true); // Quảng Nam, 63-era only
    expect(isCodeEverUsed('91')).toBe(true);
    expect(isCodeEverUsed('00')).toBe(false);
  });
});
