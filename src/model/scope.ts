import { z } from 'zod';

/**
 * A two-digit GSO province code string (`"49"`). Which unit it names depends
 * on the date: pair it with one (see `getProvince`).
 *
 * @category Model
 */
export const ProvinceCodeSchema = z
  .string()
  .regex(/^\d{2}$/, "expected a two-digit province code such as '49'");

/**
 * Where a figure or target applies: a province code, or `national`.
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
