// Per-function imports: Node loads only these modules, not all of date-fns.
import { endOfDay } from 'date-fns/endOfDay';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfYear } from 'date-fns/startOfYear';
import { DxError } from '../errors.js';
import { formatDay, isCalendarDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
// PeriodSchema is imported for the TSDoc links only: the rules are checked by checkPeriod.
import type { Period, PeriodSchema, SimplePeriod } from '../model/period.js';
import { checkPeriod } from '../model/period-check.js';
import { foldVietnamese } from './fold.js';

const ROMAN: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
const ROMAN_OUT = ['I', 'II', 'III', 'IV'] as const;

// English month names come from Intl, which every supported runtime has: date-fns `format`
// was 4.9 of formatPeriod's 6.4 kB (brotli) for nothing else. Built on first use, not at
// import, so that importing the module does no work and a bundler can drop it.
let englishMonths: readonly string[] | undefined;

function englishMonth(month: number): string {
  // Stryker disable next-line ConditionalExpression: building the names on every call gives the same names; the test is a cache.
  if (englishMonths === undefined) {
    const names = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
    englishMonths = Array.from({ length: 12 }, (_, index) =>
      names.format(Date.UTC(2000, index, 1)),
    );
  }
  // `month` is 1–12: every caller has checked the period against PeriodSchema.
  return englishMonths[month - 1] as string;
}

function year(text: string | undefined, source: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1900 || value > 2100) {
    raise('INVALID_DATE', '', `${describe(source)}: year ${text} is outside 1900–2100`);
  }
  return value;
}

function month(text: string | undefined, source: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 12) {
    raise('INVALID_DATE', '', `${describe(source)}: there is no month ${text}`);
  }
  return value;
}

function day(y: number, m: number, d: number, source: string): SimplePeriod {
  if (!isCalendarDay(y, m, d)) {
    raise('INVALID_DATE', '', `${describe(source)}: ${d}/${m}/${y} is not a calendar date`);
  }
  return { kind: 'date', date: formatDay(y, m, d) };
}

/** The month an English name or its first three letters means (1–12), if any. */
function monthNamed(name: string | undefined): number | undefined {
  // Stryker disable next-line ConditionalExpression: no month name equals undefined, so the search below finds none either.
  if (name === undefined) return undefined;
  englishMonth(1);
  const index = (englishMonths as readonly string[]).findIndex((full) => {
    const lower = full.toLowerCase();
    return lower === name || lower.slice(0, 3) === name;
  });
  return index === -1 ? undefined : index + 1;
}

/** The forms formatPeriod writes in English: `2023`, `H1 2023`, `Q1 2023`, `June 2023`, `30 June 2023`. */
function parseEnglish(folded: string, source: string): SimplePeriod | undefined {
  let match = /^h([12]) (\d{4})$/.exec(folded);
  if (match) return { kind: 'half', year: year(match[2], source), half: match[1] === '1' ? 1 : 2 };
  match = /^q([1-4]) (\d{4})$/.exec(folded);
  if (match)
    return {
      kind: 'quarter',
      year: year(match[2], source),
      quarter: Number(match[1]) as 1 | 2 | 3 | 4,
    };
  match = /^([a-z]+) (\d{4})$/.exec(folded);
  const named = monthNamed(match?.[1]);
  if (match && named !== undefined)
    return { kind: 'month', year: year(match[2], source), month: named };
  match = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(folded);
  const dayMonth = monthNamed(match?.[2]);
  if (match && dayMonth !== undefined)
    return day(year(match[3], source), dayMonth, Number(match[1]), source);
  return undefined;
}

