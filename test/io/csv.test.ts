import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import {
  bestReading,
  formatCsvCell,
  parseCsv,
  type Reading,
  readingScore,
  wrongCellCount,
} from '../../src/io/csv.js';
import { formatError } from '../../src/vi/format-error.js';
import { dxErrorOf } from '../fixtures/errors.js';

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

  it('decides the delimiter from the whole file, quote-aware', () => {
    // A comma in the header does not make a comma-separated file.
    const office = 'STT;Tỉnh, thành phố;Điểm DTI\r\n1;Huế;0,6975\r\n2;Đà Nẵng;\r\n';
    expect(parseCsv(office)).toMatchObject({
      delimiter: ';',
      header: ['STT', 'Tỉnh, thành phố', 'Điểm DTI'],
      rows: [{ cells: ['1', 'Huế', '0,6975'] }, { cells: ['2', 'Đà Nẵng', ''] }],
    });
    // Both readings are consistent here: the one that does not split 0,69 wins.
    expect(parseCsv('Tỉnh, thành phố;Điểm\nHuế;0,69\n').delimiter).toBe(';');
    // Quoted delimiters do not count.
    expect(parseCsv('"a;b",c\n"1;2",3\n').delimiter).toBe(',');
    expect(parseCsv('a\tb;c\n1\t2;3\n4\t5\n').delimiter).toBe('\t');
    expect(parseCsv('only\none\n').delimiter).toBe(',');
  });

  it('names the delimiter it assumed when the rows disagree', () => {
    expect(() => parseCsv('a;b;c\n1;2;3\n4;5\n')).toThrowError(
      "CSV line 3: expected 3 cells as in the header, found 2 (reading ';' as the delimiter, detected from the whole file; if the file uses another, set it: the delimiter option, or --delimiter on the command line).",
    );
    expect(() => parseCsv('a;b\n1;2;3\n', { delimiter: ';' })).toThrowError(
      "found 3 (reading ';' as the delimiter, as given).",
    );
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

  it.each<[string, string, Record<string, unknown>]>([
    [
      'a\n"x"y',
      'CSV line 2, column 4: unexpected text after a closing quote.',
      {
        path: [],
        message: 'text after a closing quote',
        line: 2,
        column: 4,
        key: 'csv-text-after-quote',
      },
    ],
    // Columns count every character before the fault: escaped quotes, delimiters, letters.
    [
      'a\n"a""b"c',
      'CSV line 2, column 7: unexpected text after a closing quote.',
      {
        path: [],
        message: 'text after a closing quote',
        line: 2,
        column: 7,
        key: 'csv-text-after-quote',
      },
    ],
    [
      'h1,h2\nab,"x"y',
      'CSV line 2, column 7: unexpected text after a closing quote.',
      {
        path: [],
        message: 'text after a closing quote',
        line: 2,
        column: 7,
        key: 'csv-text-after-quote',
      },
    ],
    [
      'a\n"open',
      'CSV line 2: a quoted cell is never closed.',
      { path: [], message: 'unclosed quote', line: 2, key: 'csv-unclosed-quote' },
    ],
    [
      'a,b\n1,2\n1',
      "CSV line 3: expected 2 cells as in the header, found 1 (reading ',' as the delimiter, detected from the whole file; if the file uses another, set it: the delimiter option, or --delimiter on the command line).",
      {
        path: [],
        message:
          "expected 2 cells as in the header, found 1 (reading ',' as the delimiter, detected from the whole file; if the file uses another, set it: the delimiter option, or --delimiter on the command line)",
        line: 3,
        key: 'csv-cell-count',
        params: {
          expected: 2,
          found: 1,
          note: { key: 'csv-delimiter-detected', params: { delimiter: "','" } },
        },
      },
    ],
  ])('reports %j exactly', (text, message, issue) => {
    expect(() => parseCsv(text)).toThrowError(
      expect.objectContaining({ code: 'CSV_SYNTAX', message, issues: [issue] }),
    );
  });

  it('ends lines at LF, CRLF or a lone CR, and reads a last row without a line break', () => {
    expect(parseCsv('a\rb\r\n\r\nc\nd').rows).toEqual([
      { line: 2, cells: ['b'] },
      { line: 4, cells: ['c'] },
      { line: 5, cells: ['d'] },
    ]);
    expect(parseCsv('a\n').rows).toEqual([]);
    expect(parseCsv('a,b\n1,').rows).toEqual([{ line: 2, cells: ['1', ''] }]);
    expect(parseCsv('a\n""').rows).toEqual([{ line: 2, cells: [''] }]);
  });

  it('takes a quote inside an unquoted cell literally', () => {
    expect(parseCsv('a,b\nx,b"c"\n').rows[0]?.cells).toEqual(['x', 'b"c"']);
  });

  it('detects the delimiter from the first line only, also without a line break', () => {
    expect(parseCsv('ab;').delimiter).toBe(';');
    expect(parseCsv('a b\n1;2').delimiter).toBe(',');
    expect(parseCsv('a\tb;c').delimiter).toBe(';');
  });

  it('drops a byte-order mark before a quoted header cell, and trims the header', () => {
    expect(parseCsv('\ufeff"a",b\n1,2').header).toEqual(['a', 'b']);
    expect(parseCsv(' a , b \n1,2').header).toEqual(['a', 'b']);
  });

  it('rejects bad arguments', () => {
    expect(() => parseCsv(5 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'text: expected CSV text or its bytes (a Uint8Array), got 5.',
      }),
    );
    expect(() => parseCsv('a', { delimiter: '|' as ',' })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: `delimiter: expected ',', ';' or a tab, got "|".`,
      }),
    );
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

describe('CSV errors in both languages', () => {
  const lines = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return [formatError(error, { lang: 'en' }), formatError(error, { lang: 'vi' })];
    }
    throw new Error('expected an error');
  };

  it('says a row’s cell count and the delimiter read, in Vietnamese too (#24)', () => {
    expect(lines(() => parseCsv('a;b\n1;2\n1\n'))[1]).toBe(
      "Lỗi cú pháp CSV (CSV_SYNTAX)\n  dòng 3: cần 2 ô như dòng tiêu đề, nhưng có 1 ô (đọc ';' là dấu phân cách, đoán từ toàn bộ tệp; nếu tệp dùng dấu khác, hãy chỉ rõ bằng --delimiter)",
    );
    expect(lines(() => parseCsv('a\tb\n1\n', { delimiter: '\t' }))).toEqual([
      'CSV syntax error (CSV_SYNTAX)\n  line 2: expected 2 cells as in the header, found 1 (reading a tab as the delimiter, as given)',
      'Lỗi cú pháp CSV (CSV_SYNTAX)\n  dòng 2: cần 2 ô như dòng tiêu đề, nhưng có 1 ô (đọc dấu tab là dấu phân cách, theo --delimiter đã cho)',
    ]);
    expect(wrongCellCount(2, 2, 1, ' (a note of another reader)').issues[0]?.params).toEqual({
      expected: 2,
      found: 1,
      note: { key: 'csv-no-note' },
    });
  });

  it('says an empty file is empty, in Vietnamese too', () => {
    expect(lines(() => parseCsv(''))[1]).toBe(
      'Lỗi cú pháp CSV (CSV_SYNTAX)\n  CSV: tệp trống; cần một dòng tiêu đề',
    );
  });
});

