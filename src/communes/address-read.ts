// Reads the units out of a free-text address, from its end: the province, then (for an
// address of before 1 July 2025) the district, then the commune; whatever comes before the
// commune is the street, kept as written. Works on folded words (names.ts), so diacritics,
// case, type words and their abbreviations, commas or their absence do not matter.
import { LAST_DAY_OF_63 } from '../provinces/eras.js';
import type { Province } from '../provinces/province.js';
import type { Commune, CommuneDistrict, CommuneKind } from './commune.js';
import { currentFormOf } from './find.js';
import { isValidOn } from './lookup.js';
import { nameIndex } from './name-index.js';
import {
  COMMUNE_TYPE_WORDS,
  COUNTRY_WORDS,
  DISTRICT_TYPE_WORDS,
  isNumberKey,
  PROVINCE_TYPE_WORDS,
  type TypeWord,
  typeBefore,
  typeWordAt,
  type Word,
} from './names.js';

/** The most words a unit name spans (`Thị trấn Nông trường Mộc Châu` has six after folding). */
const MAX_WORDS = 8;

/** A name found in the words: where it starts (type word included) and what it names. */
interface Found<T> {
  readonly start: number;
  readonly values: readonly T[];
  /** The kind its type word said, if it had one. */
  readonly typed: boolean;
}

/** Every span ending at `end` whose key `lookup` knows, longest first; spans never cross a part break. */
function spansEndingAt<T>(
  words: readonly Word[],
  end: number,
  lookup: (key: string) => readonly T[] | undefined,
): { start: number; key: string; values: readonly T[] }[] {
  const found: { start: number; key: string; values: readonly T[] }[] = [];
  let key = '';
  for (let start = end - 1; start >= 0 && start >= end - MAX_WORDS; start--) {
    key = (words[start] as Word).folded + key;
    const values = lookup(key);
    if (values !== undefined && values.length > 0) found.unshift({ start, key, values });
    if (words[start]?.opensPart) break;
  }
  return found;
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
export function readProvince(words: readonly Word[]): Found<Province> | undefined {
  const { provinces } = nameIndex();
  const [longest] = spansEndingAt(words, unitsEnd(words), (key) => provinces.get(key));
  if (!longest) return undefined;
  const type = typeBefore(words, longest.start, PROVINCE_TYPE_WORDS);
  return { start: type?.start ?? longest.start, values: longest.values, typed: type !== undefined };
}

type Typed<T, K> = Found<T> & { readonly kind: K | undefined };

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
  lookup: (key: string) => readonly T[] | undefined,
  own: readonly TypeWord<K>[],
  other?: readonly TypeWord<unknown>[],
): Typed<T, K>[] {
  const anchored: Typed<T, K>[] = [];
  const loose: Typed<T, K>[] = [];
  for (const span of spansEndingAt(words, end, lookup)) {
    const type = typeBefore(words, span.start, own);
    if (!type && other && typeBefore(words, span.start, other)) continue;
    if (!type && isNumberKey(span.key)) continue;
    const found = {
      start: type?.start ?? span.start,
      values: span.values,
      typed: type !== undefined,
      kind: type?.kind,
    };
    if (type !== undefined || span.start === 0 || words[span.start]?.opensPart)
      anchored.push(found);
    else loose.push(found);
  }
  return [...anchored, ...loose];
}

/** The district spans of 30 June 2025 ending at `end` in a province of that day, best first. */
export function readDistricts(
  words: readonly Word[],
  end: number,
  province: string,
): Found<CommuneDistrict>[] {
  const { districts } = nameIndex();
  return rankedSpans(words, end, (key) => districts.get(province + key), DISTRICT_TYPE_WORDS);
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
  const { communes } = nameIndex();
  const [found] = rankedSpans(
    words,
    end,
    (key) =>
      communes
        .get(province + key)
        ?.filter(
          (row) =>
            isValidOn(row, LAST_DAY_OF_63) &&
            (district === undefined || row.district?.code === district),
        ),
    COMMUNE_TYPE_WORDS,
    DISTRICT_TYPE_WORDS,
  );
  return found && { ...found, values: ofKind(found.values, found.kind) };
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
  const { communes } = nameIndex();
  const [found] = rankedSpans(
    words,
    end,
    (key) => {
      const named = communes.get(province + key);
      if (named === undefined) return undefined;
      const units: Commune[] = [];
      for (const row of named) {
        if (row.validFrom <= LAST_DAY_OF_63) continue;
        for (const unit of isValidOn(row, day) ? [row] : currentFormOf(row, day)) {
          if (!units.includes(unit)) units.push(unit);
        }
      }
      return units;
    },
    COMMUNE_TYPE_WORDS,
    DISTRICT_TYPE_WORDS,
  );
  return found && { ...found, values: ofKind(found.values, found.kind) };
}
