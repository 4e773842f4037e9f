import * as z from 'zod';

/**
 * A label in Vietnamese (with diacritics) and English.
 *
 * @example
 * ```ts
 * import { LabelSchema } from 'vn-dx';
 *
 * LabelSchema.parse({ vi: 'Kinh tế số', en: 'Digital economy' }).en; // 'Digital economy'
 * ```
 *
 * @category Model
 */
export const LabelSchema = z
  .object({
    /** Vietnamese, with diacritics. */
    vi: z.string().min(1),
    /** English. */
    en: z.string().min(1),
  })
  .strict();

/**
 * A label in Vietnamese (with diacritics) and English.
 *
 * @category Model
 */
export interface Label {
  /** Vietnamese, with diacritics. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}
