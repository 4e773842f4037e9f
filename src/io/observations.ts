import { DxError, type DxIssue, isDxError } from '../errors.js';
import { toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { issue, raise } from '../internal/issue.js';
import { type Observation, ObservationSchema } from '../model/observation.js';
import { QualifierSchema } from '../model/qualifier.js';
import { safeValidate } from '../model/validate.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import { findProvince, getProvince, PROVINCES_FROM } from '../provinces/lookup.js';
import { foldVietnamese } from '../vi/fold.js';
import { formatViNumber } from '../vi/number.js';
import { formatPeriod, parsePeriod, toInterval } from '../vi/period-text.js';
import { CSV_OPTIONS, type CsvOptions, formatCsvCell, parseCsv } from './csv.js';
import { type DecimalMark, decimalMarkOf, parseCellQuantity } from './numbers.js';
import { closest } from './suggest.js';

type Column =
  | 'id'
  | 'province'
  | 'indicator'
  | 'period'
  | 'value'
  | 'qualifier'
  | 'source'
  | 'paragraph'
  | 'note';

const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  id: 'id',
  province: 'province',
  tinh: 'province',
  'tinh thanh': 'province',
  'ma tinh': 'province',
  indicator: 'indicator',
  'chi tieu': 'indicator',
  'chi so': 'indicator',
  period: 'period',
  ky: 'period',
  'thoi gian': 'period',
  'ky bao cao': 'period',
  value: 'value',
  'gia tri': 'value',
  qualifier: 'qualifier',
  source: 'source',
  nguon: 'source',
  paragraph: 'paragraph',
  note: 'note',
  'ghi chu': 'note',
};

