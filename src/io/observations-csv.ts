// Observations as tidy CSV, read the Vietnamese way and written back to the same records.
import { DxError, type DxIssue, isDxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { knownKeys, oneOf, record } from '../internal/guards.js';
import type { Observation } from '../model/observation.js';
import { formatViNumber } from '../vi/number.js';
import { formatPeriod } from '../vi/period-text.js';
import { COLUMN_NAMES, findColumn } from './columns.js';
import { CSV_OPTIONS, type CsvOptions, formatCsvCell, parseCsv } from './csv.js';
import { checkIndicatorList, indicatorLookup, type NamedIndicator } from './indicator-names.js';
import { type DecimalMark, decimalMarkOf } from './numbers.js';
import { type Column, cellError, OUTPUT_COLUMNS, REQUIRED, readRow } from './observation-row.js';
import { validObservations } from './observations.js';

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
   * The indicators that exist: their ids, or their definitions (`{ id, label }`, e.g.
   * `INDICATORS` from `vn-dx/framework`), or both. When given, a cell that names none of them
   * is an issue, with the closest suggested. With definitions, a cell may also hold a label,
   * in either language, with or without diacritics (`Tỷ lệ hồ sơ trực tuyến`), and is read as
   * that indicator's id; a label two definitions share is an issue naming both, never a guess.
   * A list of ids alone reads ids only, as written.
   */
  readonly indicators?: readonly (string | NamedIndicator)[];
}

/** The options {@link parseObservationsCsv} takes, to refuse any other (a misspelt one would be ignored). */
export const OBSERVATIONS_CSV_OPTIONS = [
  'delimiter',
  'source',
  'decimal',
  'indicators',
] as const satisfies readonly (keyof ObservationsCsvOptions)[];

/**
 * Reads observations from a tidy CSV written the Vietnamese way: one row per
 * figure, columns `province`, `indicator`, `period`, `value` and optionally
 * `commune`, `qualifier`, `source`, `paragraph`, `note`, `id` (Vietnamese headers such as
 * `tỉnh`, `xã`, `chỉ tiêu`, `kỳ`, `giá trị`, `nguồn`, `ghi chú` work too). A
 * province may be a code or a name (resolved at the period's end), a commune a
 * five-digit code (checked against the tables by `checkCommunes` in
 * `vn-dx/communes`; a blank cell is a figure for the province), a period is
 * Vietnamese text (`quý I/2023`), a value a quantity (`51,16%`, `gần 4.000`)
 * read with the one number policy ({@link decimalMarkOf}, {@link parseCellQuantity}),
 * whose qualifier must agree with the `qualifier` cell if both are given.
 * Every cell of every row is checked, and every problem is reported; nothing
 * is dropped.
 *
 * @param text - the CSV text, or its bytes (a `Uint8Array`, read as text by
 *   `decodeText`'s rules: a byte-order mark, else UTF-8).
 * @param options - the delimiter (detected by default), a default source id,
 *   the decimal mark of the value column (`auto` by default) and the known indicators (ids or
 *   definitions; with definitions an indicator cell may hold a label).
 * @returns the observations, in file order.
 * @throws {@link DxError} `CSV_SYNTAX` for malformed CSV; `ENCODING` for bytes
 *   that are not UTF-8, naming the likely encoding; `INVALID_ARGUMENT`
 *   when `text` is neither text nor bytes, `options` is not an object, or for an unknown
 *   option, `decimal` or delimiter, or an element of `indicators` that is neither an id nor
 *   `{ id, label }`; `VALIDATION_FAILED` listing every bad cell, one
 *   line each, with its line (the header is line 1) and column, in `message`
 *   (`CSV line 2, column 3 (Kỳ): …`, the column's header as the file writes it) and in
 *   `issues` (whose `path` names the column's role: `[0, 'period']`).
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
 * // The file's bytes work as well.
 * parseObservationsCsv(new TextEncoder().encode(csv), { source: 'my-report' }).length; // 1
 * // Given the indicators' definitions, a cell may name one by its label.
 * const labels = [{ id: 'gov.dossiers.online-share', label: { vi: 'Tỷ lệ hồ sơ trực tuyến', en: 'Share of dossiers online' } }];
 * const named = 'tỉnh;chỉ tiêu;kỳ;giá trị\nQuảng Nam;ty le ho so truc tuyen;2023;51,16%\n';
 * parseObservationsCsv(named, { source: 'my-report', indicators: labels })[0]?.indicator; // 'gov.dossiers.online-share'
 * ```
 *
 * @category Data
 */
