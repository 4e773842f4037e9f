import * as z from 'zod';

/**
 * Which way an indicator improves. One vocabulary everywhere in vn-dx.
 *
 * @example
 * ```ts
 * import { DirectionSchema } from 'vn-dx';
 *
 * DirectionSchema.options; // ['higher-is-better', 'lower-is-better']
 * ```
 *
 * @category Model
 */
export const DirectionSchema = z.enum(['higher-is-better', 'lower-is-better']);

/**
 * `'higher-is-better'` or `'lower-is-better'`.
 *
 * @category Model
 */
export type Direction = z.infer<typeof DirectionSchema>;
