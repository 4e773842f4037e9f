// The schemas of the Digital Transformation Index (DTI) structures: what a
// scheme, its pillars, groups, main indices and formula look like, at the
// provincial, ministerial and national levels. The data are in
// dti-structures.ts, the lookup in dti-query.ts.
import * as z from 'zod';
import { IndicatorIdSchema } from '../model/indicator.js';
import { LabelSchema } from '../model/label.js';
import { PillarIdSchema } from '../model/pillar.js';
import { PartialDateSchema, RecordIdSchema, SourceRefSchema } from '../model/source.js';

const SourcesSchema = z.array(SourceRefSchema).readonly();
const Points = z.number().nonnegative().nullable();
const Weight = z.number().min(0).max(1).nullable();
const Count = z.number().int().nonnegative().nullable();

/** Fields every DTI record carries: whether a primary source states it, caveats, and sources. */
const Provenance = {
  /** `false` when a figure is derived or comes from a secondary source only. */
  verified: z.boolean(),
  /** Caveats. */
  note: z.string().optional(),
  /** Where it is stated. */
  sources: SourcesSchema,
};

/**
 * The two groups of main indices in the 922 scheme and after:
 * `foundation` (nhóm chỉ số nền tảng chung) and `activity` (nhóm chỉ số hoạt động).
 *
 * @example
 * ```ts
 * import { DtiGroupIdSchema } from 'vn-dx/framework';
 *
 * DtiGroupIdSchema.options; // ['foundation', 'activity']
 * ```
 *
 * @category Model
 */
export const DtiGroupIdSchema = z.enum(['foundation', 'activity']);

/**
 * `'foundation'` or `'activity'`; see {@link DtiGroupIdSchema}.
 *
 * @category Model
 */
export type DtiGroupId = z.infer<typeof DtiGroupIdSchema>;

/**
 * A main index (chỉ số chính) of a DTI scheme, with its points, weight and
 * number of component indices where known.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES, DtiMainIndexSchema } from 'vn-dx/framework';
 *
 * DtiMainIndexSchema.safeParse(DTI_STRUCTURES[1]?.mainIndices[0]).success; // true
 * ```
 *
 * @category Model
 */
export const DtiMainIndexSchema = z
  .object({
    /** Id, unique within the scheme (`digital-awareness`). */
    id: RecordIdSchema,
    /** The catalogue indicator that holds its published values, if any (`dti.digital-awareness`). */
    indicator: IndicatorIdSchema.nullable(),
    /** Vietnamese and English name. */
    label: LabelSchema,
    /** The pillar it serves; the common foundation indices are `foundation`. */
    pillar: PillarIdSchema,
    /** Its group, in schemes that have groups. */
    group: DtiGroupIdSchema.nullable(),
    /** 1-based position in the scheme's table. */
    order: z.number().int().positive(),
    /** Maximum points, or `null` when not known. */
    points: Points,
    /** Share of the overall index (points / total points), or `null` when not known. */
    weight: Weight,
    /** Number of component indices, or `null` when not known. */
    components: Count,
    /** Whether it counts towards the overall index. */
    scored: z.boolean(),
    ...Provenance,
  })
  .strict();

/**
 * A main index of a DTI scheme; see {@link DtiMainIndexSchema}.
 *
 * @category Model
 */
export type DtiMainIndex = z.infer<typeof DtiMainIndexSchema>;

/**
 * A group of main indices with its points and component count.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES, DtiGroupSchema } from 'vn-dx/framework';
 *
 * DtiGroupSchema.safeParse(DTI_STRUCTURES[1]?.groups[0]).success; // true
 * ```
 *
 * @category Model
 */
export const DtiGroupSchema = z
  .object({
    /** `foundation` or `activity`. */
    id: DtiGroupIdSchema,
    /** Vietnamese and English name. */
    label: LabelSchema,
    /** Maximum points, or `null`. */
    points: Points,
    /** Share of the overall index, or `null`. */
    weight: Weight,
    /** Number of component indices, or `null`. */
    components: Count,
    ...Provenance,
  })
  .strict();

/**
 * A group of main indices; see {@link DtiGroupSchema}.
 *
 * @category Model
 */
export type DtiGroup = z.infer<typeof DtiGroupSchema>;

/**
 * One of the three pillars the provincial DTI reports on, with its share of
 * the 1,000 points where the scheme gives one.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES, DtiPillarShareSchema } from 'vn-dx/framework';
 *
 * DtiPillarShareSchema.safeParse(DTI_STRUCTURES[0]?.pillars[0]).success; // true
 * ```
 *
 * @category Model
 */
export const DtiPillarShareSchema = z
  .object({
    /** `government`, `economy` or `society`. */
    pillar: z.enum(['government', 'economy', 'society']),
    /** Points of the 1,000, or `null` when not known. */
    points: Points,
    /** Share of the overall index, or `null`. */
    weight: Weight,
    /** Number of main indices in the pillar, or `null` when the scheme does not split them by pillar. */
    mainIndices: Count,
    ...Provenance,
  })
  .strict();

/**
 * A pillar's share of a DTI scheme; see {@link DtiPillarShareSchema}.
 *
 * @category Model
 */
export type DtiPillarShare = z.infer<typeof DtiPillarShareSchema>;

