import { DxError } from '../errors.js';
import type { DateInput } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import type { Commune, CommuneKind } from './commune.js';
import {
  COMMUNES_AS_OF,
  communeDay,
  currentStore,
  formerStore,
  isValidOn,
  optionsOf,
  provinceOn,
} from './lookup.js';
import { currentNames, formerNames, type NameIndex } from './name-index.js';
import {
  byWrittenForm,
  COMMUNE_TYPE_WORDS,
  DISTRICT_TYPE_WORDS,
  keyOf,
  nameKey,
  wordsOf,
} from './names.js';

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
  /** The day, a `Date` or an ISO date string; default {@link COMMUNES_AS_OF} (the latest change the data knows). */
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

/** Where a name is looked up: an era's names and records, and the province and district. */
interface Scope {
  readonly names: NameIndex;
  readonly byCode: ReadonlyMap<string, readonly Commune[]>;
  readonly day: string;
  readonly province: string | undefined;
  readonly district: ((unit: Commune) => boolean) | undefined;
}

/** The unit a name or code fits in a scope: by its name on the day, then by an earlier name of the same unit. */
function findIn(query: string, scope: Scope): Commune | undefined {
  const { names, byCode, day, province, district } = scope;
  const fits = (unit: Commune) =>
    (province === undefined || unit.province === province) &&
    (district === undefined || district(unit));
  const code = query.trim();
  if (/^\d{5}$/.test(code)) {
    const unit = byCode.get(code)?.find((row) => isValidOn(row, day));
    return unit && fits(unit) ? unit : undefined;
  }
  const { key, kind } = readQuery(query);
  if (key === '') return undefined;
  const lookUp = (index: Pick<NameIndex, 'communes' | 'nationwide'>) =>
    ofKind(
      (
        (province === undefined ? index.nationwide.get(key) : index.communes.get(province + key)) ??
        []
      ).filter(fits),
      kind,
    );
  // Another spelling of a name (a second source's) is read only when no name fits.
  const byName = lookUp(names);
  const rows = byName.length > 0 ? byName : lookUp(names.aliases);
  const now = byWrittenForm(
    rows.filter((row) => isValidOn(row, day)),
    query,
  );
  if (now.length === 1) return now[0];
  if (now.length > 1) throw ambiguousCommune(query, day, now);
  // An earlier name of a unit (a xã that became a phường keeps its code).
  let renamed: readonly Commune[] = [];
  for (const row of byWrittenForm(rows, query)) {
    const unit = byCode.get(row.code)?.find((other) => isValidOn(other, day));
    if (unit && !renamed.includes(unit)) renamed = [...renamed, unit];
  }
  if (renamed.length > 1) throw ambiguousCommune(query, day, renamed);
  return renamed[0];
}

/**
 * Finds a commune-level unit of the two-tier system (from 1 July 2025) from its name, the way
 * people type it: with or without diacritics, in any case, with or without its type word,
 * abbreviated (`P.`, `X.`, `TT.`, `F.`), numbers as `Phường 1`, `P1` or `P.01`, or its
 * five-digit code. An earlier name of the same unit (a xã that became a phường in 2026) finds it
 * after every current name. Units of 30 June 2025 are found by {@link findFormerCommune}, and
 * an old name leads to today's unit through {@link searchCommunes} or `convertAddress`: this
 * function carries only the 3,321 current units, so that a bundle of it stays small.
 * Lookups are O(1) after folding.
 *
 * @param query - the name (or code) to look up.
 * @param options - `province`: a code or name to search in; `at`: the day, from 1 July 2025,
 *   default {@link COMMUNES_AS_OF} (the latest change the data knows).
 * @returns the unit valid on that day, or `undefined` when nothing matches: vn-dx never guesses.
 * @throws {@link vn-dx!DxError} `AMBIGUOUS_COMMUNE` when the query fits several units (the same
 *   name in several provinces, or names that differ only in marks when the query has none),
 *   with every candidate in `issues` (`path: ['candidates', code]`); `UNKNOWN_PROVINCE` or
 *   `AMBIGUOUS_PROVINCE` for a `province` that does not name one unit; `INVALID_ARGUMENT` when
 *   `query` is not a string, or an unknown option; `INVALID_DATE` for a bad `at` or one before
 *   1 July 2025.
 *
 * @example
 * ```ts
 * import { findCommune } from 'vn-dx/communes';
 *
 * findCommune('P. Ba Dinh', { province: 'Hà Nội' })?.code; // '00004'
 * findCommune('Xã Trảng Bom', { province: '75', at: '2026-05-01' })?.name; // 'Phường Trảng Bom'
 * findCommune('Đặc khu Phú Quốc')?.province; // '91'
 * findCommune('Nowhere', { province: '01' }); // undefined
 * ```
 *
 * @category Communes
 */
