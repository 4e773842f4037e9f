import { DxError } from '../errors.js';
import { type DateInput, toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { foldVietnamese } from '../vi/fold.js';
import { PROVINCE_RECORDS } from './data.js';
import { ERAS, eraOfDay } from './eras.js';
import type { Era, Province } from './province.js';

/**
 * The newest first day in the province table: the day of the latest change the data knows
 * (a merger, a new kind or a new name). Computed from the records, so adding a dated change to
 * the table moves the default with it.
 */
function latestChange(records: readonly Province[]): string {
  let latest = '';
  for (const record of records) if (record.validFrom > latest) latest = record.validFrom;
  return latest;
}

/**
 * The date lookups use when no `at` is given: the day of the latest change
 * the province table knows, so that a lookup without `at` gives the units as
 * they stand now. With this release's data it is `2026-09-20` (Bắc Ninh a
 * municipality; Đồng Nai one since 2026-04-30, Quảng Ninh since 2026-09-01).
 * It moves when a release adds a later change: pass `at` to pin a day, and
 * always for dated data, since a code means different units before and after
 * 1 July 2025.
 *
 * @example
 * ```ts
 * import { PROVINCES_AS_OF, getProvince, provincesAt } from 'vn-dx';
 *
 * PROVINCES_AS_OF; // '2026-09-20'
 * getProvince('75').fullName; // 'Thành phố Đồng Nai'
 * getProvince('75', { at: '2025-07-01' }).fullName; // 'Tỉnh Đồng Nai'
 * provincesAt().filter((p) => p.kind === 'municipality').length; // 9
 * ```
 *
 * @category Provinces
 */
export const PROVINCES_AS_OF: string = latestChange(PROVINCE_RECORDS);

/**
 * The first day vn-dx knows the provinces of: 1 August 2008, when Hà Tây
 * merged into Hà Nội and the 63-unit map began. Lookups before it are an
 * `INVALID_DATE` error.
 *
 * @example
 * ```ts
 * import { PROVINCES_FROM, provincesAt } from 'vn-dx';
 *
 * PROVINCES_FROM; // '2008-08-01'
 * provincesAt(PROVINCES_FROM).length; // 63
 * ```
 *
 * @category Provinces
 */
export const PROVINCES_FROM: string = ERAS['63'].firstDay;

/**
 * Options for lookups anchored in time.
 *
 * @category Provinces
 */
export interface AtOptions {
  /**
   * The day the lookup refers to: a `Date` (read in local time) or an ISO date
   * string (`'2023-06-30'`). Defaults to {@link PROVINCES_AS_OF}, the day of the latest change the data
   * knows (the units as they stand now); pass it to pin a day.
   */
  readonly at?: DateInput;
}

/** The options the province lookups take, to refuse any other (a misspelt `at` would look up today). */
export const AT_OPTIONS = ['at'] as const satisfies readonly (keyof AtOptions)[];

/** The `at` of lookup options, after checking that the options are an object. */
function atOf(options: AtOptions | undefined): DateInput | undefined {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    fail('INVALID_ARGUMENT', 'options', 'an object like { at }', options);
  }
  if (options !== undefined) knownKeys(options, AT_OPTIONS, 'options');
  return options?.at;
}

/** The ISO day of an `at`, the default when it is absent, refused before the data begins. */
export function dayOf(at: DateInput | undefined): string {
  const day = at === undefined ? PROVINCES_AS_OF : toIsoDay(at);
  if (day < PROVINCES_FROM) {
    raise(
      'INVALID_DATE',
      'at',
      `${day} is before ${PROVINCES_FROM}, the start of the 63-unit map (Hà Tây merged into Hà Nội); vn-dx has no earlier data`,
    );
  }
  return day;
}

/** Whether a record is valid on an ISO day. */
export function isValidOn(record: Province, day: string): boolean {
  return record.validFrom <= day && (record.validTo === null || day <= record.validTo);
}

let byCode: Map<string, Province[]> | undefined;
function snapshotsOf(code: string): readonly Province[] {
  // Stryker disable next-line ConditionalExpression: rebuilding the table on every call gives the same table; the test is a cache.
  if (!byCode) {
    byCode = new Map();
    for (const record of PROVINCE_RECORDS) {
      // Stryker disable next-line ArrayDeclaration: a stray first element is valid on no day and never last, so no lookup sees it.
      const list = byCode.get(record.code) ?? [];
      list.push(record);
      byCode.set(record.code, list);
    }
  }
  return byCode.get(code) ?? [];
}

