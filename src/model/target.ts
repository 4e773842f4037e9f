import * as z from 'zod';
import { renamedEnumError } from '../internal/renamed.js';
import { IndicatorIdSchema } from './indicator.js';
import { PeriodSchema } from './period.js';
import { ScopeSchema } from './scope.js';
import { RecordIdSchema, SourceRefSchema } from './source.js';

const COMPARATORS = ['gte', 'lte', 'eq', 'top-n'] as const;

/**
 * How a value is compared with a target: `gte` (at least), `lte` (at most),
 * `eq` (exactly), `top-n` (a rank no worse than N, where 1 is best).
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from 'vn-dx';
 *
 * ComparatorSchema.parse('top-n'); // 'top-n'
 * ```
 *
 * @category Model
 */
export const ComparatorSchema = z.enum(COMPARATORS, {
  // 0.x wrote 'topN': the message names the 1.0 spelling.
  error: renamedEnumError(COMPARATORS),
});

/**
 * How a value is compared with a target; see {@link ComparatorSchema}.
 *
 * @category Model
 */
export type Comparator = z.infer<typeof ComparatorSchema>;

/**
 * A target: what value an indicator must reach, where, by when, set by which
 * document. Rank targets ("top 20 by 2025") use `comparator: 'top-n'`.
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'vn-dx';
 *
 * const top20 = { id: 'qn-top-20', scope: '49', indicator: 'dti.overall.rank', comparator: 'top-n', value: 20, deadline: { kind: 'year', year: 2025 }, verified: true };
 * TargetSchema.safeParse(top20).success; // true
 * ```
 *
 * @category Model
 */
export const TargetSchema = z
  .object({
    /** Stable id. */
    id: RecordIdSchema,
    /** Province code (63-era for provincial targets set before 2025) or `national`. */
    scope: ScopeSchema,
    /** Indicator id from the catalogue. */
    indicator: IndicatorIdSchema,
    /** How a value is compared with `value`. */
    comparator: ComparatorSchema,
    /** The target value in the indicator's unit (for `top-n`, N). */
    value: z.number(),
    /** By when: usually a year (`{ kind: 'year', year: 2025 }`: by the end of 2025). */
    deadline: PeriodSchema,
    /** Id of the document that sets it, when known. */
    document: RecordIdSchema.optional(),
    /** Where it is stated. */
    source: SourceRefSchema.optional(),
    /** `false` when a secondary source states it and the document was not read. */
    verified: z.boolean(),
    /** Anything a reader should know. */
    note: z.string().optional(),
  })
  .strict()
  .refine(
    (target) =>
      target.comparator !== 'top-n' || (Number.isInteger(target.value) && target.value >= 1),
    {
      message: 'a top-n target needs a whole N of at least 1',
      path: ['value'],
    },
  );

/**
 * A target; see {@link TargetSchema}.
 *
 * @category Model
 */
export type Target = z.infer<typeof TargetSchema>;
