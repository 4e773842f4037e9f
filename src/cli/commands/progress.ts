import { type DecimalMark, type Direction, progress as progressOf } from '../../index.js';
import { optionalColumn, roleColumn } from '../columns.js';
import { type Command, DECIMAL_OPTION, print, STRICT_OPTION } from '../command.js';
import { type Gap, type Problem, settleGaps } from '../gaps.js';
import { cellText, readNumbers, readRecords } from '../records.js';
import { formatTable } from '../table.js';

const DIRECTIONS: readonly string[] = ['higher-is-better', 'lower-is-better'];

/** A number for people: at most `digits` decimals, the language's decimal mark. */
export function roundedText(value: number, digits: number, lang: 'vi' | 'en'): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** `vn-dx progress <file>`: progress of each row towards its target. */
export const progress: Command = {
  name: 'progress',
  summary: {
    en: "progress of each row's value towards its target",
    vi: 'tiến độ của giá trị mỗi dòng so với mục tiêu',
  },
  args: '<file>',
  arity: [1, 1],
  help: {
    en: `Each row needs columns value and target, and may have baseline (default 0)
and direction (higher-is-better or lower-is-better); other columns are shown
as they are. Numbers follow the one vn-dx number policy (see --decimal), with
percent signs and qualifiers allowed. Text rounds share and gap for people;
--json prints every number in full.`,
    vi: `Mỗi dòng cần cột value và target, có thể có baseline (mặc định 0) và
direction (higher-is-better hoặc lower-is-better); các cột khác được giữ
nguyên. Số được đọc theo một quy tắc chung của vn-dx (xem --decimal), chấp
nhận dấu phần trăm và từ định lượng. Văn bản làm tròn tỷ lệ và phần còn thiếu;
--json in đầy đủ mọi chữ số.`,
  },
  options: { decimal: DECIMAL_OPTION, strict: STRICT_OPTION },
  run({ values, positionals }, context) {
    const file = positionals[0] as string;
    const records = readRecords(context.io, file);
    const column = {
      value: roleColumn(records, 'value'),
      target: roleColumn(records, 'target'),
      baseline: optionalColumn(records, 'baseline'),
      direction: optionalColumn(records, 'direction'),
    };
    const decimal = (values.decimal ?? 'auto') as DecimalMark;
    const read = (name: string | undefined) =>
      name === undefined
        ? records.rows.map(() => null)
        : readNumbers(records, name, decimal).map((q) => q?.value ?? null);
    const value = read(column.value);
    const target = read(column.target);
    const baseline = read(column.baseline);
    const directionOf = (row: (typeof records.rows)[number]) =>
      (column.direction === undefined ? '' : cellText(row[column.direction]).trim()) ||
      'higher-is-better';
    const problems: Problem[] = [];
    // A blank is no value: the row is kept, without progress, and listed (--strict: an error).
    const gaps: Gap[] = [];
    const blank = (index: number, column: string) => gaps.push({ kind: 'blank', index, column });
    const results = records.rows.map((row, i) => {
      const direction = directionOf(row);
      const v = value[i];
      const t = target[i];
      if (v === null || v === undefined) blank(i, column.value);
      if (t === null || t === undefined) blank(i, column.target);
      if (!DIRECTIONS.includes(direction))
        problems.push({
          index: i,
          column: column.direction ?? 'direction',
          message: `expected higher-is-better or lower-is-better, got "${direction}"`,
        });
      if (v == null || t == null || !DIRECTIONS.includes(direction)) return null;
      try {
        return progressOf(v, t, {
          baseline: baseline[i] ?? 0,
          direction: direction as Direction,
        });
      } catch (error) {
        problems.push({
          index: i,
          column: column.target,
          message: (error as Error).message.replace(/\.$/, ''),
        });
        return null;
      }
    });
    settleGaps(context, records, gaps, values.strict === true, problems);
    const output = records.rows.map((row, i) => ({
      ...row,
      value: value[i],
      target: target[i],
      ...(column.baseline === undefined ? {} : { baseline: baseline[i] ?? 0 }),
      ...(column.direction === undefined ? {} : { direction: directionOf(row) }),
      ...(results[i] ?? { share: null, gap: null, met: null }),
    }));
    const t =
      context.lang === 'vi'
        ? {
            share: 'tỷ lệ',
            gap: 'còn thiếu',
            met: 'đạt',
            yes: 'đạt',
            no: 'chưa',
            none: 'thiếu số liệu',
            over: 'vượt',
          }
        : {
            share: 'share',
            gap: 'gap',
            met: 'met',
            yes: 'yes',
            no: 'no',
            none: 'no value',
            over: 'beaten by',
          };
    print(
      context,
      output,
      () =>
        `${formatTable(
          [
            ...records.header.map((name) => ({ header: name, max: 30 })),
            { header: t.share, align: 'right' as const },
            { header: t.gap, align: 'right' as const },
            { header: t.met },
          ],
          records.rows.map((row, i) => {
            const r = results[i];
            return [
              ...records.header.map((name) => cellText(row[name])),
              r ? `${roundedText(r.share * 100, 1, context.lang)}%` : '',
              r
                ? r.gap < 0
                  ? `${t.over} ${roundedText(-r.gap, 2, context.lang)}`
                  : roundedText(r.gap, 2, context.lang)
                : '',
              r ? (r.met ? t.yes : t.no) : t.none,
            ];
          }),
        )}\n`,
    );
    return 0;
  },
};
