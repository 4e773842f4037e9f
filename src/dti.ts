/**
 * The published provincial Digital Transformation Index (DTI) results,
 * 2020–2024: ranks, overall values (0–1) where printed, and the main-index
 * values of the DTI 2022 top five, each with its source. DTI 2022 is the one
 * complete ranking; other editions hold what was published (the top ten, or
 * for DTI 2021 the first 18 with values, and scattered ranks). DTI 2024 is ranked both among the 34 units of 1 July 2025
 * and among the 63 old provinces. Ranks worked out rather than printed are
 * marked `inferred`. `DTI_PILLAR_RESULTS` holds the provinces' published
 * pillar results (rank, value or both, per pillar: partial rows stay partial),
 * queried with `dtiPillarResults`. `indexHistory` and `indexRanking` read the
 * DTI and the other indices' published results (`INDEX_RESULTS` of
 * `vn-dx/framework`: PCI, PAPI, PAR Index, SIPAS) alike. `DTI_NATIONAL` holds each edition's
 * national DTI, provincial mean and pillar means where printed. The structure of each
 * scheme (main indices, weights) is in `vn-dx/framework`.
 *
 * @module vn-dx/dti
 */

export { DTI_DATA_DATE } from './dti/data-date.js';
export type {
  IndexHistoryOptions,
  IndexRankingOptions,
  ResultIndex,
} from './dti/index-query.js';
export { indexHistory, indexRanking, RESULT_INDICES } from './dti/index-query.js';
export type { DtiMainIndexValues } from './dti/main-index-values.js';
export { DTI_MAIN_INDEX_VALUES, DtiMainIndexValuesSchema } from './dti/main-index-values.js';
export type { DtiAggregateValue, DtiNationalSummary } from './dti/national.js';
export {
  DTI_NATIONAL,
  DtiAggregateValueSchema,
  DtiNationalSummarySchema,
} from './dti/national.js';
export type { DtiPillarId, DtiPillarResult } from './dti/pillar-results.js';
export {
  DTI_PILLAR_RESULTS,
  DtiPillarIdSchema,
  DtiPillarResultSchema,
} from './dti/pillar-results.js';
export type { DtiPillarResultsOptions, DtiRankingOptions } from './dti/query.js';
export { dtiHistory, dtiPillarResults, dtiRanking } from './dti/query.js';
export { DTI_RESULTS } from './dti/results.js';
