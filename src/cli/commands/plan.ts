import {
  type DecimalMark,
  type Direction,
  DxError,
  isDxError,
  milestones,
  type OnTrackVerdict,
  onTrack,
  readNumberColumn,
  scoreToReach,
} from '../../index.js';
import {
  type Command,
  DECIMAL_OPTION,
  type Invocation,
  type Lang,
  print,
  UsageError,
} from '../command.js';
import {
  cellErrors,
  cellText,
  fileError,
  prefixed,
  type Records,
  readNumbers,
  readRecords,
} from '../records.js';
import { formatTable } from '../table.js';
import { roundedText } from './progress.js';

const QUESTIONS = ['milestones', 'on-track', 'score'] as const;
type Question = (typeof QUESTIONS)[number];

/** Which question each option of its own belongs to (`--decimal` and `--direction` are shared). */
const OWNERS: Readonly<Record<string, readonly Question[]>> = {
  from: ['milestones'],
  to: ['milestones'],
  path: ['milestones'],
  every: ['milestones'],
  target: ['on-track'],
  trend: ['on-track'],
  direction: ['on-track', 'score'],
  unit: ['score'],
  rank: ['score'],
};

/** The headers each column may have: English first, then Vietnamese (compared without case). */
const HEADERS = {
  date: ['date', 'ngày'],
  value: ['value', 'giá trị'],
  unit: ['unit', 'đơn vị', 'province', 'tỉnh'],
  score: ['score', 'điểm'],
} as const;

const VERDICTS: Readonly<Record<Lang, Readonly<Record<OnTrackVerdict, string>>>> = {
  en: {
    met: 'target met',
    onTrack: 'on track',
    moderate: 'moderate progress',
    insufficient: 'insufficient progress',
    movingAway: 'moving away from the target',
  },
  vi: {
    met: 'đã đạt mục tiêu',
    onTrack: 'đúng tiến độ',
    moderate: 'tiến bộ vừa phải',
    insufficient: 'tiến bộ chưa đủ',
    movingAway: 'đi ngược mục tiêu',
  },
};

/** A dated value as the command reads it: the day as `YYYY-MM-DD`. */
interface DayValue {
  readonly date: string;
  readonly value: number;
}

/** A day `YYYY-MM-DD` that exists, or a year (its 31 December); `undefined` otherwise. */
export function dayOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return `${trimmed}-12-31`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? trimmed : undefined;
}

/** Reads `--name DATE=VALUE`, the value by the one number policy; a usage error otherwise. */
function datedOption(name: string, text: unknown, decimal: DecimalMark): DayValue {
  const flag = `--${name}`;
  if (typeof text !== 'string') throw new UsageError(`${flag} DATE=VALUE is required`);
  const at = text.indexOf('=');
  const date = dayOf(at === -1 ? '' : text.slice(0, at));
  if (date === undefined)
    throw new UsageError(
      `${flag}: expected DATE=VALUE with DATE a day YYYY-MM-DD or a year, such as 2025-12-31=80, got "${text}"`,
    );
  const valueText = text.slice(at + 1);
  let read: ReturnType<typeof readNumberColumn>;
  try {
    read = readNumberColumn(flag, [valueText], decimal);
  } catch (error) {
    if (!isDxError(error)) throw error;
    throw new UsageError(error.message.replace(/^column "([^"]+)"/, '$1').replace(/\.$/, ''));
  }
  const value = read.cells[0]?.value;
  if (value === undefined)
    throw new UsageError(
      `${flag}: ${read.errors[0]?.message ?? `no value after "=" in "${text}"`}`,
    );
  return { date, value };
}

/**
 * The column named by the first of `names` the file has (case and Unicode
 * form aside), or a usage error listing the columns.
 */
