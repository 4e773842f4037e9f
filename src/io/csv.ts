import { DxError } from '../errors.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { CsvScanner, DELIMITERS, type Delimiter } from './csv-scanner.js';
import { decodeText } from './decode.js';

/**
 * One data row of a CSV file, with its position.
 *
 * @category Data
 */
export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  readonly line: number;
  /** The cells, unquoted, in column order. */
  readonly cells: readonly string[];
}

/**
 * A parsed CSV table.
 *
 * @category Data
 */
export interface CsvTable {
  /** The header cells, trimmed. */
  readonly header: readonly string[];
  /** The data rows; blank lines are skipped. */
  readonly rows: readonly CsvRow[];
  /** The delimiter used. */
  readonly delimiter: ',' | ';' | '\t';
}

/**
 * Options for {@link parseCsv}.
 *
 * @category Data
 */
export interface CsvOptions {
  /**
   * The cell delimiter. Default: decided from the whole file, reading it
   * (quote-aware) with each of `,` `;` and tab: the one that gives every row
   * the header's number of cells wins (a header such as
   * `STT;Tỉnh, thành phố;Điểm DTI` reads as `;`); then more columns; then the
   * one that splits fewer digit pairs, since the comma is the Vietnamese decimal
   * mark; then the order `,` `;` tab. A file with no delimiter is one column.
   */
  readonly delimiter?: ',' | ';' | '\t';
}

/** The options {@link parseCsv} and `formatObservationsCsv` take, to refuse any other (a misspelt one would be ignored). */
export const CSV_OPTIONS = ['delimiter'] as const satisfies readonly (keyof CsvOptions)[];

/** The options {@link parseCsv} takes: {@link CSV_OPTIONS} and, for bytes, `encoding`. */
const PARSE_OPTIONS = [...CSV_OPTIONS, 'encoding'] as const;

/**
 * Reads CSV text (RFC 4180: quoted cells may hold delimiters, quotes written
 * twice, and line breaks; CRLF or LF; a leading byte-order mark is ignored).
 * Every row must have as many cells as the header. Hand-written rather than a
 * dependency so that every error can name its line and column. Bytes (a
 * `Uint8Array`, such as a file read with `readFileSync`) are first read as text
 * by {@link decodeText}'s rules: a byte-order mark decides UTF-8 or UTF-16, else
 * the bytes must be UTF-8, or `encoding` names theirs. `readCsvStream` reads
 * the same grammar from a file of any size, a piece at a time.
 *
 * @param text - the file's text, or its bytes.
 * @param options - the delimiter, detected by default; for bytes, their `encoding`.
 * @returns the header and the rows with their line numbers.
 * @throws {@link DxError} `CSV_SYNTAX` for an unclosed quote, text after a
 *   closing quote, a row with the wrong number of cells, or an empty file,
 *   naming the line and column; `ENCODING` for bytes that are not UTF-8 (without
 *   `encoding`), naming the likely encoding; `INVALID_ARGUMENT` when `text` is
 *   neither text nor bytes, `options` is not an object or names an unknown
 *   option, the delimiter is not `,`, `;` or a tab, or the encoding is unknown.
 *
 * @example
 * ```ts
 * import { parseCsv } from 'vn-dx';
 *
 * const table = parseCsv('province;value\n49;"51,16"\n');
 * table.delimiter; // ';'
 * table.rows[0]?.cells; // ['49', '51,16']
 * table.rows[0]?.line; // 2
 * // Bytes, as read from a file: UTF-8 with a byte-order mark.
 * const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0x32]);
 * parseCsv(bytes).header; // ['a', 'b']
 * ```
 *
 * @category Data
 */
export function parseCsv(
  text: string | Uint8Array,
  options: CsvOptions & { readonly encoding?: string } = {},
): CsvTable {
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
    fail('INVALID_ARGUMENT', 'text', 'CSV text or its bytes (a Uint8Array)', text);
  }
  knownKeys(record(options, 'options', 'an object like { delimiter }'), PARSE_OPTIONS, 'options');
  const { encoding, delimiter } = options;
  if (delimiter !== undefined && !DELIMITERS.includes(delimiter)) {
    fail('INVALID_ARGUMENT', 'delimiter', `',', ';' or a tab`, delimiter);
  }
  if (encoding !== undefined && typeof text === 'string') {
    fail('INVALID_ARGUMENT', 'encoding', 'no encoding for text (it is for bytes)', encoding);
  }
  const decoded =
    // Stryker disable next-line ConditionalExpression: decodeText reads { encoding: undefined } as no encoding
    typeof text === 'string' ? text : decodeText(text, encoding === undefined ? {} : { encoding });
  const source = decoded.startsWith('\ufeff') ? decoded.slice(1) : decoded;
  if (delimiter !== undefined) return checked(readWith(source, delimiter), 'as given');
  return checked(bestReading(DELIMITERS.map((d) => readWith(source, d))), 'detected');
}

/** One reading of the file with one delimiter: its records, or the syntax error it met. */
export interface Reading {
  readonly delimiter: Delimiter;
  readonly records: readonly CsvRow[];
  readonly error?: DxError;
}

function readWith(source: string, delimiter: Delimiter): Reading {
  try {
    return { delimiter, records: tokenize(source, delimiter) };
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: tokenize throws only DxError; the rethrow is for a RangeError no test can provoke
    if (!(error instanceof DxError)) throw error;
    // Stryker disable next-line ArrayDeclaration: a reading with an error is scored and reported by its error alone; its records are never read
    return { delimiter, records: [], error };
  }
}

