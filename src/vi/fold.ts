import { DxError } from '../errors.js';
import { fail } from '../internal/guards.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_.,;:/\\'"’‘“”()]+/g;

/**
 * Folds Vietnamese text to a plain comparison key: Unicode-normalises, drops
 * tone and vowel marks (so old and new tone placement, `Hoà` and `Hòa`, agree),
 * maps `đ` to `d`, lower-cases, removes zero-width characters, and turns
 * hyphens, dashes, dots, slashes and runs of spaces into single spaces.
 *
 * Runs in linear time in the length of `text`.
 *
 * @param text - any text.
 * @returns the folded key, trimmed; `''` for text with no letters or digits.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `text` is not a string.
 *
 * @example
 * ```ts
 * import { foldVietnamese } from 'vn-dx';
 *
 * foldVietnamese('Thừa Thiên-Huế'); // 'thua thien hue'
 * foldVietnamese('Hoà Bình') === foldVietnamese('HÒA BÌNH'); // true
 * foldVietnamese('Đắk Lắk'); // 'dak lak'
 * ```
 *
 * @category Vietnamese text
 */
export function foldVietnamese(text: string): string {
  if (typeof text !== 'string') {
    fail('INVALID_ARGUMENT', 'text', 'text to fold', text);
  }
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}
