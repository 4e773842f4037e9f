// Province cells and --unit arguments read as `provinces` reads them: folded, by alias, by
// code, old names at their era, so that "Thừa Thiên Huế", "Thua Thien Hue" and "46" are one unit.
import { findProvince } from '../provinces.js';
import { foldVietnamese } from '../vi/fold.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from './eras.js';
import type { Gap } from './gaps.js';
import { cellText, type Records } from './records.js';

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

/**
 * The rows of a province (or unit) column whose cell names no province, when the column holds
 * provinces: always for a `province` column; for a `unit` column (which may hold departments)
 * only when another of its cells names a province. Blank cells are not listed here.
 */
export function unresolvedCells(
  records: Records,
  column: string,
  holdsProvinces: boolean,
  at: (index: number) => string | undefined = () => undefined,
): Gap[] {
  const named = records.rows.map((row, index) => {
    const text = cellText(row[column]).trim();
    return { index, text, code: text === '' ? undefined : provinceCode(text, at(index)) };
  });
  const provinces = holdsProvinces || named.some((cell) => cell.code !== undefined);
  if (!provinces) return [];
  return named
    .filter((cell) => cell.text !== '' && cell.code === undefined)
    .map(({ index }) => ({ kind: 'unresolved', index, column }));
}
