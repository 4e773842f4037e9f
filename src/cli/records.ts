import { DxError, type DxErrorCode, type DxMessage, parseCsv } from '../index.js';
import { english, say } from './command.js';
import type { CliIo } from './io.js';
import { type Cell, prefixed, type Records } from './table-records.js';

/** What an issue about a file holds besides its sentence. */
interface FileIssue {
  readonly path?: readonly (string | number)[];
  readonly expected?: string;
  readonly received?: string;
  readonly cause?: unknown;
}

/**
 * An error about a file the command read: `file: message.`, with one issue whose path starts
 * at the file. The message is a catalogue sentence (see `say`), so that `--lang vi` can write
 * it; anything quoted from the file goes through {@link shown}, so it stays short.
 */
export function fileError(
  code: DxErrorCode,
  file: string,
  said: DxMessage | string,
  detail: FileIssue = {},
): DxError {
  const { path = [], cause, ...parts } = detail;
  const message = typeof said === 'string' ? say('text', { text: said }) : said;
  const text = english(message);
  return new DxError(code, `${file}: ${text}.`, {
    issues: [
      {
        path: [file, ...path],
        message: text,
        ...parts,
        ...say('in-file', { file, text: message }),
      },
    ],
    ...(cause === undefined ? {} : { cause }),
  });
}

/** A value from a file for a message: JSON, cut to 40 characters. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
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
      const reason = (cause as SyntaxError).message;
      throw fileError('INVALID_ARGUMENT', file, say('json-syntax', { reason }), {
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
        bad === -1 ? say('json-not-array') : say('json-record-not-object', { record: bad + 1 }),
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
      where: (row, column) => {
        const said = say('record', { record: row + 1, name: column });
        return { text: english(said), said };
      },
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
      const said = say('line-column', { line, column: index, name: column });
      return { line, column: index, text: english(said), said };
    },
  };
}

/** A cell as text: what a table shows and a CSV would hold. */
export function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

export {
  type CellProblem,
  cellErrors,
  decimalNotes,
  fileMark,
  type RepeatRule,
  readNumbers,
  repeatedRow,
} from './cells.js';

export { type Cell, prefixed, type Records, type Where } from './table-records.js';
