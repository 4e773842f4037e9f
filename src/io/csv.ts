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
   * The cell delimiter. Default: detected from the header line — `;` or a tab
   * when the header has one of them and no comma (common in Vietnamese
   * spreadsheets, where the comma is the decimal mark), else `,`.
   */
  readonly delimiter?: ',' | ';' | '\t';
}

/** The options {@link parseCsv} and `formatObservationsCsv` take, to refuse any other (a misspelt one would be ignored). */
export const CSV_OPTIONS = ['delimiter'] as const satisfies readonly (keyof CsvOptions)[];

function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  if (!header.includes(',')) {
    if (header.includes(';')) return ';';
    if (header.includes('\t')) return '\t';
  }
  return ',';
}

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
  const delimiter = options.delimiter ?? detectDelimiter(source);
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    fail('INVALID_ARGUMENT', 'delimiter', `',', ';' or a tab`, delimiter);
  }
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
  const [headerRow, ...rows] = records;
  if (!headerRow) raise('CSV_SYNTAX', 'CSV', 'the file is empty; expected a header line');
  const header = headerRow.cells.map((name) => name.trim());
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      throw new DxError(
        'CSV_SYNTAX',
        `CSV line ${row.line}: expected ${header.length} cells as in the header, found ${row.cells.length}.`,
        { issues: [{ path: [], message: 'wrong number of cells', line: row.line }] },
      );
    }
  }
  return { header, rows, delimiter };
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