describe('parseCsv with bytes and its options', () => {
  it('decodes bytes by their mark, or in the encoding given, and refuses an encoding for text', () => {
    // "Quảng" in Windows-1258 (a + the combining hook 0xD2), composed on reading.
    const win = Uint8Array.from([...Buffer.from('a,b\nQua'), 0xd2, ...Buffer.from('ng,1\n')]);
    expect(parseCsv(win, { encoding: 'windows-1258' }).rows[0]?.cells).toEqual(['Quảng', '1']);
    expect(dxErrorOf(() => parseCsv(win)).code).toBe('ENCODING');
    expect(parseCsv(Buffer.from('a;b\n1;2\n')).delimiter).toBe(';');
    const error = dxErrorOf(() => parseCsv('a,b', { encoding: 'utf-8' }));
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'encoding: expected no encoding for text (it is for bytes), got "utf-8".',
    ]);
  });

  it('names a bad options argument and an unknown option', () => {
    expect(dxErrorOf(() => parseCsv('a', 5 as never)).message).toBe(
      'options: expected an object like { delimiter }, got 5.',
    );
    expect(dxErrorOf(() => parseCsv('a', { x: 1 } as never)).message).toBe(
      'options.x: not an option here; expected delimiter, encoding.',
    );
  });
});

describe('readingScore', () => {
  const reading = (delimiter: ',' | ';', rows: string[][]): Reading => ({
    delimiter,
    records: rows.map((cells, i) => ({ line: i + 1, cells })),
  });

  it('scores a broken or empty reading lowest, as [0]', () => {
    const error = dxErrorOf(() => parseCsv('a\n"b'));
    expect(readingScore({ delimiter: ',', records: [], error })).toEqual([0]);
    expect(readingScore({ delimiter: ',', records: [] })).toEqual([0]);
  });

  it('counts the splits between a cell ending in a digit and one starting with one', () => {
    // 0,69 split by a comma: one split; "1a" then "2", or "a" then "2", is no number split.
    expect(
      readingScore(
        reading(',', [
          ['a', 'b'],
          ['0', '69'],
        ]),
      ),
    ).toEqual([1, 1, 1, 2, -1, 1]);
    expect(
      readingScore(
        reading(',', [
          ['a', 'b'],
          ['1a', '2'],
        ]),
      ),
    ).toEqual([1, 1, 1, 2, -0, 1]);
    expect(
      readingScore(
        reading(',', [
          ['a', 'b'],
          ['1', 'b2'],
        ]),
      ),
    ).toEqual([1, 1, 1, 2, -0, 1]);
    expect(
      readingScore(
        reading(',', [
          ['a', 'b', 'c'],
          ['1', '2', '3'],
          ['4', '5'],
        ]),
      ),
    ).toEqual([1, 1, 0, 3, -3, 1]);
    expect(readingScore(reading(';', [['a']]))).toEqual([1, 0, 1, 1, -0, 0]);
  });
});