/**
 * How a scheme's overall index is computed.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES, DtiFormulaSchema } from 'vn-dx/framework';
 *
 * DtiFormulaSchema.safeParse(DTI_STRUCTURES[1]?.formula).success; // true
 * ```
 *
 * @category Model
 */
export const DtiFormulaSchema = z
  .object({
    /** The formula in words and symbols. */
    text: z.string().min(1),
    /** The same as an expression over main-index (or pillar) ids, or `null` when not known. */
    expression: z.string().min(1).nullable(),
    ...Provenance,
  })
  .strict();

/**
 * How a DTI scheme's overall index is computed; see {@link DtiFormulaSchema}.
 *
 * @category Model
 */
export type DtiFormula = z.infer<typeof DtiFormulaSchema>;

/**
 * The three levels the DTI is assessed at: `province` (DTI cấp tỉnh, the
 * provinces and centrally governed cities), `ministry` (DTI cấp bộ, ministries
 * and ministry-level agencies) and `nation` (DTI quốc gia, the country as a
 * whole).
 *
 * @example
 * ```ts
 * import { DtiLevelSchema } from 'vn-dx/framework';
 *
 * DtiLevelSchema.options; // ['province', 'ministry', 'nation']
 * ```
 *
 * @category Model
 */
export const DtiLevelSchema = z.enum(['province', 'ministry', 'nation']);

/**
 * `'province'`, `'ministry'` or `'nation'`; see {@link DtiLevelSchema}.
 *
 * @category Model
 */
export type DtiLevel = z.infer<typeof DtiLevelSchema>;

/**
 * What can be compared across editions. A new scheme (1726 → 922 → 405)
 * changes how scores are computed, so scores are comparable only within one
 * scheme; a rank keeps its meaning (a position among the units assessed) as
 * long as the set of units is the same.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES, DtiComparabilitySchema } from 'vn-dx/framework';
 *
 * DtiComparabilitySchema.safeParse(DTI_STRUCTURES[1]?.comparability).success; // true
 * DTI_STRUCTURES[1]?.comparability.scoresComparableWith; // ['dti-922-btttt']
 * ```
 *
 * @category Model
 */
export const DtiComparabilitySchema = z
  .object({
    /** Ids of the schemes whose scores may be compared with this one's (itself included). */
    scoresComparableWith: z.array(RecordIdSchema).min(1).readonly(),
    /** Whether its ranks mean the same as other editions' ranks at this level; `null` where nothing is ranked. */
    ranksComparable: z.boolean().nullable(),
    /** Why, and the exceptions. */
    note: z.string().min(1),
  })
  .strict();

/**
 * What can be compared across editions; see {@link DtiComparabilitySchema}.
 *
 * @category Model
 */
export type DtiComparability = z.infer<typeof DtiComparabilitySchema>;

/**
 * The structure of one DTI scheme at one level: the decision that set it, the
 * editions it was used for, its pillars, groups and main indices with their
 * points and weights, the formula for the overall value (0–1), and what can
 * be compared with other editions.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES, DtiStructureSchema } from 'vn-dx/framework';
 *
 * DtiStructureSchema.safeParse(DTI_STRUCTURES[1]).success; // true
 * ```
 *
 * @category Model
 */
export const DtiStructureSchema = z
  .object({
    /** Stable id (`dti-922-btttt`). */
    id: RecordIdSchema,
    /** The level assessed: `province`, `ministry` or `nation`. */
    level: DtiLevelSchema,
    /** The edition years (years assessed) it was used for. */
    editions: z.array(z.number().int().min(2020).max(2100)).min(1).readonly(),
    /** The decision number, as written. */
    decision: z.string().min(1),
    /** Id of the decision in `NATIONAL_DOCUMENTS`. */
    document: RecordIdSchema,
    /** `false` when it is not confirmed that the editions were computed under this decision. */
    decisionVerified: z.boolean(),
    /** The ministry that issued it. */
    issuer: LabelSchema,
    /** Issue date. */
    issued: PartialDateSchema.nullable(),
    /** Totals; `null` where not known. */
    totals: z
      .object({
        /** Total points of the scheme (1,000), or `null`. */
        points: Points,
        /** How many pillars it scores, or `null` when not known. */
        pillars: z.number().int().positive().nullable(),
        /** How many main indices it has. */
        mainIndices: Count,
        /** How many of them are scored. */
        scoredMainIndices: Count,
        /** How many component indices. */
        components: Count,
        /** How many criteria, where published. */
        criteria: Count,
        ...Provenance,
      })
      .strict(),
    /** The pillars and their shares. */
    pillars: z.array(DtiPillarShareSchema).readonly(),
    /** The groups of main indices (none in the 1726 scheme). */
    groups: z.array(DtiGroupSchema).readonly(),
    /** The main indices in table order. */
    mainIndices: z.array(DtiMainIndexSchema).readonly(),
    /** How the overall value is computed. */
    formula: DtiFormulaSchema,
    /** What can be compared with other editions. */
    comparability: DtiComparabilitySchema,
    ...Provenance,
  })
  .strict();

/**
 * The structure of one DTI scheme at one level; see {@link DtiStructureSchema}.
 *
 * @category Model
 */
export type DtiStructure = z.infer<typeof DtiStructureSchema>;