export function findCommune(query: string, options?: FindCommuneOptions): Commune | undefined {
  assertQuery(query);
  const read = optionsOf(options, FIND_COMMUNE_OPTIONS, '{ province, at }');
  const day = communeDay(read.at);
  if (day < FIRST_DAY_OF_34) {
    raise(
      'INVALID_DATE',
      'at',
      `${day} is before ${FIRST_DAY_OF_34}; findCommune finds units of the two-tier system. Use findFormerCommune for the units of 30 June 2025`,
    );
  }
  const province = read.province === undefined ? undefined : provinceOn(read.province, day).code;
  const { byCode } = currentStore();
  return findIn(query, { names: currentNames(), byCode, day, province, district: undefined });
}

/**
 * Options for {@link findFormerCommune}.
 *
 * @category Communes
 */
export interface FindFormerCommuneOptions {
  /** Look only in this province of 30 June 2025: a code (`'79'`) or a name. */
  readonly province?: string;
  /**
   * Look only in this district: its three-digit code (`'774'`) or its name, type word
   * optional (`'Quận 5'`, `'Q.5'`, `'Hoàn Kiếm'`).
   */
  readonly district?: string;
  /** The day, from 1 March 2025 to 30 June 2025; default 30 June 2025. */
  readonly at?: DateInput;
}

/** The options findFormerCommune takes. */
export const FIND_FORMER_COMMUNE_OPTIONS = [
  'province',
  'district',
  'at',
] as const satisfies readonly (keyof FindFormerCommuneOptions)[];

/**
 * Finds a commune-level unit of 30 June 2025, the last day of the three-tier system, from its
 * name as people type it (as {@link findCommune} reads names), optionally in a province and a
 * district: `Phường 1` is a ward of many districts.
 *
 * @param query - the name (or code) to look up.
 * @param options - `province`, `district`, `at` (from 1 March 2025 to 30 June 2025; default
 *   30 June 2025).
 * @returns the unit, or `undefined` when nothing matches.
 * @throws {@link vn-dx!DxError} `AMBIGUOUS_COMMUNE` when the query fits several units, with every
 *   candidate in `issues`; `UNKNOWN_PROVINCE` or `AMBIGUOUS_PROVINCE` for a `province` that does
 *   not name one unit; `INVALID_ARGUMENT` when `query` or `district` is not a string, or an
 *   unknown option; `INVALID_DATE` for a bad `at` or one outside those days.
 *
 * @example
 * ```ts
 * import { findFormerCommune } from 'vn-dx/communes';
 *
 * findFormerCommune('P.1', { province: 'TP.HCM', district: 'Q.5' })?.name; // 'Phường 1'
 * findFormerCommune('truc bach', { province: '01' })?.district?.name; // 'Quận Ba Đình'
 * ```
 *
 * @category Communes
 */
export function findFormerCommune(
  query: string,
  options?: FindFormerCommuneOptions,
): Commune | undefined {
  assertQuery(query);
  const read = optionsOf(options, FIND_FORMER_COMMUNE_OPTIONS, '{ province, district, at }');
  const day = communeDay(read.at ?? LAST_DAY_OF_63);
  if (day > LAST_DAY_OF_63) {
    raise(
      'INVALID_DATE',
      'at',
      `${day} is after ${LAST_DAY_OF_63}; findFormerCommune finds units of 30 June 2025 and before. Use findCommune for the two-tier system`,
    );
  }
  const province = read.province === undefined ? undefined : provinceOn(read.province, day).code;
  const { byCode } = formerStore();
  const district = read.district === undefined ? undefined : inDistrict(read.district);
  return findIn(query, { names: formerNames(), byCode, day, province, district });
}

/** Whether a unit lies in the district a code or a name says. */
function inDistrict(district: unknown): (unit: Commune) => boolean {
  if (typeof district !== 'string') {
    fail(
      'INVALID_ARGUMENT',
      'options.district',
      `a district code or name such as '774' or 'Quận 5'`,
      district,
    );
  }
  if (/^\d{3}$/.test(district.trim())) return (unit) => unit.district?.code === district.trim();
  const { key } = nameKey(district, DISTRICT_TYPE_WORDS);
  return (unit) =>
    unit.district !== undefined && nameKey(unit.district.name, DISTRICT_TYPE_WORDS).key === key;
}

function assertQuery(query: unknown): asserts query is string {
  if (typeof query !== 'string') {
    fail('INVALID_ARGUMENT', 'query', 'a commune name or code', query);
  }
}
