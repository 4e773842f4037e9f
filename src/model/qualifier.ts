import * as z from 'zod';

/**
 * How a source states a number. A "nearly 4,000" is not a 4,000: keep the
 * qualifier with the value.
 *
 * | qualifier | Vietnamese | meaning |
 * | --- | --- | --- |
 * | `exact` | — | the value as stated |
 * | `approx` | gần, khoảng, xấp xỉ | about the value (gần: nearly, just below) |
 * | `over` | trên, hơn | strictly more than the value |
 * | `atLeast` | tối thiểu, ít nhất, không dưới, từ | the value or more |
 * | `under` | dưới, chưa đến | strictly less than the value |
 * | `atMost` | tối đa, không quá | the value or less |
 *
 * @example
 * ```ts
 * import { QualifierSchema } from 'vn-dx';
 *
 * QualifierSchema.parse('approx'); // 'approx'
 * ```
 *
 * @category Model
 */
export const QualifierSchema = z.enum(['exact', 'approx', 'over', 'atLeast', 'under', 'atMost']);

/**
 * How a source states a number; see {@link QualifierSchema}.
 *
 * @category Model
 */
export type Qualifier = z.infer<typeof QualifierSchema>;

/**
 * The qualifiers, in the order of the {@link QualifierSchema} table.
 *
 * @example
 * ```ts
 * import { QUALIFIERS } from 'vn-dx';
 *
 * QUALIFIERS.includes('approx'); // true
 * ```
 *
 * @category Model
 */
export const QUALIFIERS: readonly Qualifier[] = Object.freeze([...QualifierSchema.options]);
