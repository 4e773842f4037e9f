import type { DateInput } from '../internal/dates.js';
import { fail, integerBetween } from '../internal/guards.js';
import {
  bestMatches,
  DEFAULT_LIMIT,
  type FoldedText,
  foldedText,
  prefixFit,
  type RankedMatch,
} from '../vi/prefix-search.js';
import type { Commune } from './commune.js';
import { readQuery } from './find.js';
import { currentFormOf } from './lineage.js';
import {
  COMMUNES_AS_OF,
  communeDay,
  communeStore,
  isValidOn,
  optionsOf,
  provinceOn,
} from './lookup.js';
import { aliasesOf } from './name-index.js';
import { COMMUNE_TYPE_WORDS, wordsOf } from './names.js';

/**
 * Options for {@link searchCommunes}.
 *
 * @category Communes
 */
export interface SearchCommunesOptions {
  /** Search only this province: a two-digit code of the day or a name. */
  readonly province?: string;
  /** The day, a `Date` or an ISO date string; default {@link COMMUNES_AS_OF} (the latest change the data knows). */
  readonly at?: DateInput;
  /** The most matches to return, from 1; default 10. */
  readonly limit?: number;
}

/** The options searchCommunes takes. */
export const SEARCH_COMMUNES_OPTIONS = [
  'province',
  'at',
  'limit',
] as const satisfies readonly (keyof SearchCommunesOptions)[];

/**
 * One match of {@link searchCommunes}: the unit valid on the day, and the name that matched.
 *
 * @category Communes
 */
export interface CommuneMatch {
  /** The unit valid on the day of the search. */
  readonly commune: Commune;
  /**
   * The name that matched: the unit's own, or a former one, or another spelling of a former
   * one that a second source or a resolution uses (`Xã Sà Phìn` for `Xã Xà Phìn`).
   */
  readonly name: string;
  /** `true` when `name` is a former name (an earlier kind, or a unit that merged into it). */
  readonly former: boolean;
}

/** One name of a record as the picker compares it: folded, without its type word. */
interface Entry {
  readonly record: Commune;
  /** The name as written: the record's own, or another spelling of it. */
  readonly text: string;
  readonly name: FoldedText;
  readonly alias: boolean;
}

let entries: readonly Entry[] | undefined;

/** A name's folded words without its type word (`Phường Ba Đình` → `ba dinh`). */
function bareName(name: string): FoldedText {
  const words = wordsOf(name).map((word) => word.folded);
  const typed = COMMUNE_TYPE_WORDS.find(
    (type) => words.length > type.words.length && type.words.every((word, i) => words[i] === word),
  );
  return foldedText(words.slice(typed?.words.length ?? 0));
}

function searchEntries(): readonly Entry[] {
  if (entries) return entries;
  entries = communeStore().all.flatMap((record) => [
    { record, text: record.name, name: bareName(record.name), alias: false },
    ...aliasesOf(record).map((text) => ({ record, text, name: bareName(text), alias: true })),
  ]);
  return entries;
}

/**
 * A ranked prefix search for pickers and autocompletion: the units whose name starts with
 * what was typed, folded (no diacritics needed, any case, type word optional), current names
 * first, then former names (an earlier kind, or a unit of 30 June 2025 that merged into the
 * unit), each group ranked exact name, then name prefix, then a later word's prefix, then by
 * name and code: the same rule as `searchProvinces`.
 *
 * @param prefix - what has been typed, e.g. `'ba d'`, `'P. Ba'`, `'truc b'`.
 * @param options - `province`, `at` (default {@link COMMUNES_AS_OF}, the latest change the data
 *   knows), `limit` (default 10).
 * @returns at most `limit` matches, best first; empty when nothing was typed or nothing matches.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `prefix` is not a string, `limit` is not an
 *   integer ≥ 1, or an option is unknown; `UNKNOWN_PROVINCE` or `AMBIGUOUS_PROVINCE` for a
 *   `province` that does not name one unit; `INVALID_DATE` for a bad `at`.
 *
 * @example
 * ```ts
 * import { searchCommunes } from 'vn-dx/communes';
 *
 * searchCommunes('ba dinh', { province: '01' })[0]?.commune.name; // 'Phường Ba Đình'
 * const former = searchCommunes('truc bach', { province: '01' })[0];
 * [former?.commune.name, former?.name, former?.former]; // ['Phường Ba Đình', 'Phường Trúc Bạch', true]
 * ```
 *
 * @category Communes
 */
export function searchCommunes(
  prefix: string,
  options?: SearchCommunesOptions,
): readonly CommuneMatch[] {
  if (typeof prefix !== 'string') {
    fail('INVALID_ARGUMENT', 'prefix', 'the text typed so far', prefix);
  }
  const read = optionsOf(options, SEARCH_COMMUNES_OPTIONS, '{ province, at, limit }');
  const day = communeDay(read.at);
  const province = read.province === undefined ? undefined : provinceOn(read.province, day).code;
  const limit =
    read.limit === undefined
      ? DEFAULT_LIMIT
      : integerBetween(read.limit, 1, Number.MAX_SAFE_INTEGER, 'options.limit');
  const { key, spaced } = readQuery(prefix);
  if (key === '') return Object.freeze([]);
  const typed = foldedText(spaced.split(' '));
  const ranked: RankedMatch<CommuneMatch>[] = [];
  for (const entry of searchEntries()) {
    const fit = prefixFit(entry.name, typed);
    if (fit < 0) continue;
    const now = isValidOn(entry.record, day);
    for (const unit of now ? [entry.record] : currentFormOf(entry.record, day)) {
      if (province !== undefined && unit.province !== province) continue;
      const name = entry.text;
      ranked.push({
        match: Object.freeze({ commune: unit, name, former: !now }),
        former: !now,
        fit,
        alias: entry.alias,
        name,
        code: unit.code,
        // A name can reach a unit twice (its own record and a former one of the same name).
        id: `${unit.code}|${name}`,
      });
    }
  }
  return bestMatches(ranked, limit);
}