/** How well a reading fits, most important first: no syntax error, more than one column, every row with the header's cell count, columns, fewer splits between digits (decimal commas), rows that match. */
export function readingScore(reading: Reading): readonly number[] {
  const [header, ...rows] = reading.records;
  if (reading.error || !header) return [0];
  const matching = rows.filter((row) => row.cells.length === header.cells.length).length;
  const between = rows.reduce((sum, row) => {
    let count = 0;
    // Stryker disable next-line EqualityOperator: one more step reads past the row, `?? ''`, which counts nothing
    for (let i = 1; i < row.cells.length; i += 1) {
      // Stryker disable next-line StringLiteral: the indexes are within the row; the fallback only satisfies the type checker
      if (/\d$/.test(row.cells[i - 1] ?? '') && /^\d/.test(row.cells[i] ?? '')) count += 1;
    }
    return sum + count;
  }, 0);
  const columns = header.cells.length;
  return [1, columns > 1 ? 1 : 0, matching === rows.length ? 1 : 0, columns, -between, matching];
}

/**
 * Decides the delimiter from the whole file, reading it (quote-aware) with each
 * of `,` `;` and tab: the one under which every row has the header's number of
 * cells wins, then the one with more columns, then the one that splits fewer
 * digit pairs (a decimal comma is not a delimiter), then the order `,` `;` tab.
 * Why: a header such as `STT;Tỉnh, thành phố;Điểm DTI` holds a comma but is
 * semicolon-separated, which a look at the header line alone gets wrong.
 */
export function bestReading(readings: readonly Reading[]): Reading {
  let best = readings[0] as Reading;
  let bestFit = readingScore(best);
  // Stryker disable next-line MethodExpression: comparing the first reading with itself finds no difference
  for (const candidate of readings.slice(1)) {
    const candidateFit = readingScore(candidate);
    const first = candidateFit.findIndex((value, i) => value !== bestFit[i]);
    // Stryker disable next-line EqualityOperator: at `first` the scores differ, so > and >= agree
    if (first !== -1 && (candidateFit[first] ?? 0) > (bestFit[first] ?? Number.NEGATIVE_INFINITY)) {
      best = candidate;
      bestFit = candidateFit;
    }
  }
  // One column with no delimiter at all, while another delimiter met a broken quote: report the quote.
  const broken = readings.find((reading) => reading.error);
  return bestFit[1] === 1 || !broken ? best : broken;
}

const NAMES: Readonly<Record<Delimiter, string>> = { ',': "','", ';': "';'", '\t': 'a tab' };

/**
 * What a row-count error adds about the delimiter: how it was chosen and how to choose
 * another. `prefix` says it was detected from the file's first part (the stream reader).
 */
export function delimiterNote(
  delimiter: Delimiter,
  how: 'as given' | 'detected' | 'prefix',
): string {
  if (how === 'as given') return ` (reading ${NAMES[delimiter]} as the delimiter, as given)`;
  const from = how === 'detected' ? 'the whole file' : 'the first lines of the file';
  return ` (reading ${NAMES[delimiter]} as the delimiter, detected from ${from}; if the file uses another, set it: the delimiter option, or --delimiter on the command line)`;
}

/** The error for a row whose cell count is not the header's. */
export function wrongCellCount(
  line: number,
  expected: number,
  found: number,
  note: string,
): DxError {
  return new DxError(
    'CSV_SYNTAX',
    `CSV line ${line}: expected ${expected} cells as in the header, found ${found}${note}.`,
    { issues: [{ path: [], message: 'wrong number of cells', line }] },
  );
}

/** The header of a reading: its first record's cells, trimmed; an empty file is an error. */
export function headerOf(records: readonly CsvRow[]): readonly string[] {
  const [headerRow] = records;
  if (!headerRow) raise('CSV_SYNTAX', 'CSV', 'the file is empty; expected a header line');
  return headerRow.cells.map((name) => name.trim());
}

/** The table of a reading, or its error, saying which delimiter was used and how to choose another. */
function checked(reading: Reading, how: 'as given' | 'detected'): CsvTable {
  const { delimiter } = reading;
  // A broken quote is broken under every delimiter: its message needs no note.
  if (reading.error) throw reading.error;
  const header = headerOf(reading.records);
  const rows = reading.records.slice(1);
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      throw wrongCellCount(
        row.line,
        header.length,
        row.cells.length,
        delimiterNote(delimiter, how),
      );
    }
  }
  return { header, rows, delimiter };
}

/** Splits the text into records with one delimiter (the one grammar, {@link CsvScanner}); throws CSV_SYNTAX for a broken quote. */
function tokenize(source: string, delimiter: Delimiter): CsvRow[] {
  const records: CsvRow[] = [];
  const scanner = new CsvScanner(delimiter, (cells, line) => records.push({ line, cells }));
  scanner.push(source);
  scanner.end();
  return records;
}

/**
 * Writes one CSV cell, quoting it when it holds the delimiter, a quote or a
 * line break (or surrounding spaces).
 *
 * @param value - the cell text.
 * @param delimiter - the delimiter in use.
 * @returns the cell as it goes in the file.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `value` is not text or the
 *   delimiter is not `,`, `;` or a tab.
 *
 * @example
 * ```ts
 * import { formatCsvCell } from 'vn-dx';
 *
 * formatCsvCell('51,16', ','); // '"51,16"'
 * formatCsvCell('49', ','); // '49'
 * ```
 *
 * @category Data
 */
export function formatCsvCell(value: string, delimiter: ',' | ';' | '\t' = ','): string {
  if (typeof value !== 'string') fail('INVALID_ARGUMENT', 'value', 'the cell text', value);
  oneOf(delimiter, [',', ';', '\t'] as const, 'delimiter');
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}
