// The one rule for rows a command keeps although a cell of theirs says nothing it can use: a
// blank cell is "no value" (the row is kept, shown as missing), a province cell that names no
// province is kept as written (its own unit). Either is listed on standard error, a line each
// (with --json one JSON object), and never dropped silently; --strict makes them errors. What
// the reading decided (a column of `1.453` read by the mark another column settled) is listed
// the same way, first, so that nothing is decided silently either.
import { DxError } from '../index.js';
import { type CommandContext, say, sayText } from './command.js';
import { type DecimalNote, decimalNoteMessage } from './decimal-note.js';
import { type CellProblem, cellErrors, cellText, decimalNotes, type Records } from './records.js';
import { provinceCode } from './units.js';

/** A cell a command could not use: blank, or a province cell no province has. */
export interface Gap {
  readonly kind: 'blank' | 'unresolved';
  /** The row, from 0. */
  readonly index: number;
  /** The column, as the header writes it. */
  readonly column: string;
}

/** A bad cell: its row, its column and what is wrong, as an error lists it. */
export interface Problem extends CellProblem {
  readonly column: string;
  /** What the cell should hold, for a rendering in another language (formatError). */
  readonly expected?: string;
  /** The cell as written. */
  readonly received?: string;
}

/** Cells in the order a reader meets them: by row, then by column. */
function inFileOrder<T extends { index: number; column: string }>(
  records: Records,
  cells: readonly T[],
): T[] {
  const at = (column: string) => records.header.indexOf(column);
  return [...cells].sort((a, b) => a.index - b.index || at(a.column) - at(b.column));
}

/** Every problem of a file as one error, a line each in file order (exit 1). */
export function throwProblems(records: Records, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const ordered = inFileOrder(records, problems);
  const errors = ordered.map((p) => cellErrors(records, p.column, [p]));
  // The parts of each problem go with its issue, so that --lang vi can say it in Vietnamese.
  const issues = errors.flatMap((e) => e.issues);
  throw new DxError('VALIDATION_FAILED', errors.map((e) => e.message).join('\n'), {
    issues: issues.map((issue, k) => {
      const { expected, received } = ordered[k] ?? {};
      return {
        ...issue,
        ...(expected === undefined ? {} : { expected }),
        ...(received === undefined ? {} : { received }),
      };
    }),
  });
}

/** A gap as the problem `--strict` makes of it. */
function problemOf(records: Records, gap: Gap): Problem {
  const cell = cellText(records.rows[gap.index]?.[gap.column]);
  return gap.kind === 'blank'
    ? {
        index: gap.index,
        column: gap.column,
        message: say('cell-empty'),
        expected: 'a value (--strict refuses a blank cell)',
        received: '""',
      }
    : {
        index: gap.index,
        column: gap.column,
        message: say('cell-no-province', { cell: JSON.stringify(cell) }),
        expected: 'a province name or code (--strict)',
        received: JSON.stringify(cell),
      };
}

/** Throws the problems of a file, and with `strict` its gaps too, as one error (exit 1). */
export function checkGaps(
  records: Records,
  gaps: readonly Gap[],
  strict: boolean,
  problems: readonly Problem[] = [],
): void {
  throwProblems(records, [
    ...problems,
    ...(strict ? gaps.map((gap) => problemOf(records, gap)) : []),
  ]);
}

/**
 * Ends the reading of a file: {@link checkGaps}, then the warnings listed by
 * {@link reportWarnings}. A command that can still fail afterwards calls the two apart, so that
 * the warnings are listed only beside an answer.
 */
export function settleGaps(
  context: CommandContext,
  records: Records,
  gaps: readonly Gap[],
  strict: boolean,
  problems: readonly Problem[] = [],
  notes: readonly DecimalNote[] = decimalNotes(records),
): void {
  checkGaps(records, gaps, strict, problems);
  reportWarnings(context, records, gaps, notes);
}

/** A warning for people and for --json: where it is, the cell as written, and what was done. */
interface Warning {
  readonly code: 'BLANK_CELL' | 'UNRESOLVED_PROVINCE' | 'DECIMAL_DECIDED';
  readonly file: string;
  readonly line?: number;
  readonly record?: number;
  readonly column: string;
  readonly cell: string;
  readonly message: string;
}

function describeGap(records: Records, gap: Gap, context: CommandContext): Warning {
  const where = records.where(gap.index, gap.column);
  const cell = cellText(records.rows[gap.index]?.[gap.column]);
  const what =
    gap.kind === 'blank'
      ? say('cell-blank-no-value')
      : say('cell-kept-as-written', { cell: JSON.stringify(cell) });
  return {
    code: gap.kind === 'blank' ? 'BLANK_CELL' : 'UNRESOLVED_PROVINCE',
    file: records.file,
    ...(where.line === undefined ? { record: gap.index + 1 } : { line: where.line }),
    column: gap.column,
    cell,
    message: sayText(
      say('at-cell', { file: records.file, where: where.said, text: what }),
      context.lang,
    ),
  };
}

function describeNote(records: Records, note: DecimalNote, context: CommandContext): Warning {
  return {
    code: 'DECIMAL_DECIDED',
    file: records.file,
    column: note.column,
    cell: note.cell,
    message: sayText(
      say('in-file', { file: records.file, text: decimalNoteMessage(note) }),
      context.lang,
    ),
  };
}

/**
 * Lists on standard error what the reading of a file decided and the gaps a command kept:
 * first each column read by the mark another column settled, then the gaps in row order; a
 * line each, or with --json one object
 * `{ "warnings": [{ code, file, line, column, cell, message }] }`.
 */
export function reportWarnings(
  context: CommandContext,
  records: Records,
  gaps: readonly Gap[],
  notes: readonly DecimalNote[] = decimalNotes(records),
): void {
  if (gaps.length === 0 && notes.length === 0) return;
  const described = [
    ...notes.map((note) => describeNote(records, note, context)),
    ...inFileOrder(records, gaps).map((gap) => describeGap(records, gap, context)),
  ];
  context.io.stderr(
    context.json
      ? `${JSON.stringify({ warnings: described })}\n`
      : `${described.map((d) => d.message).join('\n')}\n`,
  );
}

/**
 * The rows of a province (or unit) column whose cell names no province, when the column holds
 * provinces: always for a `province` column; for a `unit` column (which may hold departments)
 * only when another of its cells names a province. Blank cells are not listed here.
 */
export function unresolvedCells(
  records: Records,
  column: string,
  holdsProvinces: boolean,
  at: (index: number) => string | undefined = () => undefined,
): Gap[] {
  const named = records.rows.map((row, index) => {
    const text = cellText(row[column]).trim();
    return { index, text, code: text === '' ? undefined : provinceCode(text, at(index)) };
  });
  const provinces = holdsProvinces || named.some((cell) => cell.code !== undefined);
  if (!provinces) return [];
  return named
    .filter((cell) => cell.text !== '' && cell.code === undefined)
    .map(({ index }) => ({ kind: 'unresolved', index, column }));
}