const REQUIRED: readonly Column[] = ['province', 'indicator', 'period', 'value'];
const OUTPUT_COLUMNS: readonly Column[] = [
  'id',
  'province',
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
 * Options for {@link parseObservationsCsv}.
 *
 * @category Data
 */
export interface ObservationsCsvOptions extends CsvOptions {
  /** The source id for rows without a `source` cell. Without it, such rows are errors. */
  readonly source?: string;
  /**
   * How the `value` column writes numbers: `comma` (Vietnamese, `1.234,5`),
   * `dot` (English, `1,234.5`) or `auto` (default), decided over the whole
   * column by {@link decimalMarkOf}.
   */
  readonly decimal?: DecimalMark;
  /**
   * The indicator ids that exist (e.g. `INDICATORS.map((i) => i.id)` from
   * `vn-dx/framework`). When given, any other id is an issue, with the
   * closest known id suggested.
   */
  readonly indicators?: readonly string[];
}

/** The options {@link parseObservationsCsv} takes, to refuse any other (a misspelt one would be ignored). */
export const OBSERVATIONS_CSV_OPTIONS = [
  'delimiter',
  'source',
  'decimal',
  'indicators',
] as const satisfies readonly (keyof ObservationsCsvOptions)[];

function cellError(
  issues: DxIssue[],
  line: number,
  column: number,
  name: string,
  message: string,
): void {
  issues.push(issue([line - 2, name], message, { line, column }));
}

function resolveProvince(text: string, periodEnd: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    // A code must name a unit on the day (figures from before 2008 are checked against the
    // first map vn-dx knows, as checkDataset does).
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
 * Reads observations from a tidy CSV written the Vietnamese way: one row per
 * figure, columns `province`, `indicator`, `period`, `value` and optionally
 * `qualifier`, `source`, `paragraph`, `note`, `id` (Vietnamese headers such as
 * `tỉnh`, `chỉ tiêu`, `kỳ`, `giá trị`, `nguồn`, `ghi chú` work too). A
 * province may be a code or a name (resolved at the period's end), a period is
 * Vietnamese text (`quý I/2023`), a value a quantity (`51,16%`, `gần 4.000`)
 * read with the one number policy ({@link decimalMarkOf}, {@link parseCellQuantity}),
 * whose qualifier must agree with the `qualifier` cell if both are given.
 * Every cell of every row is checked, and every problem is reported; nothing
 * is dropped.
 *
 * @param text - the CSV text.
 * @param options - the delimiter (detected by default), a default source id,
 *   the decimal mark of the value column (`auto` by default) and the known indicator ids.
 * @returns the observations, in file order.
 * @throws {@link DxError} `CSV_SYNTAX` for malformed CSV; `INVALID_ARGUMENT`
 *   when `text` is not text, `options` is not an object, or for an unknown
 *   option, `decimal` or delimiter; `VALIDATION_FAILED` listing every bad cell, one
 *   line each, with its line (the header is line 1) and column, in `message`
 *   and in `issues`.
 *
 * @example
 * ```ts
 * import { parseObservationsCsv } from 'vn-dx';
 *
 * const csv = 'tỉnh;chỉ tiêu;kỳ;giá trị\nQuảng Nam;gov.dossiers.online-share;quý I/2023;gần 51,16%\n';
 * const [first] = parseObservationsCsv(csv, { source: 'my-report' });
 * first?.province; // '49'
 * first?.qualifier; // 'approx'
 * first?.period; // { kind: 'quarter', year: 2023, quarter: 1 }
 * ```
 *
 * @category Data
 */
export function parseObservationsCsv(
  text: string,
  options: ObservationsCsvOptions = {},
): Observation[] {
  record(options, 'options', 'an object like { delimiter, decimal, source }');
  knownKeys(options, OBSERVATIONS_CSV_OPTIONS, 'options');
  const table = parseCsv(
    text,
    options.delimiter === undefined ? {} : { delimiter: options.delimiter },
  );
  const columns = new Map<Column, number>();
  const headerIssues: DxIssue[] = [];
  table.header.forEach((name, index) => {
    const column = COLUMN_NAMES[foldVietnamese(name)];
    if (column === undefined || !Object.hasOwn(COLUMN_NAMES, foldVietnamese(name))) {
      cellError(headerIssues, 1, index + 1, name, `unknown column ${describe(name)}`);
    } else if (columns.has(column)) {
      cellError(headerIssues, 1, index + 1, name, `column ${column} appears twice`);
    } else {
      columns.set(column, index);
    }
  });
  for (const column of REQUIRED) {
    if (!columns.has(column)) cellError(headerIssues, 1, 1, column, `missing column ${column}`);
  }
  if (headerIssues.length > 0) throw validationError(headerIssues);

  const valueIndex = columns.get('value') as number;
  let mark: 'comma' | 'dot';
  try {
    mark = decimalMarkOf(
      table.header[valueIndex] ?? 'value',
      table.rows.map((row) => row.cells[valueIndex] ?? ''),
      options.decimal,
    );
  } catch (error) {
    if (isDxError(error) && error.code === 'INVALID_NUMBER') {
      const issue = {
        path: ['value'],
        message: error.message.replace(/\.$/, ''),
        line: 1,
        column: valueIndex + 1,
      };
      throw validationError([issue]);
    }
    throw error;
  }
  const indicators = options.indicators === undefined ? undefined : new Set(options.indicators);
  const issues: DxIssue[] = [];
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const observation = readRow(
      row.cells,
      row.line,
      columns,
      { source: options.source, mark, indicators },
      issues,
    );
    if (observation) observations.push(observation);
  }
  if (issues.length > 0)
    throw validationError(
      issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    );
  return observations;
}

interface RowOptions {
  readonly source?: string | undefined;
  readonly mark: 'comma' | 'dot';
  readonly indicators: ReadonlySet<string> | undefined;
}

function readRow(
  cells: readonly string[],
  line: number,
  columns: ReadonlyMap<Column, number>,
  options: RowOptions,
  issues: DxIssue[],
): Observation | undefined {
  const before = issues.length;
  const get = (column: Column) => {
    const index = columns.get(column);
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
  const indicator = get('indicator') ?? '';
  if (indicator === '') {
    report('indicator', 'the indicator cell is empty');
  } else if (options.indicators !== undefined && !options.indicators.has(indicator)) {
    const suggestion = closest(indicator, [...options.indicators]);
    report(
      'indicator',
      `unknown indicator ${describe(indicator)}${suggestion === undefined ? '' : `; the closest known id is ${describe(suggestion)}`}`,
    );
  }
  const quantity = attempt('value', () => parseCellQuantity(get('value') ?? '', options.mark));
  const qualifierText = get('qualifier');
  let qualifier = quantity?.qualifier;
  if (qualifierText) {
    const parsed = QualifierSchema.safeParse(qualifierText);
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
    indicator,
    period: period ?? { kind: 'year', year: 2000 },
    value: quantity?.value ?? 0,
    qualifier: qualifier ?? 'exact',
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

/** One line per issue: `CSV line 2, column 3 (period): … .` (the first 20; all are in `issues`). */
function validationError(issues: DxIssue[]): DxError {
  const lines = issues
    .slice(0, MAX_LISTED)
    .map(
      (issue) =>
        `${issue.line === undefined ? 'CSV' : `CSV line ${issue.line}, column ${issue.column}`} (${String(issue.path.at(-1) ?? '')}): ${issue.message}.`,
    );
  if (issues.length > MAX_LISTED) lines.push(`(and ${issues.length - MAX_LISTED} more issues)`);
  return new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
}

/** The most issues a message lists. */
const MAX_LISTED = 20;

/**
 * Writes observations as a tidy CSV that {@link parseObservationsCsv} reads
 * back to the same records: Vietnamese periods and numbers, province codes,
 * qualifier ids.
 *
 * @param observations - valid observations.
 * @param options - the delimiter, `,` by default (cells with decimal commas are quoted).
 * @returns the CSV text, with a header line and a final line break.
 * @throws {@link DxError} `VALIDATION_FAILED` when an observation does not
 *   match {@link ObservationSchema}, naming its index and field;
 *   `INVALID_ARGUMENT` when `observations` is not an array, `options` is not
 *   an object or names an unknown option, or the delimiter is not `,`, `;` or a tab.
 *
 * @example
 * ```ts
 * import { formatObservationsCsv } from 'vn-dx';
 *
 * formatObservationsCsv([
 *   { province: '49', indicator: 'gov.dossiers.online-share', period: { kind: 'year', year: 2022 }, value: 51.16, qualifier: 'exact', source: { source: 'my-report' } },
 * ]).split('\n')[1]; // '49,gov.dossiers.online-share,năm 2022,"51,16",exact,my-report'
 * ```
 *
 * @category Data
 */
export function formatObservationsCsv(
  observations: readonly Observation[],
  options: CsvOptions = {},
): string {
  knownKeys(record(options, 'options', 'an object like { delimiter }'), CSV_OPTIONS, 'options');
  const delimiter = oneOf(options.delimiter ?? ',', [',', ';', '\t'] as const, 'delimiter');
  if (!Array.isArray(observations)) {
    fail('INVALID_ARGUMENT', 'observations', 'an array of observations', observations);
  }
  const valid = observations.map((observation, index) => {
    const result = safeValidate(ObservationSchema, observation, `observations[${index}]`);
    if (!result.success) throw result.error;
    return result.data;
  });
  const used = OUTPUT_COLUMNS.filter(
    (column) =>
      REQUIRED.includes(column) ||
      column === 'qualifier' ||
      column === 'source' ||
      valid.some((o) =>
        column === 'paragraph'
          ? o.source.paragraph !== undefined
          : column === 'id'
            ? o.id !== undefined
            : o.note !== undefined,
      ),
  );
  const lines = [used.join(delimiter)];
  for (const o of valid) {
    const cells: Record<Column, string> = {
      id: o.id ?? '',
      province: o.province,
      indicator: o.indicator,
      period: formatPeriod(o.period),
      value: formatViNumber(o.value, { exact: true }),
      qualifier: o.qualifier,
      source: o.source.source,
      paragraph: o.source.paragraph === undefined ? '' : String(o.source.paragraph),
      note: o.note ?? '',
    };
    lines.push(used.map((column) => formatCsvCell(cells[column], delimiter)).join(delimiter));
  }
  return `${lines.join('\n')}\n`;
}

/** The options {@link parseObservationsJson} takes, to refuse any other (a misspelt one would be ignored). */
export const OBSERVATIONS_JSON_OPTIONS = [
  'indicators',
] as const satisfies readonly (keyof NonNullable<Parameters<typeof parseObservationsJson>[1]>)[];

/**
 * Reads observations from JSON text: an array of objects in the shape of
 * {@link ObservationSchema}.
 *
 * @param text - the JSON text.
 * @param options - `indicators`: the known indicator ids; when given, any
 *   other id is an issue, with the closest known id suggested.
 * @returns the observations.
 * @throws {@link DxError} `JSON_SYNTAX` for malformed JSON (with the
 *   position the JSON parser reports); `INVALID_ARGUMENT` when `text` is not
 *   text, or `options` is not an object or names an unknown option; `VALIDATION_FAILED` naming the index and field of every bad record,
 *   one line each.
 *
 * @example
 * ```ts
 * import { parseObservationsJson } from 'vn-dx';
 *
 * const text = '[{"province":"26","indicator":"gov.dossiers.online-share","period":{"kind":"half","year":2021,"half":1},"value":97,"qualifier":"over","source":{"source":"x"}}]';
 * parseObservationsJson(text)[0]?.qualifier; // 'over'
 * ```
 *
 * @category Data
 */
export function parseObservationsJson(
  text: string,
  options: { readonly indicators?: readonly string[] } = {},
): Observation[] {
  if (typeof text !== 'string') {
    fail('INVALID_ARGUMENT', 'text', 'JSON text', text);
  }
  knownKeys(
    record(options, 'options', 'an object like { indicators }'),
    OBSERVATIONS_JSON_OPTIONS,
    'options',
  );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : 'malformed';
    raise('JSON_SYNTAX', '', `JSON: ${reason}`, {
      expected: 'JSON text',
      ...jsonPlace(text, reason),
      cause,
    });
  }
  if (!Array.isArray(value)) {
    raise(
      'VALIDATION_FAILED',
      '',
      `JSON: expected an array of observations, got ${describe(value)}`,
      {
        expected: 'an array of observations',
        received: value,
      },
    );
  }
  const known = options.indicators;
  const issues: DxIssue[] = [];
  const observations = value.map((item, index) => {
    const result = safeValidate(ObservationSchema, item, String(index));
    if (!result.success) issues.push(...result.error.issues);
    const indicator = result.success ? result.data.indicator : undefined;
    if (indicator !== undefined && known !== undefined && !known.includes(indicator)) {
      const suggestion = closest(indicator, known);
      issues.push(
        issue(
          [String(index), 'indicator'],
          `unknown indicator ${describe(indicator)}${suggestion === undefined ? '' : `; the closest known id is ${describe(suggestion)}`}`,
          {
            expected: 'an indicator id of the catalogue',
            received: indicator,
            ...(suggestion === undefined ? {} : { suggestion }),
          },
        ),
      );
      return undefined;
    }
    return result.success ? result.data : undefined;
  });
  if (issues.length > 0) {
    const lines = issues
      .slice(0, MAX_LISTED)
      .map((item) => `JSON [${item.path.join('].')}: ${item.message}.`);
    if (issues.length > MAX_LISTED) lines.push(`(and ${issues.length - MAX_LISTED} more issues)`);
    throw new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
  }
  return observations as Observation[];
}

/**
 * Writes observations as pretty-printed JSON that
 * {@link parseObservationsJson} reads back unchanged.
 *
 * @param observations - valid observations.
 * @returns JSON text with a final line break.
 * @throws {@link DxError} `VALIDATION_FAILED` when an observation does not
 *   match {@link ObservationSchema}; `INVALID_ARGUMENT` when `observations`
 *   is not an array.
 *
 * @example
 * ```ts
 * import { formatObservationsJson, parseObservationsJson } from 'vn-dx';
 *
 * const observations = parseObservationsJson('[]');
 * formatObservationsJson(observations); // '[]\n'
 * ```
 *
 * @category Data
 */
export function formatObservationsJson(observations: readonly Observation[]): string {
  if (!Array.isArray(observations)) {
    fail('INVALID_ARGUMENT', 'observations', 'an array of observations', observations);
  }
  const valid = observations.map((observation, index) => {
    const result = safeValidate(ObservationSchema, observation, `observations[${index}]`);
    if (!result.success) throw result.error;
    return result.data;
  });
  return `${JSON.stringify(valid, null, 2)}\n`;
}

/** The line and column of the position a JSON parser names (`… at position 12`), when it names one. */
function jsonPlace(text: string, reason: string): { line?: number; column?: number } {
  const position = /position (\d+)/.exec(reason)?.[1];
  if (position === undefined) return {};
  const before = text.slice(0, Number(position)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