function assertCode(code: unknown): asserts code is string {
  if (typeof code !== 'string' || !/^\d{2}$/.test(code)) {
    const hint =
      typeof code === 'number'
        ? ` (codes are strings: use '${String(code).padStart(2, '0')}')`
        : '';
    fail('INVALID_ARGUMENT', 'code', `a two-digit province code string such as '49'`, code, {
      hint: hint,
    });
  }
}

/**
 * The province with a GSO code on a given day. Codes are reused across the
 * 2025 merger (`91` is Kiên Giang until 30 June 2025 and the merged An Giang
 * after), so every lookup is anchored in time.
 *
 * @param code - two-digit code string, e.g. `'49'`.
 * @param options - `at`: the day, default {@link PROVINCES_AS_OF} (the latest change the data knows).
 * @returns the province record valid on that day.
 * @throws {@link DxError} `UNKNOWN_PROVINCE` when no unit had the code that day;
 *   `INVALID_ARGUMENT` for a malformed code or an unknown option; `INVALID_DATE` for a bad `at`.
 *
 * @example
 * ```ts
 * import { getProvince } from 'vn-dx';
 *
 * getProvince('91', { at: '2024-01-01' }).name; // 'Kiên Giang'
 * getProvince('91', { at: '2025-07-01' }).name; // 'An Giang'
 * getProvince('46', { at: '2024-12-31' }).kind; // 'province'
 * getProvince('46', { at: '2025-01-01' }).kind; // 'municipality'
 * ```
 *
 * @category Provinces
 */
export function getProvince(code: string, options?: AtOptions): Province {
  assertCode(code);
  const day = dayOf(atOf(options));
  const snapshots = snapshotsOf(code);
  const match = snapshots.find((record) => isValidOn(record, day));
  if (match) return match;
  const last = snapshots.at(-1);
  const history = last
    ? // Stryker disable next-line StringLiteral: every retired code's last record names its successor (test/provinces/data.test.ts), so the empty branch is for the type.
      ` Code ${code} was ${last.name} until ${last.validTo}${last.successor ? `; it became part of ${last.successor} ${getProvince(last.successor).name}` : ''}.`
    : '';
  raise('UNKNOWN_PROVINCE', 'code', `no province has code '${code}' on ${day}.${history}`, {
    expected: `a province code in use on ${day}`,
    received: code,
  });
}

/**
 * Every province valid on a day: 63 up to 30 June 2025, 34 from 1 July 2025.
 * Without `at`, the units as they stand now (on {@link PROVINCES_AS_OF}, the
 * latest change the data knows): the way to get "today's" list, with the
 * kinds and names of 2026, where `PROVINCES_34` is fixed on 1 July 2025.
 *
 * @param at - the day, default {@link PROVINCES_AS_OF} (the latest change the data knows).
 * @returns the records in code order, as a frozen array.
 * @throws {@link DxError} `INVALID_DATE` for a malformed, impossible or too early day.
 *
 * @example
 * ```ts
 * import { provincesAt } from 'vn-dx';
 *
 * provincesAt('2025-06-30').length; // 63
 * provincesAt('2025-07-01').length; // 34
 * provincesAt().find((p) => p.code === '24')?.fullName; // 'Thành phố Bắc Ninh'
 * ```
 *
 * @category Provinces
 */
export function provincesAt(at?: DateInput): readonly Province[] {
  const day = dayOf(at);
  return Object.freeze(PROVINCE_RECORDS.filter((record) => isValidOn(record, day)));
}

/**
 * Which era a day falls in.
 *
 * @param at - the day, default {@link PROVINCES_AS_OF} (the latest change the data knows).
 * @returns `'63'` before 1 July 2025, `'34'` from then.
 * @throws {@link DxError} `INVALID_DATE` for a malformed, impossible or too early day.
 *
 * @example
 * ```ts
 * import { eraAt } from 'vn-dx';
 *
 * eraAt('2023-12-31'); // '63'
 * eraAt(new Date(2025, 6, 1)); // '34'
 * ```
 *
 * @category Provinces
 */
export function eraAt(at?: DateInput): Era {
  return eraOfDay(dayOf(at));
}

/** The type prefix of a folded province name (`tỉnh`, `thành phố`, `TP.`, `thủ đô`), before a name. */
export const PROVINCE_PREFIX = /^(?:tinh|thanh pho|tp|t p|thu do)\s+(?=\S)/;

/** The comparison key of a province name: folded, prefix-free, without spaces. */
export function provinceKey(text: string): string {
  // Stryker disable next-line Regex: removing spaces one by one or by runs gives the same key.
  return foldVietnamese(text).replace(PROVINCE_PREFIX, '').replace(/\s+/g, '');
}

interface SearchIndex {
  readonly names: Map<string, Province[]>;
  readonly initials: Map<string, Province[]>;
}

