// The one note a command writes when a file's decimal mark was decided by another column: a
// column of `1.453`, `1.920` alone reads two ways, so when `51,16%` beside it settles the mark
// the reader says which way it read the column and why (auto "says what it decided", #24).
import { type DecimalMark, parseCellQuantity, type TableDecimalMark } from '../index.js';
import { say } from './command.js';

type Mark = 'comma' | 'dot';

/** A column read by the mark another column of its file settled. */
export interface DecimalNote {
  /** The column, as the header writes it. */
  readonly column: string;
  /** Its first cell that reads as two different numbers, such as `1.453`. */
  readonly cell: string;
  /** The mark it was read with. */
  readonly mark: Mark;
  /** The column and cell that settled the mark, such as `Tỷ lệ`, `51,16%`. */
  readonly by: { readonly column: string; readonly cell: string };
}

/** A cell's value read with one mark; undefined when it is no number written that way. */
export function valueAs(text: string, mark: Mark): number | undefined {
  try {
    return parseCellQuantity(text, mark).value;
  } catch {
    return undefined;
  }
}

/** The first cell that reads as two different numbers (`1.453`: 1453 or 1.453). */
function twoWayCell(cells: readonly string[]): string | undefined {
  return cells.find((cell) => {
    const comma = valueAs(cell.trim(), 'comma');
    const dot = valueAs(cell.trim(), 'dot');
    return comma !== undefined && dot !== undefined && comma !== dot;
  });
}

/**
 * The note for a number column the command reads, when `auto` read it by the mark another
 * column settled (decimalMarkOfTable's `decided`); undefined when the mark was given, when the
 * column settled it itself, or when none of its cells reads two ways.
 */
export function decimalNote(
  column: string,
  cells: readonly string[],
  read: TableDecimalMark,
  decimal: DecimalMark,
): DecimalNote | undefined {
  const { settledBy } = read;
  if (decimal !== 'auto' || settledBy === undefined || !read.decided.includes(column))
    return undefined;
  const cell = twoWayCell(cells);
  return cell === undefined
    ? undefined
    : { column, cell: cell.trim(), mark: read.mark, by: settledBy };
}

/** The note as a catalogue sentence: the mark, the column that settled it, and what a cell became. */
export function decimalNoteMessage(note: DecimalNote) {
  // A two-way cell reads with either mark, so its value with the chosen one is defined.
  const value = String(valueAs(note.cell, note.mark));
  return say(note.mark === 'comma' ? 'decimal-decided-comma' : 'decimal-decided-dot', {
    column: JSON.stringify(note.column),
    cell: note.cell,
    // 1.453 read with a decimal point is "1.453" in English and "1,453" in Vietnamese.
    value: say('both', { en: value, vi: value.replace('.', ',') }),
    by: JSON.stringify(note.by.column),
    byCell: note.by.cell,
  });
}
