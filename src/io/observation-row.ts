// One row of an observations CSV: the columns it may have (English and Vietnamese headers),
// and the reading of its cells into an observation, every bad cell reported as an issue.
import type { DxIssue } from '../errors.js';
import { toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { type IssueDetail, issue } from '../internal/issue.js';
import { renamedValue } from '../internal/renamed.js';
import { type Observation, ObservationSchema } from '../model/observation.js';
import { QualifierSchema } from '../model/qualifier.js';
import { safeValidate } from '../model/validate.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import { findProvince, getProvince, PROVINCES_FROM } from '../provinces/lookup.js';
import { foldVietnamese } from '../vi/fold.js';
import { parsePeriod, toInterval } from '../vi/period-text.js';
import { type IndicatorLookup, idOf, type NamedIndicator, unreadName } from './indicator-names.js';
import { parseCellQuantity } from './numbers.js';

export type Column =
  | 'id'
  | 'province'
  | 'commune'
  | 'indicator'
  | 'period'
  | 'value'
  | 'qualifier'
  | 'source'
  | 'paragraph'
  | 'note';

/** The columns every observations file must have. */
export const REQUIRED: readonly Column[] = ['province', 'indicator', 'period', 'value'];
/** The columns `formatObservationsCsv` may write, in this order (it writes those the observations use). */
export const OUTPUT_COLUMNS: readonly Column[] = [
  'id',
  'province',
  'commune',
  'indicator',
  'period',
  'value',
  'qualifier',
  'source',
  'paragraph',
  'note',
];
const NATIONAL = new Set(['national', 'toan quoc', 'ca nuoc', 'vn', 'viet nam']);

/**
 * Records a problem with one cell as an issue at `[row index, column name]`, with the file's
 * 1-based line and column, so every reader of observation rows reports cells one way.
 */
export function cellError(
  issues: DxIssue[],
  line: number,
  column: number,
  name: string,
  message: string,
  said: Pick<IssueDetail, 'key' | 'params' | 'candidates' | 'suggestion'> = {},
): void {
  issues.push(issue([line - 2, name], message, { line, column, ...said }));
}

function resolveProvince(text: string, periodEnd: string): string | undefined {
  // Stryker disable next-line MethodExpression: every caller passes a cell that readRow has trimmed
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    // A code must name a unit on the day (figures from before 2008 are checked against the
    // first map vn-dx knows, as checkDataset does).
    // Stryker disable next-line EqualityOperator: on PROVINCES_FROM itself both branches give the same day
    const day = periodEnd < PROVINCES_FROM ? PROVINCES_FROM : periodEnd;
    return getProvince(trimmed.padStart(2, '0'), { at: day }).code;
  }
  if (NATIONAL.has(foldVietnamese(trimmed))) return 'national';
  return findProvince(trimmed, { at: periodEnd })?.code;
}

/** Whether a province cell names a unit on some day, for rows whose period could not be read. */
function existsAtSomeDate(text: string): boolean {
  return [LAST_DAY_OF_63, FIRST_DAY_OF_34].some((day) => {
    try {
      return resolveProvince(text, day) !== undefined;
    } catch {
      return false;
    }
  });
}

/**
 * A commune cell: blank (the figure is for the province), or a GSO code whose leading zeros a
 * spreadsheet may have dropped (`4` is `00004`). Names need the commune tables, which
 * `vn-dx` does not load: they are refused with the way to turn them into codes.
 */
function readCommune(text: string, report: (message: string) => void): string | undefined {
  if (text === '') return undefined;
  if (/^\d{1,5}$/.test(text)) return text.padStart(5, '0');
  report(
    `${describe(text)} is not a commune code; write the five-digit GSO code such as '00004' (findCommune in vn-dx/communes turns a name into its code)`,
  );
  return undefined;
}

/** How a row is read: the source to credit, the file's decimal mark, the indicators allowed. */
export interface RowOptions {
  readonly source?: string | undefined;
  readonly mark: 'comma' | 'dot';
  readonly indicators: IndicatorLookup<string | NamedIndicator> | undefined;
}

/**
 * Reads one data row into an observation, or records each bad cell in `issues` and returns
 * `undefined`: the rows of a file are all read, so one pass reports every problem.
 */
