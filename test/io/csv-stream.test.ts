import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvCell, parseCsv } from '../../src/io/csv.js';
import { readCsvStream } from '../../src/io/csv-stream.js';
import { decodeText } from '../../src/io/decode.js';
import { dxErrorOf } from '../fixtures/errors.js';

/** The bytes cut at the given places (sorted, deduplicated), so a piece may end anywhere. */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(from, point));
    from = point;
  }
  return pieces;
}

function streamed(pieces: Uint8Array[], options = {}) {
  const csv = readCsvStream(pieces, options);
  return { header: csv.header, delimiter: csv.delimiter, rows: [...csv.rows] };
}

const encoder = new TextEncoder();
// Cells with what a CSV grammar must get right: quotes, every delimiter, CR, LF, letters of
// two and three UTF-8 bytes (Vietnamese) and of four (an emoji), spaces.
const cell = fc
  .array(fc.constantFrom('a', '1', ',', ';', '\t', '"', '\n', '\r', ' ', 'ệ', 'Đ', '😀', 'ơ'), {
    maxLength: 6,
  })
  .map((chars) => chars.join(''));

describe('readCsvStream', () => {
  it('gives the cells parseCsv gives, wherever the bytes are cut (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (columns, table, delimiter, eol, bom, at) => {
          const rows = [
            Array.from({ length: columns }, (_, i) => `h${i}`),
            ...table.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? '')),
          ];
          const text = `${bom ? '\ufeff' : ''}${rows.map((r) => r.map((c) => formatCsvCell(c, delimiter)).join(delimiter)).join(eol)}${eol}`;
          const bytes = encoder.encode(text);
          const pieces = cut(bytes, at);
          for (const options of [{}, { delimiter }]) {
            const whole = parseCsv(decodeText(bytes), options);
            expect(streamed(pieces, options)).toEqual({
              header: whole.header,
              delimiter: whole.delimiter,
              rows: whole.rows,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the cells parseCsv gives on every file of the office corpus, one byte at a time', () => {
    const dir = new URL('../fixtures/office/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
      const encoding = name.includes('1258') ? { encoding: 'windows-1258' } : {};
      const pieces = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
      let whole: ReturnType<typeof parseCsv>;
      try {
        whole = parseCsv(decodeText(bytes, encoding));
      } catch (error) {
        // A file the corpus holds to be refused (xephang-thieu-o.csv: a short row) is refused
        // by the stream reader too, with the same code and line.
        expect(() => streamed(pieces, encoding), name).toThrowError(
          expect.objectContaining({
            code: (error as { code: string }).code,
            issues: [
              expect.objectContaining({
                line: (error as { issues: { line: number }[] }).issues[0]?.line,
              }),
            ],
          }),
        );
        continue;
      }
      expect(streamed(pieces, encoding), name).toEqual({
        header: whole.header,
        delimiter: whole.delimiter,
        rows: whole.rows,
      });
    }
  });

  it('detects the delimiter from the first 64 KiB and checks the rows after it', () => {
    const head = 'STT;Tỉnh, thành phố;Điểm\n';
    const body = '1;Hà Nội;5,5\n'.repeat(8000);
    const csv = readCsvStream([encoder.encode(`${head}${body}2;Huế\n`)]);
    expect(csv.delimiter).toBe(';');
    expect(csv.detected).toBe('prefix');
    expect(() => [...csv.rows]).toThrowError(
      expect.objectContaining({
        code: 'CSV_SYNTAX',
        message: expect.stringMatching(
          /^CSV line 8002: expected 3 cells as in the header, found 2 \(reading ';' as the delimiter, detected from the first lines of the file;/,
        ),
      }),
    );
    expect(readCsvStream([encoder.encode('a;b\n1;2\n')]).detected).toBe('detected');
    expect(readCsvStream([encoder.encode('a;b\n1;2\n')], { delimiter: ';' }).detected).toBe(
      'as given',
    );
  });

  it('reads on past the prefix for a header longer than it', () => {
    const long = 'x'.repeat(100_000);
    const csv = readCsvStream([encoder.encode(`a;${long}\n1;2\n`)]);
    expect(csv.header).toEqual(['a', long]);
    expect([...csv.rows]).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('reports what parseCsv reports: an empty file, a broken quote, bytes that are not UTF-8', () => {
    expect(() => readCsvStream([])).toThrowError(
      expect.objectContaining({
        code: 'CSV_SYNTAX',
        message: 'CSV: the file is empty; expected a header line.',
      }),
    );
    expect(() => streamed([encoder.encode('a,b\n"1,2\n')])).toThrowError(
      expect.objectContaining({
        code: 'CSV_SYNTAX',
        message: 'CSV line 2: a quoted cell is never closed.',
      }),
    );
    const bad = new Uint8Array([...encoder.encode('a,b\n1,2\n'), 0x51, 0xd2, 0x0a]);
    expect(() => streamed(cut(bad, [3, 9]), { name: 'x.csv' })).toThrowError(
      expect.objectContaining({
        code: 'ENCODING',
        message: expect.stringMatching(/^x\.csv: line 3 holds bytes that are not UTF-8/),
      }),
    );
  });

  it('refuses bad arguments', () => {
    expect(() => readCsvStream(42 as unknown as Uint8Array[])).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => readCsvStream([], { delimiter: '|' as ',' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => readCsvStream([], { sep: ';' } as object)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => readCsvStream(['a,b' as unknown as Uint8Array])).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('readCsvStream in many pieces (issue #25)', () => {
  /** The bytes in pieces of `size` (the last shorter). */
  const pieces = (bytes: Uint8Array, size: number) =>
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    );
  const parsed = (bytes: Uint8Array, options = {}) => {
    const csv = parseCsv(decodeText(bytes), options);
    return { header: csv.header, delimiter: csv.delimiter, rows: csv.rows };
  };

  it('drops a second byte-order mark at the start, as parseCsv does, and keeps one inside', () => {
    const bytes = encoder.encode('\ufeff\ufeffa,b\n1,2\n');
    expect(streamed([bytes]).header).toEqual(['a', 'b']);
    expect(streamed([bytes]).header).toEqual(parsed(bytes).header);
    // A mark that starts a later piece is a character of a cell.
    const body = 'a,b\n'.concat('1,2\n'.repeat(1100), '\ufeffx,y\n');
    const inner = encoder.encode(body);
    const at = inner.length - encoder.encode('\ufeffx,y\n').length;
    const csv = streamed([inner.subarray(0, at), inner.subarray(at)]);
    expect(csv.rows.at(-1)?.cells).toEqual(['\ufeffx', 'y']);
    expect(csv).toEqual(parsed(inner));
  });

  it('reads on past the prefix for a long header given in small pieces', () => {
    const long = 'x'.repeat(100_000);
    const bytes = encoder.encode(`a;${long}\n1;2\n`);
    const csv = readCsvStream(pieces(bytes, 1000));
    expect(csv.header).toEqual(['a', long]);
    expect(csv.delimiter).toBe(';');
    expect([...csv.rows]).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('hands out every row of a file larger than the prefix, read as asked for', () => {
    const bytes = encoder.encode(`STT;Tỉnh;Điểm\n${'1;Hà Nội;5,5\n'.repeat(9000)}2;Huế;6`);
    const csv = streamed(pieces(bytes, 777));
    expect(csv.delimiter).toBe(';');
    expect(csv).toEqual(parsed(bytes));
    expect(csv.rows).toHaveLength(9001);
  });

  it('with a delimiter given, reads only as far as the header before returning', () => {
    const bytes = encoder.encode(`a,b\n${'1,2\n'.repeat(5000)}`);
    let pulled = 0;
    const counted = {
      *[Symbol.iterator]() {
        for (const piece of pieces(bytes, 512)) {
          pulled += 1;
          yield piece;
        }
      },
    };
    const csv = readCsvStream(counted, { delimiter: ',' });
    expect(csv.header).toEqual(['a', 'b']);
    expect(pulled).toBeLessThanOrEqual(10);
    expect([...csv.rows]).toHaveLength(5000);
    expect(pulled).toBe(40);
  });

  it('names what is wrong with its arguments', () => {
    for (const [call, message] of [
      [
        () => readCsvStream(null as never),
        'pieces: expected an iterable of Uint8Array pieces, got null.',
      ],
      [
        () => readCsvStream(42 as never),
        'pieces: expected an iterable of Uint8Array pieces, got 42.',
      ],
      [
        () => readCsvStream({} as never),
        'pieces: expected an iterable of Uint8Array pieces, got {}.',
      ],
      [
        () => readCsvStream([], 'x' as never),
        'options: expected an object like { delimiter, encoding, name }, got "x".',
      ],
      [
        () => readCsvStream([], { delimiter: '|' as ',' }),
        'delimiter: expected one of ",", ";", "\\t", got "|".',
      ],
    ] as const) {
      const error = dxErrorOf(call);
      expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', message]);
    }
  });
});
