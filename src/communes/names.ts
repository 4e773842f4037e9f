// How commune, district and province names are compared: the one place that knows the type
// words (phường, xã, quận, …), their abbreviations (P., X., Q., …) and how numbered wards are
// written (Phường 1, P1, P.01, F1). Everything that matches a name — findCommune, the picker
// search, the address reader — reads words through here.
import { foldVietnamese } from '../vi/fold.js';
import type { CommuneKind, DistrictKind } from './commune.js';

/** One word of a text: its folded form and where the written word starts. */
export interface Word {
  readonly folded: string;
  readonly start: number;
  /** The written word ends here (exclusive). */
  readonly end: number;
  /** A comma, semicolon or line break comes before it: a new part of an address begins. */
  readonly opensPart: boolean;
}

/** A type word of a name, as folded words, and the kind it names. */
export interface TypeWord<K> {
  readonly words: readonly string[];
  readonly kind: K;
}

/** Commune-level type words, longest first, with their abbreviations (`F` is Hồ Chí Minh City's "phường"). */
export const COMMUNE_TYPE_WORDS: readonly TypeWord<CommuneKind>[] = [
  { words: ['thi', 'tran'], kind: 'township' },
  { words: ['dac', 'khu'], kind: 'special-zone' },
  { words: ['phuong'], kind: 'ward' },
  { words: ['xa'], kind: 'commune' },
  { words: ['tt'], kind: 'township' },
  { words: ['p'], kind: 'ward' },
  { words: ['f'], kind: 'ward' },
  { words: ['x'], kind: 'commune' },
];

/** District-level type words (the tier abolished on 1 July 2025), longest first. */
export const DISTRICT_TYPE_WORDS: readonly TypeWord<DistrictKind>[] = [
  { words: ['thanh', 'pho'], kind: 'city' },
  { words: ['thi', 'xa'], kind: 'town' },
  { words: ['quan'], kind: 'urban-district' },
  { words: ['huyen'], kind: 'rural-district' },
  { words: ['tp'], kind: 'city' },
  { words: ['tx'], kind: 'town' },
  { words: ['q'], kind: 'urban-district' },
  { words: ['h'], kind: 'rural-district' },
];

/** Province-level type words (`tỉnh`, `thành phố`, `TP.`, `thủ đô`). */
export const PROVINCE_TYPE_WORDS: readonly TypeWord<'province'>[] = [
  { words: ['thanh', 'pho'], kind: 'province' },
  { words: ['thu', 'do'], kind: 'province' },
  { words: ['tinh'], kind: 'province' },
  { words: ['tp'], kind: 'province' },
];

/** Words written after the province that are not part of any unit. */
export const COUNTRY_WORDS: readonly (readonly string[])[] = [['viet', 'nam'], ['vietnam'], ['vn']];

// An abbreviated type glued to a number: P1, P01, F12, Q3, Q.10 (after folding, `q10`).
const GLUED_NUMBER = /^(p|f|q|x|h|tt|tx)(\d+)$/;
const LEADING_ZEROS = /^0+(?=\d)/;
const DIGITS = /^\d+$/;

// Folding is the costly step of reading a word; addresses repeat the same few thousand words,
// so each written form is folded once. The cache is cleared when full, which bounds memory.
const folds = new Map<string, readonly string[]>();
const FOLD_CACHE_SIZE = 20_000;

/** The folded words of one written word: `P.01` is two words (`p`, `1`), as is `Q10`. */
function foldWord(written: string): readonly string[] {
  let words = folds.get(written);
  if (words === undefined) {
    const folded = foldVietnamese(written).replace(LEADING_ZEROS, '');
    const glued = GLUED_NUMBER.exec(folded);
    words = glued
      ? [glued[1] as string, (glued[2] as string).replace(LEADING_ZEROS, '')]
      : folded === ''
        ? []
        : folded.split(' ');
    if (folds.size >= FOLD_CACHE_SIZE) folds.clear();
    folds.set(written, words);
  }
  return words;
}

/**
 * Whether a UTF-16 code unit belongs to a word: ASCII letters and digits, and everything from
 * Latin-1 letters up to (not including) the general punctuation block, which holds every
 * Vietnamese letter and combining mark. A hand-written test: a Unicode-property regex made
 * reading the words the slowest step of converting an address.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7;
}

/** A comma, semicolon, vertical bar or line break: the end of one part of an address. */
function isPartBreak(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x7c || c === 0x0a;
}

