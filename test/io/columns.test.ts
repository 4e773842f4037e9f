import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES, type ColumnRole, findColumn } from '../../src/io/columns.js';
import { foldVietnamese } from '../../src/vi/fold.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('findColumn', () => {
  it.each([
    [['STT', 'Tỉnh, thành phố', 'Điểm DTI'], 'unit', 'Tỉnh, thành phố'],
    [['Tỉnh/Thành phố', 'Giá trị'], 'province', 'Tỉnh/Thành phố'],
    [['TINH/TP', 'GIA TRI'], 'province', 'TINH/TP'],
    [['Mã tỉnh', 'Chỉ tiêu', 'Kỳ', 'Giá trị'], 'indicator', 'Chỉ tiêu'],
    [['tỉnh', 'giá trị', 'mục tiêu'], 'target', 'mục tiêu'],
    [['tỉnh', 'chỉ số', 'năm', 'hạng', 'trên'], 'edition', 'năm'],
    [['tỉnh', 'chỉ số', 'năm', 'hạng', 'trên'], 'of', 'trên'],
    [['Năm', 'Giá trị'], 'date', 'Năm'],
    [['Nam', 'Gia tri'], 'period', 'Nam'],
    [['Địa chỉ'], 'address', 'Địa chỉ'],
  ] as const)('finds in %j the %s column', (header, role, found) => {
    expect(findColumn(header, role)).toBe(found);
  });

  it('prefers the name listed first when two headers play a role', () => {
    expect(findColumn(['Tỉnh', 'Mã tỉnh'], 'province')).toBe('Tỉnh');
    expect(findColumn(['Năm', 'Ngày'], 'date')).toBe('Ngày');
  });

  it('finds a name the user typed, folded', () => {
    expect(findColumn(['STT', 'Điểm DTI'], ['diem dti'])).toBe('Điểm DTI');
    expect(findColumn(['STT', 'Điểm DTI'], ['ĐIỂM  DTI'])).toBe('Điểm DTI');
    expect(findColumn(['STT', 'Điểm DTI'], ['Điểm'])).toBeUndefined();
  });

  it('never matches an empty header', () => {
    expect(findColumn(['', 'x'], ['-'])).toBeUndefined();
  });

  it('refuses what is not a header or a role', () => {
    expect(() => findColumn('tỉnh' as never, 'province')).toThrow(/header/);
    expect(() => findColumn(['tỉnh'], 'town' as ColumnRole)).toThrow(/names: expected a role/);
    expect(() => findColumn([1] as never, 'province')).toThrow(/header\[0\]/);
  });

  it('says in full what a bad header, role or list of names is, and which roles there are', () => {
    const cases: [() => unknown, string][] = [
      [
        () => findColumn('tỉnh' as never, 'province'),
        'header: expected an array of strings, got "tỉnh".',
      ],
      [() => findColumn([1] as never, 'province'), 'header[0]: expected a string, got 1.'],
      [() => findColumn(['a'], ['x', 5] as never), 'names[1]: expected a string, got 5.'],
      [() => findColumn(['a'], 5 as never), 'names: expected an array of strings, got 5.'],
      [
        () => findColumn(['a'], 'nope' as ColumnRole),
        `names: expected a role (${Object.keys(COLUMN_NAMES).join(', ')}), got "nope".`,
      ],
    ];
    for (const [call, message] of cases) {
      const error = dxErrorOf(call);
      expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', message]);
    }
    expect(dxErrorOf(() => findColumn(['a'], 'nope' as ColumnRole)).message).toContain(
      'id, province, commune, unit,',
    );
  });

  it('holds English first and names distinct when folded, frozen', () => {
    for (const [role, names] of Object.entries(COLUMN_NAMES)) {
      expect(names[0]).toBe(role);
      const keys = names.map((name) => foldVietnamese(name));
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(Object.isFrozen(COLUMN_NAMES.value)).toBe(true);
  });

  it('finds every name of a role however it is cased or marked', () => {
    const roles = Object.keys(COLUMN_NAMES) as ColumnRole[];
    fc.assert(
      fc.property(fc.constantFrom(...roles), fc.nat(), fc.boolean(), (role, pick, upper) => {
        const names = COLUMN_NAMES[role];
        const name = names[pick % names.length] as string;
        const cell = upper ? name.toUpperCase() : foldVietnamese(name);
        expect(findColumn(['x', cell], role)).toBe(cell);
      }),
    );
  });
});
