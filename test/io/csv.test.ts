import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { formatCsvCell, parseCsv } from '../../src/io/csv.js';

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, quotes and line breaks, CRLF and a BOM', () => {
    const table = parseCsv('\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\r\n');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'x, y', 'say "hi"'] },
      { line: 3, cells: ['2', 'two\nlines', ''] },
    ]);
  });

  it('tracks lines across quoted line breaks and skips blank lines', () => {
    const table = parseCsv('a\n"1\n2"\n\n3');
    expect(table.rows.map((row) => row.line)).toEqual([2, 5]);
  });

  it('detects ; and tab delimiters when the header has no comma', () => {
    expect(parseCsv('a;b\n1,5;2').rows[0]?.cells).toEqual(['1,5', '2']);
    expect(parseCsv('a\tb\n1\t2').delimiter).toBe('\t');
    expect(parseCsv('a;b,c\n1;2,3').delimiter).toBe(',');
    expect(parseCsv('a;b\n1;2', { delimiter: ',' }).header).toEqual(['a;b']);
  });

  it('keeps a row of empty cells', () => {
    expect(parseCsv('a,b\n,\n').rows).toEqual([{ line: 2, cells: ['', ''] }]);
    expect(parseCsv('a\n""\n').rows).toEqual([{ line: 2, cells: [''] }]);
  });

  it.each([
    ['a,b\n1,2,3', /line 2: expected 2 cells/],
    ['a,b\n1', /line 2: expected 2 cells/],
    ['a\n"open', /line 2: a quoted cell is never closed/],
    ['a\n"x"y', /line 2, column 4: unexpected text after a closing quote/],
    ['', /empty/],
  ])('rejects %j', (text, message) => {
    expect(() => parseCsv(text)).toThrowError(message);
    expect(() => parseCsv(text)).toThrowError(expect.objectContaining({ code: 'CSV_SYNTAX' }));
  });

  it('rejects bad arguments', () => {
    expect(() => parseCsv(1 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => parseCsv('a', { delimiter: '|' as ',' })).toThrowError(/delimiter/);
  });

  it('round-trips any table through formatCsvCell (property)', () => {
    const cell = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.tuple(
            fc.array(
              cell.map((c) => `h${c}`.trim() || 'h'),
              { minLength: width, maxLength: width },
            ),
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }),
          ),
        ),
        (delimiter, [header, rows]) => {
          const nonBlank = rows.filter((row) => !(row.length === 1 && row[0] === ''));
          const text = [header, ...nonBlank]
            .map((row) => row.map((c) => formatCsvCell(c, delimiter)).join(delimiter))
            .join('\n');
          const table = parseCsv(text, { delimiter });
          expect(table.header).toEqual(header.map((h) => h.trim()));
          expect(table.rows.map((row) => row.cells)).toEqual(nonBlank);
        },
      ),
      { seed: 41, numRuns: 500 },
    );
  });

  it('returns a table or a DxError for any string, in linear time (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        try {
          expect(Array.isArray(parseCsv(text).rows)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DxError);
        }
      }),
      { seed: 43, numRuns: 1000 },
    );
    const big = `a,b\n${'1,"2"\n'.repeat(40_000)}`;
    expect(parseCsv(big).rows).toHaveLength(40_000);
  });
});

describe('formatCsvCell', () => {
  it('quotes only when needed', () => {
    expect(formatCsvCell('plain')).toBe('plain');
    expect(formatCsvCell('a,b')).toBe('"a,b"');
    expect(formatCsvCell('a;b', ';')).toBe('"a;b"');
    expect(formatCsvCell('a;b', ',')).toBe('a;b');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell(' padded ')).toBe('" padded "');
    expect(formatCsvCell('two\nlines')).toBe('"two\nlines"');
  });
});
