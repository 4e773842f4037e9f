import {
  type DecimalMark,
  DxError,
  type DxErrorCode,
  type DxIssue,
  decimalMarkOfTable,
  parseCsv,
  type Quantity,
  readNumberColumn,
} from '../index.js';
import type { CliIo } from './io.js';

/** What an issue about a file holds besides its sentence. */
interface FileIssue {
  readonly path?: readonly (string | number)[];
  readonly expected?: string;
  readonly received?: string;
  readonly cause?: unknown;
}

/**
 * An error about a file the command read: `file: message.`, with one issue whose path starts
 * at the file. Anything quoted from the file goes through {@link shown}, so it stays short.
 */
export function fileError(
  code: DxErrorCode,
  file: string,
  message: string,
  detail: FileIssue = {},
): DxError {
  const { path = [], cause, ...parts } = detail;
  return new DxError(code, `${file}: ${message}.`, {
    issues: [{ path: [file, ...path], message, ...parts }],
    ...(cause === undefined ? {} : { cause }),
  });
}

/** A value from a file for a message: JSON, cut to 40 characters. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A cell of a CSV (text) or JSON (text, number or nothing) input. */
export type Cell = string | number | null;

/** A table read from a CSV file or a JSON array of objects. */
export interface Records {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  /** Where a cell is, for messages: `line 3, column 2` or `record 2`. */
  readonly where: (row: number, column: string) => { line?: number; column?: number; text: string };
}

/** A nested JSON value as a cell's text; one nested too deeply to write back is an error, not a crash. */
function nestedText(file: string, index: number, key: string, value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (cause) {
    const message = `JSON: record ${index + 1} (${shown(key)}) holds a value nested too deeply to read`;
    throw fileError('VALIDATION_FAILED', file, message, { path: [index, key], cause });
  }
}

/** Reads a CSV file or a JSON array of objects (`-` is standard input). */
export function readRecords(io: CliIo, file: string): Records {
  const text = io.readFile(file);
  if (/^\s*\[/.test(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      // JSON.parse throws only SyntaxError, whose message says where.
      throw fileError('INVALID_ARGUMENT', file, `JSON: ${(cause as SyntaxError).message}`, {
        expected: 'JSON text',
        cause,
      });
    }
    const bad = Array.isArray(parsed)
      ? parsed.findIndex((row) => typeof row !== 'object' || row === null || Array.isArray(row))
      : -1;
    if (!Array.isArray(parsed) || bad !== -1) {
      throw fileError(
        'VALIDATION_FAILED',
        file,
        `JSON: expected an array of objects${bad === -1 ? '' : `; record ${bad + 1} is not one`}`,
        {
          ...(bad === -1 ? {} : { path: [bad] }),
          expected: 'an array of objects',
          received: shown(bad === -1 ? parsed : (parsed as unknown[])[bad]),
        },
      );
    }
    const objects = parsed as Record<string, unknown>[];
    const header = [...new Set(objects.flatMap((row) => Object.keys(row)))];
    return {
      file,
      header,
      rows: objects.map((row, index) =>
        Object.fromEntries(
          header.map((key) => {
            const value = row[key];
            return [
              key,
              value === undefined || value === null
                ? null
                : typeof value === 'number'
                  ? value
                  : typeof value === 'string'
                    ? value
                    : nestedText(file, index, key, value),
            ];
          }),
        ),
      ),
      where: (row, column) => ({ text: `record ${row + 1} (${column})` }),
    };
  }
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(text, io.delimiter === undefined ? {} : { delimiter: io.delimiter });
  } catch (error) {
    throw prefixed(file, error);
  }
  return {
    file,
    header: table.header,
    rows: table.rows.map((row) =>
      Object.fromEntries(table.header.map((name, i) => [name, (row.cells[i] ?? '').trim()])),
    ),
    where: (row, column) => {
      const line = table.rows[row]?.line ?? 0;
      const index = table.header.indexOf(column) + 1;
      return { line, column: index, text: `line ${line}, column ${index} (${column})` };
    },
  };
}

/**
 * The one duplicate-row check: records the first row of `key` in `seen` and returns
 * undefined, or, for a key seen before, the message naming where it first was:
 * `49 has a row already (line 2, column 1 (unit)); keep one row per unit`.
 */
export function repeatedRow(
  seen: Map<string, number>,
  key: string,
  index: number,
  where: {
    readonly records: Records;
    readonly column: string;
    readonly rule: string;
    /** The row's unit as the message shows it (default: the key). */
    readonly label?: string;
  },
  already = 'has a row already',
): string | undefined {
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, index);
    return undefined;
  }
  return `${where.label ?? key} ${already} (${where.records.where(first, where.column).text}); ${where.rule}`;
}

/** The same error with the file's name in front. */
export function prefixed(file: string, error: unknown): unknown {
  return error instanceof DxError
    ? new DxError(error.code, `${file}: ${error.message}`, {
        issues: error.issues,
        cause: error,
      })
    : error;
}

/** A cell as text: what a table shows and a CSV would hold. */
export function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** The decimal mark of each file, decided once over all its number columns. */
const MARKS = new WeakMap<Records, Map<DecimalMark, 'comma' | 'dot'>>();

/**
 * The one decimal mark of a file's text numbers: given, or with `auto` settled by any of its
 * number columns (decimalMarkOfTable), so a column of `1.453` beside one of `51,16%` is 1453.
 */
export function fileMark(records: Records, decimal: DecimalMark): 'comma' | 'dot' {
  const known = MARKS.get(records) ?? new Map<DecimalMark, 'comma' | 'dot'>();
  MARKS.set(records, known);
  const cached = known.get(decimal);
  if (cached !== undefined) return cached;
  const columns = Object.fromEntries(
    records.header.map((name) => [
      name,
      records.rows.map((row) => (typeof row[name] === 'string' ? (row[name] as string) : '')),
    ]),
  );
  const mark = decimalMarkOfTable(columns, decimal).mark;
  known.set(decimal, mark);
  return mark;
}

/**
 * Reads a column of numbers with the one number policy: JSON numbers as they
 * are, text by the file's one decimal mark ({@link fileMark}) and parseCellQuantity.
 * Every bad cell is listed in one error, one line each.
 */
export function readNumbers(
  records: Records,
  column: string,
  decimal: DecimalMark,
): (Quantity | null)[] {
  const texts = records.rows.map((row) => {
    const cell = row[column];
    return typeof cell === 'string' ? cell : '';
  });
  let read: ReturnType<typeof readNumberColumn>;
  try {
    read = readNumberColumn(column, texts, fileMark(records, decimal));
  } catch (error) {
    throw prefixed(records.file, error);
  }
  if (read.errors.length > 0) throw cellErrors(records, column, read.errors);
  return records.rows.map((row, i) => {
    const cell = row[column];
    return typeof cell === 'number' ? { value: cell, qualifier: 'exact' } : (read.cells[i] ?? null);
  });
}

/** One error listing every bad cell of a column, each on its own line. */
export function cellErrors(
  records: Records,
  column: string,
  errors: readonly { readonly index: number; readonly message: string }[],
): DxError {
  const issues: DxIssue[] = errors.map((error) => {
    const where = records.where(error.index, column);
    return {
      path: [error.index, column],
      message: error.message,
      ...(where.line === undefined ? {} : { line: where.line }),
      ...(where.column === undefined ? {} : { column: where.column }),
    };
  });
  const lines = errors.map(
    (error) => `${records.file}: ${records.where(error.index, column).text}: ${error.message}.`,
  );
  return new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
}
