import { describe, expect, it } from 'vitest';
import { predecessorsOf, successorOf } from '../../src/provinces/lineage.js';
import { provincesAt } from '../../src/provinces/lookup.js';

describe('successorOf', () => {
  it.each([
    ['89', '91', 'An Giang'],
    ['91', '91', 'An Giang'],
    ['49', '48', 'Đà Nẵng'],
    ['26', '25', 'Phú Thọ'],
    ['06', '19', 'Thái Nguyên'],
    ['93', '92', 'Cần Thơ'],
    ['46', '46', 'Huế'],
  ])('%s → %s %s', (code63, code34, name) => {
    const successor = successorOf(code63);
    expect([successor.code, successor.name, successor.era]).toEqual([code34, name, '34']);
  });

  it('gives the unit as it stood on 1 July 2025, not as it stands now', () => {
    const dongNai = successorOf('70');
    expect([dongNai.code, dongNai.fullName, dongNai.kind]).toEqual([
      '75',
      'Tỉnh Đồng Nai',
      'province',
    ]);
  });

  it('rejects codes that were never 63-era codes', () => {
    expect(() => successorOf('28')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
  });
});

describe('predecessorsOf', () => {
  it('lists the merged units', () => {
    expect(predecessorsOf('25').map((p) => p.name)).toEqual(['Hoà Bình', 'Phú Thọ', 'Vĩnh Phúc']);
    expect(predecessorsOf('01').map((p) => p.code)).toEqual(['01']);
  });

  it('rejects 63-era codes retired in 2025', () => {
    expect(() => predecessorsOf('89')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
  });

  it('is the inverse of successorOf over all 63 units', () => {
    const era63 = provincesAt('2025-06-30');
    for (const old of era63) {
      expect(predecessorsOf(successorOf(old.code).code)).toContain(old);
    }
    const covered = provincesAt('2025-07-01').flatMap((unit) => predecessorsOf(unit.code));
    expect(covered).toHaveLength(63);
    expect(new Set(covered)).toEqual(new Set(era63));
  });
});