export function readRow(
  cells: readonly string[],
  line: number,
  columns: ReadonlyMap<Column, number>,
  options: RowOptions,
  issues: DxIssue[],
): Observation | undefined {
  const before = issues.length;
  const get = (column: Column) => {
    const index = columns.get(column);
    // Stryker disable next-line ConditionalExpression: an absent column read as '' instead is read the same: every reader below takes '' and undefined alike
    return index === undefined ? undefined : (cells[index] ?? '').trim();
  };
  const at = (column: Column) => (columns.get(column) ?? 0) + 1;
  const report = (column: Column, message: string) =>
    cellError(issues, line, at(column), column, message);
  const attempt = <T>(column: Column, read: () => T): T | undefined => {
    if ((get(column) ?? '') === '') {
      report(column, `the ${column} cell is empty`);
      return undefined;
    }
    try {
      return read();
    } catch (error) {
      // An issue is a clause of the final message, which adds its own full stop; the
      // message names the cell's line and column, so a leading echo of its text goes.
      const message = error instanceof Error ? error.message : String(error);
      const echo = `${describe(get(column))}: `;
      report(
        column,
        (message.startsWith(echo) ? message.slice(echo.length) : message).replace(/\.$/, ''),
      );
      return undefined;
    }
  };

  const provinceText = get('province') ?? '';
  // Stryker disable next-line StringLiteral: attempt reads a cell only when it is not empty, so the fallback is never read
  const period = attempt('period', () => parsePeriod(get('period') ?? ''));
  let province: string | undefined;
  if (period) {
    const periodEnd = toIsoDay(toInterval(period).end);
    province = attempt('province', () => {
      const code = resolveProvince(provinceText, periodEnd);
      if (code === undefined)
        throw new Error(`no province ${describe(provinceText)} on ${periodEnd}`);
      return code;
    });
  } else if (provinceText === '') {
    report('province', 'the province cell is empty');
  } else if (!existsAtSomeDate(provinceText)) {
    report('province', `no province ${describe(provinceText)}`);
  }
  const commune = readCommune(get('commune') ?? '', (message) => report('commune', message));
  const indicatorText = get('indicator') ?? '';
  let indicator = indicatorText;
  if (indicatorText === '') {
    report('indicator', 'the indicator cell is empty');
  } else if (options.indicators !== undefined) {
    // An id, or a label (folded, either language) when the list has labels: read as its id.
    const reading = options.indicators.read(indicatorText);
    if (reading.kind === 'found') indicator = idOf(reading.entry);
    else {
      const { message, ...said } = unreadName(indicatorText, reading);
      cellError(issues, line, at('indicator'), 'indicator', message, said);
    }
  }
  // Stryker disable next-line StringLiteral: attempt reads a cell only when it is not empty, so the fallback is never read
  const quantity = attempt('value', () => parseCellQuantity(get('value') ?? '', options.mark));
  const qualifierText = get('qualifier');
  let qualifier = quantity?.qualifier;
  if (qualifierText) {
    // A file is not code: a 0.x file's 'atLeast' / 'atMost' still reads (as 'at-least' /
    // 'at-most'); vn-dx writes only the 1.0 spelling.
    const parsed = QualifierSchema.safeParse(renamedValue(qualifierText) ?? qualifierText);
    if (!parsed.success) {
      report(
        'qualifier',
        `unknown qualifier ${describe(qualifierText)}; expected one of ${QualifierSchema.options.join(', ')}`,
      );
    } else if (quantity && quantity.qualifier !== 'exact' && quantity.qualifier !== parsed.data) {
      report(
        'qualifier',
        `the value says ${quantity.qualifier} but the qualifier cell says ${parsed.data}`,
      );
    } else {
      qualifier = parsed.data;
    }
  }
  const source = get('source') || options.source;
  if (!source) report('source', 'no source: add a source column or pass { source }');
  const paragraphText = get('paragraph');
  const paragraph = paragraphText ? Number(paragraphText) : undefined;
  const id = get('id');
  const note = get('note');

  const candidate = {
    ...(id ? { id } : {}),
    province: province ?? '01',
    ...(commune ? { commune } : {}),
    indicator,
    // Stryker disable next-line ObjectLiteral,StringLiteral: a stand-in for a cell already reported; the schema's issue about it is dropped below
    period: period ?? { kind: 'year', year: 2000 },
    value: quantity?.value ?? 0,
    qualifier: qualifier ?? 'exact',
    // Stryker disable next-line StringLiteral: a stand-in for a source already reported; the schema's issue about it is dropped below
    source: { source: source || 'unknown', ...(paragraph === undefined ? {} : { paragraph }) },
    ...(note ? { note } : {}),
  };
  // The schema checks what the cells above did not (id and indicator syntax, paragraph, bounds);
  // stand-ins for cells already reported keep it from reporting them twice.
  const result = safeValidate(ObservationSchema, candidate, 'observation');
  if (!result.success) {
    const reported = new Set(issues.slice(before).map((issue) => issue.path[1]));
    for (const issue of result.error.issues) {
      const field = String(issue.path[1] ?? '');
      const column = field === 'source' && issue.path[2] === 'paragraph' ? 'paragraph' : field;
      const name = (OUTPUT_COLUMNS as readonly string[]).includes(column)
        ? (column as Column)
        : 'indicator';
      if (!reported.has(name)) report(name, issue.message);
    }
  }
  if (issues.length > before || !result.success) return undefined;
  return result.data;
}
