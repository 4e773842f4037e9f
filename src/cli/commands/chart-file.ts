// `vn-dx chart ranks <file>`: the user's ranks as series, made by the library's rankSeries so
// that the command and the library draw a file's ranks the same way.
import {
  type DecimalMark,
  foldVietnamese,
  type RankingEntry,
  type RankSeries,
  rankSeries,
} from '../../index.js';
import { roleColumn } from '../columns.js';
import type { CommandContext } from '../command.js';
import { checkGaps, type Gap, type Problem, reportWarnings, unresolvedCells } from '../gaps.js';
import { cellText, fileError, readNumbers, readRecords } from '../records.js';
import { unitKey } from '../units.js';

const COLUMNS = ['province', 'index', 'edition', 'rank', 'of'] as const;
const NUMBERS = ['edition', 'rank', 'of'] as const;

/**
 * The user's rankings: one series per province (however its cells write it: Thừa Thiên Huế,
 * Thua Thien Hue, 46), index and basis, labelled by the first spelling in the file. A blank
 * edition, rank or of is no value: the row is left out of its line (a gap) and listed; a
 * province cell that names no province is drawn as written and listed; `strict` makes either an
 * error. A blank province or index cell is an error: the row belongs to no line.
 */
export function fileSeries(
  context: CommandContext,
  file: string,
  decimal: DecimalMark,
  strict: boolean,
): readonly RankSeries[] {
  const records = readRecords(context.io, file);
  const column = Object.fromEntries(
    COLUMNS.map((role) => [role, roleColumn(records, role)]),
  ) as Record<(typeof COLUMNS)[number], string>;
  const read = Object.fromEntries(
    NUMBERS.map((role) => [
      role,
      readNumbers(records, column[role], decimal).map((q) => q?.value ?? null),
    ]),
  ) as Record<(typeof NUMBERS)[number], (number | null)[]>;
  const problems: Problem[] = [];
  const gaps: Gap[] = [];
  const text = (i: number, role: 'province' | 'index') =>
    cellText(records.rows[i]?.[column[role]]).trim();
  records.rows.forEach((_, i) => {
    for (const role of ['province', 'index'] as const)
      if (text(i, role) === '')
        problems.push({
          index: i,
          column: column[role],
          message: 'the cell is empty',
          expected: 'a name in the cell (a blank one belongs to no line)',
          received: '""',
        });
    for (const role of NUMBERS) {
      const value = read[role][i];
      if (value === null || value === undefined)
        gaps.push({ kind: 'blank', index: i, column: column[role] });
      else if (!Number.isInteger(value))
        problems.push({
          index: i,
          column: column[role],
          message: 'expected a whole number',
          expected: 'a whole number',
          received: String(value),
        });
    }
    const r = read.rank[i];
    const n = read.of[i];
    if (r != null && n != null && Number.isInteger(r) && (r < 1 || r > n))
      problems.push({
        index: i,
        column: column.rank,
        message: `expected a rank from 1 to ${n}`,
        expected: `a rank from 1 to ${n}`,
        received: String(r),
      });
  });
  // A name is read on its edition's last day, so an old name finds the province of its time.
  const day = (i: number) => {
    const edition = read.edition[i];
    return edition == null ? undefined : `${edition}-12-31`;
  };
  gaps.push(...unresolvedCells(records, column.province, true, day));
  checkGaps(records, gaps, strict, problems);
  const entries = linesOf(records, column, read, day);
  if (entries.rows.length === 0)
    throw fileError('VALIDATION_FAILED', file, 'no row has an edition, a rank and an of to draw', {
      expected: 'at least one row with edition, rank and of',
    });
  reportWarnings(context, records, gaps);
  return rankSeries(entries.rows, { labels: entries.labels, lang: context.lang });
}

/** The rows that have a rank, as ranking entries keyed by province (or the name as written). */
function linesOf(
  records: ReturnType<typeof readRecords>,
  column: Record<(typeof COLUMNS)[number], string>,
  read: Record<(typeof NUMBERS)[number], (number | null)[]>,
  day: (i: number) => string | undefined,
) {
  const labels: Record<string, string> = {};
  const indices = new Map<string, string>();
  const seen = new Map<string, number>();
  const rows: RankingEntry[] = [];
  records.rows.forEach((row, i) => {
    const [edition, rank, of] = NUMBERS.map((role) => read[role][i]);
    if (edition == null || rank == null || of == null) return;
    const name = cellText(row[column.province]).trim();
    const written = cellText(row[column.index]).trim();
    const index = indices.get(foldVietnamese(written)) ?? written;
    indices.set(foldVietnamese(written), index);
    const province = unitKey(name, day(i));
    labels[province] ??= name;
    const key = `${province}|${index}|${edition}|${of}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const where = records.where(first, column.edition).text;
      throw fileError(
        'VALIDATION_FAILED',
        records.file,
        `${records.where(i, column.edition).text}: ${labels[province]} has two ranks for ${edition} (the first at ${where})`,
        { path: [i, column.edition], expected: 'one rank per province, index and edition' },
      );
    }
    seen.set(key, i);
    rows.push({ index, edition, province, rank, of, scope: 'national' } as RankingEntry);
  });
  return { rows, labels };
}
