// `vn-dx plan score`: the score a unit needs to reach a rank, and its gap to it.
import { type DecimalMark, type Direction, scoreToReach } from '../../index.js';
import { optionalColumn, roleColumn } from '../columns.js';
import {
  type CommandContext,
  type Invocation,
  requiredOption,
  say,
  UsageError,
} from '../command.js';
import { checkGaps, type Gap, type Problem, reportWarnings, unresolvedCells } from '../gaps.js';
import { cellText, fileError, type Records, readNumbers, repeatedRow } from '../records.js';
import { unitKey } from '../units.js';
import { facts } from './plan-support.js';
import { roundedText } from './progress.js';

/** `vn-dx plan score`: the score a unit needs to reach a rank, as `scoreToReach()` computes it. */
export function planScore(
  values: Invocation['values'],
  read: () => Records,
  decimal: DecimalMark,
  context: CommandContext,
) {
  const { lang } = context;
  const unit = values.unit;
  if (typeof unit !== 'string') throw requiredOption('--unit', '<unit>');
  const rankText = values.rank;
  if (typeof rankText !== 'string') throw requiredOption('--rank', '<n>');
  if (!/^[1-9]\d*$/.test(rankText.trim()))
    throw new UsageError(say('option-whole-from-1', { option: '--rank', value: rankText }));
  const rank = Number(rankText.trim());
  const direction = (values.direction ?? 'higher-is-better') as Direction;
  const records = read();
  const unitColumn = roleColumn(records, 'unit');
  const scoreColumn = roleColumn(records, 'score');
  const numbers = readNumbers(records, scoreColumn, decimal);
  const problems: Problem[] = [];
  // Rows are keyed as provinces are read (Thừa Thiên Huế = Thua Thien Hue = 46), --unit too.
  const rows = new Map<string, number>();
  const names = new Map<string, string>();
  records.rows.forEach((row, index) => {
    const name = cellText(row[unitColumn]).trim();
    if (name === '') problems.push({ index, column: unitColumn, message: say('cell-empty') });
    else {
      const key = unitKey(name);
      const where = { records, column: unitColumn, rule: 'score-repeated', label: name } as const;
      const repeat = repeatedRow(rows, key, index, where);
      if (repeat) problems.push({ index, column: unitColumn, message: repeat });
      else names.set(key, name);
    }
  });
  // A blank score is no value: the unit is kept, unscored, and listed (--strict: an error); a
  // unit cell that names no province, in a column of provinces, is kept as written and listed.
  const gaps: Gap[] = [
    ...numbers.flatMap((n, index) =>
      n === null ? [{ kind: 'blank' as const, index, column: scoreColumn }] : [],
    ),
    ...unresolvedCells(records, unitColumn, optionalColumn(records, 'province') === unitColumn),
  ];
  checkGaps(records, gaps, values.strict === true, problems);
  const wanted = names.get(unitKey(unit.trim()));
  if (wanted === undefined) {
    const listed = [...names.values()];
    throw new UsageError(
      say('unit-no-row', {
        file: records.file,
        unit: unit.trim(),
        units: `${listed.slice(0, 10).join(', ')}${listed.length > 10 ? ', …' : ''}`,
      }),
    );
  }
  const scores = Object.fromEntries(
    [...rows.entries()].map(([key, index]) => [names.get(key), numbers[index]?.value ?? null]),
  );
  // The units left out of the field for want of a score (the one asked about is counted).
  const missing = Object.keys(scores).filter((name) => scores[name] === null && name !== wanted);
  const ranked = Object.values(scores).filter((s) => s !== null).length;
  const field = scores[wanted] === null ? ranked + 1 : ranked;
  if (rank > field)
    throw fileError(
      'INVALID_ARGUMENT',
      records.file,
      say('rank-beyond-field', { rank, field, wanted }),
      { path: ['--rank'], expected: `a rank from 1 to ${field}`, received: String(rank) },
    );
  reportWarnings(context, records, gaps);
  // Every input is checked above, so the library has nothing left to reject.
  const result = scoreToReach(scores, wanted, rank, { direction });
  const w =
    lang === 'vi'
      ? {
          unit: 'đơn vị',
          rank: 'thứ hạng muốn đạt',
          score: 'điểm cần đạt',
          current: 'điểm hiện tại',
          gap: 'còn thiếu',
          of: 'trên',
          rankNow: 'hạng',
          any: 'điểm nào cũng được (hạng cuối)',
          none: 'chưa có điểm',
          missing: (names: string) => ` (không tính ${names}: chưa có điểm)`,
        }
      : {
          unit: 'unit',
          rank: 'rank wanted',
          score: 'score needed',
          current: 'current score',
          gap: 'gap',
          of: 'of',
          rankNow: 'rank',
          any: 'any score (the last place)',
          none: 'no score yet',
          missing: (names: string) => ` (not counting ${names}: no score)`,
        };
  return {
    data: { ...result, of: field, direction, missing },
    text: () =>
      facts([
        [w.unit, result.unit],
        [
          w.rank,
          `${result.rank} ${w.of} ${field}${missing.length === 0 ? '' : w.missing(missing.join(', '))}`,
        ],
        [w.score, result.score === null ? w.any : roundedText(result.score, 4, lang)],
        [
          w.current,
          result.current === null
            ? w.none
            : `${roundedText(result.current, 4, lang)} (${w.rankNow} ${result.currentRank})`,
        ],
        [w.gap, result.gap === null ? w.none : roundedText(result.gap, 4, lang)],
      ]),
  };
}
