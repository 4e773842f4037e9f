import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { provincesAt } from '../../src/provinces/lookup.js';
import { searchProvinces } from '../../src/provinces/search.js';
import { foldVietnamese } from '../../src/vi/fold.js';
import { dxErrorOf } from '../fixtures/errors.js';

const codes = (prefix: string, at?: string) =>
  searchProvinces(prefix, at === undefined ? {} : { at }).map((match) => match.province.code);

const thrown = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof DxError ? error.code : String(error);
  }
  return 'returned';
};

describe('searchProvinces', () => {
  // First in the file on purpose: the names are folded once, on first use, and Stryker's
  // per-test coverage credits that work to the first test only, which must therefore look
  // at aliases, at names that fold alike, and at the marks.
  it('lists every name of a unit once, aliases included, keeping the first of names that fold alike', () => {
    expect(searchProvinces('hcm').map((m) => [m.province.code, m.name, m.reason])).toEqual([
      ['79', 'TP.HCM', 'alias'],
    ]);
    expect(searchProvinces('sai g')[0]).toMatchObject({ name: 'Sài Gòn', reason: 'alias' });
    expect(searchProvinces('Bà Rịa V', { at: '2024-01-01' })[0]).toMatchObject({
      name: 'Bà Rịa - Vũng Tàu',
      folded: false,
    });
    expect(searchProvinces('QuảngN')[0]).toMatchObject({ name: 'Quảng Ngãi', folded: true });
  });

  it('finds what findProvince cannot: every unit a prefix starts (issue #23, "quang")', () => {
    expect(
      searchProvinces('quang').map((m) => [m.province.name, m.name, m.reason, m.folded]),
    ).toEqual([
      ['Quảng Ngãi', 'Quảng Ngãi', 'name', true],
      ['Quảng Ninh', 'Quảng Ninh', 'name', true],
      ['Quảng Trị', 'Quảng Trị', 'name', true],
      ['Tuyên Quang', 'Tuyên Quang', 'name', false], // 'quang' is written so in Tuyên Quang
      ['Đà Nẵng', 'Quảng Nam', 'former-name', true],
    ]);
  });

  it('says the match needed folding only when the marks typed differ from the name', () => {
    expect(searchProvinces('Quảng N').map((m) => [m.province.name, m.folded])).toEqual([
      ['Quảng Ngãi', false],
      ['Quảng Ninh', false],
      ['Đà Nẵng', false],
    ]);
    expect(searchProvinces('Đồng N')[0]).toMatchObject({ name: 'Đồng Nai', folded: false });
    expect(searchProvinces('dong n')[0]).toMatchObject({ name: 'Đồng Nai', folded: true });
    expect(searchProvinces('Khánh Hoà')[0]).toMatchObject({ name: 'Khánh Hòa', folded: true });
  });

  it('ranks the whole name, then its start, then a later word, then former names', () => {
    expect(codes('ninh')).toEqual(['37', '24', '22', '80', '56']);
    expect(searchProvinces('ninh').at(-1)).toMatchObject({
      name: 'Ninh Thuận',
      reason: 'former-name',
    });
    expect(codes('Hà Nội')[0]).toBe('01');
    expect(searchProvinces('Hà Nội')[0]?.reason).toBe('name');
  });

  it('lists a unit under an alias that fits whole before its name that fits only in part', () => {
    expect(searchProvinces('ba ria', { at: '2024-01-01' })[0]).toMatchObject({
      name: 'Bà Rịa',
      reason: 'alias',
    });
    expect(searchProvinces('ba ria v', { at: '2024-01-01' })[0]?.reason).toBe('name');
  });

  it('reads aliases, English names and former aliases, with their reason', () => {
    expect(searchProvinces('sai g')[0]).toMatchObject({ name: 'Sài Gòn', reason: 'alias' });
    expect(searchProvinces('hcm')[0]?.province.code).toBe('79');
    expect(searchProvinces('saigon')[0]).toMatchObject({ name: 'Sài Gòn', reason: 'alias' });
    // The official name wins over an alias that fits as well.
    expect(searchProvinces('hanoi')[0]).toMatchObject({ name: 'Hà Nội', reason: 'name' });
    expect(searchProvinces('vung tau')[0]).toMatchObject({
      name: 'Vũng Tàu',
      reason: 'former-alias',
    });
    expect(searchProvinces('vung tau')[0]?.province.name).toBe('Hồ Chí Minh');
    expect(searchProvinces('thua thien')[0]).toMatchObject({ reason: 'alias' });
    expect(searchProvinces('thua thien', { at: '2025-03-01' })[0]).toMatchObject({
      name: 'Thừa Thiên Huế',
      reason: 'alias',
    });
    expect(searchProvinces('thua thien', { at: '2024-12-31' })[0]).toMatchObject({
      name: 'Thừa Thiên Huế',
      reason: 'name',
    });
  });

  it('drops the type word before comparing the marks typed', () => {
    for (const typed of ['Tỉnh Quảng Ng', ' Tỉnh Quảng Ng', 'TP Hồ Chí', 'TP. Hồ Chí'])
      expect(searchProvinces(typed)[0]).toMatchObject({ folded: false });
    expect(searchProvinces('Tỉnh Quang Ng')[0]).toMatchObject({ folded: true });
  });

  it('drops the type word and ignores spaces, case and marks', () => {
    expect(codes('Tỉnh Quảng Ng')).toEqual(['51']);
    expect(codes('TP. Hồ Chí')).toEqual(['79']);
    expect(codes('TP. Hồ')).toEqual(['79', '56', '38', '25']); // hồ, then Khánh Hòa, Thanh Hóa, Hoà Bình
    expect(codes('thanh pho da n')).toEqual(['48']);
    expect(codes('DAKLAK')).toEqual(['66']);
    expect(codes('đắk')).toEqual(['66', '68']);
  });

  it('lists each unit once, under the name that fits best', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zđ ]{1,4}$/), (prefix) => {
        const found = codes(prefix);
        expect(new Set(found).size).toBe(found.length);
      }),
      { numRuns: 200 },
    );
  });

  it('anchors the search in time: the units of the day, and their former names', () => {
    // An Giang of 2025 (code 91, Kiên Giang before) is no former name on a day before it.
    expect(codes('an giang', '2024-01-01')).toEqual(['89']);
    // A merged province's successor as it stood on the day (Đồng Nai a tỉnh until 2026-04-29).
    expect(searchProvinces('binh phuoc', { at: '2025-07-01' })[0]).toMatchObject({
      province: { code: '75', kind: 'province' },
      reason: 'former-name',
    });
    expect(codes('Quảng', '2024-01-01')).toEqual(['44', '49', '51', '22', '45', '08']);
    expect(codes('kien giang', '2025-06-30')).toEqual(['91']);
    expect(codes('kien giang', '2025-07-01')).toEqual(['91']);
    expect(searchProvinces('kien giang', { at: '2025-07-01' })[0]?.province.name).toBe('An Giang');
    expect(searchProvinces('dong nai')[0]?.province.kind).toBe('municipality');
    expect(searchProvinces('dong nai', { at: '2025-07-01' })[0]?.province.kind).toBe('province');
    expect(searchProvinces('dong nai', { at: new Date(2026, 3, 30) })[0]?.province.kind).toBe(
      'municipality',
    );
  });

  it('finds every unit of any day by every prefix of its folded name (property)', () => {
    const days = ['2008-08-01', '2024-12-31', '2025-01-01', '2025-06-30', '2025-07-01'];
    const units = fc
      .constantFrom(...days, undefined)
      .chain((at) =>
        fc.tuple(fc.constant(at), fc.constantFrom(...provincesAt(at)), fc.nat({ max: 40 })),
      );
    fc.assert(
      fc.property(units, ([at, unit, cut]) => {
        const folded = foldVietnamese(unit.name);
        const prefix = folded.slice(0, 1 + (cut % folded.length));
        const found = searchProvinces(prefix, { at: at ?? unit.validFrom, limit: 100 });
        expect(found.map((match) => match.province)).toContain(unit);
        // Under one of its own names of the day: its name, or an alias that fits better
        // (`ba ria` is the whole of the alias Bà Rịa, only the start of Bà Rịa - Vũng Tàu).
        const own = found.find((match) => match.province === unit);
        expect(['name', 'alias']).toContain(own?.reason);
      }),
      { numRuns: 300 },
    );
  });

  it('is stable: the same input gives the same, frozen, result, and limit cuts its head', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zđăâêôơư ]{0,5}$/),
        fc.integer({ min: 1, max: 12 }),
        (prefix, limit) => {
          const all = searchProvinces(prefix, { limit: 100 });
          expect(searchProvinces(prefix, { limit: 100 })).toEqual(all);
          expect(searchProvinces(prefix, { limit })).toEqual(all.slice(0, limit));
          expect(Object.isFrozen(all)).toBe(true);
          for (const match of all) expect(Object.isFrozen(match)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    expect(searchProvinces('ha').length).toBeLessThanOrEqual(10);
  });

  it('returns nothing for nothing typed, and never guesses', () => {
    expect(searchProvinces('')).toEqual([]);
    expect(searchProvinces('  - ')).toEqual([]);
    expect(codes('tỉnh')).toEqual(['42']); // a type word alone is a word: Hà Tĩnh
    expect(searchProvinces('xyz')).toEqual([]);
  });

  it('refuses bad arguments', () => {
    expect(thrown(() => searchProvinces(1 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => searchProvinces('ha', { limit: 0 }))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => searchProvinces('ha', { limit: 1.5 }))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => searchProvinces('ha', null as never))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => searchProvinces('ha', { on: '2024-01-01' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(thrown(() => searchProvinces('ha', { at: '2008-07-31' }))).toBe('INVALID_DATE');
    expect(thrown(() => searchProvinces('ha', { at: 'soon' }))).toBe('INVALID_DATE');
    const prefix = dxErrorOf(() => searchProvinces(1 as unknown as string));
    expect(prefix.issues[0]).toMatchObject({ path: ['prefix'], expected: 'the text typed so far' });
    const options = dxErrorOf(() => searchProvinces('ha', 5 as never));
    expect(options.issues[0]).toMatchObject({
      path: ['options'],
      expected: 'an object like { at, limit }',
    });
    expect(dxErrorOf(() => searchProvinces('ha', { on: 1 } as never)).issues[0]?.path).toEqual([
      'options',
      'on',
    ]);
    expect(dxErrorOf(() => searchProvinces('ha', { limit: 0 })).issues[0]?.path).toEqual([
      'options',
      'limit',
    ]);
  });
});