/** The words of a text with their positions, each folded, numbers without leading zeros. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let breakSeen = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (isPartBreak(c)) breakSeen = true;
      i++;
      continue;
    }
    const start = i;
    // A word of ASCII letters only (most words of an address typed without marks) folds to
    // itself in lower case: it skips the fold and its cache, the costly part of reading words.
    let plain = true;
    let upper = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isWordChar(d)) break;
      if (d >= 0x41 && d <= 0x5a) upper = true;
      else if (d < 0x61 || d > 0x7a) plain = false;
      i++;
    }
    const opensPart = breakSeen && words.length > 0;
    breakSeen = false;
    if (plain) {
      const written = text.slice(start, i);
      words.push({ folded: upper ? written.toLowerCase() : written, start, end: i, opensPart });
      continue;
    }
    const folded = foldWord(text.slice(start, i));
    for (let k = 0; k < folded.length; k++) {
      words.push({ folded: folded[k] as string, start, end: i, opensPart: opensPart && k === 0 });
    }
  }
  return words;
}

/** Whether the words at `at` spell `type` (a type word), and how many words it takes. */
export function typeWordAt(words: readonly Word[], at: number, type: readonly string[]): boolean {
  for (let i = 0; i < type.length; i++) if (words[at + i]?.folded !== type[i]) return false;
  return true;
}

/**
 * The type word that ends right before `end` (a prefix to the name starting there), or
 * `undefined`. `limit` is the first word the prefix may use.
 */
export function typeBefore<K>(
  words: readonly Word[],
  end: number,
  types: readonly TypeWord<K>[],
  limit = 0,
): { readonly kind: K; readonly start: number } | undefined {
  for (const type of types) {
    const start = end - type.words.length;
    if (start < limit) continue;
    // A type word belongs to the name after it: no part break inside it or between them.
    let inside = true;
    for (let i = start + 1; i <= end && i < words.length; i++)
      if (words[i]?.opensPart) inside = false;
    if (inside && typeWordAt(words, start, type.words)) return { kind: type.kind, start };
  }
  return undefined;
}

/** The comparison key of folded words: joined without spaces. */
export function keyOf(words: readonly string[]): string {
  return words.join('');
}

/** Whether a key is a bare number (`Phường 1` → `1`): such names only match after a type word. */
export function isNumberKey(key: string): boolean {
  return DIGITS.test(key);
}

/**
 * The comparison key and kind of an official or typed name: folded, type word removed,
 * numbers without leading zeros, no spaces. `Phường Ba Đình` → `badinh` (ward); `P.01` → `1`
 * (ward); `Tân Lập` → `tanlap` (no type written).
 */
export function nameKey<K>(
  name: string,
  types: readonly TypeWord<K>[],
): { readonly key: string; readonly kind: K | undefined; readonly words: number } {
  const words = wordsOf(name).map((word) => word.folded);
  for (const type of types) {
    const n = type.words.length;
    if (words.length > n && type.words.every((word, i) => words[i] === word)) {
      return { key: keyOf(words.slice(n)), kind: type.kind, words: words.length - n };
    }
  }
  return { key: keyOf(words), kind: undefined, words: words.length };
}

const MARKED_WORD = /[\p{L}\p{N}]+/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the point
const UNMARKED = /^[\x00-\x7f]*$/;

/** Written form with its marks kept: NFC, lower case, words joined by single spaces. */
function markedForm(text: string): string {
  return (text.normalize('NFC').toLowerCase().match(MARKED_WORD) ?? []).join(' ');
}

/**
 * Of units whose folded names are equal (`Văn Lang`, `Văn Lăng`), those whose name, marks
 * kept, ends the written text; all of them when none do, or when the text has no marks at all. Folding alone cannot tell such
 * names apart, and a writer who typed the marks said which one.
 */
export function byWrittenForm<T extends { readonly name: string }>(
  units: readonly T[],
  written: string,
): readonly T[] {
  // Text written without marks says nothing: `Nga Thanh` may be Nga Thanh or Nga Thành.
  if (units.length < 2 || UNMARKED.test(written)) return units;
  const form = markedForm(written);
  const exact = units.filter((unit) => {
    const name = markedForm(unit.name);
    // The name without its type word: the text may omit or abbreviate it.
    const bare = name.slice(name.indexOf(' ') + 1);
    return form === name || form.endsWith(` ${bare}`) || form === bare;
  });
  return exact.length > 0 ? exact : units;
}
