import { describe, expect, it } from 'vitest';
import { convertAddress } from '../../src/communes/address.js';
import { communesAt, getCommune } from '../../src/communes/lookup.js';
import { DxError } from '../../src/errors.js';
import { getProvince } from '../../src/provinces/lookup.js';
import { ADDRESS_CASES } from './address-table.js';

const code = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof DxError ? error.code : String(error);
  }
  return 'returned';
};

describe('convertAddress: fifty old addresses as the resolutions place them', () => {
  it('has fifty cases', () => expect(ADDRESS_CASES).toHaveLength(50));
  for (const row of ADDRESS_CASES) {
    it(`${row.text} → ${row.commune} (${row.source})`, () => {
      const result = convertAddress(row.text);
      expect(result.status).toBe(row.status);
      const names = result.candidates.map((c) => `${c.commune.name} / ${c.province.code}`);
      expect(names).toContain(`${row.commune} / ${row.province}`);
      if (row.street !== undefined) expect(result.street).toBe(row.street);
      if (row.status === 'exact') {
        const province = getProvince(row.province);
        expect(result.address).toBe(
          [row.street ?? result.street, row.commune, province.fullName].filter(Boolean).join(', '),
        );
        expect(result.commune?.name).toBe(row.commune);
      } else {
        expect(result.candidates.length).toBeGreaterThan(1);
        expect(result.candidates.every((c) => !c.whole)).toBe(true);
        expect(result.address).toBeUndefined();
      }
    });
  }
});

describe('convertAddress', () => {
  it('converts every unit of 30 June 2025 written in full to its successors', () => {
    const old = communesAt('2025-06-30');
    for (const unit of old.filter((_, i) => i % 7 === 0)) {
      const province = getProvince(unit.province, { at: '2025-06-30' });
      const result = convertAddress(`${unit.name}, ${unit.district?.name}, ${province.fullName}`);
      expect(result.candidates.length, unit.name).toBeGreaterThan(0);
      expect(result.candidates.every((c) => c.from?.code === unit.code)).toBe(true);
    }
  });

  it('keeps an address of the two-tier system as it is', () => {
    const result = convertAddress('5 Hùng Vương, Phường Ba Đình, Thành phố Hà Nội');
    expect([result.status, result.address, result.from]).toEqual([
      'exact',
      '5 Hùng Vương, Phường Ba Đình, Thành phố Hà Nội',
      undefined,
    ]);
  });

  it('gives the address of the day asked for (Trảng Bom became a phường on 2026-04-30)', () => {
    const text = 'Thị trấn Trảng Bom, Huyện Trảng Bom, Đồng Nai';
    expect(convertAddress(text, { at: '2025-07-01' }).commune?.name).toBe('Xã Trảng Bom');
    const later = convertAddress(text, { at: '2026-05-01' });
    expect([later.commune?.name, later.province?.fullName]).toEqual([
      'Phường Trảng Bom',
      'Thành phố Đồng Nai',
    ]);
    expect(convertAddress('Xã Trảng Bom, Đồng Nai', { at: '2026-05-01' }).commune?.code).toBe(
      '26248',
    );
  });

  it('reports ambiguity with every candidate, and never guesses', () => {
    // Two communes of Huyện Trấn Yên fold to "Minh Quan": Minh Quán and Minh Quân.
    const plain = convertAddress('Xa Minh Quan, Huyen Tran Yen, Yen Bai');
    expect(plain.status).toBe('ambiguous');
    expect(new Set(plain.candidates.map((c) => c.from?.code)).size).toBe(2);
    const marked = convertAddress('Xã Minh Quân, Huyện Trấn Yên, Yên Bái');
    expect(marked.candidates.every((c) => c.from?.name === 'Xã Minh Quân')).toBe(true);
  });

  it('says why nothing was found', () => {
    expect(convertAddress('12 Lê Lợi').reason?.code).toBe('no-province');
    const none = convertAddress('Phường Không Có, Quận Ba Đình, Hà Nội');
    expect([none.status, none.reason?.code, none.candidates]).toEqual([
      'not-found',
      'no-commune',
      [],
    ]);
    expect(none.reason?.vi).toMatch(/Hà Nội/);
  });

  it('reads a district name that ends in a province type word (Sơn Tịnh, Hà Tĩnh)', () => {
    const tinh = convertAddress('so 1 le loi xa tinh minh huyen son tinh quang ngai');
    expect(tinh.from?.district?.name).toBe('Huyện Sơn Tịnh');
    const city = convertAddress('phuong thach trung thanh pho ha tinh ha tinh');
    expect(city.from?.name).toBe('Phường Thạch Trung');
  });

  it('does not read a district name as a commune, nor a house number as a ward', () => {
    expect(convertAddress('Quận Ba Đình, Hà Nội').status).toBe('not-found');
    expect(convertAddress('12, Quận 5, TP.HCM').status).toBe('not-found');
  });

  it('returns frozen results and leaves the text alone', () => {
    const text = 'P. Trúc Bạch, Q. Ba Đình, Hà Nội';
    const result = convertAddress(text);
    expect(result.input).toBe(text);
    expect(Object.isFrozen(result) && Object.isFrozen(result.candidates)).toBe(true);
    expect(convertAddress(text)).toEqual(result);
    expect(result.commune).toBe(getCommune('00004'));
  });

  it('refuses what is not an address, and days outside the two-tier system', () => {
    expect(code(() => convertAddress(''))).toBe('INVALID_ARGUMENT');
    expect(code(() => convertAddress('   '))).toBe('INVALID_ARGUMENT');
    expect(code(() => convertAddress(12 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(code(() => convertAddress('Hà Nội', { at: '2025-06-30' }))).toBe('INVALID_DATE');
    expect(code(() => convertAddress('Hà Nội', { at: '1970-01-01' }))).toBe('INVALID_DATE');
    expect(code(() => convertAddress('Hà Nội', { day: '2025-07-01' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
