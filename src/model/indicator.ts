import * as z from 'zod';
import { DirectionSchema } from './direction.js';
import { LabelSchema } from './label.js';
import { PillarIdSchema } from './pillar.js';

/**
 * The unit of an indicator's values: `percent` (0–100), `count`, `per100`
 * (per 100 inhabitants), `vnd` (đồng), `rank` (1 is best), `index` (0–1),
 * `days`, `hours`.
 *
 * @example
 * ```ts
 * import { UnitSchema } from 'vn-dx';
 *
 * UnitSchema.parse('per100'); // 'per100'
 * ```
 *
 * @category Model
 */
export const UnitSchema = z.enum([
  'percent',
  'count',
  'per100',
  'vnd',
  'rank',
  'index',
  'days',
  'hours',
]);

/**
 * The unit of an indicator's values; see {@link UnitSchema}.
 *
 * @category Model
 */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * A dotted, lower-case indicator id whose first part is the pillar prefix:
 * `gov.dossiers.online-share`, `soc.households-fixed-broadband-share`.
 *
 * @example
 * ```ts
 * import { IndicatorIdSchema } from 'vn-dx';
 *
 * IndicatorIdSchema.safeParse('gov.dossiers.online-share').success; // true
 * IndicatorIdSchema.safeParse('Online share').success; // false
 * ```
 *
 * @category Model
 */
export const IndicatorIdSchema = z
  .string()
  .regex(
    /^(gov|econ|soc|found|dti)(\.[a-z0-9]+(-[a-z0-9]+)*)+$/,
    'expected a dotted id such as gov.dossiers.online-share',
  );

/**
 * What an indicator measures and how to read it.
 *
 * @example
 * ```ts
 * import { IndicatorDefinitionSchema } from 'vn-dx';
 *
 * const fibre = {
 *   id: 'soc.households-fibre-share', pillar: 'society',
 *   label: { vi: 'Tỷ lệ hộ gia đình có cáp quang', en: 'Households with fibre broadband' },
 *   unit: 'percent', direction: 'higher-is-better', bounds: { min: 0, max: 100 }, legalBasis: ['411/QĐ-TTg'],
 * };
 * IndicatorDefinitionSchema.safeParse(fibre).success; // true
 * ```
 *
 * @category Model
 */
export const IndicatorDefinitionSchema = z
  .object({
    /** Stable dotted id. */
    id: IndicatorIdSchema,
    /** The pillar it belongs to. */
    pillar: PillarIdSchema,
    /** Vietnamese and English name. */
    label: LabelSchema,
    /** The unit of its values. */
    unit: UnitSchema,
    /** Which way is better. */
    direction: DirectionSchema,
    /** The smallest and largest possible values; omitted ends are unbounded. */
    bounds: z
      .object({
        /** The smallest possible value; absent when unbounded below. */
        min: z.number().optional(),
        /** The largest possible value; absent when unbounded above. */
        max: z.number().optional(),
      })
      .strict(),
    /** For a derived ratio: the id of the indicator counted in the numerator. */
    numerator: IndicatorIdSchema.optional(),
    /** For a derived ratio: the id of the indicator counted in the denominator. */
    denominator: IndicatorIdSchema.optional(),
    /** Document numbers that define the indicator or set its targets. */
    legalBasis: z.array(z.string().min(1)).readonly(),
    /** Anything a reader should know about its scope or definition. */
    note: z.string().optional(),
  })
  .strict()
  .refine((value) => (value.numerator === undefined) === (value.denominator === undefined), {
    message: 'numerator and denominator come together',
    path: ['denominator'],
  })
  .refine(
    (value) =>
      value.bounds.min === undefined ||
      value.bounds.max === undefined ||
      value.bounds.min <= value.bounds.max,
    {
      message: 'bounds.min exceeds bounds.max',
      path: ['bounds'],
    },
  );

/**
 * What an indicator measures and how to read it; see {@link IndicatorDefinitionSchema}.
 *
 * @category Model
 */
export type IndicatorDefinition = z.infer<typeof IndicatorDefinitionSchema>;
