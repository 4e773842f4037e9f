import type { DateInput } from '../internal/dates.js';
import { fail, integerBetween, knownKeys, record } from '../internal/guards.js';
import { foldVietnamese } from '../vi/fold.js';
import {
  bestMatches,
  DEFAULT_LIMIT,
  type FoldedText,
  foldedText,
  prefixFit,
  type RankedMatch,
} from '../vi/prefix-search.js';
import { PROVINCE_RECORDS } from './data.js';
import { eraOfDay, LAST_DAY_OF_63 } from './eras.js';
import { dayOf, getProvince, isValidOn, PROVINCE_PREFIX } from './lookup.js';
import type { Province } from './province.js';

/**
 * Options for {@link searchProvinces}.
 *
 * @category Provinces
 */
export interface SearchProvincesOptions {
  /**
   * The day whose units are searched: a `Date` (read in local time) or an ISO date string.
   * Defaults to {@link PROVINCES_AS_OF}, the day of the latest change the data knows.
   */
  readonly at?: DateInput;
  /** The most matches to return, from 1; default 10. */
  readonly limit?: number;
}

/** The options searchProvinces takes. */
export const SEARCH_PROVINCES_OPTIONS = [
  'at',
  'limit',
] as const satisfies readonly (keyof SearchProvincesOptions)[];

/**
 * Why a {@link ProvinceMatch} matched: the unit's name on the day (`'name'`), one of its other
 * names (`'alias'`: spellings in the wild, English forms, abbreviations), or a name or alias of
 * a unit it was before or was formed from (`'former-name'`, `'former-alias'`: Quảng Nam in
 * Đà Nẵng after 1 July 2025, Thừa Thiên Huế in Huế after 1 January 2025).
 *
 * @category Provinces
 */
export type ProvinceMatchReason = 'name' | 'alias' | 'former-name' | 'former-alias';

/**
 * One match of {@link searchProvinces}.
 *
 * @category Provinces
 */
export interface ProvinceMatch {
  /** The unit valid on the day of the search (for a former name, the unit it became part of). */
  readonly province: Province;
  /** The name that matched, as the data writes it (`'Quảng Nam'`, `'Sài Gòn'`). */
  readonly name: string;
  /** Why it matched. */
  readonly reason: ProvinceMatchReason;
  /**
   * `true` when the text fits the name only once both are folded (`foldVietnamese`): typed
   * without marks (`'quang'`), or with other marks; `false` when it is the start of the name
   * (or of a later word of it) as written, marks and all.
   */
  readonly folded: boolean;
}

/** One name of a record, folded, with the reason it gives when it matches. */
interface Name {
  readonly text: string;
  readonly folded: FoldedText;
  readonly marked: string;
  readonly alias: boolean;
}

/** Folded words of a province name or typed text: prefix (`tỉnh`, `TP.`) dropped. */
function provinceWords(text: string): string[] {
  const folded = foldVietnamese(text).replace(PROVINCE_PREFIX, '');
  // Stryker disable next-line ConditionalExpression,StringLiteral: ''.split(' ') is [''], whose folded text is that of [] (key '', words ' ').
  return folded === '' ? [] : folded.split(' ');
}

/** The text with its marks, lower case, NFC, words joined by single spaces. */
function marked(text: string): string {
  // Stryker disable next-line MethodExpression: names and typed text go through the same case mapping, and no province name has a letter whose upper case is longer.
  const lower = text.normalize('NFC').toLowerCase();
  // Stryker disable next-line ArrayDeclaration: marked() reads names and text that fold to a key, so there is always a letter or digit.
  return ` ${(lower.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')}`;
}

let names: ReadonlyMap<Province, readonly Name[]> | undefined;

/** Every record's names (its name, English name and aliases, once each), folded once. */
function namesOf(province: Province): readonly Name[] {
  if (!names) {
    const map = new Map<Province, Name[]>();
    for (const unit of PROVINCE_RECORDS) {
      const list: Name[] = [];
      for (const [text, alias] of [
        [unit.name, false],
        [unit.nameEn, true],
        ...unit.aliases.map((alias) => [alias, true] as const),
      ] as const) {
        const folded = foldedText(provinceWords(text));
        if (folded.key === '' || list.some((name) => name.folded.key === folded.key)) continue;
        list.push({ text, folded, marked: marked(text), alias });
      }
      map.set(unit, list);
    }
    names = map;
  }
  // Stryker disable next-line ArrayDeclaration: every record has its names in the map; the default is for the type.
  return names.get(province) ?? [];
}

/**
 * The unit valid on `day` that a record is, or became: itself, its later record of the same
 * code in its era (a new kind or name), or its successor of the 34-unit era.
 */
