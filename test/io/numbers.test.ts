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

describe('the number readers, at the edges the mutation run found', () => {
  const hint =
    'say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot';

  it('name each bad argument by its path, with what was expected', () => {
    const cases: [() => unknown, string][] = [
      [() => decimalMarkOf('v', ['1', 2] as never), 'cells[1]: expected a text, got 2.'],
      [
        () => decimalMarkOf('v', [], 'point' as never),
        'decimal: expected comma, dot or auto, got "point".',
      ],
      [() => decimalMarkOf('v', 5 as never), 'cells: expected an array of cell texts, got 5.'],
      [() => parseCellQuantity('1', 'x' as never), 'mark: expected comma or dot, got "x".'],
      [
        () => decimalMarkOfTable({ a: ['1', 2] } as never),
        'columns["a"][1]: expected a text, got 2.',
      ],
      [
        () => decimalMarkOfTable({ a: 'x' } as never),
        'columns["a"]: expected an array of cell texts, got "x".',
      ],
      [
        () => decimalMarkOfTable([] as never),
        'columns: expected a record of column name → cells, got an array of length 0.',
      ],
      [
        () => decimalMarkOfTable('x' as never),
        'columns: expected a record of column name → cells, got "x".',
      ],
      [
        () => decimalMarkOfTable({}, 'point' as never),
        'decimal: expected comma, dot or auto, got "point".',
      ],
    ];
    for (const [call, message] of cases) {
      const error = failure(call);
      expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', message]);
    }
  });

  it('read a column given as an array-like, and refuse a hole in it', () => {
    const view = { length: 2, 0: '1,5', 1: '2' } as unknown as readonly string[];
    expect(decimalMarkOf('v', view)).toBe('comma');
    expect(readNumberColumn('v', view).cells).toEqual([
      { value: 1.5, qualifier: 'exact' },
      { value: 2, qualifier: 'exact' },
    ]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    expect(failure(() => decimalMarkOf('v', [, '1'] as never)).message).toBe(
      'cells[0]: expected a text, got undefined.',
    );
  });

  it('let a cell that reads one way settle a column that also holds a two-way cell', () => {
    // Each one-way form beside 1.500 (two ways): the one-way cell decides.
    expect(decimalMarkOf('v', ['1.234,5', '1.500'])).toBe('comma');
    expect(decimalMarkOf('v', ['1.234.567', '1.500'])).toBe('comma');
    expect(decimalMarkOf('v', ['51,16', '1.500'])).toBe('comma');
    expect(decimalMarkOf('v', ['1,234,567', '1.500'])).toBe('dot');
    expect(decimalMarkOf('v', ['0.5', '1.500'])).toBe('dot');
    // A cell without a mark says nothing, so 1.500 alone stays two ways.
    expect(() => decimalMarkOf('v', ['2', '1.500'])).toThrowError(/could be read two ways/);
  });

  it('read the number part of a cell, its spaces trimmed on both sides', () => {
    // Spaces after the number belong to no number: 1.500 then a percent sign is still two ways.
    expect(() => decimalMarkOf('v', ['1.500  %'])).toThrowError(/1\.500 {2}% is 1500 or 1\.5/);
    expect(() => decimalMarkOf('v', ['  1.500  '])).toThrowError(
      /column "v" could be read two ways \(1\.500 is 1500 or 1\.5\)/,
    );
    expect(() => decimalMarkOf('v', ['gần 2.000 tỷ'])).toThrowError(
      /\(gần 2\.000 tỷ is 2000 or 2\)/,
    );
    expect(decimalMarkOf('v', ['-1.500,5', '−1.500'])).toBe('comma');
    // Two ways only after a non-zero integer part of at most three digits, with nothing after.
    expect(decimalMarkOf('v', ['0.500'])).toBe('dot');
    expect(decimalMarkOf('v', ['1234.567'])).toBe('dot');
    expect(decimalMarkOf('v', ['1.5000'])).toBe('dot');
    expect(decimalMarkOf('v', ['1,5000'])).toBe('comma');
    expect(() => decimalMarkOf('v', ['+1.500'])).toThrowError(/two ways/);
    expect(() => decimalMarkOf('v', ['−1,500'])).toThrowError(/two ways/);
    expect(() => decimalMarkOf('v', ['12.500'])).toThrowError(/12\.500 is 12500 or 12\.5/);
    expect(() => decimalMarkOf('v', ['123.500'])).toThrowError(/two ways/);
  });

  it('report a mixed column and an undecided one as INVALID_NUMBER, with the whole hint', () => {
    const mixed = failure(() => decimalMarkOf('v', ['51,16', '0.5']));
    expect([mixed.code, mixed.message]).toEqual([
      'INVALID_NUMBER',
      `column "v" mixes a decimal comma (51,16) and a decimal point (0.5): ${hint}.`,
    ]);
    expect(mixed.issues[0]?.path).toEqual([]);
    const disagree = failure(() => decimalMarkOfTable({ a: ['0,5'], b: ['0.5'] }));
    expect([disagree.code, disagree.message]).toEqual([
      'INVALID_NUMBER',
      `the file's columns disagree: "a" writes a decimal comma (0,5), "b" a decimal point (0.5); ${hint}.`,
    ]);
    expect(disagree.issues[0]?.path).toEqual([]);
    const undecided = failure(() => decimalMarkOfTable({ a: ['1.500'] }));
    expect(undecided.code).toBe('INVALID_NUMBER');
    expect(undecided.issues[0]?.path).toEqual([]);
  });

  it('parse a cell: empty or blank is INVALID_QUANTITY, a text that is no number keeps its cause', () => {
    const empty = failure(() => parseCellQuantity(' \t', 'comma'));
    expect([empty.code, empty.message]).toEqual(['INVALID_QUANTITY', 'the cell is empty.']);
    const notNumber = failure(() => parseCellQuantity('x', 'comma'));
    expect(notNumber.cause).toBeInstanceOf(DxError);
    const notText = failure(() => parseCellQuantity(5 as never, 'dot'));
    expect(notText.code).toBe('INVALID_QUANTITY');
    expect(notText.message).toBe(
      '5 is not a number written with a decimal point (such as 1,234.5 or 51.16%).',
    );
    expect(parseCellQuantity(' 1,234.5 ', 'dot').value).toBe(1234.5);
  });

  it('keep a blank cell (spaces only) as null and a message without its final full stop', () => {
    const read = readNumberColumn('v', [' 1,5 ', '  ', 'x']);
    expect(read.cells).toEqual([{ value: 1.5, qualifier: 'exact' }, null, null]);
    expect(read.errors).toEqual([
      {
        index: 2,
        message: '"x" is not a number written with a decimal comma (such as 1.234,5 or 51,16%)',
      },
    ]);
  });

  it('vote per table only with number cells, blank cells saying nothing', () => {
    // A text cell with a comma ("a, b") is no vote for comma; blanks and spaces are skipped.
    expect(decimalMarkOfTable({ note: ['a, b', '  '], n: ['0.5'] })).toEqual({
      mark: 'dot',
      settledBy: { column: 'n', cell: '0.5' },
      decided: [],
    });
    expect(decimalMarkOfTable({ n: ['  1.500  ', '   '], r: ['51,16%'] })).toEqual({
      mark: 'comma',
      settledBy: { column: 'r', cell: '51,16%' },
      decided: ['n'],
    });
    // A column that settles a mark is not also listed as decided, even with a two-way cell.
    expect(decimalMarkOfTable({ n: ['1.500', '2,5'] })).toEqual({
      mark: 'comma',
      settledBy: { column: 'n', cell: '2,5' },
      decided: [],
    });
    expect(decimalMarkOfTable({ n: ['1.500', '0.5'] }).decided).toEqual([]);
    // A column that mixes marks settles nothing here (its own reading names both cells).
    expect(decimalMarkOfTable({ m: ['0,5', '0.5'], n: ['0,25'] })).toEqual({
      mark: 'comma',
      settledBy: { column: 'n', cell: '0,25' },
      decided: [],
    });
    expect(decimalMarkOfTable({ m: ['0,5', '0.5'], n: ['0.25'] }).mark).toBe('dot');
    // A text cell with digits and marks (a section number) is no number, so it does not vote.
    expect(decimalMarkOfTable({ note: ['mục 2.3.1'], n: ['0.5'] }).mark).toBe('dot');
    // The settling cell is quoted trimmed.
    expect(decimalMarkOfTable({ r: ['  51,16%  '] }).settledBy).toEqual({
      column: 'r',
      cell: '51,16%',
    });
  });

  it('read a dot-mark cell by swapping both marks, so a lone comma is a thousands group', () => {
    expect(parseCellQuantity('1,234', 'dot').value).toBe(1234);
    expect(() => parseCellQuantity('1,5', 'dot')).toThrowError(
      /"1,5" is not a number written with a decimal point/,
    );
  });

  it('judge a two-way cell on its number as written: a space inside is not removed', () => {
    // `1 2.345` is not the two-way `12.345`: its one mark says dot (and its cell is then refused).
    expect(decimalMarkOf('v', ['1 2.345'])).toBe('dot');
    expect(decimalMarkOf('v', ['12 3,456'])).toBe('comma');
    expect(() => decimalMarkOf('v', ['12.345 %'])).toThrowError(/two ways \(12\.345 % is/);
  });
});

describe('a number split by a space (issue #25: a silent misread)', () => {
  it.each([
    ['1 234', 'comma', 'a decimal comma (such as 1.234,5 or 51,16%)'],
    ['1 234,5', 'comma', 'a decimal comma (such as 1.234,5 or 51,16%)'],
    ['gần 1 234 %', 'comma', 'a decimal comma (such as 1.234,5 or 51,16%)'],
    ['1 234.5', 'dot', 'a decimal point (such as 1,234.5 or 51.16%)'],
    ['12 -3', 'dot', 'a decimal point (such as 1,234.5 or 51.16%)'],
    ['1 .5', 'dot', 'a decimal point (such as 1,234.5 or 51.16%)'],
  ] as const)(
    'refuses %j (%s) rather than reading its first group alone',
    (cell, mark, written) => {
      const error = failure(() => parseCellQuantity(cell, mark));
      expect([error.code, error.message]).toEqual([
        'INVALID_QUANTITY',
        `${JSON.stringify(cell)} is not a number written with ${written}.`,
      ]);
      // The cause is the quantity reader's own refusal (one rule, in vi/quantity.ts).
      expect(error.cause).toMatchObject({
        code: 'INVALID_QUANTITY',
        message: expect.stringContaining('the number goes on after a space'),
      });
      expect(error.issues).toEqual([
        { path: [], message: `${JSON.stringify(cell)} is not a number written with ${written}` },
      ]);
    },
  );

  it("still reads a noun after the number, and lists a split cell among a column's errors", () => {
    expect(parseCellQuantity('1.453 hồ sơ', 'comma')).toEqual({
      value: 1453,
      qualifier: 'exact',
      noun: 'hồ sơ',
    });
    expect(parseCellQuantity('12 trạm 5G', 'comma')).toEqual({
      value: 12,
      qualifier: 'exact',
      noun: 'trạm 5G',
    });
    const read = readNumberColumn('v', ['1.234,5', '1 234,5']);
    expect(read.cells).toEqual([{ value: 1234.5, qualifier: 'exact' }, null]);
    expect(read.errors).toEqual([
      {
        index: 1,
        message:
          '"1 234,5" is not a number written with a decimal comma (such as 1.234,5 or 51,16%)',
      },
    ]);
  });
});