function parseSimple(folded: string, source: string): SimplePeriod | undefined {
  let match = /^(?:nam )?(\d{4})$/.exec(folded);
  if (match) return { kind: 'year', year: year(match[1], source) };
  // `6 tháng năm 2023`, as reports title the first half, is `6 tháng đầu năm 2023`.
  match = /^(?:6 thang|sau thang|nua) (dau|cuoi)?(?: ?nam)? (\d{4})$/.exec(folded);
  if (match)
    return { kind: 'half', year: year(match[2], source), half: match[1] === 'cuoi' ? 2 : 1 };
  match = /^quy ([1-4]|iv|i{1,3})(?: nam)? (\d{4})$/.exec(folded);
  if (match)
    // Stryker disable next-line StringLiteral: the quarter group always takes part in a match.
    return { kind: 'quarter', year: year(match[2], source), quarter: ROMAN[match[1] ?? ''] ?? 1 };
  match = /^(?:thang )?(\d{1,2})(?: nam)? (\d{4})$/.exec(folded);
  if (match) return { kind: 'month', year: year(match[2], source), month: month(match[1], source) };
  match = /^(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?(\d{4})$/.exec(folded);
  if (match) return day(year(match[3], source), Number(match[2]), Number(match[1]), source);
  match = /^(\d{4}) (\d{2}) (\d{2})$/.exec(folded);
  if (match) return day(year(match[1], source), Number(match[2]), Number(match[3]), source);
  return parseEnglish(folded, source);
}

/**
 * `N tháng đầu năm YYYY`, the months of a year so far: 3 the first quarter, 6 the first half,
 * 12 the year, any other N the range from January to month N.
 */
function parseMonthsSoFar(folded: string, source: string): Period | undefined {
  const match = /^(\d{1,2}) thang dau nam (\d{4})$/.exec(folded);
  if (!match) return undefined;
  const y = year(match[2], source);
  const n = month(match[1], source);
  if (n === 3) return { kind: 'quarter', year: y, quarter: 1 };
  if (n === 12) return { kind: 'year', year: y };
  if (n === 1) return { kind: 'month', year: y, month: 1 };
  return {
    kind: 'range',
    from: { kind: 'month', year: y, month: 1 },
    to: { kind: 'month', year: y, month: n },
  };
}

function checkOrder(from: SimplePeriod, to: SimplePeriod, source: string): Period {
  const range: Period = { kind: 'range', from, to };
  const interval = toInterval(range);
  // Stryker disable next-line EqualityOperator: an interval ends at the last millisecond of its last day, so a range never starts where it ends.
  if (interval.start > interval.end) {
    raise('INVALID_PERIOD', '', `${describe(source)}: the range ends before it starts`);
  }
  return range;
}

/**
 * Reads a period as Vietnamese documents write it: `năm 2022`, `6 tháng đầu
 * năm 2021`, `quý I/2023`, `tháng 8/2021`, `ngày 03/6/2020`, `2-12-2020`,
 * `giai đoạn 2021-2025`, `từ ngày 1/1/2021 đến ngày 31/10/2021`, `9 tháng đầu
 * năm 2023` (January to September), and every form {@link formatPeriod} writes in
 * English (`Q1 2023`, `H1 2023`, `June 2023`, `30 June 2023`, `from … to …`).
 * Diacritics are optional. Dates are day-first, as in Vietnamese, whatever the
 * language (`03/04/2025` is 3 April); ISO dates (`2020-06-03`) are read too.
 *
 * @param text - the period as written.
 * @returns the period.
 * @throws {@link DxError} `INVALID_DATE` for an impossible date (`31/2/2023`,
 *   month 13); `INVALID_PERIOD` for text that is no period or a range that
 *   ends before it starts.
 *
 * @example
 * ```ts
 * import { parsePeriod } from 'vn-dx';
 *
 * parsePeriod('quý I/2023'); // { kind: 'quarter', year: 2023, quarter: 1 }
 * parsePeriod('6 tháng đầu năm 2021'); // { kind: 'half', year: 2021, half: 1 }
 * parsePeriod('ngày 03/6/2020'); // { kind: 'date', date: '2020-06-03' }
 * parsePeriod('giai đoạn 2021-2025'); // { kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } }
 * ```
 *
 * @category Vietnamese text
 */
export function parsePeriod(text: string): Period {
  if (typeof text !== 'string') {
    fail('INVALID_PERIOD', 'text', 'a period as text', text);
  }
  // Stryker disable next-line MethodExpression: without trim the same: foldVietnamese trims, and the halves of the dash split are folded.
  const source = text.normalize('NFC').trim();
  const folded = foldVietnamese(source);
  const simple = parseSimple(folded, text) ?? parseMonthsSoFar(folded, text);
  if (simple) return simple;
  const years = /^(?:giai doan |thoi ky |tu )?(?:nam )?(\d{4}) (?:den )?(?:nam )?(\d{4})$/.exec(
    folded,
  );
  if (years) {
    return checkOrder(
      { kind: 'year', year: year(years[1], text) },
      { kind: 'year', year: year(years[2], text) },
      text,
    );
  }
  // A leftmost match starts at 0 when any does, the last group runs to the end, and the halves
  // are folded (trimmed): the anchors and the spaces' counts below change no answer.
  const spans =
    // Stryker disable next-line Regex: see above.
    /^(?:giai doan |thoi ky |from )?(?:tu )?(.+?) (?:den|toi|to) (.+)$/.exec(folded) ??
    // Stryker disable next-line Regex: see above.
    /^(.+?)\s+[-\u2013\u2014]\s+(.+)$/.exec(source);
  if (spans) {
    // Stryker disable next-line StringLiteral: both groups always take part in a match.
    const from = parseSimple(foldVietnamese(spans[1] ?? ''), text);
    // Stryker disable next-line StringLiteral: see above.
    const to = parseSimple(foldVietnamese(spans[2] ?? ''), text);
    if (from && to) return checkOrder(from, to, text);
  }
  raise(
    'INVALID_PERIOD',
    '',
    `${describe(text)} is not a period vn-dx can read (examples: năm 2022, quý I/2023, 6 tháng đầu năm 2021, tháng 8/2021, ngày 03/6/2020, giai đoạn 2021-2025)`,
  );
}

function simpleInterval(period: SimplePeriod): { start: Date; end: Date } {
  switch (period.kind) {
    case 'year': {
      const first = new Date(period.year, 0, 1);
      return { start: startOfYear(first), end: endOfYear(first) };
    }
    case 'half': {
      const first = new Date(period.year, period.half === 1 ? 0 : 6, 1);
      return {
        start: startOfMonth(first),
        end: endOfMonth(new Date(period.year, period.half === 1 ? 5 : 11, 1)),
      };
    }
    case 'quarter': {
      const first = new Date(period.year, (period.quarter - 1) * 3, 1);
      return { start: startOfQuarter(first), end: endOfQuarter(first) };
    }
    case 'month': {
      const first = new Date(period.year, period.month - 1, 1);
      return { start: startOfMonth(first), end: endOfMonth(first) };
    }
    case 'date': {
      const [y, m, d] = period.date.split('-').map(Number) as [number, number, number];
      const date = new Date(y, m - 1, d);
      return { start: startOfDay(date), end: endOfDay(date) };
    }
  }
}

/**
 * The first and last instant of a period, in local time (the end is the last
 * millisecond of the period). The result is a date-fns `Interval`, so it can
 * be passed to date-fns functions such as `isWithinInterval`.
 *
 * @param period - a valid period.
 * @returns `{ start, end }`.
 * @throws {@link DxError} `INVALID_PERIOD` when the period does not match {@link PeriodSchema}.
 *
 * @example
 * ```ts
 * import { toInterval } from 'vn-dx';
 *
 * const { start, end } = toInterval({ kind: 'quarter', year: 2023, quarter: 1 });
 * start.getMonth(); // 0
 * end.getMonth(); // 2
 * end.getDate(); // 31
 * ```
 *
 * @category Vietnamese text
 */
export function toInterval(period: Period): {
  /** The first instant of the period. */
  start: Date;
  /** The last millisecond of the period. */
  end: Date;
} {
  const valid = checkPeriod(period);
  if (valid.kind !== 'range') return simpleInterval(valid);
  return { start: simpleInterval(valid.from).start, end: simpleInterval(valid.to).end };
}

/**
 * Options for {@link formatPeriod}.
 *
 * @category Vietnamese text
 */
export interface FormatPeriodOptions {
  /** `vi` (default) or `en`. */
  readonly lang?: 'vi' | 'en';
}

/** The options {@link formatPeriod} takes, to refuse any other (a misspelt one would be ignored). */
export const FORMAT_PERIOD_OPTIONS = [
  'lang',
] as const satisfies readonly (keyof FormatPeriodOptions)[];

function formatSimple(period: SimplePeriod, lang: 'vi' | 'en'): string {
  switch (period.kind) {
    case 'year':
      return lang === 'vi' ? `năm ${period.year}` : String(period.year);
    case 'half':
      return lang === 'vi'
        ? `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`
        : `H${period.half} ${period.year}`;
    case 'quarter':
      return lang === 'vi'
        ? `quý ${ROMAN_OUT[period.quarter - 1]}/${period.year}`
        : `Q${period.quarter} ${period.year}`;
    case 'month':
      return lang === 'vi'
        ? `tháng ${period.month}/${period.year}`
        : `${englishMonth(period.month)} ${period.year}`;
    case 'date': {
      const [y, m, d] = period.date.split('-');
      return lang === 'vi' ? `ngày ${d}/${m}/${y}` : `${Number(d)} ${englishMonth(Number(m))} ${y}`;
    }
  }
}

/**
 * Writes a period in Vietnamese (the forms {@link parsePeriod} reads) or in
 * English.
 *
 * @param period - a valid period.
 * @param options - `lang`: `vi` (default) or `en`.
 * @returns the text.
 * @throws {@link DxError} `INVALID_PERIOD` when the period does not match
 *   {@link PeriodSchema}; `INVALID_ARGUMENT` for options that are not an
 *   object, an unknown `lang`, or an unknown option.
 *
 * @example
 * ```ts
 * import { formatPeriod } from 'vn-dx';
 *
 * formatPeriod({ kind: 'quarter', year: 2023, quarter: 1 }); // 'quý I/2023'
 * formatPeriod({ kind: 'half', year: 2021, half: 1 }, { lang: 'en' }); // 'H1 2021'
 * formatPeriod({ kind: 'range', from: { kind: 'year', year: 2021 }, to: { kind: 'year', year: 2025 } }); // 'giai đoạn 2021-2025'
 * ```
 *
 * @category Vietnamese text
 */
export function formatPeriod(period: Period, options: FormatPeriodOptions = {}): string {
  knownKeys(record(options, 'options'), FORMAT_PERIOD_OPTIONS, 'options');
  const lang = options.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') {
    fail('INVALID_ARGUMENT', 'lang', `'vi' or 'en'`, lang);
  }
  const valid = checkPeriod(period);
  if (valid.kind !== 'range') return formatSimple(valid, lang);
  if (valid.from.kind === 'year' && valid.to.kind === 'year') {
    return lang === 'vi'
      ? `giai đoạn ${valid.from.year}-${valid.to.year}`
      : `${valid.from.year}–${valid.to.year}`;
  }
  return lang === 'vi'
    ? `từ ${formatSimple(valid.from, lang)} đến ${formatSimple(valid.to, lang)}`
    : `from ${formatSimple(valid.from, lang)} to ${formatSimple(valid.to, lang)}`;
}
