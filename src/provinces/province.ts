import type { MacroRegionId, RegionId } from './regions.js';

/**
 * Which generation of provincial units a record belongs to: the 63 units of
 * 1 August 2008 – 30 June 2025, or the 34 units from 1 July 2025
 * (Resolution 202/2025/QH15).
 *
 * @category Provinces
 */
export type Era = '63' | '34';

/**
 * `province` is a tỉnh; `municipality` is a thành phố trực thuộc trung ương
 * (a centrally governed city).
 *
 * @category Provinces
 */
export type ProvinceKind = 'province' | 'municipality';

/**
 * A provincial-level unit as it stood during one interval of time. A unit
 * whose kind or name changed without a merger has one record per interval:
 * Thừa Thiên Huế (a province until 2024-12-31) and Huế (a municipality from
 * 2025-01-01) share code `46` in the 63-unit era.
 *
 * @category Provinces
 */
export interface Province {
  /** The two-digit GSO code (`"49"`). Codes are reused across eras: pair them with a date. */
  readonly code: string;
  /** The era the record belongs to. */
  readonly era: Era;
  /** Short Vietnamese name with diacritics, no type prefix (`"Quảng Nam"`). */
  readonly name: string;
  /** Official name with its type prefix (`"Tỉnh Quảng Nam"`, `"Thành phố Hà Nội"`). */
  readonly fullName: string;
  /** `name` without diacritics (`"Quang Nam"`). */
  readonly nameAscii: string;
  /** The name English text uses (`"Ho Chi Minh City"`, `"Hanoi"`). */
  readonly nameEn: string;
  /** URL-safe key (`"quang-nam"`). */
  readonly slug: string;
  /** Tỉnh or thành phố trực thuộc trung ương during this record's interval. */
  readonly kind: ProvinceKind;
  /**
   * The socio-economic region, or `null` for a 34-era unit formed from
   * provinces of two regions (no official assignment exists; see `regions`).
   */
  readonly region: RegionId | null;
  /** Every socio-economic region the unit's territory lies in (one for the 63). */
  readonly regions: readonly RegionId[];
  /** Miền Bắc, Trung or Nam. */
  readonly macroRegion: MacroRegionId;
  /** ISO 3166-2 code (`"VN-27"`); `null` for the 34, which ISO has not coded. */
  readonly iso3166_2: string | null;
  /** First day of validity, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day of validity, `YYYY-MM-DD`, or `null` while still valid. */
  readonly validTo: string | null;
  /** For a 63-era unit: the code of the 34-era unit it became part of. */
  readonly successor: string | null;
  /** For a 34-era unit: the codes of the 63-era units it was formed from. */
  readonly predecessors: readonly string[];
  /** For a merged 34-era unit: where its administrative seat is, in Vietnamese. */
  readonly seat: string | null;
  /** `false` when the seat's city was inferred rather than read in a source. */
  readonly seatVerified: boolean;
  /** Other names the unit goes by (spellings in the wild, English forms, abbreviations). */
  readonly aliases: readonly string[];
}
