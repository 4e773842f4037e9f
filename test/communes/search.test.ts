import { describe, expect, it } from 'vitest';
import { searchCommunes } from '../../src/communes/search.js';
import { DxError } from '../../src/errors.js';

const code = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof DxError ? error.code : String(error);
  }
  return 'returned';
};

describe('searchCommunes', () => {
  it('ranks the exact name first, then prefixes, then later words, then former names', () => {
    const names = searchCommunes('ba', { province: '01', limit: 50 }).map((m) => [
      m.name,
      m.former,
    ]);
    expect(names[0]).toEqual(['Phường Ba Đình', false]);
    const firstFormer = names.findIndex(([, former]) => former);
    expect(names.slice(firstFormer).every(([, former]) => former)).toBe(true);
  });

  it('finds as typed: no marks, no spaces, with a type word', () => {
    for (const prefix of ['ba d', 'badi', 'P. Ba Đ', 'phuong ba'])
      expect(searchCommunes(prefix, { province: 'Hà Nội' })[0]?.commune.code, prefix).toBe('00004');
    expect(searchCommunes('dinh', { province: '01' }).some((m) => m.commune.code === '00004')).toBe(
      true,
    );
  });

  it('offers former names with the unit they lead to', () => {
    const [match] = searchCommunes('truc bach', { province: '01' });
    expect([match?.commune.name, match?.name, match?.former]).toEqual([
      'Phường Ba Đình',
      'Phường Trúc Bạch',
      true,
    ]);
    const split = searchCommunes('đa kao', { province: '79' }).map((m) => m.commune.name);
    expect(split).toEqual(expect.arrayContaining(['Phường Sài Gòn', 'Phường Tân Định']));
  });

  it('reads the other spellings of names (aliases), after the names (issue #26)', () => {
    // On 30 June 2025 the catalogue writes Xã Xà Phìn; a second source writes Xã Sà Phìn.
    const [match] = searchCommunes('sa phin', { province: '02', at: '2025-06-30' });
    expect([match?.commune.code, match?.commune.name, match?.name]).toEqual([
      '00736',
      'Xã Xà Phìn',
      'Xã Sà Phìn',
    ]);
    expect(searchCommunes('Xã Xà Phìn', { province: '02', at: '2025-06-30' })[0]?.name).toBe(
      'Xã Xà Phìn',
    );
  });

  it('keeps to the limit and returns nothing for nothing typed', () => {
    expect(searchCommunes('xa', { limit: 3 })).toHaveLength(3);
    expect(searchCommunes('  ')).toEqual([]);
    expect(searchCommunes('zzzz')).toEqual([]);
    expect(Object.isFrozen(searchCommunes('ba'))).toBe(true);
  });

  it('refuses bad arguments', () => {
    expect(code(() => searchCommunes(3 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(code(() => searchCommunes('ba', { limit: 0 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => searchCommunes('ba', { limit: 1.5 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => searchCommunes('ba', { province: 'Atlantis' }))).toBe('UNKNOWN_PROVINCE');
    expect(code(() => searchCommunes('ba', { at: '2024-01-01' }))).toBe('INVALID_DATE');
  });
});
