import { type DecimalMark, type Direction, DxError, progress as progressOf } from '../../index.js';
import { type Command, DECIMAL_OPTION, print } from '../command.js';
import { cellErrors, cellText, readNumbers, readRecords, requireColumn } from '../records.js';
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
  options: { decimal: DECIMAL_OPTION },
  run({ values, positionals }, context) {
    const file = positionals[0] as string;
    const records = readRecords(context.io, file);
    requireColumn(records, 'value', 'progress');
    requireColumn(records, 'target', 'progress');
    const decimal = (values.decimal ?? 'auto') as DecimalMark;
    const read = (name: string) =>
      records.header.includes(name)
        ? readNumbers(records, name, decimal).map((q) => q?.value ?? null)
        : records.rows.map(() => null);
    const value = read('value');
    const target = read('target');
    const baseline = read('baseline');
    const problems: { index: number; column: string; message: string }[] = [];
    const results = records.rows.map((row, i) => {
      const direction = cellText(row.direction).trim() || 'higher-is-better';
      const v = value[i];
      const t = target[i];
      if (v === null || v === undefined)
        problems.push({ index: i, column: 'value', message: 'the cell is empty' });
      if (t === null || t === undefined)
        problems.push({ index: i, column: 'target', message: 'the cell is empty' });
      if (!DIRECTIONS.includes(direction))
        problems.push({
          index: i,
          column: 'direction',
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
          column: 'target',
          message: (error as Error).message.replace(/\.$/, ''),
        });
        return null;
      }
    });
    if (problems.length > 0) {
      const errors = problems.map((p) => cellErrors(records, p.column, [p]));
      throw new DxError('VALIDATION_FAILED', errors.map((e) => e.message).join('\n'), {
        issues: errors.flatMap((e) => e.issues),
      });
    }
    const output = records.rows.map((row, i) => ({
      ...row,
      value: value[i],
      target: target[i],
      ...(records.header.includes('baseline') ? { baseline: baseline[i] ?? 0 } : {}),
      ...(records.header.includes('direction')
        ? { direction: cellText(row.direction).trim() || 'higher-is-better' }
        : {}),
      ...results[i],
    }));
    const t =
      context.lang === 'vi'
        ? { share: 'tỷ lệ', gap: 'còn thiếu', met: 'đạt', yes: 'đạt', no: 'chưa' }
        : { share: 'share', gap: 'gap', met: 'met', yes: 'yes', no: 'no' };
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
              r ? roundedText(r.gap, 2, context.lang) : '',
              r?.met ? t.yes : t.no,
            ];
          }),
        )}\n`,
    );
    return 0;
  },
};
