// How a command that reads one number column reads its file: a CSV as a stream (readCsvStream),
// each cell kept compactly (column-store.ts) and the number column read as it arrives
// (number-stream.ts); a JSON array whole, as every command reads it. Memory stays near the
// size of what is kept, so a file of any size within WHOLE_FILE_LIMIT's reach of RAM is read.
import { type CsvStream, type DecimalMark, DxError, decodeText, readCsvStream } from '../index.js';
import { LineColumn, TextColumn } from './column-store.js';
import { english, say } from './command.js';
import { type CliIo, tooLarge, WHOLE_FILE_LIMIT } from './io.js';
import { MARK_ROWS, NumberStream } from './number-stream.js';
import {
  type Cell,
  decimalNotes,
  prefixed,
  type Records,
  readNumbers,
  readRecords,
} from './records.js';

/** A table as a command uses it: CSV cells are text, JSON cells text, numbers or nothing. */
export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly length: number;
  /** The cell of a row (0-based) in a column (its index in `header`). */
  readonly cell: (row: number, column: number) => Cell;
  /** Where a cell is, for messages, as Records' `where`. */
  readonly where: Records['where'];
}

/** What a command asks of its file. */
export interface TableRequest {
  /** The column read as numbers, found in the header (a usage error when there is none). */
  readonly numbers: (header: readonly string[]) => string;
  readonly decimal: DecimalMark;
  /** The most rows the command shows (a text table): one more is `TOO_LARGE`, raised as it is read. */
  readonly maxRows?: number;
  /** What to do instead when `maxRows` is passed, for the message. */
  readonly maxRowsAdvice?: string;
  /** Whether the number column's cells are kept as text too (default true); without, they read as ''. */
  readonly numberText?: boolean;
}

/** The most characters of cells (one or two bytes each) a command keeps from a file read as a stream. */
export const KEPT_LIMIT = 1024 * 1024 * 1024;

/** Whether a file's first bytes open a JSON array (after a byte-order mark and spaces, in UTF-8 or UTF-16). */
function opensArray(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte === 0x5b) return true;
    // Spaces, line breaks, the zero bytes of UTF-16 and the bytes of a byte-order mark.
    if (![0x20, 0x09, 0x0a, 0x0d, 0, 0xef, 0xbb, 0xbf, 0xff, 0xfe].includes(byte)) return false;
  }
  return false;
}

function fromRecords(records: Records): Table {
  const { file, header, rows, where } = records;
  return {
    file,
    header,
    length: rows.length,
    cell: (row, column) => rows[row]?.[header[column] as string] ?? null,
    where,
  };
}

/** A JSON array (or a CSV given as text by a test's io), read whole as every command reads it. */
function wholeTable(io: CliIo, file: string, text: string, request: TableRequest) {
  const records = readRecords({ ...io, readFile: () => text }, file);
  const by = request.numbers(records.header);
  const numbers = readNumbers(records, by, request.decimal).map((q) => q?.value ?? null);
  if (request.maxRows !== undefined && records.rows.length > request.maxRows)
    throw tooManyRows(file, request);
  return { table: fromRecords(records), numbers, column: by, notes: decimalNotes(records) };
}

function tooManyRows(file: string, request: TableRequest): DxError {
  const limit = request.maxRows ?? 0;
  return new DxError(
    'TOO_LARGE',
    `${file}: more than ${limit} rows, more than a text table shows; ${request.maxRowsAdvice ?? 'use --json'}.`,
    {
      issues: [
        {
          path: [file],
          message: 'too many rows for a text table',
          expected: `at most ${limit} rows in a text table (--json prints any number)`,
        },
      ],
    },
  );
}

