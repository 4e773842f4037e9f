import { type DateInput, daySaid, toIsoDay } from '../internal/dates.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { findProvince, getProvince } from '../provinces/lookup.js';
import type { Province } from '../provinces/province.js';
import type { Commune } from './commune.js';
import { CURRENT_LATEST, currentCommunes, FORMER_FROM, formerCommunes } from './table.js';

/**
 * The day commune lookups use when no `at` is given: the day of the latest change the commune
 * table knows, so that a lookup without `at` gives the units as they stand now. With this
 * release's data it is `2026-09-20` (12 xã of Bắc Ninh became phường, 388/NQ-UBTVQH16; 10 in
 * Đồng Nai on 2026-04-30, 237/NQ-UBTVQH16), the same day as {@link vn-dx!PROVINCES_AS_OF} but
 * computed from the commune table's own changes. It moves when a release adds a later change:
 * pass `at` to pin a day (`'2025-07-01'` for the units as the two-tier system began).
 *
 * @example
 * ```ts
 * import { COMMUNES_AS_OF, getCommune } from 'vn-dx/communes';
 *
 * COMMUNES_AS_OF; // '2026-09-20'
 * getCommune('07294').name; // 'Phường Bố Hạ'
 * getCommune('07294', { at: '2025-07-01' }).name; // 'Xã Bố Hạ'
 * ```
 *
 * @category Communes
 */
export const COMMUNES_AS_OF: string = CURRENT_LATEST;

/** Before reunification there are no units of today's country to look up. */
const FIRST_YEAR = '1976-01-01';

/** A code of the commune tier: five digits. */
const CODE = /^\d{5}$/;

interface Store {
  /** The records, in code order, then by first day. */
  readonly all: readonly Commune[];
  readonly byCode: ReadonlyMap<string, readonly Commune[]>;
}

function storeOf(rows: readonly Commune[]): Store {
  const all = [...rows].sort((a, b) =>
    a.code === b.code ? a.validFrom.localeCompare(b.validFrom) : a.code < b.code ? -1 : 1,
  );
  const byCode = new Map<string, Commune[]>();
  for (const row of all) {
    const list = byCode.get(row.code);
    if (list) list.push(row);
    else byCode.set(row.code, [row]);
  }
  return { all: Object.freeze(all), byCode };
}

// One store per era, and both together: findCommune reads only the units of the two-tier
// system, so that a bundle of it does not carry the 10,035 units of 30 June 2025.
let current: Store | undefined;
let former: Store | undefined;
let both: Store | undefined;

/** The records from 1 July 2025 (every interval), indexed by code on first use. */
export function currentStore(): Store {
  current ??= storeOf(currentCommunes());
  return current;
}

/** The records of 30 June 2025, indexed by code on first use. */
export function formerStore(): Store {
  former ??= storeOf(formerCommunes());
  return former;
}

/** The records of both eras, indexed by code on first use. */
export function communeStore(): Store {
  both ??= storeOf([...formerStore().all, ...currentStore().all]);
  return both;
}

/** Whether a record is valid on an ISO day. */
export function isValidOn(row: Commune, day: string): boolean {
  return row.validFrom <= day && (row.validTo === undefined || day <= row.validTo);
}

/** The ISO day of an `at`, checked to lie within the commune data. */
export function communeDay(at: DateInput | undefined, where = 'at'): string {
  const day = at === undefined ? COMMUNES_AS_OF : toIsoDay(at, where);
  if (day < FIRST_YEAR) {
    raise(
      'INVALID_DATE',
      where,
      `${day} is before 1976; vn-dx has no commune-level units before reunification. Use a day from ${FORMER_FROM}`,
    );
  }
  if (day < FORMER_FROM) {
    raise(
      'INVALID_DATE',
      where,
      `${day} is before ${FORMER_FROM}, the first day of the commune data; vn-dx has the units of 30 June 2025 and from 1 July 2025. Use a day from ${FORMER_FROM}`,
    );
  }
  return day;
}

/** Reads an options object, refusing anything but an object with known keys. */
export function optionsOf<T extends object>(
  options: T | undefined,
  known: readonly string[],
  example: string,
): Partial<T> {
  if (options === undefined) return {};
  record(options, 'options', `an object like ${example}`);
  knownKeys(options, known, 'options');
  return options;
}

/** Checks a commune code's shape. */
export function assertCommuneCode(code: unknown, where = 'code'): asserts code is string {
  if (typeof code !== 'string' || !CODE.test(code)) {
    const hint =
      typeof code === 'number'
        ? ` (codes are strings: use '${String(code).padStart(5, '0')}')`
        : '';
    fail('INVALID_ARGUMENT', where, `a five-digit commune code string such as '00004'`, code, {
      hint: hint,
    });
  }
}

/** The province a `province` option names on a day: a two-digit code or a name. */
export function provinceOn(province: unknown, day: string, where = 'options.province'): Province {
  if (typeof province !== 'string') {
    fail('INVALID_ARGUMENT', where, `a province code or name such as '01' or 'Hà Nội'`, province);
  }
  if (/^\d{2}$/.test(province)) return getProvince(province, { at: day });
  const found = findProvince(province, { at: day });
  if (!found) {
    raise(
      'UNKNOWN_PROVINCE',
      where,
      `no province is called ${describe(province)} on ${day}. Use a code or a name of that day (provincesAt lists them)`,
    );
  }
  return found;
}