function columnOf(records: Records, names: readonly string[], question: Question): string {
  const key = (header: string) => header.trim().normalize('NFC').toLowerCase();
  const found = names
    .map((name) => records.header.find((header) => key(header) === name))
    .find((header) => header !== undefined);
  if (found === undefined)
    throw new UsageError(
      `${question}: ${records.file} has no column ${names.map((n) => `"${n}"`).join(' or ')}; the columns are ${records.header.join(', ')}`,
    );
  return found;
}

interface Problem {
  index: number;
  column: string;
  message: string;
}

/** Every problem of a file as one error, a line each (as the other commands list them). */
function throwProblems(records: Records, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const errors = problems.map((p) => cellErrors(records, p.column, [p]));
  throw new DxError('VALIDATION_FAILED', errors.map((e) => e.message).join('\n'), {
    issues: errors.flatMap((e) => e.issues),
  });
}

/** Years for people: one decimal, "1 year" and "2 years" in English. */
function yearsText(years: number, lang: Lang): string {
  const text = roundedText(years, 1, lang);
  return lang === 'vi' ? `${text} năm` : `${text} ${text === '1' ? 'year' : 'years'}`;
}

/** Label–value lines, the labels padded to one width. */
function facts(lines: readonly (readonly [string, string])[]): string {
  const width = Math.max(...lines.map(([label]) => [...label].length));
  return `${lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

function planMilestones(values: Invocation['values'], decimal: DecimalMark, lang: Lang) {
  const from = datedOption('from', values.from, decimal);
  const to = datedOption('to', values.to, decimal);
  const path = (values.path ?? 'linear') as 'linear' | 'geometric';
  const every = (values.every ?? 'year') as 'year' | 'half' | 'quarter';
  if (to.date <= from.date)
    throw new UsageError(
      `--to: the deadline ${to.date} is not after the start ${from.date} of --from; give a later deadline`,
    );
  if (path === 'geometric' && !(from.value > 0 && to.value > 0))
    throw new UsageError(
      `--path geometric needs values > 0, and --${from.value > 0 ? 'to' : 'from'} is ${from.value > 0 ? to.value : from.value}; use --path linear or positive values`,
    );
  const result = milestones(from, to, { path, every });
  const words =
    lang === 'vi' ? { date: 'ngày', value: 'giá trị' } : { date: 'date', value: 'value' };
  return {
    data: { from, to, path, every, milestones: result },
    text: () =>
      `${formatTable(
        [{ header: words.date }, { header: words.value, align: 'right' }],
        result.map((m) => [m.date, roundedText(m.value, 2, lang)]),
      )}\n`,
  };
}

function planOnTrack(
  values: Invocation['values'],
  read: () => Records,
  decimal: DecimalMark,
  lang: Lang,
) {
  const target = datedOption('target', values.target, decimal);
  const direction = (values.direction ?? 'higher-is-better') as Direction;
  const trend = (values.trend ?? 'compound') as 'compound' | 'linear';
  const records = read();
  const dateColumn = columnOf(records, HEADERS.date, 'on-track');
  const valueColumn = columnOf(records, HEADERS.value, 'on-track');
  const numbers = readNumbers(records, valueColumn, decimal);
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const series: DayValue[] = [];
  records.rows.forEach((row, index) => {
    const text = cellText(row[dateColumn]);
    const date = dayOf(text);
    if (date === undefined)
      problems.push({
        index,
        column: dateColumn,
        message:
          text.trim() === ''
            ? 'the cell is empty'
            : `expected a day YYYY-MM-DD or a year, got "${text}"`,
      });
    else if (seen.has(date))
      problems.push({
        index,
        column: dateColumn,
        message: `${date} has a value already (${records.where(seen.get(date) as number, dateColumn).text}); keep one value per date`,
      });
    else seen.set(date, index);
    const value = numbers[index]?.value;
    if (value === undefined)
      problems.push({ index, column: valueColumn, message: 'the cell is empty' });
    if (date !== undefined && value !== undefined) series.push({ date, value });
  });
  throwProblems(records, problems);
  if (series.length < 2)
    throw fileError(
      'INVALID_ARGUMENT',
      records.file,
      `${series.length} observation${series.length === 1 ? '' : 's'}; on-track needs at least two dates to measure growth`,
      { expected: 'at least two dates', received: String(series.length) },
    );
  const ordered = [...series].sort((a, b) => a.date.localeCompare(b.date));
  const latest = ordered.at(-1) as DayValue;
  const met =
    direction === 'higher-is-better' ? latest.value >= target.value : latest.value <= target.value;
  if (!met && target.date <= latest.date)
    throw fileError(
      'INVALID_ARGUMENT',
      records.file,
      `--target ${target.date} is not after the latest observation (${latest.date}, ${records.where(seen.get(latest.date) as number, dateColumn).text}) and the target is not met; give a later --target date`,
      { path: ['--target'], expected: `a date after ${latest.date}`, received: target.date },
    );
  if (trend === 'compound') {
    if (!(target.value > 0))
      throw new UsageError(
        `--target: ${target.value} has no compound growth rate; use --trend linear or a target > 0`,
      );
    throwProblems(
      records,
      series.flatMap((point) =>
        point.value > 0
          ? []
          : [
              {
                index: seen.get(point.date) as number,
                column: valueColumn,
                message: `${point.value} has no compound growth rate; use --trend linear or values > 0`,
              },
            ],
      ),
    );
  }
  let result: ReturnType<typeof onTrack>;
  try {
    result = onTrack(series, target, { direction, trend });
  } catch (error) {
    throw prefixed(records.file, error);
  }
  const w =
    lang === 'vi'
      ? {
          verdict: 'kết luận',
          latest: 'giá trị mới nhất',
          target: 'mục tiêu',
          actual: 'tốc độ thực tế',
          required: 'tốc độ cần đạt',
          ratio: 'thực tế / cần đạt',
          projected: 'dự báo',
          left: 'còn lại',
          year: '%/năm',
          at: 'ngày',
          none: '—',
        }
      : {
          verdict: 'verdict',
          latest: 'latest value',
          target: 'target',
          actual: 'actual rate',
          required: 'required rate',
          ratio: 'actual / required',
          projected: 'projected',
          left: 'time left',
          year: '% a year',
          at: 'on',
          none: '—',
        };
  const rate = (r: number | null) =>
    r === null ? w.none : `${roundedText(r * 100, 1, lang)}${w.year}`;
  return {
    data: { target, direction, trend, series: ordered, ...result },
    text: () =>
      facts([
        [w.verdict, VERDICTS[lang][result.verdict]],
        [w.latest, `${roundedText(latest.value, 2, lang)} (${w.at} ${latest.date})`],
        [w.target, `${roundedText(target.value, 2, lang)} (${w.at} ${target.date})`],
        [w.actual, rate(result.actualRate)],
        [w.required, rate(result.requiredRate)],
        [w.ratio, result.ratio === null ? w.none : `${roundedText(result.ratio * 100, 1, lang)}%`],
        [w.projected, `${roundedText(result.projected, 2, lang)} (${w.at} ${target.date})`],
        [w.left, yearsText(result.yearsLeft, lang)],
      ]),
  };
}

function planScore(
  values: Invocation['values'],
  read: () => Records,
  decimal: DecimalMark,
  lang: Lang,
) {
  const unit = values.unit;
  if (typeof unit !== 'string') throw new UsageError('--unit <unit> is required');
  const rankText = values.rank;
  if (typeof rankText !== 'string') throw new UsageError('--rank <n> is required');
  if (!/^[1-9]\d*$/.test(rankText.trim()))
    throw new UsageError(`--rank: expected a whole number from 1, got "${rankText}"`);
  const rank = Number(rankText.trim());
  const direction = (values.direction ?? 'higher-is-better') as Direction;
  const records = read();
  const unitColumn = columnOf(records, HEADERS.unit, 'score');
  const scoreColumn = columnOf(records, HEADERS.score, 'score');
  const numbers = readNumbers(records, scoreColumn, decimal);
  const problems: Problem[] = [];
  const rows = new Map<string, number>();
  records.rows.forEach((row, index) => {
    const name = cellText(row[unitColumn]).trim();
    if (name === '') problems.push({ index, column: unitColumn, message: 'the cell is empty' });
    else if (rows.has(name))
      problems.push({
        index,
        column: unitColumn,
        message: `${name} has a row already (${records.where(rows.get(name) as number, unitColumn).text}); keep one score per unit`,
      });
    else rows.set(name, index);
  });
  throwProblems(records, problems);
  const wanted = unit.trim();
  if (!rows.has(wanted)) {
    const names = [...rows.keys()];
    throw new UsageError(
      `--unit: ${records.file} has no row for "${wanted}"; its units are ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}`,
    );
  }
  const scores = Object.fromEntries(
    [...rows.entries()].map(([name, index]) => [name, numbers[index]?.value ?? null]),
  );
  const ranked = Object.values(scores).filter((s) => s !== null).length;
  const field = scores[wanted] === null ? ranked + 1 : ranked;
  if (rank > field)
    throw fileError(
      'INVALID_ARGUMENT',
      records.file,
      `--rank ${rank} is beyond the field of ${field} units with a score (${wanted} included); ask for a rank from 1 to ${field}`,
      { path: ['--rank'], expected: `a rank from 1 to ${field}`, received: String(rank) },
    );
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
        };
  return {
    data: { ...result, of: field, direction },
    text: () =>
      facts([
        [w.unit, result.unit],
        [w.rank, `${result.rank} ${w.of} ${field}`],
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

/** `vn-dx plan milestones | on-track | score`: the path to a target, an on-track verdict, the score a rank needs. */
export const plan: Command = {
  name: 'plan',
  summary: {
    en: 'milestones to a target, on-track verdicts, the score a rank needs',
    vi: 'các mốc tới mục tiêu, đánh giá tiến độ, điểm cần để đạt một thứ hạng',
  },
  args: '<what> [file]',
  arity: [1, 2],
  help: {
    en: `<what> is one of:
  milestones  the value to reach at each period end, from --from to --to
  on-track    whether a file's series (columns date and value) meets --target
              in time, by Eurostat's progress categories
  score       the score --unit needs in a file (columns unit and score) to
              reach --rank, and its gap to it
