/**
 * The indicator framework as data: the indicator catalogue, the DTI
 * structures (Decisions 1726/QĐ-BTTTT and 922/QĐ-BTTTT, and the 2024 edition
 * at the provincial, ministerial and national levels as far as known), the
 * national targets of Decisions 749/QĐ-TTg, 942/QĐ-TTg, 411/QĐ-TTg and
 * Resolution 57-NQ/TW, the online public-service levels, the national
 * documents and sources they cite, and the national series (GSO's
 * digital-economy share of GDP with its vintages, the UN EGDI rank) that the
 * targets are measured against. Kept out of the main entry so that
 * `import { rank } from 'vn-dx'` stays small.
 *
 * @module vn-dx/framework
 */

export { FRAMEWORK_DATA_DATE } from './framework/data-date.js';
export { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from './framework/documents.js';
export { DTI_922_FRAMEWORK } from './framework/dti-framework.js';
export { dtiStructureFor } from './framework/dti-query.js';
export type {
  DtiComparability,
  DtiFormula,
  DtiGroup,
  DtiGroupId,
  DtiLevel,
  DtiMainIndex,
  DtiPillarShare,
  DtiStructure,
} from './framework/dti-schemas.js';
export {
  DtiComparabilitySchema,
  DtiFormulaSchema,
  DtiGroupIdSchema,
  DtiGroupSchema,
  DtiLevelSchema,
  DtiMainIndexSchema,
  DtiPillarShareSchema,
  DtiStructureSchema,
} from './framework/dti-schemas.js';
export type { Dti922ScoredIndexId } from './framework/dti-structures.js';
export { DTI_922_WEIGHTS, DTI_STRUCTURES } from './framework/dti-structures.js';
export type { FindIndicatorOptions } from './framework/find-indicator.js';
export { closestIndicator, findIndicator } from './framework/find-indicator.js';
export { INDEX_RESULTS } from './framework/index-results.js';
export type { IndicatorQuery } from './framework/indicators.js';
export { findIndicators, getIndicator, INDICATORS } from './framework/indicators.js';
export type { NationalSeriesPoint } from './framework/national-series.js';
export {
  NATIONAL_SERIES,
  NationalSeriesPointSchema,
  nationalSeries,
} from './framework/national-series.js';
export { NATIONAL_TARGETS } from './framework/national-targets.js';
export type { IndexStructure } from './framework/other-indices.js';
export { INDEX_STRUCTURES, IndexStructureSchema } from './framework/other-indices.js';
export type { ServiceLevel, ServiceLevelScheme } from './framework/service-levels.js';
export {
  SERVICE_LEVELS,
  ServiceLevelSchema,
  ServiceLevelSchemeSchema,
  serviceLevelsAt,
} from './framework/service-levels.js';
export { nationalTargetsFor } from './framework/target-query.js';