export function parseObservationsCsv(
  text: string | Uint8Array,
  options: ObservationsCsvOptions = {},
): Observation[] {
  record(options, 'options', 'an object like { delimiter, decimal, source }');
  knownKeys(options, OBSERVATIONS_CSV_OPTIONS, 'options');
  const indicators =
    options.indicators === undefined
      ? undefined
      : indicatorLookup(checkIndicatorList(options.indicators, 'options.indicators', true));
  const table = parseCsv(
    text,
    options.delimiter === undefined ? {} : { delimiter: options.delimiter },
  );
  const columns = new Map<Column, number>();
  const headerIssues: DxIssue[] = [];
  // Each header plays the role whose names (the shared dictionary) include it; a role with two
  // headers is refused, since which one holds the figures cannot be known.
  table.header.forEach((name, index) => {
    const column = OUTPUT_COLUMNS.find((role) => findColumn([name], role) !== undefined);
    if (column === undefined) {
      cellError(
        headerIssues,
        1,
        index + 1,
        name,
        `unknown column ${describe(name)}; ${knownHeaders()}`,
        { key: 'unknown-observation-column', params: { name, accepted: acceptedHeaders() } },
      );
    } else if (columns.has(column)) {
      const first = table.header[columns.get(column) as number];
      cellError(
        headerIssues,
        1,
        index + 1,
        name,
        `${describe(name)} and ${describe(first)} are both the ${column} column; rename or remove one`,
      );
    } else {
      columns.set(column, index);
    }
  });
  for (const column of REQUIRED) {
    if (!columns.has(column))
      cellError(
        headerIssues,
        1,
        1,
        column,
        `missing column ${column} (${COLUMN_NAMES[column].join(', ')}); the columns are ${table.header.join(', ')}`,
        {
          key: 'missing-observation-column',
          params: {
            role: column,
            names: COLUMN_NAMES[column].join(', '),
            columns: table.header.join(', '),
          },
        },
      );
  }
  if (headerIssues.length > 0) throw validationError(headerIssues);

  const valueIndex = columns.get('value') as number;
  let mark: 'comma' | 'dot';
  try {
    mark = decimalMarkOf(
      // Stryker disable next-line StringLiteral: valueIndex is a header's own index, so the fallback is never read
      table.header[valueIndex] ?? 'value',
      // Stryker disable next-line StringLiteral: parseCsv gives every row the header's cells, so the fallback is never read
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
      throw validationError([issue], table.header, columns);
    }
    throw error;
  }
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
    // Stryker disable next-line ConditionalExpression: a row read as undefined has added an issue, so the file is refused below
    if (observation) observations.push(observation);
  }
  if (issues.length > 0)
    throw validationError(
      issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
      table.header,
      columns,
    );
  return observations;
}

/** The header names an observations file may use, for a message about an unknown one. */
function knownHeaders(): string {
  return `the columns may be ${acceptedHeaders()}`;
}

/** Every header a column of observations may have, role by role. */
function acceptedHeaders(): string {
  return OUTPUT_COLUMNS.map((role) => COLUMN_NAMES[role].join(' / ')).join('; ');
}

/**
 * One line per issue: `CSV line 2, column 3 (Kỳ): … .`, the column named by its header as the
 * file writes it (the issue's path names its role, `period`, for programs).
 */
function validationError(
  issues: DxIssue[],
  header: readonly string[] = [],
  columns: ReadonlyMap<Column, number> = new Map(),
): DxError {
  // The header names the cell's column when it plays the issue's role (a missing source is
  // blamed on column 1, which holds something else: its role is said instead).
  const nameOf = (issue: DxIssue) => {
    const role = String(issue.path.at(-1) ?? '');
    const index = columns.get(role as Column);
    return index !== undefined && index + 1 === issue.column ? (header[index] ?? role) : role;
  };
  const lines = issues.slice(0, MAX_LISTED).map(
    (issue) =>
      // Stryker disable next-line ConditionalExpression,StringLiteral: every issue of a row or header has a line and a non-empty path
      `${issue.line === undefined ? 'CSV' : `CSV line ${issue.line}, column ${issue.column}`} (${nameOf(issue)}): ${issue.message}.`,
  );
  if (issues.length > MAX_LISTED) lines.push(`(and ${issues.length - MAX_LISTED} more issues)`);
  return new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
}

/** The most issues a message lists (all are in `issues`). */
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
  const valid = validObservations(observations);
  const used = OUTPUT_COLUMNS.filter(
    (column) =>
      REQUIRED.includes(column) ||
      // Stryker disable next-line ConditionalExpression,StringLiteral: every valid observation has a qualifier and a source, so the some() below keeps them too
      column === 'qualifier' ||
      // Stryker disable next-line ConditionalExpression,StringLiteral: as above
      column === 'source' ||
      valid.some((o) =>
        column === 'paragraph' ? o.source.paragraph !== undefined : o[column] !== undefined,
      ),
  );
  const lines = [used.join(delimiter)];
  for (const o of valid) {
    const cells: Record<Column, string> = {
      id: o.id ?? '',
      province: o.province,
      commune: o.commune ?? '',
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
