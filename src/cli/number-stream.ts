// The one number policy for a column read as a stream. The decimal mark is decided as
// decimalMarkOfTable decides it for a whole file, but from the file's first rows (every column
// voting); each later cell of the column must agree with it, or the command stops and names
// the two cells. A file whose first rows say nothing (whole numbers only) is settled by the
// column's first cell that reads one way only, and cells that read two ways wait for it.
import {
  type DecimalMark,
  DxError,
  decimalMarkOf,
  decimalMarkOfTable,
  parseCellQuantity,
} from '../index.js';
import { NumberColumn } from './column-store.js';
import { type DecimalNote, decimalNote, valueAs } from './decimal-note.js';

/** The first data rows the decimal mark is decided from, every column voting. */
export const MARK_ROWS = 1000;
/** Cells that read two ways, waiting for the mark, before the command stops asking for --decimal. */
const WAITING_LIMIT = 10_000;
/** Bad cells listed in the error; the rest are counted. */
export const LISTED_ERRORS = 20;

// Plain numbers in either writing, read without the full cell reader (same values: see the tests).
const PLAIN = { comma: /^-?\d+(?:,\d+)?$/, dot: /^-?\d+(?:\.\d+)?$/ } as const;
const WHOLE = /^-?\d+$/;

type Mark = 'comma' | 'dot';

/** A number column being read: its values, the cells that could not be read, and the mark. */
export class NumberStream {
  readonly values = new NumberColumn();
  /** The first bad cells (index and message), up to {@link LISTED_ERRORS}. */
  readonly errors: { index: number; message: string }[] = [];
  /** How many cells were bad in all. */
  badCells = 0;
  /** Set when another column of the first rows settled the mark this column's cells could not. */
  note: DecimalNote | undefined;
  private mark: Mark | undefined;
  private settledBy: { column: string; cell: string } | undefined;
  private readonly given: boolean;
  private waiting: { index: number; text: string }[] = [];

  constructor(
    private readonly name: string,
    private readonly decimal: DecimalMark,
  ) {
    this.given = decimal !== 'auto';
    if (decimal !== 'auto') this.mark = decimal;
  }

  /** Decides the mark from the first rows' columns (all of them), as decimalMarkOfTable does. */
  decide(columns: Readonly<Record<string, readonly string[]>>): void {
    if (this.given) return;
    const read = decimalMarkOfTable(columns, this.decimal);
    if (read.settledBy) {
      this.mark = read.mark;
      this.settledBy = read.settledBy;
      this.note = decimalNote(this.name, columns[this.name] ?? [], read, this.decimal);
    }
  }

  /**
   * Reads the next cell. `checked`: the cell comes after the rows the mark was decided from,
   * so a cell written the other way stops the command rather than being a bad cell. `where`
   * says where the cell at an index is, for a message (asked only when one is written).
   */
  push(raw: string, checked: boolean, where: (index: number) => string): void {
    this.values.push(this.read(raw.trim(), this.values.length, checked, where));
  }

  /** The value of a cell (NaN for a blank, a bad cell or one waiting for the mark). */
  private read(
    text: string,
    index: number,
    checked: boolean,
    where: (index: number) => string,
  ): number {
    if (text === '') return Number.NaN;
    const { mark } = this;
    if (mark !== undefined) {
      // + 0: "-0" is 0, as parseCellQuantity reads it.
      if (PLAIN[mark].test(text))
        return (mark === 'dot' ? Number(text) : Number(text.replace(',', '.'))) + 0;
      const value = valueAs(text, mark);
      if (value !== undefined) return value;
      const other = mark === 'comma' ? 'dot' : 'comma';
      if (checked && !this.given && valueAs(text, other) !== undefined)
        this.disagree(text, where(index));
      this.bad(index, text, mark);
      return Number.NaN;
    }
    if (WHOLE.test(text)) return Number(text) + 0;
    const comma = valueAs(text, 'comma');
    const dot = valueAs(text, 'dot');
    if (comma !== undefined && dot !== undefined && comma !== dot) {
      this.waiting.push({ index, text });
      if (this.waiting.length > WAITING_LIMIT) this.end();
      return Number.NaN;
    }
    if (comma === undefined && dot !== undefined) {
      this.settle('dot', text);
      return dot;
    }
    if (comma !== undefined && dot === undefined) this.settle('comma', text);
    if (comma !== undefined) return comma;
    this.bad(index, text, 'comma');
    return Number.NaN;
  }

  /** Ends the column: cells still waiting for a mark are an error, as decimalMarkOfTable's. */
  end(): void {
    const first = this.waiting[0];
    if (this.mark === undefined && first !== undefined)
      decimalMarkOfTable({ [this.name]: [first.text] });
  }

  private settle(mark: Mark, cell: string): void {
    this.mark = mark;
    this.settledBy = { column: this.name, cell };
    for (const { index, text } of this.waiting) {
      const value = valueAs(text, mark);
      if (value === undefined) this.bad(index, text, mark);
      else this.values.set(index, value);
    }
    this.waiting = [];
  }

  /** Counts a bad cell, and keeps its message while fewer than LISTED_ERRORS are kept. */
  private bad(index: number, text: string, mark: Mark): void {
    this.badCells += 1;
    if (this.errors.length >= LISTED_ERRORS) return;
    try {
      parseCellQuantity(text, mark);
    } catch (error) {
      this.errors.push({ index, message: (error as Error).message.replace(/\.$/, '') });
    }
  }

  /** A cell written with the other mark than the one the first rows settled: the two named. */
  private disagree(text: string, where: string): never {
    const settled = this.settledBy ?? { column: this.name, cell: text };
    try {
      if (settled.column === this.name) decimalMarkOf(this.name, [settled.cell, text]);
      else decimalMarkOfTable({ [settled.column]: [settled.cell], [this.name]: [text] });
    } catch (error) {
      if (!(error instanceof DxError)) throw error;
      throw new DxError(
        error.code,
        `${where}: ${error.message.replace(/\.$/, '')} (the mark was settled by ${settled.cell} in the first ${MARK_ROWS} rows).`,
        { issues: error.issues },
      );
    }
    throw new DxError('INVALID_NUMBER', `${where}: ${text} is written with another decimal mark.`);
  }
}
