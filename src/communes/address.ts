import { type DateInput, toIsoDay } from '../internal/dates.js';
import { fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { FIRST_DAY_OF_34 } from '../provinces/eras.js';
import { getProvince } from '../provinces/lookup.js';
import type { Province } from '../provinces/province.js';
import {
  readCurrentCommune,
  readDistricts,
  readFormerCommune,
  readProvince,
} from './address-read.js';
import type { Commune } from './commune.js';
import { linksFrom } from './lineage.js';
import { COMMUNES_AS_OF, communeDay, communeStore, isValidOn, optionsOf } from './lookup.js';
import { byWrittenForm, type Word, wordsOf } from './names.js';

/**
 * How an address converted: `exact` (the old commune went whole into one new unit, or the
 * address already names a unit of the day), `split` (the old commune was divided between
 * several new units: see `candidates`), `ambiguous` (the text fits several units: see
 * `candidates`), `not-found` (see `reason`).
 *
 * @category Communes
 */
export type AddressStatus = 'exact' | 'split' | 'ambiguous' | 'not-found';

/**
 * Why an address was not found: `no-province` (no province name at its end), `no-commune` (a
 * province, but no commune of it before the province or district), `no-successor` (an old
 * unit the data links to no unit of the day).
 *
 * @category Communes
 */
export type AddressReason = 'no-province' | 'no-commune' | 'no-successor';

/**
 * Why an address was not found, as a code and a sentence in each language.
 *
 * @category Communes
 */
export interface AddressNotFound {
  /** The stable reason. */
  readonly code: AddressReason;
  /** The reason in Vietnamese. */
  readonly vi: string;
  /** The reason in English. */
  readonly en: string;
}

/**
 * One new unit an address may now be in.
 *
 * @category Communes
 */
export interface AddressCandidate {
  /** The new address: the street as written, the new commune and the new province. */
  readonly address: string;
  /** The commune-level unit on the day asked for. */
  readonly commune: Commune;
  /** Its province on that day. */
  readonly province: Province;
  /** Whether the whole old unit went into this one (`true` also for an address already current). */
  readonly whole: boolean;
  /** The unit of 30 June 2025 the address named, when it was an old address. */
  readonly from?: Commune;
}

/**
 * What {@link convertAddress} read and what the address is now.
 *
 * @category Communes
 */
export interface ConvertedAddress {
  /** The text given. */
  readonly input: string;
  /** How the address converted: see {@link AddressStatus}. */
  readonly status: AddressStatus;
  /** Everything before the commune, as written (`"Số 12 Nguyễn Trãi"`); `''` when none. */
  readonly street: string;
  /** For `exact`: the new address, `street, commune, province` (official names). */
  readonly address?: string;
  /** For `exact`: the new commune-level unit. */
  readonly commune?: Commune;
  /** For `exact`: its province. */
  readonly province?: Province;
  /** For `exact`, `split`: the unit of 30 June 2025 the address named (absent for a current one). */
  readonly from?: Commune;
  /** Every new unit the address may be in: one for `exact`, several for `split` and `ambiguous`. */
  readonly candidates: readonly AddressCandidate[];
  /** For `not-found`: why, as a code and in both languages. */
  readonly reason?: AddressNotFound;
}

/**
 * Options for {@link convertAddress}.
 *
 * @category Communes
 */
export interface ConvertAddressOptions {
  /**
   * The day the new address is for, from 1 July 2025 (a `Date` or an ISO date string);
   * default {@link COMMUNES_AS_OF}. Later changes of kind (xã to phường) show from their day.
   */
  readonly at?: DateInput;
}

/** The options convertAddress takes. */
export const CONVERT_ADDRESS_OPTIONS = [
  'at',
] as const satisfies readonly (keyof ConvertAddressOptions)[];

// Province records by code and day: convertAddress asks for the same few many times.
const provinceCache = new Map<string, Province>();
function provinceOf(code: string, day: string): Province {
  const key = code + day;
  let province = provinceCache.get(key);
  if (province === undefined) {
    province = getProvince(code, { at: day });
    if (provinceCache.size > 1000) provinceCache.clear();
    provinceCache.set(key, province);
  }
  return province;
}

const TRAILING = /[\s,;|–—-]+$/;

function candidate(
  street: string,
  commune: Commune,
  day: string,
  whole: boolean,
  from?: Commune,
): AddressCandidate {
  const province = provinceOf(commune.province, day);
  // Official names are never empty; only the street may be.
  const address = `${street === '' ? '' : `${street}, `}${commune.name}, ${province.fullName}`;
  return Object.freeze(
    from ? { address, commune, province, whole, from } : { address, commune, province, whole },
  );
}

/** The record of a code on a day, if any. */
function unitOn(code: string, day: string): Commune | undefined {
  return communeStore()
    .byCode.get(code)
    ?.find((row) => isValidOn(row, day));
}

interface Successor {
  readonly unit: Commune;
  readonly whole: boolean;
}

// The successors of an old unit on a day, by old code and day: a batch of addresses meets the
// same units again and again, and only the street differs. Cleared when full, to bound memory.
const successorCache = new Map<string, readonly Successor[]>();
const SUCCESSOR_CACHE_SIZE = 20_000;

/** The units of `day` an old unit went into, in code order, each with whether it went whole. */
function successorUnits(old: Commune, day: string): readonly Successor[] {
  const key = old.code + day;
  let found = successorCache.get(key) as Successor[] | undefined;
  if (found === undefined) {
    found = [];
    for (const link of linksFrom(old.code)) {
      const unit = unitOn(link.to, day);
      if (unit && !found.some((s) => s.unit === unit)) found.push({ unit, whole: link.whole });
    }
    found.sort((a, b) => (a.unit.code < b.unit.code ? -1 : 1));
    if (successorCache.size >= SUCCESSOR_CACHE_SIZE) successorCache.clear();
    successorCache.set(key, found);
  }
  return found;
}

/** The candidates for an old unit: the units of `day` it went into, with the street. */
function successorsOn(old: Commune, street: string, day: string): AddressCandidate[] {
  return successorUnits(old, day).map(({ unit, whole }) =>
    candidate(street, unit, day, whole, old),
  );
}

function result(
  input: string,
  status: AddressStatus,
  street: string,
  candidates: readonly AddressCandidate[],
  from?: Commune,
): ConvertedAddress {
  const [only] = candidates;
  const list = Object.freeze(candidates);
  // Object literals rather than spreads: a batch builds one per address.
  if (status === 'exact' && only) {
    const { address, commune, province } = only;
    return Object.freeze(
      from
        ? { input, status, street, address, commune, province, from, candidates: list }
        : { input, status, street, address, commune, province, candidates: list },
    );
  }
  return Object.freeze(
    from
      ? { input, status, street, from, candidates: list }
      : { input, status, street, candidates: list },
  );
}

function notFound(input: string, code: AddressReason, named?: string): ConvertedAddress {
  const reason = {
    'no-province': {
      code,
      vi: 'Không nhận ra tỉnh, thành phố ở cuối địa chỉ.',
      en: 'No province was recognised at the end of the address.',
    },
    'no-commune': {
      code,
      vi: `Không nhận ra xã, phường nào của ${named} trong địa chỉ.`,
      en: `No commune-level unit of ${named} was recognised in the address.`,
    },
    'no-successor': {
      code,
      vi: `Dữ liệu không có đơn vị nào mà ${named} được sắp xếp vào.`,
      en: `The data links ${named} to no unit of the day.`,
    },
  }[code];
  return Object.freeze({
    input,
    status: 'not-found',
    street: '',
    candidates: Object.freeze([]),
    reason: Object.freeze(reason),
  });
}

/** The units read, narrowed to those whose name the text spells with its marks, if it does. */
function written(
  text: string,
  words: readonly Word[],
  found: { readonly start: number; readonly end: number; readonly values: readonly Commune[] },
): readonly Commune[] {
  const first = words[found.start];
  const last = words[found.end - 1];
  return first && last
    ? byWrittenForm(found.values, text.slice(first.start, last.end))
    : found.values;
}

/** The street: what comes before the commune, as written, without trailing separators. */
function streetBefore(input: string, start: number | undefined): string {
  return start === undefined ? '' : input.slice(0, start).replace(TRAILING, '').trim();
}

/**
 * Converts a free-text Vietnamese address of before 1 July 2025 (street, commune, district,
 * province) to the address of the two-tier system (street, new commune, new province), by the
 * National Assembly Standing Committee resolutions 1654–1687/NQ-UBTVQH15. The units are
 * recognised from the end of the text, with or without diacritics, type words or their
 * abbreviations (`P.`, `X.`, `TT.`, `Q.`, `H.`, `TX.`, `TP.`), numbered wards (`Phường 1`,
 * `P1`, `F.01`), with or without commas; the street part is kept as written. An address that
 * already names a unit of the day converts to itself.
 *
 * Reading a province-less or commune-less text is not an error: the result says `not-found`
 * and why, so that a batch goes on. Indexes are built once, on the first call.
 *
 * @param text - the address, e.g. `'Số 1 Hoàng Diệu, P. Quán Thánh, Q. Ba Đình, Hà Nội'`.
 * @param options - `at`: the day of the new address, from 1 July 2025; default {@link COMMUNES_AS_OF}.
 * @returns the status, the new address and units for `exact`, every candidate for `split`
 *   and `ambiguous`, the reason for `not-found`.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `text` is not a string or is blank, or an
 *   option is unknown; `INVALID_DATE` for a bad `at` or one before 1 July 2025.
 *
 * @example
 * ```ts
 * import { convertAddress } from 'vn-dx/communes';
 *
 * const moved = convertAddress('12 Phan Đình Phùng, P. Trúc Bạch, Q. Ba Đình, Hà Nội');
 * moved.status; // 'exact'
 * moved.address; // '12 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội'
 * moved.commune?.code; // '00004'
 * convertAddress('phuc xa ba dinh ha noi').commune?.name; // 'Phường Hồng Hà'
 * convertAddress('P. Đa Kao, Q.1, TP.HCM').candidates.map((c) => c.commune.name); // ['Phường Tân Định', 'Phường Sài Gòn']
 * convertAddress('Nowhere street').reason?.code; // 'no-province'
 * ```
 *
 * @category Communes
 */
export function convertAddress(text: string, options?: ConvertAddressOptions): ConvertedAddress {
  if (typeof text !== 'string' || text.trim() === '') {
    fail('INVALID_ARGUMENT', 'text', `an address such as 'Số 1, Phường 1, Quận 5, TP.HCM'`, text);
  }
  const { at } = optionsOf(options, CONVERT_ADDRESS_OPTIONS, '{ at }');
  if (at !== undefined && toIsoDay(at) < FIRST_DAY_OF_34) {
    const day = toIsoDay(at);
    raise(
      'INVALID_DATE',
      'at',
      `${day} is before ${FIRST_DAY_OF_34}; convertAddress gives addresses of the two-tier system. Use a day from ${FIRST_DAY_OF_34}`,
    );
  }
  const day = communeDay(at);
  const words = wordsOf(text);
  const province = readProvince(words);
  if (!province) return notFound(text, 'no-province');
  const read = readUnits(text, words, province.values, province.start, day);
  // A word before the province that reads as its type word may end a district's name
  // (`Huyện Sơn Tịnh Quảng Ngãi`, `Thành phố Hà Tĩnh Hà Tĩnh`): read again without it.
  return read.status === 'not-found' && province.nameStart !== province.start
    ? readUnits(text, words, province.values, province.nameStart, day)
    : read;
}

/** Reads the district and commune before the province (which starts at `end`). */
function readUnits(
  text: string,
  words: readonly Word[],
  provinces: readonly Province[],
  end: number,
  day: string,
): ConvertedAddress {
  const old = provinces.find((p) => p.era === '63');
  // The index holds the records of 1 July 2025; a code of the 34 names the same unit later.
  const now = provinces.find((p) => p.era === '34');
  // An old address names a district: a commune read before one is the old reading. Each
  // district reading is tried (`Phúc Xá, Ba Đình`: the `xá` could be a type word).
  if (old) {
    for (const district of readDistricts(words, end, old.code)) {
      for (const { code, successor } of district.values) {
        const commune = readFormerCommune(words, district.start, old.code, code);
        if (commune) {
          const street = streetBefore(text, words[commune.start]?.start);
          return fromFormer(text, written(text, words, commune), street, day);
        }
        // An island district without communes (Côn Đảo, Lý Sơn, …) became one special zone.
        const unit = successor && unitOn(successor, day);
        if (unit) {
          const street = streetBefore(text, words[district.start]?.start);
          return result(text, 'exact', street, [candidate(street, unit, day, true)]);
        }
      }
    }
  }
  const former = old && readFormerCommune(words, end, old.code);
  const current = now && readCurrentCommune(words, end, now.code, day);
  if (!former && !current) return notFound(text, 'no-commune', (now ?? old)?.fullName);
  if (former && !current)
    return fromFormer(
      text,
      written(text, words, former),
      streetBefore(text, words[former.start]?.start),
      day,
    );
  const read = current as NonNullable<typeof current>;
  const street = streetBefore(text, words[read.start]?.start);
  const here = written(text, words, read).map((unit) => candidate(street, unit, day, true));
  if (!former) return result(text, here.length === 1 ? 'exact' : 'ambiguous', street, here);
  // Both readings: the same unit when every old one went whole into the one current unit.
  const then = written(text, words, former).flatMap((old) => successorsOn(old, street, day));
  if (here.length === 1 && then.every((c) => c.whole && c.commune === here[0]?.commune))
    return fromFormer(text, written(text, words, former), street, day);
  return result(text, 'ambiguous', street, [...here, ...then]);
}

/** The result for an address read as one or more units of 30 June 2025. */
function fromFormer(
  input: string,
  olds: readonly Commune[],
  street: string,
  day: string,
): ConvertedAddress {
  if (olds.length > 1)
    return result(
      input,
      'ambiguous',
      street,
      olds.flatMap((old) => successorsOn(old, street, day)),
    );
  const old = olds[0] as Commune;
  const next = successorsOn(old, street, day);
  if (next.length === 0) return notFound(input, 'no-successor', old.name);
  const status = next.length === 1 && next[0]?.whole ? 'exact' : 'split';
  return result(input, status, street, next, old);
}
