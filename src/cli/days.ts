// The one reading of a day the command takes, in a file's cell or an option: every form
// parsePeriod reads (31/12/2025, ngày 31 tháng 12 năm 2025, 2025-12-31, 30 June 2023), day
// first whatever the language; a year, quarter, half or month stands for its last day.
import { isDxError } from '../errors.js';
import { parsePeriod, toInterval } from '../vi.js';
import { type Lang, say } from './command.js';

/** How a day may be written, for messages. */
export const DAY_FORMS = '31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 or a year such as 2025';

/** The day `YYYY-MM-DD` a text names (a period: its last day), or `undefined`. */
export function dayOf(text: string): string | undefined {
  let period: ReturnType<typeof parsePeriod>;
  try {
    period = parsePeriod(text);
  } catch (error) {
    if (isDxError(error)) return undefined;
    throw error;
  }
  if (period.kind === 'range') return undefined;
  const end = toInterval(period).end;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`;
}

/**
 * A date as the command prints it, one format per language: Vietnamese day first without
 * leading zeros (`1/7/2025`, a month `12/2021`), English ISO (`2025-07-01`, `2021-12`). Text
 * that is not an ISO day, month or year is returned as it is.
 */
export function dateText(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const parts = [day, month]
    .filter((part) => part !== undefined)
    .map((part) => String(Number(part)));
  return [...parts, year].join('/');
}

/** A date for a catalogue sentence: written in each language's one format. */
export function dateSaid(iso: string) {
  return say('both', { en: iso, vi: dateText(iso, 'vi') });
}
