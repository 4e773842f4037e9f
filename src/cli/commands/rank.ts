import { type DecimalMark, rank as rankValues, rankWithin, type TieMethod } from '../../index.js';
import { namedColumn } from '../columns.js';
import { type Command, DECIMAL_OPTION, print, requiredOption, STRICT_OPTION } from '../command.js';
import { settleGaps } from '../gaps.js';
import { cellText, readNumbers, readRecords } from '../records.js';
import { formatTable } from '../table.js';

/** Ranks in text: whole numbers as they are, fractional ranks (ties: fractional) to one decimal. */
function rankText(rank: number | null, of: number | null, lang: 'vi' | 'en'): string {
  if (rank === null) return '—';
  const fraction = lang === 'vi' ? rank.toFixed(1).replace('.', ',') : rank.toFixed(1);
  const shown = Number.isInteger(rank) ? String(rank) : fraction;
  return of === null ? shown : `${shown}/${of}`;
}

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
    const records = readRecords(context.io, file);
    const by = namedColumn(records, typed, '--by');
    const typedGroup = values['group-by'] as string | undefined;
    const groupBy =
      typedGroup === undefined ? undefined : namedColumn(records, typedGroup, '--group-by');
    const numbers = readNumbers(records, by, (values.decimal ?? 'auto') as DecimalMark).map(
      (q) => q?.value ?? null,
    );
    // A blank is no value: the row stays, unranked, and is listed (--strict: an error).
    const blanks = numbers.flatMap((n, index) =>
      n === null ? [{ kind: 'blank' as const, index, column: by }] : [],
    );
    settleGaps(context, records, blanks, values.strict === true);
    const options = {
      ties: (values.ties ?? 'competition') as TieMethod,
      direction: (values.direction ?? 'higher-is-better') as 'higher-is-better' | 'lower-is-better',
    };
    const ranks =
      groupBy === undefined
        ? rankValues(numbers, options).map((r) => ({
            rank: r,
            of: null as number | null,
            group: '',
          }))
        : rankWithin(
            records.rows.map((row, i) => ({
              group: cellText(row[groupBy]),
              value: numbers[i] ?? null,
            })),
            'group',
            'value',
            options,
          ).map((r) => ({ rank: r.rank, of: r.rank === null ? null : r.of, group: r.group }));
    const output = records.rows.map((row, i) => ({
      ...row,
      [by]: numbers[i] ?? null,
      rank: ranks[i]?.rank ?? null,
      ...(groupBy === undefined ? {} : { of: ranks[i]?.of ?? null }),
    }));
    const order = records.rows
      .map((_, i) => i)
      .sort((a, b) => {
        const ra = ranks[a];
        const rb = ranks[b];
        const group = (ra?.group ?? '').localeCompare(rb?.group ?? '', 'vi');
        if (group !== 0) return group;
        return (
          (ra?.rank ?? Number.POSITIVE_INFINITY) - (rb?.rank ?? Number.POSITIVE_INFINITY) || a - b
        );
      });
    const rankHeader = context.lang === 'vi' ? 'hạng' : 'rank';
    print(
      context,
      output,
      () =>
        `${formatTable(
          [
            { header: rankHeader, align: 'right' },
            ...records.header.map((name) => ({ header: name, max: 30 })),
          ],
          order.map((i) => [
            rankText(ranks[i]?.rank ?? null, ranks[i]?.of ?? null, context.lang),
            ...records.header.map((name) => cellText(records.rows[i]?.[name])),
          ]),
        )}\n`,
    );
    return 0;
  },
};
