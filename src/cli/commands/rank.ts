import { type DecimalMark, rank as rankValues, rankWithin, type TieMethod } from '../../index.js';
import { namedColumn } from '../columns.js';
import { type Command, DECIMAL_OPTION, requiredOption, STRICT_OPTION } from '../command.js';
import { settleGaps } from '../gaps.js';
import { keyOrder, writeJsonRecords } from '../json-array.js';
import { type Cell, cellText } from '../records.js';
import { readTable } from '../stream-table.js';
import { formatTable } from '../table.js';

/** Ranks in text: whole numbers as they are, fractional ranks (ties: fractional) to one decimal. */
function rankText(rank: number | null, of: number | null, lang: 'vi' | 'en'): string {
  if (rank === null) return '—';
  const fraction = lang === 'vi' ? rank.toFixed(1).replace('.', ',') : rank.toFixed(1);
  const shown = Number.isInteger(rank) ? String(rank) : fraction;
  return of === null ? shown : `${shown}/${of}`;
}

/** The most rows a text table shows; --json prints a file of any length. */
const TEXT_ROWS = 200_000;

/** `vn-dx rank <file>`: rows ranked by a column, with a tie rule and optional groups. */
export const rank: Command = {
  name: 'rank',
  summary: {
    en: 'rank the rows of a CSV or JSON file by a numeric column',
    vi: 'xếp hạng các dòng của tệp CSV hoặc JSON theo một cột số',
  },
  args: '<file>',
  arity: [1, 1],
  help: {
    en: `Reads a CSV (delimiter , ; or tab, detected) or a JSON array of objects and
ranks its rows by the --by column (its header compared without diacritics:
"diem dti" finds "Điểm DTI"); 1 is best. Numbers follow the one vn-dx number
policy (see --decimal); a percent sign or a qualifier such as "gần" is
allowed. A blank cell is no value: its row is kept unranked and listed on
standard error (--strict: an error). Text output is sorted by rank (by
group, then rank, with --group-by); --json keeps the file's order and prints
the column's numbers as numbers, with a rank (and of, with --group-by) per
row.`,
    vi: `Đọc tệp CSV (dấu phân cách , ; hoặc tab, tự nhận biết) hoặc mảng JSON các
đối tượng và xếp hạng các dòng theo cột --by (tên cột so sánh không dấu:
"diem dti" tìm được "Điểm DTI"); 1 là cao nhất. Số được đọc theo quy tắc
chung của vn-dx (xem --decimal); chấp nhận dấu phần trăm hoặc từ định lượng
như "gần". Ô trống là thiếu số liệu: dòng được giữ lại, không xếp hạng và
được liệt kê ở đầu ra lỗi (--strict: báo lỗi). Văn bản được sắp theo thứ
hạng (theo nhóm rồi thứ hạng, với --group-by); --json giữ thứ tự của tệp, in
số của cột dưới dạng số, kèm rank (và of, với --group-by) cho mỗi dòng.`,
  },
  options: {
    by: {
      type: 'string',
      placeholder: '<column>',
      description: {
        en: 'the column to rank by (required)',
        vi: 'cột dùng để xếp hạng (bắt buộc)',
      },
    },
    ties: {
      type: 'string',
      placeholder: '<method>',
      choices: ['competition', 'modified', 'dense', 'ordinal', 'fractional'],
      description: {
        en: 'tied values: competition (default: 1, 2, 2, 4), modified, dense, ordinal, fractional',
        vi: 'giá trị bằng nhau: competition (mặc định: 1, 2, 2, 4), modified, dense, ordinal, fractional',
      },
    },
    direction: {
      type: 'string',
      placeholder: '<direction>',
      choices: ['higher-is-better', 'lower-is-better'],
      description: {
        en: 'higher-is-better (default) or lower-is-better',
        vi: 'higher-is-better (cao hơn là tốt hơn, mặc định) hoặc lower-is-better',
      },
    },
    'group-by': {
      type: 'string',
      placeholder: '<column>',
      description: {
        en: 'rank within each value of this column',
        vi: 'xếp hạng trong từng nhóm theo giá trị của cột này',
      },
    },
    decimal: DECIMAL_OPTION,
    strict: STRICT_OPTION,
  },
  run({ values, positionals }, context) {
    const file = positionals[0] as string;
    const typed = values.by as string | undefined;
    if (typed === undefined) throw requiredOption('--by', '<column>');
    const {
      table,
      numbers,
      column: by,
      notes,
    } = readTable(context.io, file, {
      numbers: (header) => namedColumn({ header }, typed, '--by'),
      // --json prints the column's numbers, never its text (unless a group is read from it).
      numberText: !context.json || values['group-by'] !== undefined,
      decimal: (values.decimal ?? 'auto') as DecimalMark,
      ...(context.json ? {} : { maxRows: TEXT_ROWS, maxRowsAdvice: 'print it with --json' }),
    });
    const { header } = table;
    const typedGroup = values['group-by'] as string | undefined;
    const groupBy =
      typedGroup === undefined ? undefined : namedColumn({ header }, typedGroup, '--group-by');
    const groupIndex = groupBy === undefined ? -1 : header.indexOf(groupBy);
    // A blank is no value: the row stays, unranked, and is listed (--strict: an error).
    const blanks: { kind: 'blank'; index: number; column: string }[] = [];
    for (let i = 0; i < table.length; i += 1)
      if (numbers[i] === null) blanks.push({ kind: 'blank', index: i, column: by });
    // A blank's cell is empty: the listing needs no row of the table.
    const { file: name, where } = table;
    settleGaps(
      context,
      { file: name, header, where, rows: [] },
      blanks,
      values.strict === true,
      [],
      notes,
    );
    const options = {
      ties: (values.ties ?? 'competition') as TieMethod,
      direction: (values.direction ?? 'higher-is-better') as 'higher-is-better' | 'lower-is-better',
    };
    const rows = Array.from({ length: groupBy === undefined ? 0 : table.length }, (_, i) => ({
      group: cellText(table.cell(i, groupIndex)),
      value: numbers[i] ?? null,
    }));
    const grouped =
      groupBy === undefined
        ? undefined
        : rankWithin(rows, 'group', 'value', options).map((r) => ({
            rank: r.rank,
            of: r.rank === null ? null : r.of,
            group: r.group,
          }));
    const ranks = grouped ?? rankValues(numbers, options);
    const rankAt = (i: number) =>
      grouped ? (grouped[i]?.rank ?? null) : ((ranks[i] as number | null) ?? null);
    const ofAt = (i: number) => grouped?.[i]?.of ?? null;
    if (context.json) {
      // As the object { ...row, [by]: number, rank, of } would be written: a name repeated in
      // the header keeps its first place and its last cell.
      const last = new Map(header.map((name, c) => [name, c]));
      const keys = keyOrder([...header, 'rank', ...(groupBy === undefined ? [] : ['of'])]);
      // One reader per key, chosen once rather than for every cell.
      const readers = keys.map((key): ((i: number) => Cell) => {
        if (key === 'rank') return rankAt;
        if (key === 'of' && groupBy !== undefined) return ofAt;
        if (key === by) return (i) => numbers[i] ?? null;
        const c = last.get(key) as number;
        return (i) => table.cell(i, c);
      });
      writeJsonRecords(context.io.stdout, table.length, keys, (i, _, k) =>
        (readers[k] as (i: number) => Cell)(i),
      );
      return 0;
    }
    const groupOf = (i: number) => grouped?.[i]?.group ?? '';
    const order = Array.from({ length: table.length }, (_, i) => i).sort((a, b) => {
      const group = groupOf(a).localeCompare(groupOf(b), 'vi');
      if (group !== 0) return group;
      return (
        (rankAt(a) ?? Number.POSITIVE_INFINITY) - (rankAt(b) ?? Number.POSITIVE_INFINITY) || a - b
      );
    });
    const rankHeader = context.lang === 'vi' ? 'hạng' : 'rank';
    context.io.stdout(
      `${formatTable(
        [
          { header: rankHeader, align: 'right' },
          ...header.map((name) => ({ header: name, max: 30 })),
        ],
        order.map((i) => [
          rankText(rankAt(i), ofAt(i), context.lang),
          ...header.map((_, c) => cellText(table.cell(i, c))),
        ]),
      )}\n`,
    );
    return 0;
  },
};
