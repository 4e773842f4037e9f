import * as z from 'zod';
import { ProvinceCodeSchema } from './scope.js';
import { PartialDateSchema, RecordIdSchema, SourceRefSchema } from './source.js';

/**
 * Where a rank applies: among all provinces (`national`), or within a region
 * or macro-region, by its id (`central`, `mekong-delta`).
 *
 * @example
 * ```ts
 * import { RankScopeSchema } from 'vn-dx';
 *
 * RankScopeSchema.safeParse('mekong-delta').success; // true
 * ```
 *
 * @category Model
 */
export const RankScopeSchema = z.enum([
  'national',
  'northern-midlands-and-mountains',
  'red-river-delta',
  'north-central-and-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
  'north',
  'central',
  'south',
]);

/**
 * National, or a region or macro-region id; see {@link RankScopeSchema}.
 *
 * @category Model
 */
export type RankScope = z.infer<typeof RankScopeSchema>;

/**
 * A province's place in an index edition: `17/63` in DTI 2021.
 *
 * @example
 * ```ts
 * import { RankingEntrySchema } from 'vn-dx';
 *
 * const entry = { index: 'DTI', edition: 2022, province: '93', rank: 17, of: 63, scope: 'national', source: { url: 'https://dti.gov.vn/xep-hang-2022' } };
 * RankingEntrySchema.safeParse(entry).success; // true
 * RankingEntrySchema.safeParse({ ...entry, rank: 64 }).success; // false
 * ```
 *
 * @category Model
 */
export const RankingEntrySchema = z
  .object({
    /** Stable id, when part of a curated dataset. */
    id: RecordIdSchema.optional(),
    /** The index: `DTI`, `PAR` (PAR Index), `PCI`… */
    index: z.string().min(1),
    /** The edition year: the year assessed (DTI 2021 was published in 2022). `null` when the source leaves it open. */
    edition: z.number().int().min(2000).max(2100).nullable(),
    /** Province code valid in that edition's era. */
    province: ProvinceCodeSchema,
    /** 1-based rank; 1 is best. */
    rank: z.number().int().positive(),
    /** How many were ranked (63, 34, or the size of a region). */
    of: z.number().int().positive(),
    /** The index value, when published. */
    score: z.number().optional(),
    /** National or within a region. */
    scope: RankScopeSchema,
    /** When a source reported it. */
    reportedOn: PartialDateSchema.optional(),
    /** `true` when the rank was worked out (e.g. from an ordered list), not published. */
    inferred: z.boolean().optional(),
    /** Where it comes from: an article reference or a URL. */
    source: z.union([
      SourceRefSchema,
      z
        .object({
          /** The web address of the published table. */
          url: z.string().url(),
        })
        .strict(),
    ]),
    /** How the edition was settled, or why it is ambiguous. */
    note: z.string().optional(),
  })
  .strict()
  .refine((entry) => entry.rank <= entry.of, { message: 'rank exceeds of', path: ['rank'] });

/**
 * A province's place in an index edition; see {@link RankingEntrySchema}.
 *
 * @category Model
 */
export type RankingEntry = z.infer<typeof RankingEntrySchema>;