function unitOn(province: Province, day: string): Province | undefined {
  if (province.validFrom > day) return undefined;
  // Stryker disable next-line ConditionalExpression: a record valid on the day is the one getProvince returns for its code on that day (next line).
  if (isValidOn(province, day)) return province;
  if (eraOfDay(day) === province.era) return getProvince(province.code, { at: day });
  // A 63-era record on a day of the 34-unit era: the last record of its code names the unit
  // it merged into (Thừa Thiên Huế's record ends in 2024, Huế's names the successor).
  const last = getProvince(province.code, { at: LAST_DAY_OF_63 });
  // Stryker disable next-line ConditionalExpression: every record of 30 June 2025 names its successor (test/provinces/data.test.ts); the test is for the type.
  return last.successor === null ? undefined : getProvince(last.successor, { at: day });
}

function optionsOf(options: SearchProvincesOptions | undefined): SearchProvincesOptions {
  if (options === undefined) return {};
  record(options, 'options', 'an object like { at, limit }');
  knownKeys(options, SEARCH_PROVINCES_OPTIONS, 'options');
  return options;
}

/**
 * A ranked prefix search for pickers and search-as-you-type: the units of a day whose name,
 * other name (alias) or former name starts with what was typed, folded (no diacritics needed,
 * any case, old or new tone placement, `tỉnh`/`thành phố`/`TP.` optional, spaces optional:
 * `daklak`). Each unit is listed once, under the name that fits best, and says why it matched.
 * Order: names of the day before former names (a 63-era province that merged into the unit,
 * an earlier name or kind of the same code); within each, the whole name, then the start of
 * the name, then the start of a later word (`ninh` finds Bắc Ninh); an official name before
 * an alias; then by name and code. The same rule as `searchCommunes`. Where
 * {@link findProvince} gives one unit or none, this gives every candidate.
 *
 * @param prefix - what has been typed, e.g. `'quang'`, `'Đồng'`, `'tp h'`.
 * @param options - `at`: the day, default {@link PROVINCES_AS_OF} (the latest change the data
 *   knows); `limit`: the most matches, default 10.
 * @returns at most `limit` matches, best first, frozen; empty when nothing was typed or
 *   nothing matches.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `prefix` is not a string, `limit` is not an
 *   integer ≥ 1, or an option is unknown; `INVALID_DATE` for a bad `at` or one before 2008-08-01.
 *
 * @example
 * ```ts
 * import { searchProvinces } from 'vn-dx';
 *
 * searchProvinces('quang').map((m) => m.province.name); // ['Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Tuyên Quang', 'Đà Nẵng']
 * const merged = searchProvinces('quang nam')[0];
 * [merged?.province.name, merged?.name, merged?.reason]; // ['Đà Nẵng', 'Quảng Nam', 'former-name']
 * const [saigon] = searchProvinces('sai g');
 * [saigon?.province.code, saigon?.reason, saigon?.folded]; // ['79', 'alias', true]
 * searchProvinces('Quảng', { at: '2024-01-01' }).length; // 6 (the five Quảng, and Tuyên Quang)
 * ```
 *
 * @category Provinces
 */
export function searchProvinces(
  prefix: string,
  options?: SearchProvincesOptions,
): readonly ProvinceMatch[] {
  if (typeof prefix !== 'string') {
    fail('INVALID_ARGUMENT', 'prefix', 'the text typed so far', prefix);
  }
  const read = optionsOf(options);
  const day = dayOf(read.at);
  const limit =
    read.limit === undefined
      ? DEFAULT_LIMIT
      : integerBetween(read.limit, 1, Number.MAX_SAFE_INTEGER, 'options.limit');
  const typed = foldedText(provinceWords(prefix));
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; prefixFit fits nothing to an empty key, so the loop below finds nothing either.
  if (typed.key === '') return Object.freeze([]);
  const typedMarks = marked(prefix.replace(/^\s*(?:tỉnh|thành phố|tp\.?|thủ đô)\s+/iu, ''));
  const candidates: RankedMatch<ProvinceMatch>[] = [];
  for (const unit of PROVINCE_RECORDS) {
    const now = unitOn(unit, day);
    if (now === undefined) continue;
    const former = now !== unit;
    for (const name of namesOf(unit)) {
      const fit = prefixFit(name.folded, typed);
      if (fit < 0) continue;
      const reason = `${former ? 'former-' : ''}${name.alias ? 'alias' : 'name'}` as const;
      const folded = !(fit === 2
        ? name.marked.includes(typedMarks)
        : name.marked.startsWith(typedMarks));
      candidates.push({
        match: Object.freeze({ province: now, name: name.text, reason, folded }),
        former,
        fit,
        alias: name.alias,
        name: name.text,
        code: now.code,
        // One match per unit, under the name that fits best.
        id: now.code,
      });
    }
  }
  return bestMatches(candidates, limit);
}
