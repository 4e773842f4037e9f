import { DxError, type DxMessageParam } from '../errors.js';
import { describe } from '../internal/describe.js';
import { arrayLike, fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { parseQuantity, type Quantity } from '../vi/quantity.js';

/**
 * How the numbers of a column are written: `comma` the Vietnamese way (`.`
 * groups thousands, `,` is the decimal mark: `1.234,5`), `dot` the English
 * way (`1,234.5`), or `auto`: decided per column from all its cells.
 *
 * @category Data
 */
export type DecimalMark = 'comma' | 'dot' | 'auto';

const DECIMAL_MARKS: readonly DecimalMark[] = ['comma', 'dot', 'auto'];

/** What one cell says about its column's decimal mark. */
type Vote = 'comma' | 'dot' | 'either' | 'none';

// The number inside a cell: digits with separators, after any qualifier words.
const NUMBER = /[+\-\u2212]?\d[\d.,\s\u00a0\u202f]*/;

function voteOf(cell: string): Vote {
  // Stryker disable next-line StringLiteral: without a number the fallback is any text with no . or , — read as no mark either way
  const number = NUMBER.exec(cell)?.[0].replace(/[\s\u00a0\u202f]+$/, '') ?? '';
  const commas = (number.match(/,/g) ?? []).length;
  const dots = (number.match(/\./g) ?? []).length;
  // Stryker disable next-line StringLiteral: the 'none' vote is never read; any other name for it is read the same
  if (commas === 0 && dots === 0) return 'none';
  if (commas > 0 && dots > 0)
    // Stryker disable next-line EqualityOperator: with both marks present their last positions differ, so > and >= agree
    return number.lastIndexOf(',') > number.lastIndexOf('.') ? 'comma' : 'dot';
  const mark = commas > 0 ? ',' : '.';
  const count = commas + dots;
  // Two or more of the same mark can only be thousands groups.
  if (count > 1) return mark === '.' ? 'comma' : 'dot';
  // One mark followed by exactly three digits, after a non-zero integer part, reads both ways.
  if (/^[+\-\u2212]?[1-9]\d{0,2}[.,]\d{3}$/.test(number)) return 'either';
  return mark === ',' ? 'comma' : 'dot';
}

/**
 * Decides how a column's numbers are written, from all its cells, the one
 * rule every vn-dx reader of tables follows. With `comma` or `dot` the answer
 * is given; with `auto` (the default) a cell such as `51,16` or `1.234.567`
 * says comma, `0.8002` or `1,234,567` says dot, and `1.500` or `2,000` could
 * be either. A column whose cells say both, or only "either", is an error:
 * vn-dx never guesses between 1.5 and 1500.
 *
 * @param column - the column's name, for the error message.
 * @param cells - every cell of the column (empty ones are ignored).
 * @param decimal - `comma`, `dot` or `auto` (default).
 * @returns `comma` or `dot`; `comma` when no cell has a mark at all.
 * @throws {@link DxError} `INVALID_ARGUMENT` for an unknown `decimal`, or
 *   `cells` that are not an array of texts; `INVALID_NUMBER` when `auto` cannot decide, naming the column and two
 *   cells and suggesting `decimal` (`--decimal` on the command line).
 *
 * @example
 * ```ts
 * import { decimalMarkOf } from 'vn-dx';
 *
 * decimalMarkOf('dti', ['0,8002', '1.234,5']); // 'comma'
 * decimalMarkOf('dti', ['0.8002', '1.500']); // 'dot'
 * decimalMarkOf('dti', ['1.500', '2'], 'comma'); // 'comma'
 * try {
 *   decimalMarkOf('dti', ['1.500', '2']);
 * } catch (error) {
 *   console.log((error as Error).message.startsWith('column "dti"')); // true
 * }
 * ```
 *
 * @category Data
 */
export function decimalMarkOf(
  column: string,
  cells: readonly string[],
  decimal: DecimalMark = 'auto',
): 'comma' | 'dot' {
  if (!DECIMAL_MARKS.includes(decimal)) {
    fail('INVALID_ARGUMENT', 'decimal', 'comma, dot or auto', decimal);
  }
  const texts = arrayLike(cells, 'cells', 'an array of cell texts');
  for (let i = 0; i < texts.length; i++)
    if (typeof texts[i] !== 'string') fail('INVALID_ARGUMENT', `cells[${i}]`, 'a text', texts[i]);
  if (decimal !== 'auto') return decimal;
  const seen: Partial<Record<Vote, string>> = {};
  // Indexed, as checked above: an array-like (a typed view, `{ length, 0: … }`) has no iterator.
  for (let i = 0; i < texts.length; i++) {
    const cell = (texts[i] as string).trim();
    seen[voteOf(cell)] ??= cell;
  }
  const hint =
    'say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot';
  if (seen.comma !== undefined && seen.dot !== undefined) {
    raise(
      'INVALID_NUMBER',
      '',
      `column ${describe(column)} mixes a decimal comma (${seen.comma}) and a decimal point (${seen.dot}): ${hint}`,
      said('decimal-mixed-column', { column: describe(column), comma: seen.comma, dot: seen.dot }),
    );
  }
  if (seen.comma !== undefined) return 'comma';
  if (seen.dot !== undefined) return 'dot';
  if (seen.either !== undefined) {
    raise(
      'INVALID_NUMBER',
      '',
      `column ${describe(column)} could be read two ways (${seen.either} is ${readBoth(seen.either)}): ${hint}`,
      said('decimal-two-ways', {
        column: describe(column),
        cell: seen.either,
        ...bothReadings(seen.either),
      }),
    );
  }
  return 'comma';
}

function readBoth(cell: string): string {
  const { grouped, decimal } = bothReadings(cell);
  return `${grouped} or ${decimal}`;
}

/** The two numbers a cell such as `1.453` may be: with a thousands mark, and with a decimal one. */
function bothReadings(cell: string): { grouped: string; decimal: string } {
  // Stryker disable next-line OptionalChaining,MethodExpression: only a two-way cell gets here, so it holds a number; Number() ignores the spaces trim removes
  const number = NUMBER.exec(cell)?.[0].trim() ?? cell;
  // Stryker disable next-line StringLiteral: a two-way number has one mark, so the split always gives both parts
  const [whole = '', part = ''] = number.split(/[.,]/);
  return {
    grouped: String(Number(`${whole}${part}`)),
    decimal: String(Number(`${whole}.${part}`)),
  };
}

/**
 * The catalogue sentence of a decimal-mark error (so that the command writes it in Vietnamese),
 * with the hint on how to say the mark as its `hint`.
 */
function said(
  key: string,
  params: Readonly<Record<string, string>>,
): { key: string; params: Readonly<Record<string, DxMessageParam>> } {
  return { key, params: { ...params, hint: { key: 'decimal-hint' } } };
}

/**
 * Reads one cell as a quantity written with the given decimal mark: a
 * Vietnamese qualifier (`gần`, `trên`, `khoảng`…), the number, a percent sign
 * with or without a space before it, a scale word or a unit; spaces around are
 * ignored. The one cell reader behind every vn-dx table command.
 *
 * @param text - the cell.
 * @param mark - `comma` (Vietnamese) or `dot` (English), e.g. from {@link decimalMarkOf}.
 * @returns the quantity; its `value` in base units.
 * @throws {@link DxError} `INVALID_QUANTITY` when the cell is empty or holds
 *   no number written that way, or a number split by a space (`1 234`, which
 *   would otherwise read as 1) (the message names the convention once and
 *   does not repeat the cell); `INVALID_ARGUMENT` for an unknown `mark`.
 *
 * @example
 * ```ts
 * import { parseCellQuantity } from 'vn-dx';
 *
 * parseCellQuantity('gần 51,16 %', 'comma'); // { value: 51.16, qualifier: 'approx', unit: 'percent' }
 * parseCellQuantity('1,500.5', 'dot'); // { value: 1500.5, qualifier: 'exact' }
 * parseCellQuantity('1.500', 'comma').value; // 1500
 * ```
 *
 * @category Data
 */
export function parseCellQuantity(text: string, mark: 'comma' | 'dot'): Quantity {
  if (mark !== 'comma' && mark !== 'dot') {
    fail('INVALID_ARGUMENT', 'mark', 'comma or dot', mark);
  }
  const cell = typeof text === 'string' ? text.trim() : text;
  if (cell === '') raise('INVALID_QUANTITY', '', 'the cell is empty');
  // Swapping the marks turns an English number into the Vietnamese form parseQuantity reads.
  const vietnamese =
    mark === 'dot' && typeof cell === 'string'
      ? cell.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'))
      : cell;
  let quantity: Quantity;
  try {
    quantity = parseQuantity(vietnamese);
  } catch (cause) {
    notWritten(text, mark, cause);
  }
  return quantity;
}

function notWritten(text: string, mark: 'comma' | 'dot', cause: unknown): never {
  const example = mark === 'comma' ? '1.234,5 or 51,16%' : '1,234.5 or 51.16%';
  raise(
    'INVALID_QUANTITY',
    '',
    `${describe(text)} is not a number written with a decimal ${mark === 'comma' ? 'comma' : 'point'} (such as ${example})`,
    { cause },
  );
}

/**
 * A column of numbers read by {@link readNumberColumn}.
 *
 * @category Data
 */
export interface NumberColumn {
  /** The decimal mark the column was read with. */
  readonly mark: 'comma' | 'dot';
  /** A quantity per cell; `null` for an empty cell or one listed in `errors`. */
  readonly cells: readonly (Quantity | null)[];
  /** The cells that could not be read. */
  readonly errors: readonly {
    /** The cell's 0-based index in the column. */
    readonly index: number;
    /** What is wrong with it, without a final full stop. */
    readonly message: string;
  }[];
}

/**
 * Reads a whole column of cells with one decimal mark, decided by
 * {@link decimalMarkOf}: empty cells are `null`, the others are quantities.
 * Errors name the 0-based index of the cell; callers turn it into a line.
 *
 * @param column - the column's name, for messages.
 * @param cells - the cells, in order.
 * @param decimal - `comma`, `dot` or `auto` (default).
 * @returns the decimal mark used and a quantity (or `null`) per cell.
 * @throws {@link DxError} as {@link decimalMarkOf}; cell errors are not thrown
 *   but returned, so that a caller can list all of them.
 *
 * @example
 * ```ts
 * import { readNumberColumn } from 'vn-dx';
 *
 * const read = readNumberColumn('value', ['51,16%', '', 'abc']);
 * read.mark; // 'comma'
 * read.cells[0]; // { value: 51.16, qualifier: 'exact', unit: 'percent' }
 * read.cells[1]; // null
 * read.errors[0]?.index; // 2
 * ```
 *
 * @category Data
 */
export function readNumberColumn(
  column: string,
  cells: readonly string[],
  decimal: DecimalMark = 'auto',
): NumberColumn {
  const mark = decimalMarkOf(column, cells, decimal);
  const errors: { index: number; message: string }[] = [];
  const quantities = Array.from(cells, (cell, index) => {
    if (cell.trim() === '') return null;
    try {
      return parseCellQuantity(cell, mark);
    } catch (error) {
      errors.push({ index, message: (error as Error).message.replace(/\.$/, '') });
      return null;
    }
  });
  return { mark, cells: quantities, errors };
}

/** What {@link decimalMarkOfTable} decided, and from which column. */
export interface TableDecimalMark {
  /** The mark every number column of the table is read with. */
  readonly mark: 'comma' | 'dot';
  /** The column and cell that settled it; absent when given, or when no cell has a mark. */
  readonly settledBy?: {
    /** The column's name. */
    readonly column: string;
    /** Its first cell that reads one way only, such as `51,16%`. */
    readonly cell: string;
  };
  /** The number columns whose cells alone could be read two ways (`1.453`), now read by `mark`. */
  readonly decided: readonly string[];
}

/** Whether a cell is a number written either way (`51,16%`, `gần 1.453`), not text. */
function isNumberCell(cell: string): boolean {
  for (const mark of ['comma', 'dot'] as const) {
    try {
      parseCellQuantity(cell, mark);
      return true;
    } catch {
      // Not a number with this mark; try the other.
    }
  }
  return false;
}

/**
 * Decides one decimal mark for a whole table, as an office's file writes every number the
 * same way: with `auto`, every cell that is a number votes (text cells do not),
 * and a column of `1.453`, `1.920`, which alone could be read two ways, is read by the mark
 * that a column such as `51,16%` settles. Columns that settle opposite marks, or a table in
 * which no column settles one while some cell reads two ways, are an error: vn-dx never guesses.
 *
 * @param columns - each column's name and cells (text cells are ignored).
 * @param decimal - `comma`, `dot` or `auto` (default).
 * @returns the mark, the column that settled it, and the columns it decided.
 * @throws {@link DxError} `INVALID_ARGUMENT` for an unknown `decimal` or cells that are not
 *   texts; `INVALID_NUMBER` when `auto` cannot decide, naming the columns and cells and
 *   suggesting `decimal` (`--decimal` on the command line).
 *
 * @example
 * ```ts
 * import { decimalMarkOfTable } from 'vn-dx';
 *
 * const read = decimalMarkOfTable({ 'Số hồ sơ': ['1.453', '1.920'], 'Tỷ lệ': ['51,16%', '62,3%'] });
 * read.mark; // 'comma'
 * read.settledBy; // { column: 'Tỷ lệ', cell: '51,16%' }
 * read.decided; // ['Số hồ sơ']
 * ```
 *
 * @category Data
 */
export function decimalMarkOfTable(
  columns: Readonly<Record<string, readonly string[]>>,
  decimal: DecimalMark = 'auto',
): TableDecimalMark {
  if (!DECIMAL_MARKS.includes(decimal)) {
    fail('INVALID_ARGUMENT', 'decimal', 'comma, dot or auto', decimal);
  }
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
    fail('INVALID_ARGUMENT', 'columns', 'a record of column name → cells', columns);
  const settled: Partial<Record<'comma' | 'dot', { column: string; cell: string }>> = {};
  const either: { column: string; cell: string }[] = [];
  for (const [column, cells] of Object.entries(columns)) {
    const texts = arrayLike(cells, `columns[${describe(column)}]`, 'an array of cell texts');
    // Stryker disable next-line ArrayDeclaration: a text cell in the list is no number, so it never votes
    const filled: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i];
      if (typeof text !== 'string')
        fail('INVALID_ARGUMENT', `columns[${describe(column)}][${i}]`, 'a text', text);
      // Stryker disable next-line ConditionalExpression,MethodExpression,StringLiteral: a blank cell is no number, so keeping it changes no vote
      if (text.trim() !== '') filled.push(text.trim());
    }
    // Text cells (names, notes) say nothing; a bad number cell is reported when its column is read.
    const votes = filled.filter(isNumberCell).map((cell) => [voteOf(cell), cell] as const);
    const comma = votes.find(([vote]) => vote === 'comma');
    const dot = votes.find(([vote]) => vote === 'dot');
    // A column that mixes marks is left to its own reading, which names both cells.
    if (comma && !dot) settled.comma ??= { column, cell: comma[1] };
    if (dot && !comma) settled.dot ??= { column, cell: dot[1] };
    const both = votes.find(([vote]) => vote === 'either');
    if (!comma && !dot && both) either.push({ column, cell: both[1] });
  }
  const decided = either.map((e) => e.column);
  if (decimal !== 'auto') return { mark: decimal, decided };
  const hint =
    'say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot';
  if (settled.comma && settled.dot) {
    raise(
      'INVALID_NUMBER',
      '',
      `the file's columns disagree: ${describe(settled.comma.column)} writes a decimal comma (${settled.comma.cell}), ${describe(settled.dot.column)} a decimal point (${settled.dot.cell}); ${hint}`,
      said('decimal-columns-disagree', {
        commaColumn: describe(settled.comma.column),
        comma: settled.comma.cell,
        dotColumn: describe(settled.dot.column),
        dot: settled.dot.cell,
      }),
    );
  }
  const found = settled.comma ?? settled.dot;
  if (found) return { mark: settled.comma ? 'comma' : 'dot', settledBy: found, decided };
  const first = either[0];
  if (first) {
    raise(
      'INVALID_NUMBER',
      '',
      `no column of the file says which decimal mark it uses, and column ${describe(first.column)} could be read two ways (${first.cell} is ${readBoth(first.cell)}): ${hint}`,
      said('decimal-undecided', {
        column: describe(first.column),
        cell: first.cell,
        ...bothReadings(first.cell),
      }),
    );
  }
  return { mark: 'comma', decided };
}
