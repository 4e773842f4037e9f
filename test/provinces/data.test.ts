import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types, imported to check the committed table
import { units } from '../../scripts/generate-provinces.mjs';
import { PROVINCE_RECORDS } from '../../src/provinces/data.js';
import type { Province } from '../../src/provinces/province.js';

describe('the province table', () => {
  it('is what scripts/generate-provinces.mjs makes from the CSVs', () => {
    expect(PROVINCE_RECORDS).toEqual(units);
  });

  it('has 63 + 1 snapshots in the 63 era (Huế twice) and 34 + 3 in the 34 era (Đồng Nai, Quảng Ninh, Bắc Ninh twice)', () => {
    expect(PROVINCE_RECORDS.filter((p) => p.era === '63')).toHaveLength(64);
    expect(PROVINCE_RECORDS.filter((p) => p.era === '34')).toHaveLength(37);
  });

  it.each([
    ['75', 'Đồng Nai', '2026-04-29', '2026-04-30', ['70', '75']],
    ['22', 'Quảng Ninh', '2026-08-31', '2026-09-01', ['22']],
    ['24', 'Bắc Ninh', '2026-09-19', '2026-09-20', ['24', '27']],
  ])(
    'splits %s %s where it became a municipality, keeping everything but kind',
    (code, name, lastDay, cityFrom, predecessors) => {
      const [province, city] = PROVINCE_RECORDS.filter((p) => p.era === '34' && p.code === code);
      expect([province?.kind, province?.fullName, province?.validFrom, province?.validTo]).toEqual([
        'province',
        `Tỉnh ${name}`,
        '2025-07-01',
        lastDay,
      ]);
      expect([city?.kind, city?.fullName, city?.validFrom, city?.validTo]).toEqual([
        'municipality',
        `Thành phố ${name}`,
        cityFrom,
        null,
      ]);
      const { kind: _k, fullName: _f, validFrom: _a, validTo: _b, ...rest } = city as Province;
      const {
        kind: _k2,
        fullName: _f2,
        validFrom: _a2,
        validTo: _b2,
        ...before
      } = province as Province;
      expect(rest).toEqual(before);
      expect(rest.predecessors).toEqual(predecessors);
    },
  );

  it('uses two-digit string codes and well-formed dates', () => {
    for (const record of PROVINCE_RECORDS) {
      expect(record.code).toMatch(/^\d{2}$/);
      expect(record.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (record.validTo !== null) expect(record.validTo >= record.validFrom).toBe(true);
    }
  });

  it('names a 34-era successor for every unit of 30 June 2025, and none for the 34', () => {
    const era34 = new Set(PROVINCE_RECORDS.filter((p) => p.era === '34').map((p) => p.code));
    const last63 = PROVINCE_RECORDS.filter(
      (p) => p.era === '63' && p.validFrom <= '2025-06-30' && (p.validTo ?? '9999') >= '2025-06-30',
    );
    expect(last63).toHaveLength(63);
    for (const record of last63) expect(era34.has(record.successor as string)).toBe(true);
    expect(PROVINCE_RECORDS.filter((p) => p.era === '34').every((p) => p.successor === null)).toBe(
      true,
    );
  });

  it('has ISO 3166-2 codes for the 63 only, unique', () => {
    const iso = PROVINCE_RECORDS.filter((p) => p.era === '63' && p.code !== '46').map(
      (p) => p.iso3166_2,
    );
    expect(new Set(iso).size).toBe(62);
    expect(PROVINCE_RECORDS.filter((p) => p.era === '34').every((p) => p.iso3166_2 === null)).toBe(
      true,
    );
  });
});
