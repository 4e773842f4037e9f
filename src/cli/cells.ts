// The cells of a file the command read: numbers by the file's one decimal mark, repeated
// rows, and one error that lists every bad cell, a line each, in either language.
import {
  type DecimalMark,
  DxError,
  type DxIssue,
  type DxMessage,
  type DxMessageParam,
  decimalMarkOfTable,
  type Quantity,
  readNumberColumn,
  type TableDecimalMark,
} from '../index.js';
import { english, say } from './command.js';
import { type DecimalNote, decimalNote } from './decimal-note.js';
import { prefixed, type Records } from './table-records.js';

/** What a repeated row breaks: one row per unit, one score per unit, one value per date. */
export type RepeatRule = 'row-repeated' | 'score-repeated' | 'date-repeated';

/**
 * The one duplicate-row check: records the first row of `key` in `seen` and returns
 * undefined, or, for a key seen before, the sentence naming where it first was:
 * `49 has a row already (line 2, column 1 (unit)); keep one row per unit`.
 */
export function repeatedRow(
  seen: Map<string, number>,
  key: string,
  index: number,
  where: {
    readonly records: Records;
    readonly column: string;
    /** The rule the repeat breaks (default: one row per unit). */
    readonly rule?: RepeatRule;
    /** The row's unit (or day) as the message shows it (default: the key). */
    readonly label?: DxMessageParam;
  },
): DxMessage | undefined {
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, index);
    return undefined;
  }
  return say(where.rule ?? 'row-repeated', {
    label: where.label ?? key,
    where: where.records.where(first, where.column).said,
  });
}

/** The decimal mark of each file, decided once over all its number columns. */
const MARKS = new WeakMap<Records, Map<DecimalMark, TableDecimalMark>>();

/** The columns of each file read by the mark another column settled, for the note on stderr. */
const NOTES = new WeakMap<Records, Map<string, DecimalNote>>();

/** The cells of a column as text: a JSON number or nothing is '' (it has no mark to read). */
function textsOf(records: Records, column: string): string[] {
  return records.rows.map((row) => {
    const cell = row[column];
    return typeof cell === 'string' ? cell : '';
  });
}

/** How the file's numbers read: decimalMarkOfTable over every column, once per file and mark. */
function tableMark(records: Records, decimal: DecimalMark): TableDecimalMark {
  const known = MARKS.get(records) ?? new Map<DecimalMark, TableDecimalMark>();
  MARKS.set(records, known);
  const cached = known.get(decimal);
  if (cached !== undefined) return cached;
  const columns = Object.fromEntries(records.header.map((name) => [name, textsOf(records, name)]));
  const read = decimalMarkOfTable(columns, decimal);
  known.set(decimal, read);
  return read;
}

/**
 * The one decimal mark of a file's text numbers: given, or with `auto` settled by any of its
 * number columns (decimalMarkOfTable), so a column of `1.453` beside one of `51,16%` is 1453.
 */
export function fileMark(records: Records, decimal: DecimalMark): 'comma' | 'dot' {
  return tableMark(records, decimal).mark;
}

/**
 * The notes of the columns read so far by the mark another column settled (a column of `1.453`
 * beside `51,16%`), in the order they were read: what `auto` decided, for standard error.
 */
export function decimalNotes(records: Records): readonly DecimalNote[] {
  return [...(NOTES.get(records)?.values() ?? [])];
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
  const texts = textsOf(records, column);
  let read: ReturnType<typeof readNumberColumn>;
  let table: TableDecimalMark;
  try {
    table = tableMark(records, decimal);
    read = readNumberColumn(column, texts, table.mark);
  } catch (error) {
    throw prefixed(records.file, error);
  }
  const note = decimalNote(column, texts, table, decimal);
  if (note !== undefined) {
    const notes = NOTES.get(records) ?? new Map<string, DecimalNote>();
    NOTES.set(records, notes.set(column, note));
  }
  if (read.errors.length > 0) {
    const mark = read.mark;
    throw cellErrors(
      records,
      column,
      read.errors.map((error) => ({
        ...error,
        said: say('both', {
          en: error.message,
          vi: say('not-a-number', { value: texts[error.index] ?? '', mark }),
        }),
      })),
    );
  }
  return records.rows.map((row, i) => {
    const cell = row[column];
    return typeof cell === 'number' ? { value: cell, qualifier: 'exact' } : (read.cells[i] ?? null);
  });
}

/** A problem with one cell: its row, and what is wrong as a catalogue sentence or English text. */
export interface CellProblem {
  readonly index: number;
  readonly message: DxMessage | string;
  /** For an English `message` (from the library): the sentence `--lang vi` writes instead. */
  readonly said?: DxMessage;
}

/** One error listing every bad cell of a column, each on its own line. */
export function cellErrors(
  records: Records,
  column: string,
  errors: readonly CellProblem[],
): DxError {
  const issues: DxIssue[] = errors.map((error) => {
    const where = records.where(error.index, column);
    const text =
      typeof error.message === 'string'
        ? (error.said ?? say('text', { text: error.message }))
        : error.message;
    const message = typeof error.message === 'string' ? error.message : english(error.message);
    return {
      path: [error.index, column],
      message,
      ...(where.line === undefined ? {} : { line: where.line }),
      ...(where.column === undefined ? {} : { column: where.column }),
      ...say('at-cell', { file: records.file, where: where.said, text }),
    };
  });
  const lines = issues.map(
    (item, i) =>
      `${records.file}: ${records.where(errors[i]?.index ?? 0, column).text}: ${item.message}.`,
  );
  return new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
}
