import * as z from 'zod';
import { LegalDocumentSchema, ProgrammeSchema } from './document.js';
import { IndicatorDefinitionSchema } from './indicator.js';
import { ObservationSchema } from './observation.js';
import { RankingEntrySchema } from './ranking.js';
import { SourceSchema } from './source.js';
import { TargetSchema } from './target.js';

/**
 * Everything a digital-transformation dataset holds: its sources, documents
 * and programmes, the indicators it uses beyond the built-in catalogue, and
 * its observations, targets and rankings.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'vn-dx';
 *
 * const empty = { sources: [], documents: [], programmes: [], indicators: [], observations: [], targets: [], rankings: [] };
 * DatasetSchema.safeParse(empty).success; // true
 * ```
 *
 * @category Model
 */
export const DatasetSchema = z
  .object({
    /** Where the records come from. */
    sources: z.array(SourceSchema).readonly(),
    /** Legal and policy documents cited. */
    documents: z.array(LegalDocumentSchema).readonly(),
    /** Digital-transformation programmes. */
    programmes: z.array(ProgrammeSchema).readonly(),
    /** Indicators not in the built-in catalogue. */
    indicators: z.array(IndicatorDefinitionSchema).readonly(),
    /** Reported figures. */
    observations: z.array(ObservationSchema).readonly(),
    /** Targets. */
    targets: z.array(TargetSchema).readonly(),
    /** Ranks in index editions. */
    rankings: z.array(RankingEntrySchema).readonly(),
  })
  .strict();

/**
 * A dataset; see {@link DatasetSchema}.
 *
 * @category Model
 */
export type Dataset = z.infer<typeof DatasetSchema>;
