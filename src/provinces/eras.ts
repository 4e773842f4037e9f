// The one place that knows when the eras of provincial units begin and end. Everything else
// in vn-dx (checks, the CLI, DTI queries, merges) asks here instead of writing the dates.
import type { Label } from '../model/label.js';
import type { Era } from './province.js';

/**
 * One era of provincial-level units: its first and last day (ISO dates,
 * inclusive; `lastDay` is `null` while the era lasts) and the number of units.
 *
 * @category Provinces
 */
export interface EraSpan {
  /** `'63'` or `'34'`. */
  readonly era: Era;
  /** The first day of the era. */
  readonly firstDay: string;
  /** The last day of the era, or `null` for the current one. */
  readonly lastDay: string | null;
  /** How many provincial-level units it has. */
  readonly units: number;
  /** What created it. */
  readonly basis: Label;
}

/**
 * The two eras of provincial-level units: the 63 units from 1 August 2008
 * (when Hà Tây merged into Hà Nội) to 30 June 2025, and the 34 units from
 * 1 July 2025 (Resolution 202/2025/QH15). Kinds and names also change inside
 * an era (Huế became a municipality on 1 January 2025; Đồng Nai, Quảng Ninh
 * and Bắc Ninh in 2026): those are records of the province table, not eras.
 *
 * @example
 * ```ts
 * import { ERAS } from 'vn-dx';
 *
 * ERAS['63'].lastDay; // '2025-06-30'
 * ERAS['34'].firstDay; // '2025-07-01'
 * ```
 *
 * @category Provinces
 */
export const ERAS: Readonly<Record<Era, EraSpan>> = Object.freeze({
  '63': Object.freeze({
    era: '63',
    firstDay: '2008-08-01',
    lastDay: '2025-06-30',
    units: 63,
    basis: Object.freeze({
      vi: 'Nghị quyết 15/2008/QH12 (hợp nhất Hà Tây vào Hà Nội)',
      en: 'Resolution 15/2008/QH12 (Hà Tây merged into Hà Nội)',
    }),
  }),
  '34': Object.freeze({
    era: '34',
    firstDay: '2025-07-01',
    lastDay: null,
    units: 34,
    basis: Object.freeze({
      vi: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh',
      en: 'Resolution 202/2025/QH15 on the reorganisation of provincial units',
    }),
  }),
} satisfies Record<Era, EraSpan>);

/** The last day of the 63-unit era, 30 June 2025: where "before the merger" ends. */
export const LAST_DAY_OF_63 = ERAS['63'].lastDay as string;

/** The first day of the 34-unit era, 1 July 2025. */
export const FIRST_DAY_OF_34 = ERAS['34'].firstDay;

/** The era of an ISO day (already checked to be a valid day). */
export function eraOfDay(day: string): Era {
  return day < FIRST_DAY_OF_34 ? '63' : '34';
}

/** A day on which the units of `era` all stood: its last day, or the first day of an open era. */
export function dayIn(era: Era): string {
  return ERAS[era].lastDay ?? ERAS[era].firstDay;
}

/**
 * The era whose units a national ranking of `count` units ranks: 63 or 34
 * units; `undefined` for any other count (a region's ranking, communes).
 */
export function eraOfUnitCount(count: number): Era | undefined {
  if (count === ERAS['34'].units) return '34';
  if (count === ERAS['63'].units) return '63';
  return undefined;
}
