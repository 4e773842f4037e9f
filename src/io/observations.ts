import { DxError, type DxIssue } from '../errors.js';
import { toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { type Observation, ObservationSchema } from '../model/observation.js';
import { QualifierSchema } from '../model/qualifier.js';
import { safeValidate } from '../model/validate.js';
import { findProvince, getProvince, PROVINCES_FROM } from '../provinces/lookup.js';
import { foldVietnamese } from '../vi/fold.js';
import { formatViNumber } from '../vi/number.js';
import { formatPeriod, parsePeriod, toInterval } from '../vi/period.js';
import { parseQuantity } from '../vi/quantity.js';
import { type CsvOptions, formatCsvCell, parseCsv } from './csv.js';

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
}

function cellError(
  issues: DxIssue[],
  line: number,
  column: number,
  name: string,
  message: string,
): void {
  issues.push({ path: [line - 2, name], message, line, column });
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

/**
 * Reads observations from a tidy CSV written the Vietnamese way: one row per
 * figure, columns `province`, `indicator`, `period`, `value` and optionally
 * `qualifier`, `source`, `paragraph`, `note`, `id` (Vietnamese headers such as
 * `tỉnh`, `chỉ tiêu`, `kỳ`, `giá trị`, `nguồn`, `ghi chú` work too). A
 * province may be a code or a name (resolved at the period's end), a period is
 * Vietnamese text (`quý I/2023`), a value a Vietnamese quantity (`51,16%`,
 * `gần 4.000`) whose qualifier must agree with the `qualifier` cell if both
 * are given. Every row is checked; nothing is dropped.
 *
 * @param text - the CSV text.
 * @param options - the delimiter (detected by default) and a default source id.
 * @returns the observations, in file order.
 * @throws {@link DxError} `CSV_SYNTAX` for malformed CSV; `VALIDATION_FAILED`
 *   listing every bad cell with its line (the header is line 1) and column.
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
  const table = parseCsv(text, options);
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

  const issues: DxIssue[] = [];
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const observation = readRow(row.cells, row.line, columns, options, issues);
    if (observation) observations.push(observation);
  }
  if (issues.length > 0) throw validationError(issues);
  return observations;
}

function readRow(
  cells: readonly string[],
  line: number,
  columns: ReadonlyMap<Column, number>,
  options: ObservationsCsvOptions,
  issues: DxIssue[],
): Observation | undefined {
  const before = issues.length;
  const get = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : (cells[index] ?? '').trim();
  };
  const at = (column: Column) => (columns.get(column) ?? 0) + 1;
  const attempt = <T>(column: Column, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      cellError(
        issues,
        line,
        at(column),
        column,
        // An issue is a clause of the final message, which adds its own full stop.
        (error instanceof Error ? error.message : String(error)).replace(/\.$/, ''),
      );
      return undefined;
    }
  };

  const period = attempt('period', () => parsePeriod(get('period') ?? ''));
  const quantity = attempt('value', () => parseQuantity(get('value') ?? ''));
  const qualifierText = get('qualifier');
  let qualifier = quantity?.qualifier;
  if (qualifierText) {
    const parsed = QualifierSchema.safeParse(qualifierText);
    if (!parsed.success) {
      cellError(
        issues,
        line,
        at('qualifier'),
        'qualifier',
        `unknown qualifier ${describe(qualifierText)}; expected one of ${QualifierSchema.options.join(', ')}`,
      );
    } else if (quantity && quantity.qualifier !== 'exact' && quantity.qualifier !== parsed.data) {
      cellError(
        issues,
        line,
        at('qualifier'),
        'qualifier',
        `the value says ${quantity.qualifier} but the qualifier cell says ${parsed.data}`,
      );
    } else {
      qualifier = parsed.data;
    }
  }
  let province: string | undefined;
  if (period) {
    const periodEnd = toIsoDay(toInterval(period).end);
    province = attempt('province', () => resolveProvince(get('province') ?? '', periodEnd));
    if (province === undefined && issues.length === before) {
      cellError(
        issues,
        line,
        at('province'),
        'province',
        `no province ${describe(get('province'))} on ${periodEnd}`,
      );
    }
  }
  const source = get('source') || options.source;
  if (!source)
    cellError(
      issues,
      line,
      at('source'),
      'source',
      'no source: add a source column or pass { source }',
    );
  const paragraphText = get('paragraph');
  const paragraph = paragraphText ? Number(paragraphText) : undefined;
  const id = get('id');
  const note = get('note');
  if (issues.length > before || !period || !quantity || !qualifier || !province || !source)
    return undefined;

  const candidate = {
    ...(id ? { id } : {}),
    province,
    indicator: get('indicator') ?? '',
    period,
    value: quantity.value,
    qualifier,
    source: { source, ...(paragraph === undefined ? {} : { paragraph }) },
    ...(note ? { note } : {}),
  };
  const result = safeValidate(ObservationSchema, candidate, 'observation');
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[1] ?? '');
      const column = (OUTPUT_COLUMNS as readonly string[]).includes(field)
        ? (field as Column)
        : 'indicator';
      cellError(issues, line, at(column), column, issue.message);
    }
    return undefined;
  }
  return result.data;
}

function validationError(issues: DxIssue[]): DxError {
  const first = issues[0];
  const where =
    first?.line === undefined ? 'CSV' : `CSV line ${first.line}, column ${first.column}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new DxError(
    'VALIDATION_FAILED',
    `${where} (${String(first?.path[1] ?? '')}): ${first?.message ?? 'invalid'}${more}.`,
    { issues },
  );
}

/**
 * Writes observations as a tidy CSV that {@link parseObservationsCsv} reads
 * back to the same records: Vietnamese periods and numbers, province codes,
 * qualifier ids.
 *
 * @param observations - valid observations.
 * @param options - the delimiter, `,` by default (cells with decimal commas are quoted).
 * @returns the CSV text, with a header line and a final line break.
 * @throws {@link DxError} `VALIDATION_FAILED` when an observation does not
 *   match {@link ObservationSchema}, naming its index and field.
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
  const delimiter = options.delimiter ?? ',';
  if (!Array.isArray(observations)) {
    throw new DxError(
      'INVALID_ARGUMENT',
      `Expected an array of observations, got ${describe(observations)}.`,
    );
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

/**
 * Reads observations from JSON text: an array of objects in the shape of
 * {@link ObservationSchema}.
 *
 * @param text - the JSON text.
 * @returns the observations.
 * @throws {@link DxError} `INVALID_ARGUMENT` for malformed JSON (with the
 *   position the JSON parser reports); `VALIDATION_FAILED` naming the index and
 *   field of every bad record.
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
export function parseObservationsJson(text: string): Observation[] {
  if (typeof text !== 'string') {
    throw new DxError('INVALID_ARGUMENT', `Expected JSON text, got ${describe(text)}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new DxError(
      'INVALID_ARGUMENT',
      `JSON: ${cause instanceof Error ? cause.message : 'malformed'}.`,
      { cause },
    );
  }
  if (!Array.isArray(value)) {
    throw new DxError(
      'VALIDATION_FAILED',
      `JSON: expected an array of observations, got ${describe(value)}.`,
    );
  }
  const issues: DxIssue[] = [];
  const observations = value.map((item, index) => {
    const result = safeValidate(ObservationSchema, item, String(index));
    if (!result.success) issues.push(...result.error.issues);
    return result.success ? result.data : undefined;
  });
  if (issues.length > 0) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new DxError(
      'VALIDATION_FAILED',
      `JSON [${first?.path.join('].') ?? ''}: ${first?.message ?? ''}${more}.`,
      { issues },
    );
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
 *   match {@link ObservationSchema}.
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
    throw new DxError(
      'INVALID_ARGUMENT',
      `Expected an array of observations, got ${describe(observations)}.`,
    );
  }
  const valid = observations.map((observation, index) => {
    const result = safeValidate(ObservationSchema, observation, `observations[${index}]`);
    if (!result.success) throw result.error;
    return result.data;
  });
  return `${JSON.stringify(valid, null, 2)}\n`;
}
