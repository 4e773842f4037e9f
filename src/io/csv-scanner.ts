// The one CSV grammar (RFC 4180 quoting, CRLF or LF), as a state machine fed text in pieces of
// any size: parseCsv feeds it a whole file at once, the stream reader one decoded chunk after
// another, and both get the same records, since no decision ever looks past the character in hand.
import { DxError } from '../errors.js';

/** The delimiters a table may use, in the order a tie is settled. */
export const DELIMITERS = [',', ';', '\t'] as const;

/** A cell delimiter. */
export type Delimiter = (typeof DELIMITERS)[number];

/** Called with each record's cells and the 1-based line where it starts. */
export type RecordSink = (cells: string[], line: number) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the scanner is between two characters. */
enum State {
  /** In an unquoted cell (or at the start of one). */
  Field = 0,
  /** Inside a quoted cell. */
  Quoted = 1,
  /** Just after a quote inside a quoted cell: a second quote is a literal one, anything else closes the cell. */
  QuoteInQuoted = 2,
  /** Just after a CR that ended a record: an LF next belongs to it. */
  AfterCr = 3,
}

/**
 * Splits text fed in pieces into records with one delimiter; throws `CSV_SYNTAX` for text after
 * a closing quote or, at the end, a quote never closed. Blank lines give no record.
 */
export class CsvScanner {
  private readonly delimiter: number;
  private readonly sink: RecordSink;
  private state = State.Field;
  private cells: string[] = [];
  private cell = '';
  /** Whether the record has begun: a character, a delimiter or a quote was met since it started. */
  private started = false;
  private line = 1;
  private column = 1;
  private rowLine = 1;

  constructor(delimiter: Delimiter, sink: RecordSink) {
    this.delimiter = delimiter.charCodeAt(0);
    this.sink = sink;
  }

  /** Reads the next piece of text; records it completes go to the sink. */
  push(text: string): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (this.state === State.AfterCr) {
        this.state = State.Field;
        if (code === LF) {
          i += 1;
          continue;
        }
      }
      if (this.state === State.QuoteInQuoted) {
        if (code === QUOTE) {
          this.cell += '"';
          this.state = State.Quoted;
          this.column += 1;
          i += 1;
          continue;
        }
        if (code !== this.delimiter && code !== LF && code !== CR) this.textAfterQuote();
        this.state = State.Field;
      }
      if (this.state === State.Quoted) {
        i = this.quotedRun(text, i);
        continue;
      }
      // Unquoted: take the run of ordinary characters at once.
      let end = i;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === this.delimiter || c === LF || c === CR || c === QUOTE) break;
        end += 1;
      }
      if (end > i) {
        this.cell += text.slice(i, end);
        this.started = true;
        this.column += end - i;
        i = end;
        continue;
      }
      if (code === QUOTE) {
        // A quote opens a quoted cell only at the cell's start; inside a cell it is a character.
        if (this.cell === '') this.state = State.Quoted;
        else this.cell += '"';
        this.started = true;
      } else if (code === this.delimiter) {
        this.cells.push(this.cell);
        this.cell = '';
        // Stryker disable next-line BooleanLiteral: a record with a delimiter has two cells, which endRecord never skips
        this.started = true;
      } else {
        this.endRecord();
        this.line += 1;
        this.column = 0;
        this.rowLine = this.line;
        if (code === CR) this.state = State.AfterCr;
      }
      this.column += 1;
      i += 1;
    }
  }

  /** Ends the text: the last record goes to the sink; a quote still open is an error. */
  end(): void {
    if (this.state === State.Quoted) {
      throw new DxError('CSV_SYNTAX', `CSV line ${this.rowLine}: a quoted cell is never closed.`, {
        issues: [
          { path: [], message: 'unclosed quote', line: this.rowLine, key: 'csv-unclosed-quote' },
        ],
      });
    }
    this.state = State.Field;
    this.endRecord();
  }

  /** Reads quoted text from `i` up to the next quote (or the piece's end); returns where it stopped. */
  private quotedRun(text: string, i: number): number {
    const quote = text.indexOf('"', i);
    const end = quote === -1 ? text.length : quote;
    const run = text.slice(i, end);
    this.cell += run;
    // Line breaks inside a quoted cell move the line count on; a CR counts as a column, as an LF does not.
    let from = 0;
    let lf = run.indexOf('\n');
    while (lf !== -1) {
      this.line += 1;
      from = lf + 1;
      lf = run.indexOf('\n', from);
    }
    this.column = from === 0 ? this.column + run.length : 1 + run.length - from;
    if (quote === -1) return end;
    this.state = State.QuoteInQuoted;
    this.column += 1;
    return end + 1;
  }

  private textAfterQuote(): never {
    const { line, column } = this;
    throw new DxError(
      'CSV_SYNTAX',
      `CSV line ${line}, column ${column}: unexpected text after a closing quote.`,
      {
        issues: [
          {
            path: [],
            message: 'text after a closing quote',
            line,
            column,
            key: 'csv-text-after-quote',
          },
        ],
      },
    );
  }

  private endRecord(): void {
    const cells = this.cells;
    cells.push(this.cell);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a record with nothing started is always the one empty cell
    if (!(cells.length === 1 && cells[0] === '' && !this.started)) this.sink(cells, this.rowLine);
    this.cells = [];
    this.cell = '';
    this.started = false;
  }
}
