// The public shape of a commune-level unit. The tables (table.ts) return rows of this shape;
// the types are written out here so that the documentation reads in one place.

/**
 * The kind of a commune-level unit: `commune` (xã), `ward` (phường), `township` (thị trấn,
 * which exists only before 1 July 2025) and `special-zone` (đặc khu, island units from
 * 1 July 2025).
 *
 * @category Communes
 */
export type CommuneKind = 'commune' | 'ward' | 'township' | 'special-zone';

/**
 * The kind of a district, the middle tier abolished on 1 July 2025: `urban-district` (quận),
 * `rural-district` (huyện), `town` (thị xã) and `city` (thành phố thuộc tỉnh).
 *
 * @category Communes
 */
export type DistrictKind = 'urban-district' | 'rural-district' | 'town' | 'city';

/**
 * The district a unit of 30 June 2025 belonged to.
 *
 * @category Communes
 */
export interface CommuneDistrict {
  /** The three-digit GSO code (`"001"`). */
  readonly code: string;
  /** The official name with its type word (`"Quận Ba Đình"`, `"Huyện Đông Anh"`). */
  readonly name: string;
  /** Quận, huyện, thị xã or thành phố thuộc tỉnh. */
  readonly kind: DistrictKind;
}

/**
 * A commune-level unit as it stood during one interval of time. Codes are the five-digit GSO
 * codes, and the 2025 reform reused many of them for other units (`00004` is Phường Trúc Bạch
 * until 30 June 2025 and Phường Ba Đình after), so every lookup is anchored in time.
 *
 * @category Communes
 */
export interface Commune {
  /** The five-digit GSO code (`"00004"`). Pair it with a date. */
  readonly code: string;
  /** The official name with its type word (`"Phường Ba Đình"`, `"Xã Tân Lập"`, `"Phường 1"`). */
  readonly name: string;
  /** Xã, phường, thị trấn or đặc khu. */
  readonly kind: CommuneKind;
  /** The two-digit code of its province, in the era of the record (`"01"`). */
  readonly province: string;
  /** For a unit of 30 June 2025: its district. Units from 1 July 2025 have none. */
  readonly district?: CommuneDistrict;
  /** First day of validity, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day of validity (inclusive), `YYYY-MM-DD`; absent while the record is valid. */
  readonly validTo?: string;
  /** The id of the source the record was read from (see `COMMUNE_SOURCES`). */
  readonly source: string;
}

/**
 * One link between a unit of 30 June 2025 and a unit of 1 July 2025: the unit at the other end,
 * and whether the old unit went into it whole (`true`) or only a part of it did (`false`, an
 * old unit split between several new ones).
 *
 * @category Communes
 */
export interface CommuneLink {
  /** The unit at the other end of the link. */
  readonly commune: Commune;
  /** `true` when the whole old unit went into the new one. */
  readonly whole: boolean;
  /** The id of the source of the link (see `COMMUNE_SOURCES`): the resolution that made it. */
  readonly source: string;
}
