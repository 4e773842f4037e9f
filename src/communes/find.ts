import { DxError } from '../errors.js';
import type { DateInput } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import type { Commune, CommuneKind } from './commune.js';
import { linksFrom } from './lineage.js';
import {
  COMMUNES_AS_OF,
  communeDay,
  communeStore,
  isValidOn,
  optionsOf,
  provinceOn,
} from './lookup.js';
import { nameIndex } from './name-index.js';
import { byWrittenForm, COMMUNE_TYPE_WORDS, keyOf, wordsOf } from './names.js';

/**
 * Options for {@link findCommune}.
 *
 * @category Communes
 */
export interface FindCommuneOptions {
  /**
   * Look only in this province: a two-digit code of the day (`'01'`) or a name as
   * `findProvince` reads it. Without it the whole country is searched, where many names repeat.
   */
  readonly province?: string;
  /** The day, a `Date` or an ISO date string; default {@link COMMUNES_AS_OF}. */
  readonly at?: DateInput;
}

/** The options findCommune takes. */
export const FIND_COMMUNE_OPTIONS = [
  'province',
  'at',
] as const satisfies readonly (keyof FindCommuneOptions)[];

/** A query read as a name: its comparison key and the kind its type word says, if any. */
export interface ReadQuery {
  readonly key: string;
  /** The words of the key, for matching word starts. */
  readonly spaced: string;
  readonly kind: CommuneKind | undefined;
}

/** Reads a commune name as typed: `P. Ba Đình`, `phuong ba dinh`, `P1`, `Phường 01`, `Xã Tân Lập`. */
export function readQuery(query: string): ReadQuery {
  const words = wordsOf(query).map((word) => word.folded);
  for (const type of COMMUNE_TYPE_WORDS) {
    const n = type.words.length;
    if (words.length > n && type.words.every((word, i) => words[i] === word)) {
      const rest = words.slice(n);
      return { key: keyOf(rest), spaced: rest.join(' '), kind: type.kind };
    }
  }
  return { key: keyOf(words), spaced: words.join(' '), kind: undefined };
}

/** The units valid on `day` that a record not valid then became: itself renamed, or its successors. */
export function currentFormOf(record: Commune, day: string): readonly Commune[] {
  const same = communeStore().byCode.get(record.code) ?? [];
  const era = (row: Commune) => row.validFrom >= FIRST_DAY_OF_34;
  const renamed = same.find((row) => era(row) === era(record) && isValidOn(row, day));
  if (renamed) return [renamed];
  if (record.validFrom > LAST_DAY_OF_63 || day < FIRST_DAY_OF_34) return [];
  const next: Commune[] = [];
  for (const link of linksFrom(record.code)) {
    const unit = communeStore()
      .byCode.get(link.to)
      ?.find((row) => isValidOn(row, day));
    if (unit && !next.includes(unit)) next.push(unit);
  }
  return next;
}

/** Narrows to the units of the kind a type word named, when that leaves any. */
function ofKind(units: readonly Commune[], kind: CommuneKind | undefined): readonly Commune[] {
  if (kind === undefined || units.length < 2) return units;
  const narrowed = units.filter((unit) => unit.kind === kind);
  return narrowed.length > 0 ? narrowed : units;
}

/** The error for a name that fits several units, with every candidate in `issues`. */
export function ambiguousCommune(query: string, day: string, units: readonly Commune[]): DxError {
  const shown = units
    .slice(0, 8)
    .map((unit) => `${unit.code} ${unit.name}${unit.district ? ` (${unit.district.name})` : ''}`)
    .join(', ');
  const more = units.length > 8 ? `, and ${units.length - 8} more` : '';
  return new DxError(
    'AMBIGUOUS_COMMUNE',
    `${describe(query)} matches ${units.length} commune-level units on ${day}: ${shown}${more}. Pass options.province, or use a code; error.issues lists every candidate.`,
    {
      issues: units.map((unit) => ({
        path: ['candidates', unit.code],
        message: `${unit.name}${unit.district ? `, ${unit.district.name}` : ''}, province ${unit.province}`,
      })),
    },
  );
}

/**
 * Finds a commune-level unit from its name, the way people type it: with or without
 * diacritics, in any case, with or without its type word, abbreviated (`P.`, `X.`, `TT.`,
 * `F.`), numbered wards as `Phường 1`, `P1` or `P.01`, or its five-digit code. A name the unit
 * had earlier (a xã that became a phường; a unit of 30 June 2025 that merged into it) also
 * finds it, after every current name. Lookups are O(1) after folding.
 *
 * @param query - the name (or code) to look up.
 * @param options - `province`: a code or name to search in; `at`: the day, default
 *   {@link COMMUNES_AS_OF}.
 * @returns the unit valid on that day, or `undefined` when nothing matches: vn-dx never guesses.
 * @throws {@link DxError} `AMBIGUOUS_COMMUNE` when the query fits several units (same name in
 *   several provinces, or an old unit split between several), with every candidate in
 *   `issues` (`path: ['candidates', code]`); `UNKNOWN_PROVINCE` or `AMBIGUOUS_PROVINCE` for a
 *   `province` that does not name one unit; `INVALID_ARGUMENT` when `query` is not a string,
 *   or an unknown option; `INVALID_DATE` for a bad `at`.
 *
 * @example
 * ```ts
 * import { findCommune } from 'vn-dx/communes';
 *
 * findCommune('P. Ba Dinh', { province: 'Hà Nội' })?.code; // '00004'
 * findCommune('phuong truc bach', { province: '01', at: '2025-06-30' })?.code; // '00004'
 * findCommune('Trúc Bạch', { province: '01' })?.name; // 'Phường Ba Đình' (its former name)
 * findCommune('Nowhere', { province: '01' }); // undefined
 * ```
 *
 * @category Communes
 */
export function findCommune(query: string, options?: FindCommuneOptions): Commune | undefined {
  if (typeof query !== 'string') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `query: expected a commune name or code, got ${describe(query)}.`,
    );
  }
  const read = optionsOf(options, FIND_COMMUNE_OPTIONS, '{ province, at }');
  const day = communeDay(read.at);
  const province = read.province === undefined ? undefined : provinceOn(read.province, day).code;
  const inProvince = (unit: Commune) => province === undefined || unit.province === province;
  const code = query.trim();
  if (/^\d{5}$/.test(code)) {
    const unit = communeStore()
      .byCode.get(code)
      ?.find((row) => isValidOn(row, day));
    return unit && inProvince(unit) ? unit : undefined;
  }
  const { key, kind } = readQuery(query);
  if (key === '') return undefined;
  const index = nameIndex();
  const named =
    province === undefined ? index.nationwide.get(key) : index.communes.get(province + key);
  const now = byWrittenForm(
    ofKind(
      (named ?? []).filter((row) => isValidOn(row, day)),
      kind,
    ),
    query,
  );
  if (now.length === 1) return now[0];
  if (now.length > 1) throw ambiguousCommune(query, day, now);
  // Former names: the province of a unit of 30 June 2025 may have another code today.
  let formerly: readonly Commune[] = [];
  for (const row of byWrittenForm(ofKind(index.nationwide.get(key) ?? [], kind), query)) {
    if (isValidOn(row, day)) continue;
    for (const unit of currentFormOf(row, day)) {
      if (inProvince(unit) && !formerly.includes(unit)) formerly = [...formerly, unit];
    }
  }
  if (formerly.length > 1) throw ambiguousCommune(query, day, formerly);
  return formerly[0];
}
