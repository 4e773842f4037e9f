// Reads the units out of a free-text address, from its end: the province, then (for an
// address of before 1 July 2025) the district, then the commune; whatever comes before the
// commune is the street, kept as written. Works on folded words (names.ts), so diacritics,
// case, type words and their abbreviations, commas or their absence do not matter.
import type { Province } from '../provinces/province.js';
import { addressIndex, type Trie } from './address-index.js';
import type { Commune, CommuneKind } from './commune.js';
import { currentFormOf } from './lineage.js';
import { isValidOn } from './lookup.js';
import {
  COMMUNE_TYPE_WORDS,
  COUNTRY_WORDS,
  DISTRICT_TYPE_WORDS,
  PROVINCE_TYPE_WORDS,
  type TypeWord,
  typeBefore,
  typeWordAt,
  type Word,
} from './names.js';
import type { FormerDistrict } from './table.js';

/** A name found in the words: where it starts (type word included) and what it names. */
interface Found<T> {
  readonly start: number;
  /** The word after the name. */
  readonly end: number;
  readonly values: readonly T[];
  /** The kind its type word said, if it had one. */
  readonly typed: boolean;
}

/** A span of words that names units: its first word, and the units. */
interface Span<T> {
  readonly start: number;
  readonly values: readonly T[];
  /** The span is one number (`1` of `Phường 1`). */
  readonly numeric: boolean;
}

const DIGITS = /^\d+$/;

/** Every span ending at `end` that names units in `root`, longest first; spans never cross a part break. */
function spansEndingAt<T>(
  words: readonly Word[],
  end: number,
  root: Trie<T> | undefined,
): Span<T>[] {
  const found: Span<T>[] = [];
  let node = root;
  for (let start = end - 1; start >= 0 && node; start--) {
    const word = words[start] as Word;
    node = node.next?.get(word.folded);
    if (!node) break;
    if (node.values !== undefined)
      found.push({
        start,
        values: node.values,
        numeric: start === end - 1 && DIGITS.test(word.folded),
      });
    if (word.opensPart) break;
  }
  return found.reverse();
}

/** The end of the words once a trailing country name (`Việt Nam`, `VN`) is dropped. */
function unitsEnd(words: readonly Word[]): number {
  for (const country of COUNTRY_WORDS) {
    const start = words.length - country.length;
    if (start > 0 && typeWordAt(words, start, country)) return start;
  }
  return words.length;
}

/** The province named at the end of the address (both eras' records with that name). */
export function readProvince(
  words: readonly Word[],
): (Found<Province> & { readonly nameStart: number }) | undefined {
  const [longest] = spansEndingAt(words, unitsEnd(words), addressIndex().provinces);
  if (!longest) return undefined;
  const type = typeBefore(words, longest.start, PROVINCE_TYPE_WORDS);
  return {
    start: type?.start ?? longest.start,
    nameStart: longest.start,
    end: unitsEnd(words),
    values: longest.values,
    typed: type !== undefined,
  };
}

type Typed<T, K> = Found<T> & { readonly kind: K | undefined };

/** What a span reads as (undefined: not a name here), and whether it is anchored. */
function readSpan<T, K>(
  words: readonly Word[],
  end: number,
  span: Span<T>,
  own: readonly TypeWord<K>[],
  other: readonly TypeWord<unknown>[] | undefined,
  keep: ((value: T) => boolean) | undefined,
): { readonly found: Typed<T, K>; readonly anchored: boolean } | undefined {
  const type = typeBefore(words, span.start, own);
  if (!type && other && typeBefore(words, span.start, other)) return undefined;
  if (!type && span.numeric) return undefined;
  const values = keep && !span.values.every(keep) ? span.values.filter(keep) : span.values;
  if (values.length === 0) return undefined;
  const found = {
    start: type?.start ?? span.start,
    end,
    values,
    typed: type !== undefined,
    kind: type?.kind,
  };
  const anchored = type !== undefined || span.start === 0 || words[span.start]?.opensPart === true;
  return { found, anchored };
}

/**
 * The spans for a unit name ending at `end`, best first: a name written after its type word
 * or at the start of a part before one glued to the words before it; then the longest. A bare
 * number is a unit only after a type word (`Phường 1`; a lone `1` is a house number). With
 * `other`, a name written after a type word of another tier (`Quận` before a commune's name)
 * is not one.
 */
function rankedSpans<T, K>(
  words: readonly Word[],
  end: number,
  root: Trie<T> | undefined,
  own: readonly TypeWord<K>[],
  other?: readonly TypeWord<unknown>[],
  keep?: (value: T) => boolean,
): Typed<T, K>[] {
  const anchored: Typed<T, K>[] = [];
  const loose: Typed<T, K>[] = [];
  for (const span of spansEndingAt(words, end, root)) {
    const read = readSpan(words, end, span, own, other, keep);
    if (read) (read.anchored ? anchored : loose).push(read.found);
  }
  return anchored.concat(loose);
}

/** The first of {@link rankedSpans}, without ranking the rest (one per address read). */
function bestSpan<T, K>(
  words: readonly Word[],
  end: number,
  root: Trie<T> | undefined,
  own: readonly TypeWord<K>[],
  other?: readonly TypeWord<unknown>[],
  keep?: (value: T) => boolean,
): Typed<T, K> | undefined {
  let loose: Typed<T, K> | undefined;
  for (const span of spansEndingAt(words, end, root)) {
    const read = readSpan(words, end, span, own, other, keep);
    if (read?.anchored) return read.found;
    loose ??= read?.found;
  }
  return loose;
}

/** The district spans of 30 June 2025 ending at `end` in a province of that day, best first. */
export function readDistricts(
  words: readonly Word[],
  end: number,
  province: string,
): Found<FormerDistrict>[] {
  return rankedSpans(words, end, addressIndex().districts.get(province), DISTRICT_TYPE_WORDS);
}

/** Narrows to the units of the kind a type word named, when that leaves any. */
function ofKind(units: readonly Commune[], kind: CommuneKind | undefined): readonly Commune[] {
  if (kind === undefined || units.length < 2) return units;
  const narrowed = units.filter((unit) => unit.kind === kind);
  return narrowed.length > 0 ? narrowed : units;
}

/** The units of 30 June 2025 named before `end`, in a province (and district) of that day. */
export function readFormerCommune(
  words: readonly Word[],
  end: number,
  province: string,
  district?: string,
): Found<Commune> | undefined {
  const root = addressIndex().formerByProvince.get(province);
  const found = bestSpan(
    words,
    end,
    root,
    COMMUNE_TYPE_WORDS,
    DISTRICT_TYPE_WORDS,
    district === undefined ? undefined : (unit) => unit.district?.code === district,
  );
  if (!found) return undefined;
  const values = ofKind(found.values, found.kind);
  return values === found.values ? found : { ...found, values };
}

/**
 * The units valid on `day` named before `end` in a province of the two-tier system, by their
 * name on that day or an earlier name of the same unit since 1 July 2025.
 */
export function readCurrentCommune(
  words: readonly Word[],
  end: number,
  province: string,
  day: string,
): Found<Commune> | undefined {
  const root = addressIndex().current.get(province);
  const found = bestSpan(words, end, root, COMMUNE_TYPE_WORDS, DISTRICT_TYPE_WORDS);
  if (!found) return undefined;
  const units: Commune[] = [];
  for (const row of ofKind(found.values, found.kind)) {
    for (const unit of isValidOn(row, day) ? [row] : currentFormOf(row, day)) {
      if (!units.includes(unit)) units.push(unit);
    }
  }
  return { ...found, values: units };
}
