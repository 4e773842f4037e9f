import * as z from 'zod';
import { renamedEnumError } from '../internal/renamed.js';

const QUALIFIER_VALUES = ['exact', 'approx', 'over', 'at-least', 'under', 'at-most'] as const;

/**
 * How a source states a number. A "nearly 4,000" is not a 4,000: keep the
 * qualifier with the value.
 *
 * | qualifier | Vietnamese | meaning |
 * | --- | --- | --- |
 * | `exact` | — | the value as stated |
 * | `approx` | gần, khoảng, xấp xỉ | about the value (gần: nearly, just below) |
 * | `over` | trên, hơn | strictly more than the value |
 * | `at-least` | tối thiểu, ít nhất, không dưới, từ | the value or more |
 * | `under` | dưới, chưa đến | strictly less than the value |
 * | `at-most` | tối đa, không quá | the value or less |
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
export const QualifierSchema = z.enum(QUALIFIER_VALUES, {
  // 0.x wrote 'atLeast' and 'atMost': the message names the 1.0 spelling.
  error: renamedEnumError(QUALIFIER_VALUES),
});

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