let searchIndex: SearchIndex | undefined;
function getSearchIndex(): SearchIndex {
  // Stryker disable next-line ConditionalExpression: rebuilding the index on every call gives the same index; the test is a cache.
  if (searchIndex) return searchIndex;
  const names = new Map<string, Province[]>();
  const initials = new Map<string, Province[]>();
  const add = (map: Map<string, Province[]>, key: string, record: Province) => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: findProvince never looks up the key '' (it returns first), so an entry there is never read.
    if (key === '') return;
    // Stryker disable next-line ArrayDeclaration: a stray element is valid on no day, so validOn drops it.
    const list = map.get(key) ?? [];
    if (!list.includes(record)) list.push(record);
    map.set(key, list);
  };
  for (const record of PROVINCE_RECORDS) {
    for (const name of [
      record.name,
      record.fullName,
      record.nameEn,
      record.slug,
      ...record.aliases,
    ]) {
      add(names, provinceKey(name), record);
    }
    add(names, record.code, record);
    if (record.iso3166_2) add(names, provinceKey(record.iso3166_2), record);
    const words = foldVietnamese(record.name).split(' ');
    if (words.length > 1) add(initials, words.map((word) => word[0]).join(''), record);
  }
  searchIndex = { names, initials };
  return searchIndex;
}

function validOn(candidates: readonly Province[] | undefined, day: string): Province[] {
  // Stryker disable next-line ArrayDeclaration: a stray element is valid on no day, so the filter drops it.
  return (candidates ?? []).filter((record) => isValidOn(record, day));
}

/**
 * Finds a province from free text, the way people write it: with or without
 * diacritics (`đ` too), in any case, with old or new tone placement
 * (`Hoà`/`Hòa`), with the prefixes `tỉnh`, `thành phố`, `TP.`, `TP`, `T.P`,
 * with hyphens, dashes or odd spacing, in English (`Hanoi`, `Ho Chi Minh City`),
 * by common alias (`TPHCM`, `Sài Gòn`, `Bắc Cạn`, `Daklak`, `BR-VT`, `Huế`),
 * by GSO code (`'49'`), by ISO 3166-2 code (`'VN-27'`), or by initials when
 * they fit one unit only (`'LA'` is Long An; `'QN'` fits three and is an
 * error). Names win over initials. Lookups are O(1) after folding.
 *
 * @param query - the text to look up.
 * @param options - `at`: the day, default {@link PROVINCES_AS_OF} (the latest change the data knows).
 * @returns the province valid on that day, or `undefined` when nothing matches:
 *   vn-dx never guesses. A name of the other era (`Quảng Nam` after 1 July
 *   2025) does not match; use {@link successorOf} for that.
 * @throws {@link DxError} `AMBIGUOUS_PROVINCE` when the query fits several units
 *   (`'QN'`: Quảng Ninh, Quảng Nam, Quảng Ngãi), naming them;
 *   `INVALID_ARGUMENT` when `query` is not a string, or an unknown option; `INVALID_DATE` for a bad `at`.
 *
 * @example
 * ```ts
 * import { findProvince } from 'vn-dx';
 *
 * findProvince('tp.hcm')?.code; // '79'
 * findProvince('Thua Thien - Hue', { at: '2023-01-01' })?.code; // '46'
 * findProvince('Tỉnh Hòa Bình', { at: '2020-05-01' })?.name; // 'Hoà Bình'
 * findProvince('Quảng Nam', { at: '2026-01-01' }); // undefined
 * ```
 *
 * @category Provinces
 */
export function findProvince(query: string, options?: AtOptions): Province | undefined {
  if (typeof query !== 'string') {
    fail('INVALID_ARGUMENT', 'query', 'a province name or code', query);
  }
  const day = dayOf(atOf(options));
  const key = provinceKey(query);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the index holds no key '', so the lookups below find nothing either.
  if (key === '') return undefined;
  const index = getSearchIndex();
  const byName = validOn(index.names.get(key), day);
  const matches = byName.length > 0 ? byName : validOn(index.initials.get(key), day);
  if (matches.length > 1) {
    const names = matches.map((record) => `${record.code} ${record.name}`).join(', ');
    raise(
      'AMBIGUOUS_PROVINCE',
      'query',
      `${describe(query)} matches ${matches.length} provinces on ${day}: ${names}. Use a full name or a code`,
      {
        expected: 'a full name or a code',
        received: query,
        candidates: matches.map((record) => `${record.code} ${record.name}`),
      },
    );
  }
  return matches[0];
}

/** Whether any unit, in any era, has had this code (for data keyed by codes of several dates). */
export function isCodeEverUsed(code: string): boolean {
  return PROVINCE_RECORDS.some((record) => record.code === code);
}
