// `vn-dx plan on-track`: whether a file's series meets its target in time.
import { type DecimalMark, type Direction, type OnTrackVerdict, onTrack } from '../../index.js';
import { roleColumn } from '../columns.js';
import { type Invocation, type Lang, say, UsageError } from '../command.js';
import { dateSaid, dateText, dayOf } from '../days.js';
import {
  cellText,
  fileError,
  prefixed,
  type Records,
  readNumbers,
  repeatedRow,
} from '../records.js';
import {
  type DayValue,
  datedOption,
  facts,
  isShare,
  type Problem,
  throwProblems,
  yearsText,
} from './plan-support.js';
import { roundedText } from './progress.js';

const VERDICTS: Readonly<Record<Lang, Readonly<Record<OnTrackVerdict, string>>>> = {
  en: {
    met: 'target met',
    'on-track': 'on track',
    moderate: 'moderate progress',
    insufficient: 'insufficient progress',
    'moving-away': 'moving away from the target',
  },
  vi: {
    met: 'đã đạt mục tiêu',
    'on-track': 'đúng tiến độ',
    moderate: 'tiến bộ vừa phải',
    insufficient: 'tiến bộ chưa đủ',
    'moving-away': 'đi ngược mục tiêu',
  },
};

/** The labels of the on-track facts. */
const WORDS = {
  vi: {
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
    note: 'lưu ý',
    beyond:
      'dự báo vượt 100 %, mà một tỷ lệ không thể vượt: xu hướng chỉ đúng đến khi chạm mức trần',
  },
  en: {
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
    note: 'note',
    beyond:
      'the projection passes 100 %, which a share cannot: the trend holds only until it reaches the ceiling',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A file's dated series, with the row each date came from (for messages that point at it). */
export interface DatedSeries {
  readonly series: readonly DayValue[];
  /** Date → index of its row. */
  readonly rows: ReadonlyMap<string, number>;
  readonly dateColumn: string;
  readonly valueColumn: string;
}

/**
 * Reads the date and value columns into a series: every bad or empty cell and every repeated
 * date is listed in one error; fewer than two dates is an error too.
 */
export function readSeries(records: Records, decimal: DecimalMark): DatedSeries {
  const dateColumn = roleColumn(records, 'date');
  const valueColumn = roleColumn(records, 'value');
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
        message: text.trim() === '' ? say('cell-empty') : say('day-cell', { value: text }),
      });
    else {
      const repeat = repeatedRow(seen, date, index, {
        records,
        column: dateColumn,
        rule: 'date-repeated',
        label: dateSaid(date),
      });
      if (repeat) problems.push({ index, column: dateColumn, message: repeat });
    }
    const value = numbers[index]?.value;
    if (value === undefined)
      problems.push({ index, column: valueColumn, message: say('cell-empty') });
    if (date !== undefined && value !== undefined) series.push({ date, value });
  });
  throwProblems(records, problems);
  if (series.length < 2)
    throw fileError(
      'INVALID_ARGUMENT',
      records.file,
      say('too-few-observations', { count: series.length, s: series.length === 1 ? '' : 's' }),
      { expected: 'at least two dates', received: String(series.length) },
    );
  return { series, rows: seen, dateColumn, valueColumn };
}

/**
 * Refuses what `onTrack()` cannot measure, pointing at the option or the row: a target day not
 * after the latest observation while the target is not met, and (for a compound trend) a
 * target or a value that is not above zero.
 */
export function checkMeasurable(
  records: Records,
  read: DatedSeries,
  target: DayValue,
  options: { readonly direction: Direction; readonly trend: 'compound' | 'linear' },
): void {
  const { series, rows, dateColumn, valueColumn } = read;
  const latest = latestOf(series);
  const met =
    options.direction === 'higher-is-better'
      ? latest.value >= target.value
      : latest.value <= target.value;
  if (!met && target.date <= latest.date)
    throw fileError(
      'INVALID_ARGUMENT',
      records.file,
      say('target-not-after', {
        target: dateSaid(target.date),
        latest: dateSaid(latest.date),
        where: records.where(rows.get(latest.date) as number, dateColumn).said,
      }),
      { path: ['--target'], expected: `a date after ${latest.date}`, received: target.date },
    );
  if (options.trend !== 'compound') return;
  if (!(target.value > 0)) throw new UsageError(say('target-no-compound', { value: target.value }));
  throwProblems(
    records,
    series.flatMap((point) =>
      point.value > 0
        ? []
        : [
            {
              index: rows.get(point.date) as number,
              column: valueColumn,
              message: say('value-no-compound', { value: point.value }),
            },
          ],
    ),
  );
}

/** The series in date order. */
function ordered(series: readonly DayValue[]): DayValue[] {
  return [...series].sort((a, b) => a.date.localeCompare(b.date));
}

/** The last observation by date (the series has at least one). */
function latestOf(series: readonly DayValue[]): DayValue {
  return ordered(series).at(-1) as DayValue;
}

/** The on-track facts as text: verdict, latest value, target, rates, projection and time left. */
export function onTrackText(
  result: ReturnType<typeof onTrack>,
  latest: DayValue,
  target: DayValue,
  lang: Lang,
  share = false,
): string {
  const w = WORDS[lang];
  const rate = (r: number | null) =>
    r === null ? w.none : `${roundedText(r * 100, 1, lang)}${w.year}`;
  return facts([
    [w.verdict, VERDICTS[lang][result.verdict]],
    [w.latest, `${roundedText(latest.value, 2, lang)} (${w.at} ${dateText(latest.date, lang)})`],
    [w.target, `${roundedText(target.value, 2, lang)} (${w.at} ${dateText(target.date, lang)})`],
    [w.actual, rate(result.actualRate)],
    [w.required, rate(result.requiredRate)],
    [w.ratio, result.ratio === null ? w.none : `${roundedText(result.ratio * 100, 1, lang)}%`],
    [
      w.projected,
      `${roundedText(result.projected, 2, lang)} (${w.at} ${dateText(target.date, lang)})`,
    ],
    [w.left, yearsText(result.yearsLeft, lang)],
    ...(share && result.projected > 100 ? [[w.note, w.beyond] as [string, string]] : []),
  ]);
}

/** `vn-dx plan on-track`: whether a file's dated values reach the target in time, as `onTrack()` judges it. */
export function planOnTrack(
  values: Invocation['values'],
  read: () => Records,
  decimal: DecimalMark,
  lang: Lang,
) {
  const target = datedOption('target', values.target, decimal);
  const direction = (values.direction ?? 'higher-is-better') as Direction;
  const trend = (values.trend ?? 'compound') as 'compound' | 'linear';
  const records = read();
  const dated = readSeries(records, decimal);
  checkMeasurable(records, dated, target, { direction, trend });
  let result: ReturnType<typeof onTrack>;
  try {
    result = onTrack(dated.series, target, { direction, trend });
  } catch (error) {
    throw prefixed(records.file, error);
  }
  const series = ordered(dated.series);
  // A share cannot pass 100 %: a projection that does is flagged, never printed as if it could.
  const share = isShare(records, dated.valueColumn);
  const beyond = share && result.projected > 100;
  return {
    data: {
      target,
      direction,
      trend,
      series,
      ...result,
      ...(beyond ? { projectedAbove100: true } : {}),
    },
    text: () => onTrackText(result, series.at(-1) as DayValue, target, lang, share),
  };
}
