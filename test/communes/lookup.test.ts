import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMUNES_AS_OF,
  communeDay,
  communesAt,
  communesOf,
  getCommune,
} from '../../src/communes/lookup.js';
import { DxError } from '../../src/errors.js';

const codeOf = (error: unknown) => (error instanceof DxError ? error.code : String(error));
const thrown = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return codeOf(error);
  }
  return 'returned';
};

describe('getCommune', () => {
  it('anchors a reused code in time: 00004 is Trúc Bạch, then Ba Đình', () => {
    const before = getCommune('00004', { at: '2025-06-30' });
    expect([before.name, before.kind, before.district?.name]).toEqual([
      'Phường Trúc Bạch',
      'ward',
      'Quận Ba Đình',
    ]);
    const after = getCommune('00004');
    expect([after.name, after.province, after.district]).toEqual([
      'Phường Ba Đình',
      '01',
      undefined,
    ]);
  });

  it('shows later changes of kind from their day (Trảng Bom, Đồng Nai, 237/NQ-UBTVQH16)', () => {
    expect(getCommune('26248', { at: '2026-04-29' }).name).toBe('Xã Trảng Bom');
    expect(getCommune('26248', { at: '2026-04-30' }).name).toBe('Phường Trảng Bom');
  });

  it('says what an unknown code was, and refuses malformed codes, dates and options', () => {
    expect(() => getCommune('00001')).toThrow(/Phúc Xá.*communeSuccessors/);
    expect(thrown(() => getCommune('99999'))).toBe('UNKNOWN_COMMUNE');
    expect(thrown(() => getCommune(4 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(() => getCommune(4 as unknown as string)).toThrow(/'00004'/);
    expect(thrown(() => getCommune('0004'))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => getCommune('00004', { at: '1975-04-30' }))).toBe('INVALID_DATE');
    expect(thrown(() => getCommune('00004', { at: '2020-01-01' }))).toBe('INVALID_DATE');
    expect(thrown(() => getCommune('00004', { at: '2025-02-30' }))).toBe('INVALID_DATE');
    expect(thrown(() => getCommune('00004', { date: '2025-01-01' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('communesAt', () => {
  it('reproduces the counts of both eras and of the later changes', () => {
    const count = (at: string) => {
      const units = communesAt(at);
      const by = (kind: string) => units.filter((unit) => unit.kind === kind).length;
      return [units.length, by('commune'), by('ward'), by('township'), by('special-zone')];
    };
    expect(count('2025-06-30')).toEqual([10035, 7692, 1726, 617, 0]);
    expect(count('2025-07-01')).toEqual([3321, 2621, 687, 0, 13]);
    expect(count('2026-04-30')).toEqual([3321, 2611, 697, 0, 13]);
    expect(count('2026-09-20')).toEqual([3321, 2599, 709, 0, 13]);
    expect(count(COMMUNES_AS_OF)).toEqual(count('2026-09-20'));
  });

  it('gives one record per code on any day of the data', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2025, 2, 1), max: new Date(2027, 11, 31), noInvalidDate: true }),
        (date) => {
          const codes = communesAt(date).map((unit) => unit.code);
          expect(new Set(codes).size).toBe(codes.length);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('returns a frozen array', () => {
    expect(Object.isFrozen(communesAt())).toBe(true);
  });
});

describe('communesOf', () => {
  it('lists one province by code or by name, in either era', () => {
    expect(communesOf('01').length).toBe(126); // 51 phường and 75 xã (1656/NQ-UBTVQH15 Điều 1)
    expect(communesOf('Hà Nội')).toEqual(communesOf('01'));
    expect(
      communesOf('Quảng Nam', { at: '2025-06-30' }).every((unit) => unit.province === '49'),
    ).toBe(true);
  });

  it('adds up to the whole country', () => {
    const provinces = new Set(communesAt().map((unit) => unit.province));
    let total = 0;
    for (const code of provinces) total += communesOf(code).length;
    expect(total).toBe(3321);
  });

  it('refuses a province that does not exist that day', () => {
    expect(thrown(() => communesOf('Quảng Nam'))).toBe('UNKNOWN_PROVINCE');
    expect(thrown(() => communesOf('99'))).toBe('UNKNOWN_PROVINCE');
    expect(thrown(() => communesOf(1 as unknown as string))).toBe('INVALID_ARGUMENT');
  });
});

describe('COMMUNES_AS_OF', () => {
  it('is the day of the latest change in the table, so no `at` means the units of now', () => {
    const latest = communesAt('2030-01-01')
      .map((unit) => unit.validFrom)
      .sort()
      .at(-1);
    expect(COMMUNES_AS_OF).toBe(latest);
    expect(COMMUNES_AS_OF).toBe('2026-09-20'); // 388/NQ-UBTVQH16, Bắc Ninh
    // Nothing changes after it: the default is the state of every later day.
    expect(communesAt()).toEqual(communesAt('2030-01-01'));
    expect(getCommune('07294').kind).toBe('ward');
    expect(getCommune('07294', { at: '2025-07-01' }).kind).toBe('commune');
  });
});

describe('communeDay', () => {
  it('defaults to COMMUNES_AS_OF and names the first day of the data', () => {
    expect(communeDay(undefined)).toBe(COMMUNES_AS_OF);
    expect(() => communeDay('2025-02-28')).toThrow(/2025-03-01/);
    expect(() => communeDay('1954-07-21')).toThrow(/1976/);
  });
});