/** Reads a table and its number column: a CSV as a stream, a JSON array whole. */
export function readTable(io: CliIo, file: string, request: TableRequest) {
  const name = file === '-' ? 'standard input' : file;
  if (io.readPieces === undefined) {
    const text = io.readFile(file);
    if (/^\s*\[/.test(text)) return wholeTable(io, file, text, request);
    return streamTable(io, file, [new TextEncoder().encode(text)], undefined, request);
  }
  const pieces = io.readPieces(file)[Symbol.iterator]();
  const first = pieces.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  if (opensArray(head)) {
    // The pieces may share one buffer: keep copies.
    const all = [new Uint8Array(head)];
    let size = head.length;
    for (let next = pieces.next(); !next.done; next = pieces.next()) {
      size += next.value.length;
      if (size > WHOLE_FILE_LIMIT)
        throw tooLarge(name, size, WHOLE_FILE_LIMIT, 'rank reads a CSV file of any size');
      all.push(new Uint8Array(next.value));
    }
    const bytes = Buffer.concat(all, size);
    const text = decodeText(bytes, { name, ...(io.encoding ? { encoding: io.encoding } : {}) });
    return wholeTable(io, file, text, request);
  }
  const rest: Iterable<Uint8Array> = {
    *[Symbol.iterator]() {
      yield head;
      for (let next = pieces.next(); !next.done; next = pieces.next()) yield next.value;
    },
  };
  return streamTable(io, file, rest, io.encoding, request);
}

function streamTable(
  io: CliIo,
  file: string,
  pieces: Iterable<Uint8Array>,
  encoding: string | undefined,
  request: TableRequest,
) {
  const name = file === '-' ? 'standard input' : file;
  const located = (error: unknown) => {
    if (!(error instanceof DxError)) return error;
    if (error.code === 'CSV_SYNTAX' || error.code === 'INVALID_NUMBER')
      return prefixed(file, error);
    // An ENCODING message names the file already; its issues get the file in front of their
    // path, as a whole file's reading does (main.ts).
    if (error.code !== 'ENCODING') return error;
    return new DxError(error.code, error.message, {
      issues: error.issues.map((item) => ({ ...item, path: [file, ...item.path] })),
      cause: error,
    });
  };
  try {
    const csv = readCsvStream(pieces, {
      name,
      ...(encoding === undefined ? {} : { encoding }),
      ...(io.delimiter === undefined ? {} : { delimiter: io.delimiter }),
    });
    const { header } = csv;
    const by = columnOf(csv, request);
    const byIndex = header.indexOf(by);
    // The number column's text is kept only when asked for (it is the same file's bytes again).
    const columns = header.map((_, c) =>
      c === byIndex && request.numberText === false ? undefined : new TextColumn(),
    );
    const lines = new LineColumn();
    const numbers = new NumberStream(by, request.decimal);
    const where: Table['where'] = (row, column) => {
      const line = lines.get(row);
      const index = header.indexOf(column) + 1;
      const said = say('line-column', { line, column: index, name: column });
      return { line, column: index, text: english(said), said };
    };
    const whereNumber = (row: number) => where(row, by).text;
    const keep = (cells: readonly string[], line: number, checked: boolean) => {
      const row = lines.length;
      if (request.maxRows !== undefined && row >= request.maxRows) throw tooManyRows(file, request);
      if (row % 65536 === 65535) {
        const kept = columns.reduce((sum, column) => sum + (column?.size ?? 0), 0);
        if (kept > KEPT_LIMIT) throw tooLarge(name, kept, KEPT_LIMIT, 'split the file');
      }
      lines.push(line);
      for (let c = 0; c < columns.length; c += 1) columns[c]?.push((cells[c] ?? '').trim());
      numbers.push(cells[byIndex] ?? '', checked, whereNumber);
    };
    const first: { cells: readonly string[]; line: number }[] = [];
    for (const row of csv.rows) {
      if (first.length < MARK_ROWS) {
        first.push(row);
        if (first.length < MARK_ROWS) continue;
        settle(numbers, header, first, keep);
        continue;
      }
      keep(row.cells, row.line, true);
    }
    if (first.length < MARK_ROWS) settle(numbers, header, first, keep);
    numbers.end();
    if (numbers.badCells > 0) throw badCells(file, by, numbers, where);
    const table: Table = {
      file,
      header,
      length: lines.length,
      cell: (row, column) => columns[column]?.get(row) ?? '',
      where,
    };
    const notes = numbers.note === undefined ? [] : [numbers.note];
    return { table, numbers: numbers.values.read(), column: by, notes };
  } catch (error) {
    throw located(error);
  }
}

/**
 * The number column; when the header has none, the first rows are read first, so that a row
 * that breaks the file (a wrong delimiter, as given) is reported rather than the header.
 */
function columnOf(csv: CsvStream, request: TableRequest): string {
  try {
    return request.numbers(csv.header);
  } catch (error) {
    let read = 0;
    for (const _ of csv.rows) if (++read >= MARK_ROWS) break;
    throw error;
  }
}

/** Decides the decimal mark from the first rows (every column), then keeps them. */
function settle(
  numbers: NumberStream,
  header: readonly string[],
  first: readonly { cells: readonly string[]; line: number }[],
  keep: (cells: readonly string[], line: number, checked: boolean) => void,
): void {
  numbers.decide(
    Object.fromEntries(
      header.map((name, c) => [name, first.map((row) => (row.cells[c] ?? '').trim())]),
    ),
  );
  for (const row of first) keep(row.cells, row.line, false);
}

/** One error listing the first bad cells of the number column, one line each, and how many more. */
function badCells(file: string, column: string, numbers: NumberStream, where: Table['where']) {
  const listed = [...numbers.errors].sort((a, b) => a.index - b.index);
  const lines = listed.map((e) => `${file}: ${where(e.index, column).text}: ${e.message}.`);
  const more = numbers.badCells - listed.length;
  if (more > 0) lines.push(`${file}: … and ${more} more cells of ${column} that are not numbers.`);
  return new DxError('VALIDATION_FAILED', lines.join('\n'), {
    issues: listed.map((e) => {
      const at = where(e.index, column);
      return {
        path: [e.index, column],
        message: e.message,
        line: at.line ?? 0,
        column: at.column ?? 0,
      };
    }),
  });
}
