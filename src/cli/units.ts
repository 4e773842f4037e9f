// Province cells and --unit arguments read as `provinces` reads them: folded, by alias, by
// code, old names at their era, so that "Thừa Thiên Huế", "Thua Thien Hue" and "46" are one unit.
import { findProvince } from '../provinces.js';
import { foldVietnamese } from '../vi/fold.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from './eras.js';

/** The province a text names on `at` (then on the last day of 63, then the first of 34), if any. */
export function provinceCode(text: string, at?: string): string | undefined {
  const days =
    at === undefined ? [LAST_DAY_OF_63, FIRST_DAY_OF_34] : [at, LAST_DAY_OF_63, FIRST_DAY_OF_34];
  for (const day of days) {
    try {
      const found = findProvince(text, { at: day });
      if (found !== undefined) return found.code;
    } catch {
      // An ambiguous text (initials that fit several units) names no one province.
      return undefined;
    }
  }
  return undefined;
}

/**
 * What makes two unit cells the same unit: the province code when the text names a province,
 * else the text folded (a unit that is not a province, such as a department).
 */
export function unitKey(text: string, at?: string): string {
  const code = provinceCode(text, at);
  return code === undefined ? `text:${foldVietnamese(text)}` : `province:${code}`;
}