/**
 * Options for commune lookups anchored in time.
 *
 * @category Communes
 */
export interface CommuneAtOptions {
  /**
   * The day the lookup refers to: a `Date` (read in local time) or an ISO date string.
   * Defaults to {@link COMMUNES_AS_OF}, the day of the latest change the
   * data knows (the units as they stand now); pass it to pin a day.
   */
  readonly at?: DateInput;
}

/** The options the commune lookups take, to refuse any other (a misspelt `at` would look up the default day). */
export const COMMUNE_AT_OPTIONS = ['at'] as const satisfies readonly (keyof CommuneAtOptions)[];

/**
 * The commune-level unit with a GSO code on a given day. Codes were reused by the 2025 reform
 * (`00004` is Phường Trúc Bạch until 30 June 2025 and Phường Ba Đình after), so every lookup
 * is anchored in time.
 *
 * @param code - five-digit code string, e.g. `'00004'`.
 * @param options - `at`: the day, default {@link COMMUNES_AS_OF} (the latest change the data knows).
 * @returns the record valid on that day.
 * @throws {@link vn-dx!DxError} `UNKNOWN_COMMUNE` when no unit had the code that day;
 *   `INVALID_ARGUMENT` for a malformed code or an unknown option; `INVALID_DATE` for a bad
 *   `at` or one before the data.
 *
 * @example
 * ```ts
 * import { getCommune } from 'vn-dx/communes';
 *
 * getCommune('00004').name; // 'Phường Ba Đình'
 * getCommune('00004', { at: '2025-06-30' }).name; // 'Phường Trúc Bạch'
 * getCommune('00004', { at: '2025-06-30' }).district?.name; // 'Quận Ba Đình'
 * ```
 *
 * @category Communes
 */
export function getCommune(code: string, options?: CommuneAtOptions): Commune {
  assertCommuneCode(code);
  const day = communeDay(optionsOf(options, COMMUNE_AT_OPTIONS, '{ at }').at);
  const records = communeStore().byCode.get(code) ?? [];
  const match = records.find((row) => isValidOn(row, day));
  if (match) return match;
  const last = records.at(-1);
  const history = last
    ? ` Code ${code} was ${last.name} from ${last.validFrom}${last.validTo ? ` to ${last.validTo}` : ''}; use communeSuccessors('${code}') for what it became.`
    : '';
  raise('UNKNOWN_COMMUNE', '', `No commune-level unit has code '${code}' on ${day}.${history}`, {
    key: last ? 'commune-unknown-was' : 'commune-unknown',
    params: {
      code,
      day: daySaid(day),
      ...(last
        ? {
            name: last.name,
            from: daySaid(last.validFrom),
            until: last.validTo
              ? { key: 'commune-until', params: { day: daySaid(last.validTo) } }
              : '',
          }
        : {}),
    },
  });
}

/**
 * Every commune-level unit valid on a day: about 10,000 on 30 June 2025, 3,321 from
 * 1 July 2025.
 *
 * @param at - the day, default {@link COMMUNES_AS_OF} (the latest change the data knows).
 * @returns the records in code order, as a frozen array.
 * @throws {@link vn-dx!DxError} `INVALID_DATE` for a malformed or impossible day, or one before the data.
 *
 * @example
 * ```ts
 * import { communesAt } from 'vn-dx/communes';
 *
 * communesAt('2025-07-01').some((c) => c.name === 'Phường Ba Đình'); // true
 * communesAt('2025-07-01').every((c) => c.district === undefined); // true
 * ```
 *
 * @category Communes
 */
export function communesAt(at?: DateInput): readonly Commune[] {
  const day = communeDay(at);
  return Object.freeze(communeStore().all.filter((row) => isValidOn(row, day)));
}

/**
 * Every commune-level unit of one province on a day.
 *
 * @param province - the province: a two-digit code of that day (`'01'`) or a name as
 *   `findProvince` reads it (`'Hà Nội'`, `'tp.hcm'`).
 * @param options - `at`: the day, default {@link COMMUNES_AS_OF} (the latest change the data knows).
 * @returns the records in code order, as a frozen array.
 * @throws {@link vn-dx!DxError} `UNKNOWN_PROVINCE` when no province has that code or name that
 *   day; `AMBIGUOUS_PROVINCE` for a name that fits several; `INVALID_ARGUMENT` when
 *   `province` is not a string, or an unknown option; `INVALID_DATE` for a bad `at`.
 *
 * @example
 * ```ts
 * import { communesOf } from 'vn-dx/communes';
 *
 * communesOf('Hà Nội').some((c) => c.name === 'Phường Ba Đình'); // true
 * communesOf('01', { at: '2025-06-30' }).some((c) => c.name === 'Phường Trúc Bạch'); // true
 * ```
 *
 * @category Communes
 */
export function communesOf(province: string, options?: CommuneAtOptions): readonly Commune[] {
  const day = communeDay(optionsOf(options, COMMUNE_AT_OPTIONS, '{ at }').at);
  const { code } = provinceOn(province, day, 'province');
  return Object.freeze(
    communeStore().all.filter((row) => row.province === code && isValidOn(row, day)),
  );
}
