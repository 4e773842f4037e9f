import { type ConvertedAddress, convertAddress } from '../../communes.js';
import { formatCsvCell } from '../../index.js';
import { namedColumn, roleColumn } from '../columns.js';
import { type Command, type Lang, print } from '../command.js';
import { dayOf } from '../days.js';
import { cellText, type Records, readRecords } from '../records.js';

/** The columns the command adds, in each language. */
const ADDED: Readonly<Record<Lang, readonly [string, string, string, string]>> = {
  vi: ['Địa chỉ mới', 'Mã xã', 'Mã tỉnh', 'Trạng thái'],
  en: ['New address', 'Commune code', 'Province code', 'Status'],
};

/** Several candidates in one cell: ` | ` between them, so that the cell stays one value. */
const JOIN = ' | ';

interface BadRow {
  readonly row: number;
  readonly line?: number;
  readonly message: string;
}

/** The four added cells of a converted row. */
function addedCells(result: ConvertedAddress): readonly string[] {
  const list = result.candidates;
  return [
    result.address ?? list.map((c) => c.address).join(JOIN),
    list.map((c) => c.commune.code).join(JOIN),
    [...new Set(list.map((c) => c.province.code))].join(JOIN),
    result.status,
  ];
}

/** The --column the user named, or the file's address column (the one dictionary). */
function columnOf(records: Records, option: string | undefined): string {
  return option === undefined
    ? roleColumn(records, 'address')
    : namedColumn(records, option, '--column');
}

/** `vn-dx address <file>`: every old address of a column converted to the two-tier address. */
export const address: Command = {
  name: 'address',
  summary: {
    en: 'convert a column of old addresses (before 1 July 2025) to the new communes',
    vi: 'chuyển một cột địa chỉ cũ (trước 1/7/2025) sang xã, phường mới',
  },
  args: '<file>',
  arity: [1, 1],
  help: {
    en: `Reads a CSV file or a JSON array of objects and converts the addresses in
one column (--column, default "Địa chỉ" or "address") to the address of the
two-tier system: the street as written, the new commune and the new province,
by Resolutions 1654–1687/NQ-UBTVQH15. Prints the table as CSV with four columns
added: the new address, the commune code, the province code and the status
(exact; split or ambiguous, with every candidate separated by " | ";
not-found). The summary (converted, ambiguous, not found) goes to standard
error. An empty or unreadable cell is reported with its line and the other
rows are still converted; the exit code is then 1.`,
    vi: `Đọc tệp CSV hoặc mảng JSON và chuyển các địa chỉ trong một cột (--column,
mặc định "Địa chỉ" hoặc "address") sang địa chỉ theo chính quyền hai cấp: số
nhà, đường giữ nguyên, xã, phường mới và tỉnh mới, theo các Nghị quyết
1654–1687/NQ-UBTVQH15. In bảng dạng CSV, thêm bốn cột: địa chỉ mới, mã xã, mã
tỉnh và trạng thái (exact; split hoặc ambiguous, các khả năng cách nhau bởi
" | "; not-found). Phần tổng kết (đã chuyển, nhiều khả năng, không tìm thấy)
in ra luồng lỗi chuẩn. Ô trống hoặc không đọc được được báo kèm số dòng, các
dòng khác vẫn được chuyển; khi đó mã thoát là 1.`,
  },
  options: {
    column: {
      type: 'string',
      placeholder: '<column>',
      description: { en: 'the column of addresses', vi: 'cột chứa địa chỉ' },
    },
    at: {
      type: 'string',
      day: dayOf,
      placeholder: 'YYYY-MM-DD',
      description: {
        en: 'the day of the new addresses, from 2025-07-01 (default 2025-07-01)',
        vi: 'ngày của địa chỉ mới, từ 2025-07-01 (mặc định 2025-07-01)',
      },
    },
  },
  run({ values, positionals }, context) {
    const file = positionals[0] as string;
    const records = readRecords(context.io, file);
    const column = columnOf(records, values.column as string | undefined);
    const at = (values.at as string | undefined) ?? '2025-07-01';
    // A bad --at is one error for the whole file, before any row.
    convertAddress('Hà Nội', { at });
    const results: (ConvertedAddress | undefined)[] = [];
    const bad: BadRow[] = [];
    records.rows.forEach((row, i) => {
      const cell = row[column];
      const problem =
        typeof cell === 'number'
          ? 'the address cell is a number, not text'
          : cellText(cell).trim() === ''
            ? 'the address cell is empty'
            : undefined;
      if (problem === undefined) {
        results.push(convertAddress(cell as string, { at }));
        return;
      }
      const where = records.where(i, column);
      bad.push({
        row: i,
        ...(where.line === undefined ? {} : { line: where.line }),
        message: problem,
      });
      results.push(undefined);
    });
    const count = (status: string) => results.filter((r) => r?.status === status).length;
    const summary = {
      rows: records.rows.length,
      converted: count('exact'),
      ambiguous: count('split') + count('ambiguous'),
      notFound: count('not-found'),
      bad: bad.length,
    };
    print(context, { summary, results, bad }, () => table(records, results, context.lang));
    if (!context.json) {
      const lines = bad.map((b) => `${file}: ${records.where(b.row, column).text}: ${b.message}.`);
      context.io.stderr(`${[...lines, summaryLine(file, summary, context.lang)].join('\n')}\n`);
    }
    return bad.length > 0 ? 1 : 0;
  },
};

/** The input table with the added columns, as CSV. */
function table(
  records: Records,
  results: readonly (ConvertedAddress | undefined)[],
  lang: Lang,
): string {
  const lines = [[...records.header, ...ADDED[lang]].map((cell) => formatCsvCell(cell)).join(',')];
  records.rows.forEach((row, i) => {
    const result = results[i];
    const added = result ? addedCells(result) : ['', '', '', 'error'];
    const cells = [...records.header.map((name) => cellText(row[name])), ...added];
    lines.push(cells.map((cell) => formatCsvCell(cell)).join(','));
  });
  return `${lines.join('\n')}\n`;
}

function summaryLine(
  file: string,
  s: { rows: number; converted: number; ambiguous: number; notFound: number; bad: number },
  lang: Lang,
): string {
  return lang === 'vi'
    ? `${file}: ${s.rows} địa chỉ: ${s.converted} đã chuyển, ${s.ambiguous} nhiều khả năng, ${s.notFound} không tìm thấy, ${s.bad} dòng lỗi`
    : `${file}: ${s.rows} addresses: ${s.converted} converted, ${s.ambiguous} ambiguous, ${s.notFound} not found, ${s.bad} bad rows`;
}
