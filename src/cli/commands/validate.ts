import { checkCommunes } from '../../communes.js';
import { INDICATORS } from '../../framework.js';
import {
  type ColumnRole,
  type DecimalMark,
  DxError,
  type DxIssue,
  type DxMessage,
  findColumn,
  formatIssue,
  isDxError,
  type Observation,
  parseCsv,
  parseObservationsCsv,
  parseObservationsJson,
} from '../../index.js';
import { type Command, DECIMAL_OPTION, print, say } from '../command.js';
import { errorJson } from '../failure.js';

/** `vn-dx validate <file>`: every bad cell of an observations file, with its line and column. */
export const validate: Command = {
  name: 'validate',
  summary: {
    en: 'check an observations file (CSV or JSON), listing every problem',
    vi: 'kiểm tra tệp số liệu quan sát (CSV hoặc JSON), liệt kê mọi lỗi',
  },
  args: '<file>',
  arity: [1, 1],
  help: {
    en: `Reads observations: a CSV with columns province, indicator, period, value
and optionally qualifier, source, paragraph, note, id (Vietnamese headers such
as tỉnh, chỉ tiêu, kỳ, giá trị work too), or a JSON array of observations.
Lists every problem, one line each with its line and column: unreadable
periods, values and provinces, empty cells, and indicators that are not in
the catalogue (vn-dx indicators lists them), with the closest suggested. An
indicator cell holds an id or a whole label, in either language, with or
without diacritics ("Tỷ lệ hồ sơ trực tuyến"), read as that indicator's id.
A commune column (commune, xã) holds five-digit GSO codes: each must name a
unit at the period's end, in the row's province. Values follow the one vn-dx
number policy (see --decimal).`,
    vi: `Đọc số liệu quan sát: tệp CSV có các cột province, indicator, period, value
và có thể có qualifier, source, paragraph, note, id (tên cột tiếng Việt như
tỉnh, chỉ tiêu, kỳ, giá trị cũng được), hoặc một mảng JSON. Liệt kê mọi lỗi,
mỗi lỗi một dòng kèm dòng và cột: kỳ, giá trị, tỉnh không đọc được, ô trống,
và chỉ tiêu không có trong danh mục (vn-dx indicators liệt kê các chỉ tiêu),
kèm chỉ tiêu gần nhất. Ô chỉ tiêu ghi mã hoặc nguyên tên chỉ tiêu, bằng tiếng
Việt hay tiếng Anh, có hoặc không dấu ("Tỷ lệ hồ sơ trực tuyến"), và được đọc
thành mã của chỉ tiêu đó. Cột xã (commune, xã) ghi mã xã 5 chữ số của TCTK:
mỗi mã phải là một đơn vị còn hiệu lực vào cuối kỳ và thuộc tỉnh của dòng đó.
Giá trị được đọc theo quy tắc số chung của vn-dx (xem --decimal).`,
  },
  readsDataset: true,
  options: { decimal: DECIMAL_OPTION },
  run({ values, positionals }, context) {
    const file = positionals[0] as string;
    const text = context.io.readFile(file);
    // Definitions, not ids: an office's file may name an indicator by its label.
    const indicators = [...INDICATORS, ...context.dataset.indicators];
    const json = /^\s*\[/.test(text);
    const delimiter = context.io.delimiter === undefined ? {} : { delimiter: context.io.delimiter };
    let count: number;
    try {
      const observations = json
        ? parseObservationsJson(text, { indicators })
        : parseObservationsCsv(text, {
            source: 'cli-input',
            indicators,
            decimal: (values.decimal ?? 'auto') as DecimalMark,
            ...delimiter,
          });
      checkCommuneCodes(observations, json ? undefined : () => parseCsv(text, delimiter));
      count = observations.length;
    } catch (error) {
      if (!isDxError(error)) throw error;
      // The file's name in front of each line and each issue's path, as other commands do;
      // a cell's issue names its column by the header as written (the path keeps its role).
      const header =
        json || error.code !== 'VALIDATION_FAILED' ? [] : parseCsv(text, delimiter).header;
      const inFile = new DxError(
        error.code,
        error.message
          .split('\n')
          .map((line) => `${file}: ${line}`)
          .join('\n'),
        { issues: error.issues.map((item) => inFileIssue(file, item, header)), cause: error },
      );
      if (context.json) {
        const { issues } = errorJson(inFile, context.lang);
        context.io.stdout(
          `${JSON.stringify({ valid: false, code: error.code, issues }, null, 2)}\n`,
        );
        return 1;
      }
      throw inFile;
    }
    const words =
      context.lang === 'vi'
        ? `${count} quan sát, tất cả hợp lệ`
        : `${count} observation${count === 1 ? '' : 's'}, all valid`;
    print(context, { valid: true, observations: count }, () => `${file}: ${words}\n`);
    return 0;
  },
};

/**
 * An issue of the file: the file in front of its path, and for a cell the sentence that names
 * its place as every command does (`dòng 2, cột 2 (Chỉ tiêu)`), the column by its header when
 * the header plays the issue's role (a missing source is blamed on column 1: its role is said).
 */
function inFileIssue(file: string, item: DxIssue, header: readonly string[]): DxIssue {
  const path = [file, ...item.path];
  const role = item.path.at(-1);
  const written = item.column === undefined ? undefined : header[item.column - 1];
  if (item.line === undefined || written === undefined || typeof role !== 'string')
    return { ...item, path };
  const name =
    role === written || findColumn([written], role as ColumnRole) !== undefined ? written : role;
  const text: DxMessage =
    item.key === undefined
      ? say('both', {
          en: item.message,
          vi: formatIssue(item, { lang: 'vi', place: false }),
        })
      : { key: item.key, ...(item.params === undefined ? {} : { params: item.params }) };
  const where = say('line-column', { line: item.line, column: item.column ?? 0, name });
  return { ...item, path, ...say('at-cell', { file, where, text }) };
}

/**
 * The commune codes of a file's observations, checked against the commune tables (only when
 * the file has some): every finding is a bad cell, with its line and column in a CSV.
 */
function checkCommuneCodes(
  observations: readonly Observation[],
  table: (() => ReturnType<typeof parseCsv>) | undefined,
): void {
  if (!observations.some((o) => o.commune !== undefined)) return;
  const findings = checkCommunes(observations);
  if (findings.length === 0) return;
  const csv = table?.();
  const issues: DxIssue[] = findings.map(({ path, message, ...said }) => {
    const [index, field] = path as [number, 'commune' | 'province' | 'period'];
    const text = message.replace(/\.$/, '');
    if (!csv) return { path: [index, field], message: text, ...said };
    const column = csv.header.indexOf(findColumn(csv.header, field) ?? '') + 1;
    return {
      path: [index, field],
      message: text,
      ...said,
      line: csv.rows[index]?.line ?? 0,
      column,
    };
  });
  const lines = issues.map((issue) =>
    issue.line === undefined
      ? `JSON [${issue.path.join('].')}: ${issue.message}.`
      : `CSV line ${issue.line}, column ${issue.column} (${csv?.header[(issue.column ?? 0) - 1] ?? String(issue.path[1])}): ${issue.message}.`,
  );
  throw new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
}
