import { DxError } from '../errors.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';

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

/**
 * Reads CSV text (RFC 4180: quoted cells may hold delimiters, quotes written
 * twice, and line breaks; CRLF or LF; a leading byte-order mark is ignored).
 * Every row must have as many cells as the header. Hand-written rather than a
 * dependency so that every error can name its line and column.
 *
 * @param text - the file's text.
 * @param options - the delimiter, detected by default.
 * @returns the header and the rows with their line numbers.
 * @throws {@link DxError} `CSV_SYNTAX` for an unclosed quote, text after a
 *   closing quote, a row with the wrong number of cells, or an empty file,
 *   naming the line and column; `INVALID_ARGUMENT` when `text` is not text,
 *   `options` is not an object or names an unknown option, or the delimiter is not `,`, `;` or a tab.
 *
 * @example
 * ```ts
 * import { parseCsv } from 'vn-dx';
 *
 * const table = parseCsv('province;value\n49;"51,16"\n');
 * table.delimiter; // ';'
 * table.rows[0]?.cells; // ['49', '51,16']
 * table.rows[0]?.line; // 2
 * ```
 *
 * @category Data
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  if (typeof text !== 'string') {
    fail('INVALID_ARGUMENT', 'text', 'CSV text', text);
  }
  knownKeys(record(options, 'options', 'an object like { delimiter }'), CSV_OPTIONS, 'options');
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (options.delimiter !== undefined) {
    const { delimiter } = options;
    if (!DELIMITERS.includes(delimiter)) {
      fail('INVALID_ARGUMENT', 'delimiter', `',', ';' or a tab`, delimiter);
    }
    return checked(readWith(source, delimiter), 'as given');
  }
  return checked(chooseDelimiter(source), 'detected');
}

/** The delimiters a table may use, in the order a tie is settled. */
const DELIMITERS = [',', ';', '\t'] as const;

type Delimiter = (typeof DELIMITERS)[number];

/** One reading of the file with one delimiter: its records, or the syntax error it met. */
interface Reading {
  readonly delimiter: Delimiter;
  readonly records: readonly CsvRow[];
  readonly error?: DxError;
}

function readWith(source: string, delimiter: Delimiter): Reading {
  try {
    return { delimiter, records: tokenize(source, delimiter) };
  } catch (error) {
    if (!(error instanceof DxError)) throw error;
    return { delimiter, records: [], error };
  }
}

/** How well a reading fits, most important first: no syntax error, more than one column, every row with the header's cell count, columns, fewer splits between digits (decimal commas), rows that match. */
function readingScore(reading: Reading): readonly number[] {
  const [header, ...rows] = reading.records;
  if (reading.error || !header) return [0];
  const matching = rows.filter((row) => row.cells.length === header.cells.length).length;
  const between = rows.reduce((sum, row) => {
    let count = 0;
    for (let i = 1; i < row.cells.length; i += 1) {
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
function chooseDelimiter(source: string): Reading {
  const readings = DELIMITERS.map((delimiter) => readWith(source, delimiter));
  let best = readings[0] as Reading;
  let bestFit = readingScore(best);
  for (const candidate of readings.slice(1)) {
    const candidateFit = readingScore(candidate);
    const first = candidateFit.findIndex((value, i) => value !== bestFit[i]);
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

/** The table of a reading, or its error, saying which delimiter was used and how to choose another. */
function checked(reading: Reading, how: 'as given' | 'detected'): CsvTable {
  const { delimiter } = reading;
  const note =
    how === 'detected'
      ? ` (reading ${NAMES[delimiter]} as the delimiter, detected from the whole file; if the file uses another, set it: the delimiter option, or --delimiter on the command line)`
      : ` (reading ${NAMES[delimiter]} as the delimiter, as given)`;
  // A broken quote is broken under every delimiter: its message needs no note.
  if (reading.error) throw reading.error;
  const [headerRow, ...rows] = reading.records;
  if (!headerRow) raise('CSV_SYNTAX', 'CSV', 'the file is empty; expected a header line');
  const header = headerRow.cells.map((name) => name.trim());
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      throw new DxError(
        'CSV_SYNTAX',
        `CSV line ${row.line}: expected ${header.length} cells as in the header, found ${row.cells.length}${note}.`,
        { issues: [{ path: [], message: 'wrong number of cells', line: row.line }] },
      );
    }
  }
  return { header, rows, delimiter };
}

/** Splits the text into records with one delimiter (RFC 4180 quoting); throws CSV_SYNTAX for a broken quote. */
function tokenize(source: string, delimiter: Delimiter): CsvRow[] {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let column = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let cellStarted = false;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !cellStarted))
      records.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          column += 2;
          continue;
        }
        quoted = false;
        i += 1;
        column += 1;
        const next = source[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new DxError(
            'CSV_SYNTAX',
            `CSV line ${line}, column ${column}: unexpected text after a closing quote.`,
            {
              issues: [{ path: [], message: 'text after a closing quote', line, column }],
            },
          );
        }
        continue;
      }
      cell += char;
      if (char === '\n') {
        line += 1;
        column = 1;
      } else {
        column += 1;
      }
      i += 1;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      cellStarted = true;
      i += 1;
      column += 1;
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = true;
      i += 1;
      column += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line += 1;
      column = 1;
      rowLine = line;
      continue;
    }
    cell += char;
    cellStarted = true;
    i += 1;
    column += 1;
  }
  if (quoted) {
    throw new DxError('CSV_SYNTAX', `CSV line ${rowLine}: a quoted cell is never closed.`, {
      issues: [{ path: [], message: 'unclosed quote', line: rowLine }],
    });
  }
  if (cell !== '' || cells.length > 0 || cellStarted) endRow();
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
