import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DxIssue } from '../../src/errors.js';
import { CsvScanner, type Delimiter } from '../../src/io/csv-scanner.js';
import { formatIssue } from '../../src/vi/format-error.js';
import { dxErrorOf } from '../fixtures/errors.js';

function scan(pieces: readonly string[], delimiter: Delimiter = ',') {
  const records: { line: number; cells: string[] }[] = [];
  const scanner = new CsvScanner(delimiter, (cells, line) => records.push({ line, cells }));
  for (const piece of pieces) scanner.push(piece);
  scanner.end();
  return records;
}

describe('CsvScanner', () => {
  it('reads quotes, doubled quotes, line breaks in cells, CRLF and blank lines', () => {
    expect(scan(['a,"b ""c""\nd"\r\n\r\n1,2\r3'])).toEqual([
      { line: 1, cells: ['a', 'b "c"\nd'] },
      { line: 4, cells: ['1', '2'] },
      { line: 5, cells: ['3'] },
    ]);
    // A quote inside an unquoted cell is a character.
    expect(scan(['a"b,c'])).toEqual([{ line: 1, cells: ['a"b', 'c'] }]);
  });

  it('gives the same records however the text is cut (property)', () => {
    const text = fc
      .array(fc.constantFrom('a', ',', ';', '"', '""', '\n', '\r', '\r\n', 'ệ', ' '), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (source, at) => {
        const points = [...new Set(at.map((p) => p % (source.length + 1)))].sort((a, b) => a - b);
        const pieces = [...points, source.length].map((p, i, all) =>
          source.slice(i === 0 ? 0 : all[i - 1], p),
        );
        let whole: unknown;
        let cutUp: unknown;
        try {
          whole = scan([source]);
        } catch (error) {
          whole = (error as Error).message;
        }
        try {
          cutUp = scan(pieces);
        } catch (error) {
          cutUp = (error as Error).message;
        }
        expect(cutUp).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('names the line and column of text after a closing quote, across pieces', () => {
    expect(() => scan(['a\n"b', '"', 'c'])).toThrowError(
      expect.objectContaining({
        code: 'CSV_SYNTAX',
        message: 'CSV line 2, column 4: unexpected text after a closing quote.',
      }),
    );
    expect(() => scan(['a\n"b'])).toThrowError(
      expect.objectContaining({ message: 'CSV line 2: a quoted cell is never closed.' }),
    );
  });

  it('keys both quote errors to catalogue sentences, so they read in Vietnamese too', () => {
    const after = dxErrorOf(() => scan(['a\n"b"c']));
    expect(after.issues[0]).toMatchObject({ key: 'csv-text-after-quote', line: 2, column: 4 });
    expect(formatIssue(after.issues[0] as DxIssue, { lang: 'vi' })).toBe(
      'dòng 2, cột 4: có chữ ngay sau dấu ngoặc kép đóng ô; hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành ""',
    );
    const open = dxErrorOf(() => scan(['a\n"b']));
    expect(open.issues[0]).toMatchObject({ key: 'csv-unclosed-quote', line: 2 });
    expect(formatIssue(open.issues[0] as DxIssue, { lang: 'vi' })).toBe(
      'dòng 2: một ô mở dấu ngoặc kép (") mà không đóng lại; hãy thêm dấu ngoặc kép đóng hoặc bỏ dấu mở',
    );
  });
});

describe('CsvScanner: columns after a quoted line break (issue #25)', () => {
  it('counts the column from the last line break inside a quoted cell', () => {
    for (const pieces of [['a\n"x\nyz"q'], ['a\n"x', '\nyz"q'], ['a\n"x\ny', 'z"q']]) {
      const error = dxErrorOf(() => scan(pieces));
      expect([error.code, error.message]).toEqual([
        'CSV_SYNTAX',
        'CSV line 3, column 4: unexpected text after a closing quote.',
      ]);
      expect(error.issues[0]).toMatchObject({ line: 3, column: 4 });
    }
    const within = dxErrorOf(() => scan(['"ab"c']));
    expect(within.message).toBe('CSV line 1, column 5: unexpected text after a closing quote.');
  });
});
