import * as z from 'zod';

/**
 * A two-digit GSO province code string (`"49"`). Which unit it names depends
 * on the date: pair it with one (see `getProvince`).
 *
 * @example
 * ```ts
 * import { ProvinceCodeSchema } from 'vn-dx';
 *
 * ProvinceCodeSchema.safeParse('49').success; // true
 * ProvinceCodeSchema.safeParse('4').success; // false
 * ```
 *
 * @category Model
 */
export const ProvinceCodeSchema = z
  .string()
  .regex(/^\d{2}$/, "expected a two-digit province code such as '49'");

/**
 * A five-digit GSO commune code (`"00004"`), the code of a xã, phường, thị trấn or đặc khu.
 * Which unit it names depends on the date: the 2025 reform reused many codes, so pair it with
 * one (see `getCommune`).
 *
 * @example
 * ```ts
 * import { CommuneCodeSchema } from 'vn-dx/communes';
 *
 * CommuneCodeSchema.safeParse('00004').success; // true
 * CommuneCodeSchema.safeParse('4').success; // false
 * ```
 *
 * @category Communes
 */
export const CommuneCodeSchema = z
  .string()
  .regex(/^\d{5}$/, "expected a five-digit commune code such as '00004'");

/**
 * Where a figure or target applies: a province code, or `national`.
 *
 * @example
 * ```ts
 * import { ScopeSchema } from 'vn-dx';
 *
 * ScopeSchema.safeParse('national').success; // true
 * ```
 *
 * @category Model
 */
export const ScopeSchema = z.union([ProvinceCodeSchema, z.literal('national')]);

/**
 * A province code or `national`; see {@link ScopeSchema}.
 *
 * @category Model
 */
export type Scope = z.infer<typeof ScopeSchema>;
