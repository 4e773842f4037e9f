import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from './eras.js';
import { getProvince } from './lookup.js';
import type { Province } from './province.js';

/**
 * The 34-era unit a 63-era province became part of on 1 July 2025. Every
 * province merged whole into exactly one new unit (Resolution 202/2025/QH15).
 *
 * @param code63 - a 63-era code, e.g. `'49'` (Quảng Nam).
 * @returns the 34-era province.
 * @throws {@link DxError} `UNKNOWN_PROVINCE` when the code was not a 63-era code;
 *   `INVALID_ARGUMENT` when it is not a two-digit string.
 *
 * @example
 * ```ts
 * import { successorOf } from 'vn-dx';
 *
 * successorOf('49').name; // 'Đà Nẵng'
 * successorOf('89').code; // '91' (An Giang keeps its name, not its code)
 * ```
 *
 * @category Provinces
 */
export function successorOf(code63: string): Province {
  const old = getProvince(code63, { at: LAST_DAY_OF_63 });
  // Every unit of 30 June 2025 merged into one of the 34: its record always names the
  // successor (test/provinces/data.test.ts checks the table).
  return getProvince(old.successor as string, { at: FIRST_DAY_OF_34 });
}

/**
 * The 63-era provinces a 34-era unit was formed from, as they stood on
 * 30 June 2025. An unmerged unit has one predecessor: itself in the old era.
 *
 * @param code34 - a 34-era code, e.g. `'48'` (Đà Nẵng).
 * @returns the predecessors in code order.
 * @throws {@link DxError} `UNKNOWN_PROVINCE` when the code is not a 34-era code;
 *   `INVALID_ARGUMENT` when it is not a two-digit string.
 *
 * @example
 * ```ts
 * import { predecessorsOf } from 'vn-dx';
 *
 * predecessorsOf('92').map((p) => p.name); // ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']
 * ```
 *
 * @category Provinces
 */
export function predecessorsOf(code34: string): readonly Province[] {
  // Stryker disable next-line ObjectLiteral: a later record of a 34-era code (a new kind) keeps its predecessors, so the day read changes no answer today.
  const unit = getProvince(code34, { at: FIRST_DAY_OF_34 });
  return Object.freeze(unit.predecessors.map((code) => getProvince(code, { at: LAST_DAY_OF_63 })));
}