describe('bestReading', () => {
  it('keeps the first of readings that score the same, and reports a broken quote over one column', () => {
    const one = (delimiter: ',' | ';' | '\t'): Reading => ({
      delimiter,
      records: [{ line: 1, cells: ['a'] }],
    });
    expect(bestReading([one(';'), one(','), one('\t')]).delimiter).toBe(';');
    const error = dxErrorOf(() => parseCsv('a\n"b'));
    const broken: Reading = { delimiter: ',', records: [], error };
    expect(bestReading([one(';'), broken])).toBe(broken);
    const two: Reading = { delimiter: '\t', records: [{ line: 1, cells: ['a', 'b'] }] };
    expect(bestReading([broken, two])).toBe(two);
  });
});

describe('formatCsvCell arguments', () => {
  it('names a value that is not text and a delimiter it does not write', () => {
    expect(dxErrorOf(() => formatCsvCell(5 as never)).code).toBe('INVALID_ARGUMENT');
    expect(dxErrorOf(() => formatCsvCell(5 as never)).message).toBe(
      'value: expected the cell text, got 5.',
    );
    expect(dxErrorOf(() => formatCsvCell('a', '|' as never)).message).toBe(
      'delimiter: expected one of ",", ";", "\\t", got "|".',
    );
  });
});
