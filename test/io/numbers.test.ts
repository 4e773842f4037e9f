import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import {
  decimalMarkOf,
  decimalMarkOfTable,
  parseCellQuantity,
  readNumberColumn,
} from '../../src/io/numbers.js';
import { formatError } from '../../src/vi/format-error.js';

function failure(run: () => unknown): DxError {
  try {
    run();
  } catch (error) {
    if (error instanceof DxError) return error;
  }
  throw new Error('expected a DxError');
}

describe('decimalMarkOf', () => {
  it('decides a column from the cells that can only be read one way', () => {
    expect(decimalMarkOf('v', ['51,16', '2', ''])).toBe('comma');
    expect(decimalMarkOf('v', ['1.234.567', '2'])).toBe('comma');
    expect(decimalMarkOf('v', ['1.234,5'])).toBe('comma');
    expect(decimalMarkOf('v', ['0.8002', '1.500'])).toBe('dot');
    expect(decimalMarkOf('v', ['1,234,567'])).toBe('dot');
    expect(decimalMarkOf('v', ['1,234.5'])).toBe('dot');
    expect(decimalMarkOf('v', ['0,500', '1.500'])).toBe('comma');
    expect(decimalMarkOf('v', ['gần 4.000', 'trên 97,5%'])).toBe('comma');
    expect(decimalMarkOf('v', ['2', '3', ''])).toBe('comma');
    expect(decimalMarkOf('v', [])).toBe('comma');
  });

  it('takes comma or dot as given, without looking', () => {
    expect(decimalMarkOf('v', ['1.500', '0.5'], 'comma')).toBe('comma');
    expect(decimalMarkOf('v', ['51,16'], 'dot')).toBe('dot');
  });

  it('never guesses: an ambiguous or mixed column is an error naming it and suggesting --decimal', () => {
    const ambiguous = failure(() => decimalMarkOf('dti', ['1.500', '2']));
    expect(ambiguous.code).toBe('INVALID_NUMBER');
    expect(ambiguous.message).toBe(
      'column "dti" could be read two ways (1.500 is 1500 or 1.5): say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot.',
    );
    expect(failure(() => decimalMarkOf('v', ['2,000'])).message).toContain('2000 or 2');
    const mixed = failure(() => decimalMarkOf('v', ['51,16', '0.5']));
    expect(mixed.message).toMatch(
      /^column "v" mixes a decimal comma \(51,16\) and a decimal point \(0\.5\)/,
    );
    expect(failure(() => decimalMarkOf('v', [], 'point' as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('reads a column written either way to the same numbers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 99_999_999 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 99 }),
        (cents, fraction) => {
          // Each value has a fraction of two digits, so every cell is unambiguous.
          const values = cents.map((c) => c + fraction / 100);
          const vi = values.map((v) =>
            v.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          );
          const en = values.map((v) =>
            v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          );
          const a = readNumberColumn('v', vi);
          const b = readNumberColumn('v', en);
          expect([a.mark, b.mark]).toEqual(['comma', 'dot']);
          expect(a.cells.map((q) => q?.value)).toEqual(b.cells.map((q) => q?.value));
          expect(a.errors).toEqual([]);
        },
      ),
    );
  });
});

describe('parseCellQuantity', () => {
  it('reads qualifiers, percent signs and spaces alike in both conventions', () => {
    expect(parseCellQuantity(' gần 51,16 % ', 'comma')).toEqual({
      value: 51.16,
      qualifier: 'approx',
      unit: 'percent',
    });
    expect(parseCellQuantity('gần 51.16%', 'dot')).toEqual({
      value: 51.16,
      qualifier: 'approx',
      unit: 'percent',
    });
    expect(parseCellQuantity('1,500.5', 'dot')).toEqual({ value: 1500.5, qualifier: 'exact' });
    expect(parseCellQuantity('1.500', 'comma').value).toBe(1500);
    expect(parseCellQuantity('1.500', 'dot').value).toBe(1.5);
  });

  it('says what is wrong once, without repeating the cell', () => {
    const error = failure(() => parseCellQuantity('1.5', 'comma'));
    expect(error.code).toBe('INVALID_QUANTITY');
    expect(error.message).toBe(
      '"1.5" is not a number written with a decimal comma (such as 1.234,5 or 51,16%).',
    );
    expect(failure(() => parseCellQuantity('abc', 'dot')).message).toBe(
      '"abc" is not a number written with a decimal point (such as 1,234.5 or 51.16%).',
    );
    expect(failure(() => parseCellQuantity('  ', 'dot')).message).toBe('the cell is empty.');
    expect(failure(() => parseCellQuantity('1', 'x' as never)).code).toBe('INVALID_ARGUMENT');
  });
});

describe('readNumberColumn', () => {
  it('keeps empty cells as null and lists every bad cell by index', () => {
    const read = readNumberColumn('v', ['1,5', '', 'x', 'y']);
    expect(read.cells).toEqual([{ value: 1.5, qualifier: 'exact' }, null, null, null]);
    expect(read.errors.map((e) => e.index)).toEqual([2, 3]);
    expect(read.errors[0]?.message).not.toMatch(/\.$/);
  });
});

describe('decimalMarkOfTable', () => {
  it('settles a column that reads two ways by another number column of the file', () => {
    expect(
      decimalMarkOfTable({
        Tỉnh: ['Quảng Nam', 'Huế'],
        'Số hồ sơ': ['1.453', '1.920'],
        'Tỷ lệ': ['51,16%', ''],
      }),
    ).toEqual({
      mark: 'comma',
      settledBy: { column: 'Tỷ lệ', cell: '51,16%' },
      decided: ['Số hồ sơ'],
    });
    expect(decimalMarkOfTable({ a: ['1,453'], b: ['0.5'] }).mark).toBe('dot');
  });

  it('ignores text columns and takes a given mark', () => {
    expect(decimalMarkOfTable({ note: ['Cập nhật 31/12/2022', 'a, b'], n: ['1', '2'] })).toEqual({
      mark: 'comma',
      decided: [],
    });
    expect(decimalMarkOfTable({ n: ['1.500'] }, 'dot')).toEqual({ mark: 'dot', decided: ['n'] });
  });

  it('refuses columns that disagree, or a file that never says, naming the fix', () => {
    expect(() => decimalMarkOfTable({ a: ['0,5'], b: ['0.5'] })).toThrowError(
      /the file's columns disagree: "a" writes a decimal comma \(0,5\), "b" a decimal point \(0\.5\); .*--decimal comma/,
    );
    expect(() => decimalMarkOfTable({ a: ['1.500', '2'] })).toThrowError(
      /no column of the file says which decimal mark it uses, and column "a" could be read two ways \(1\.500 is 1500 or 1\.5\)/,
    );
    expect(() => decimalMarkOfTable(null as never)).toThrowError(/columns/);
  });
});

describe('decimal-mark errors in both languages (#24)', () => {
  const vi = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      return formatError(error, { lang: 'vi' });
    }
    throw new Error('expected an error');
  };

  it('writes each decimal-mark error from the catalogue, never an empty line', () => {
    const hint =
      'hãy cho biết cách viết: dấu phẩy thập phân (1.234,5) hay dấu chấm thập phân (1,234.5); trên dòng lệnh là --decimal comma hoặc --decimal dot';
    expect(vi(() => decimalMarkOfTable({ 'Số hồ sơ': ['1.453', '1.920'] }))).toBe(
      `Số không hợp lệ (INVALID_NUMBER)\n  không cột nào của tệp cho biết dấu thập phân, và cột "Số hồ sơ" đọc được hai cách (1.453 là 1453 hay 1.453): ${hint}`,
    );
    expect(vi(() => decimalMarkOfTable({ a: ['0,5'], b: ['0.5'] }))).toBe(
      `Số không hợp lệ (INVALID_NUMBER)\n  các cột của tệp không thống nhất: cột "a" dùng dấu phẩy thập phân (0,5), cột "b" dùng dấu chấm thập phân (0.5); ${hint}`,
    );
    expect(vi(() => decimalMarkOf('a', ['0,5', '0.5']))).toBe(
      `Số không hợp lệ (INVALID_NUMBER)\n  cột "a" vừa dùng dấu phẩy thập phân (0,5) vừa dùng dấu chấm thập phân (0.5): ${hint}`,
    );
    expect(vi(() => decimalMarkOf('a', ['1.500']))).toBe(
      `Số không hợp lệ (INVALID_NUMBER)\n  cột "a" đọc được hai cách (1.500 là 1500 hay 1.5): ${hint}`,
    );
  });
});