A dated value is DATE=VALUE, DATE a day YYYY-MM-DD or a year (its 31
December): --to 2025-12-31=80 or --to 2025=80. Headers may be Vietnamese
(ngày, giá trị, đơn vị or tỉnh, điểm); dates in a file are days or years too.
Numbers, in files and options, follow the one vn-dx number policy (see
--decimal). Text rounds for people; --json prints every number in full.`,
    vi: `<what> là một trong:
  milestones  giá trị cần đạt ở cuối mỗi kỳ, từ --from đến --to
  on-track    chuỗi số liệu của tệp (cột date và value) có đạt --target đúng
              hạn không, theo các mức tiến bộ của Eurostat
  score       điểm mà --unit trong tệp (cột unit và score) cần để đạt --rank,
              và phần còn thiếu
Giá trị kèm ngày viết DATE=VALUE (ngày=giá trị), DATE là YYYY-MM-DD hoặc một
năm (ngày 31/12 của năm đó): --to 2025-12-31=80 hoặc --to 2025=80. Tên cột có
thể bằng tiếng Việt (ngày, giá trị, đơn vị hoặc tỉnh, điểm); ngày trong tệp
cũng là ngày hoặc năm. Số, trong tệp và tùy chọn, được đọc theo quy tắc chung
của vn-dx (xem --decimal). Văn bản làm tròn cho dễ đọc; --json in đầy đủ mọi
chữ số.`,
  },
  options: {
    from: {
      type: 'string',
      placeholder: 'DATE=VALUE',
      description: {
        en: 'milestones: where the path starts, e.g. 2023-12-31=62',
        vi: 'milestones: điểm xuất phát, ví dụ 2023-12-31=62',
      },
    },
    to: {
      type: 'string',
      placeholder: 'DATE=VALUE',
      description: {
        en: 'milestones: the target and its deadline, e.g. 2025-12-31=80',
        vi: 'milestones: mục tiêu và thời hạn, ví dụ 2025-12-31=80',
      },
    },
    path: {
      type: 'string',
      placeholder: 'linear|geometric',
      choices: ['linear', 'geometric'],
      description: {
        en: 'milestones: the same increase (linear, default) or the same growth rate (geometric) each period',
        vi: 'milestones: tăng đều một lượng (linear, mặc định) hoặc một tỷ lệ (geometric) mỗi kỳ',
      },
    },
    every: {
      type: 'string',
      placeholder: 'year|half|quarter',
      choices: ['year', 'half', 'quarter'],
      description: {
        en: 'milestones: one milestone a year (default), half-year or quarter',
        vi: 'milestones: mỗi năm (mặc định), nửa năm hoặc quý một mốc',
      },
    },
    target: {
      type: 'string',
      placeholder: 'DATE=VALUE',
      description: {
        en: 'on-track: the target and its deadline, e.g. 2025-12-31=80',
        vi: 'on-track: mục tiêu và thời hạn, ví dụ 2025-12-31=80',
      },
    },
    trend: {
      type: 'string',
      placeholder: 'compound|linear',
      choices: ['compound', 'linear'],
      description: {
        en: 'on-track: growth as a compound annual rate (default) or a fitted line (COINr)',
        vi: 'on-track: tăng trưởng kép hằng năm (mặc định) hoặc đường xu hướng (như COINr)',
      },
    },
    unit: {
      type: 'string',
      placeholder: '<unit>',
      description: {
        en: 'score: the unit asked about, as written in the unit column',
        vi: 'score: đơn vị cần tính, viết như trong cột đơn vị',
      },
    },
    rank: {
      type: 'string',
      placeholder: '<n>',
      description: { en: 'score: the rank to reach', vi: 'score: thứ hạng muốn đạt' },
    },
    direction: {
      type: 'string',
      placeholder: '<direction>',
      choices: ['higher-is-better', 'lower-is-better'],
      description: {
        en: 'on-track, score: higher-is-better (default) or lower-is-better (ranks, times)',
        vi: 'on-track, score: higher-is-better (cao hơn là tốt hơn, mặc định) hoặc lower-is-better (thứ hạng, thời gian)',
      },
    },
    decimal: DECIMAL_OPTION,
  },
  run({ values, positionals }, context) {
    const question = positionals[0] as string;
    if (!(QUESTIONS as readonly string[]).includes(question))
      throw new UsageError(`expected milestones, on-track or score, got "${question}"`);
    const asked = question as Question;
    for (const [option, owners] of Object.entries(OWNERS)) {
      if (values[option] !== undefined && !owners.includes(asked))
        throw new UsageError(
          `--${option} is an option of ${owners.map((o) => `plan ${o}`).join(', ')}, not of plan ${asked}`,
        );
    }
    const file = positionals[1];
    if (asked === 'milestones' && file !== undefined)
      throw new UsageError(`plan milestones reads no file, got "${file}"`);
    if (asked !== 'milestones' && file === undefined)
      throw new UsageError(`plan ${asked} needs a <file>`);
    const decimal = (values.decimal ?? 'auto') as DecimalMark;
    const { lang } = context;
    const read = () => readRecords(context.io, file as string);
    const answer =
      asked === 'milestones'
        ? planMilestones(values, decimal, lang)
        : asked === 'on-track'
          ? planOnTrack(values, read, decimal, lang)
          : planScore(values, read, decimal, lang);
    print(context, answer.data, answer.text);
    return 0;
  },
};
