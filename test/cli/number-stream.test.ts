import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_ROWS, NumberStream } from '../../src/cli/number-stream.js';
import { parseCellQuantity } from '../../src/io/numbers.js';

function read(cells: readonly string[], decimal: 'auto' | 'comma' | 'dot' = 'auto', first = cells) {
  const stream = new NumberStream('value', decimal);
  stream.decide({ value: first });
  cells.forEach((cell, i) => {
    stream.push(cell, i >= first.length, () => `line ${i + 2}`);
  });
  stream.end();
  return stream;
}

describe('NumberStream', () => {
  it('reads plain numbers as parseCellQuantity does (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('comma', 'dot') as fc.Arbitrary<'comma' | 'dot'>,
        fc.boolean(),
        fc.stringMatching(/^\d{1,12}$/),
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
        (mark, negative, whole, part) => {
          const cell = `${negative ? '-' : ''}${whole}${part === undefined ? '' : `${mark === 'comma' ? ',' : '.'}${part}`}`;
          const stream = read([cell], mark);
          expect(stream.values.read()[0]).toBe(parseCellQuantity(cell, mark).value);
        },
      ),
    );
  });

  it('settles the mark from the first rows and stops at a later cell written the other way', () => {
    const first = Array.from({ length: MARK_ROWS }, () => '51,16');
    expect(() => read([...first, '0.5'], 'auto', first)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(
          /^line 1002: column "value" mixes a decimal comma \(51,16\) and a decimal point \(0\.5\).*\(the mark was settled by 51,16 in the first 1000 rows\)\.$/,
        ),
      }),
    );
    // Given with --decimal, such a cell is a bad cell, listed.
    const given = read([...first, '0.5'], 'comma', first);
    expect(given.badCells).toBe(1);
  });

  it('holds cells that read two ways until a cell settles the mark, as decimalMarkOfTable would', () => {
    const stream = read(['1', '1.500', '0.25'], 'auto', ['1']);
    expect([...stream.values.read()]).toEqual([1, 1.5, 0.25]);
    expect(() => read(['1', '1.500'], 'auto', ['1'])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringContaining('could be read two ways'),
      }),
    );
  });

  it('keeps blanks as null and counts every bad cell, listing the first ones', () => {
    const stream = read(['', ...Array.from({ length: 30 }, () => 'abc')], 'comma');
    expect(stream.values.read()[0]).toBeNull();
    expect(stream.badCells).toBe(30);
    expect(stream.errors).toHaveLength(20);
  });
});

describe('NumberStream: the note of what auto decided', () => {
  it('keeps a note when another column of the first rows settled the mark of its two-way cells', () => {
    const stream = new NumberStream('n', 'auto');
    stream.decide({ n: ['987', '1.453'], share: ['51,16%', ''] });
    expect(stream.note).toEqual({
      column: 'n',
      cell: '1.453',
      mark: 'comma',
      by: { column: 'share', cell: '51,16%' },
    });
    stream.push('1.453', false, () => 'line 2');
    expect([...stream.values.read()]).toEqual([1453]);
  });

  it('keeps none when the column settles it itself, or when the mark is given', () => {
    const own = new NumberStream('n', 'auto');
    own.decide({ n: ['1.453', '2,5'], share: ['51,16%', ''] });
    expect(own.note).toBeUndefined();
    const given = new NumberStream('n', 'comma');
    given.decide({ n: ['1.453'], share: ['51,16%'] });
    expect(given.note).toBeUndefined();
  });
});
