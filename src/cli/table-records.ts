// What a table read by the command is (its header, rows and where each cell is), and the one
// way an error about a file gets the file's name in front.
import { DxError } from '../errors.js';
import type { DxMessage } from '../index.js';

/** A cell of a CSV (text) or JSON (text, number or nothing) input. */
export type Cell = string | number | null;

/** A table read from a CSV file or a JSON array of objects. */
export interface Records {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  /**
   * Where a cell is, for messages: `line 3, column 2 (name)` or `record 2 (name)`, as English
   * `text` and as a catalogue sentence (`said`) for either language.
   */
  readonly where: (row: number, column: string) => Where;
}

/** Where a cell of a file is. */
export interface Where {
  readonly line?: number;
  readonly column?: number;
  readonly text: string;
  readonly said: DxMessage;
}

/** The same error with the file's name in front, in its message and in each issue's path. */
export function prefixed(file: string, error: unknown): unknown {
  return error instanceof DxError
    ? new DxError(error.code, `${file}: ${error.message}`, {
        issues: error.issues.map((item) => ({ ...item, path: [file, ...item.path] })),
        cause: error,
      })
    : error;
}
