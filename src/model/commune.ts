// The records of the commune tier as zod schemas, so that users validate commune records (and the
// commune codes of their own data) with the same rules vn-dx uses, and JSON Schema is generated
// from them (`vn-dx/schemas/commune.json`). The types of `vn-dx/communes` are derived from these.
// Exported from `vn-dx/communes` only: `vn-dx` does not grow by them.
import * as z from 'zod';
import { CommuneCodeSchema, ProvinceCodeSchema } from './scope.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export { CommuneCodeSchema } from './scope.js';

/**
 * The kind of a commune-level unit: `commune` (xã), `ward` (phường), `township` (thị trấn,
 * which exists only before 1 July 2025) and `special-zone` (đặc khu, island units from
 * 1 July 2025).
 *
 * @example
 * ```ts
 * import { CommuneKindSchema } from 'vn-dx/communes';
 *
 * CommuneKindSchema.options; // ['commune', 'ward', 'township', 'special-zone']
 * ```
 *
 * @category Communes
 */
export const CommuneKindSchema = z.enum(['commune', 'ward', 'township', 'special-zone']);

/**
 * Xã, phường, thị trấn or đặc khu; see {@link CommuneKindSchema}.
 *
 * @category Communes
 */
export type CommuneKind = z.infer<typeof CommuneKindSchema>;

/**
 * The kind of a district, the middle tier abolished on 1 July 2025: `urban-district` (quận),
 * `rural-district` (huyện), `town` (thị xã) and `city` (thành phố thuộc tỉnh).
 *
 * @example
 * ```ts
 * import { DistrictKindSchema } from 'vn-dx/communes';
 *
 * DistrictKindSchema.safeParse('rural-district').success; // true
 * DistrictKindSchema.safeParse('huyện').success; // false
 * ```
 *
 * @category Communes
 */
export const DistrictKindSchema = z.enum(['urban-district', 'rural-district', 'town', 'city']);

/**
 * Quận, huyện, thị xã or thành phố thuộc tỉnh; see {@link DistrictKindSchema}.
 *
 * @category Communes
 */
export type DistrictKind = z.infer<typeof DistrictKindSchema>;

/**
 * The district a unit of 30 June 2025 belonged to.
 *
 * @example
 * ```ts
 * import { CommuneDistrictSchema } from 'vn-dx/communes';
 *
 * CommuneDistrictSchema.safeParse({ code: '001', name: 'Quận Ba Đình', kind: 'urban-district' }).success; // true
 * ```
 *
 * @category Communes
 */
export const CommuneDistrictSchema = z
  .object({
    /** The three-digit GSO code (`"001"`). */
    code: z.string().regex(/^\d{3}$/, "expected a three-digit district code such as '001'"),
    /** The official name with its type word (`"Quận Ba Đình"`, `"Huyện Đông Anh"`). */
    name: z.string().min(1),
    /** Quận, huyện, thị xã or thành phố thuộc tỉnh. */
    kind: DistrictKindSchema,
  })
  .strict()
  .readonly();

/**
 * The district of a unit of 30 June 2025; see {@link CommuneDistrictSchema}.
 *
 * @category Communes
 */
export type CommuneDistrict = z.infer<typeof CommuneDistrictSchema>;

/**
 * A commune-level unit as it stood during one interval of time: the records `getCommune`,
 * `communesAt` and the other lookups of `vn-dx/communes` return. Codes are the five-digit GSO
 * codes, and the 2025 reform reused many of them for other units (`00004` is Phường Trúc Bạch
 * until 30 June 2025 and Phường Ba Đình after), so every record carries its interval.
 *
 * @example
 * ```ts
 * import { CommuneSchema, getCommune } from 'vn-dx/communes';
 *
 * CommuneSchema.safeParse(getCommune('00004')).success; // true
 * CommuneSchema.safeParse({ ...getCommune('00004'), kind: 'phường' }).success; // false
 * ```
 *
 * @category Communes
 */
export const CommuneSchema = z
  .object({
    /** The five-digit GSO code (`"00004"`). Pair it with a date. */
    code: CommuneCodeSchema,
    /** The official name with its type word (`"Phường Ba Đình"`, `"Xã Tân Lập"`, `"Phường 1"`). */
    name: z.string().min(1),
    /** Xã, phường, thị trấn or đặc khu. */
    kind: CommuneKindSchema,
    /** The two-digit code of its province, in the era of the record (`"01"`). */
    province: ProvinceCodeSchema,
    /** For a unit of 30 June 2025: its district. Units from 1 July 2025 have none. */
    district: CommuneDistrictSchema.optional(),
    /**
     * Other spellings of the name, with the type word, that a second source or the resolutions
     * use (`"Xã Sà Phìn"` for the catalogue's `"Xã Xà Phìn"`); absent when there are none.
     */
    aliases: z.array(z.string().min(1)).readonly().optional(),
    /** First day of validity, `YYYY-MM-DD`. */
    validFrom: z.string().regex(ISO_DAY, 'expected an ISO date YYYY-MM-DD'),
    /** Last day of validity (inclusive), `YYYY-MM-DD`; absent while the record is valid. */
    validTo: z.string().regex(ISO_DAY, 'expected an ISO date YYYY-MM-DD').optional(),
    /** The id of the source the record was read from (see `docs/datasets.md`). */
    source: z.string().min(1),
  })
  .strict()
  .readonly();

/**
 * A commune-level unit over one interval of time; see {@link CommuneSchema}.
 *
 * @category Communes
 */
export type Commune = z.infer<typeof CommuneSchema>;

/**
 * One link between a unit of 30 June 2025 and a unit of 1 July 2025 (what
 * `communeSuccessors` and `communePredecessors` return): the unit at the other end, and whether
 * the old unit went into it whole (`true`) or only a part of it did (`false`, an old unit split
 * between several new ones).
 *
 * @example
 * ```ts
 * import { CommuneLinkSchema, communeSuccessors } from 'vn-dx/communes';
 *
 * communeSuccessors('00004').every((link) => CommuneLinkSchema.safeParse(link).success); // true
 * ```
 *
 * @category Communes
 */
export const CommuneLinkSchema = z
  .object({
    /** The unit at the other end of the link. */
    commune: CommuneSchema,
    /** `true` when the whole old unit went into the new one. */
    whole: z.boolean(),
    /** The id of the source of the link: the resolution that made it. */
    source: z.string().min(1),
  })
  .strict()
  .readonly();

/**
 * A link between a unit of 30 June 2025 and one of 1 July 2025; see {@link CommuneLinkSchema}.
 *
 * @category Communes
 */
export type CommuneLink = z.infer<typeof CommuneLinkSchema>;
