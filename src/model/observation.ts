import * as z from 'zod';
import { IndicatorIdSchema } from './indicator.js';
import { PeriodSchema } from './period.js';
import { QualifierSchema } from './qualifier.js';
import { CommuneCodeSchema, ScopeSchema } from './scope.js';
import { RecordIdSchema, SourceRefSchema } from './source.js';

/**
 * One reported figure: the value of an indicator for a province (or the
 * nation) in a period, with how the source qualified it and where it comes
 * from. A province code is read at the period's end, so `91` in 2023 is Kiên
 * Giang and `91` in 2026 is the merged An Giang. A figure for one commune carries
 * its `commune` code as well as its province.
 *
 * @example
 * ```ts
 * import { ObservationSchema } from 'vn-dx';
 *
 * const observation = {
 *   province: '49', indicator: 'gov.dossiers.online-share', period: { kind: 'quarter', year: 2023, quarter: 1 },
 *   value: 71, qualifier: 'exact', source: { source: 'qn-viettimes-2023-04', paragraph: 12 },
 * };
 * ObservationSchema.safeParse(observation).success; // true
 * ObservationSchema.safeParse({ ...observation, value: Number.NaN }).success; // false
 * ObservationSchema.safeParse({ ...observation, province: '01', commune: '00004' }).success; // true
 * ```
 *
 * @category Model
 */
export const ObservationSchema = z
  .object({
    /** Stable id, when the observation is part of a curated dataset. */
    id: RecordIdSchema.optional(),
    /** Province code valid in the period, or `national`. */
    province: ScopeSchema,
    /**
     * The commune-level unit (five-digit GSO code, read at the period's end like the province)
     * when the figure is for one xã, phường or đặc khu of `province`. `checkCommunes` in
     * `vn-dx/communes` checks it against the commune tables (kept out of `vn-dx`).
     */
    commune: CommuneCodeSchema.optional(),
    /** Indicator id from the catalogue. */
    indicator: IndicatorIdSchema,
    /** The period the value refers to. */
    period: PeriodSchema,
    /** The value in the indicator's unit (percent as 0–100, đồng, counts). */
    value: z.number(),
    /** How the source states it; `exact` unless it says gần, trên, tối thiểu… */
    qualifier: QualifierSchema,
    /** Where it comes from. */
    source: SourceRefSchema,
    /** Anything a reader should know (scope, base, caveats). */
    note: z.string().optional(),
  })
  .strict();

/**
 * One reported figure; see {@link ObservationSchema}.
 *
 * @category Model
 */
export type Observation = z.infer<typeof ObservationSchema>;
