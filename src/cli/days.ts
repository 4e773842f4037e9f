// The one reading of a day the command takes, in a file's cell or an option: every form
// parsePeriod reads (31/12/2025, ngày 31 tháng 12 năm 2025, 2025-12-31, 30 June 2023), day
// first whatever the language; a year, quarter, half or month stands for its last day.
import { isDxError, parsePeriod, toInterval } from '../index.js';

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
