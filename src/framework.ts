/**
 * The indicator framework as data: the indicator catalogue, the DTI
 * structures (Decisions 1726/QĐ-BTTTT and 922/QĐ-BTTTT, and the 2024 edition
 * as far as known), the national targets of Decisions 749/QĐ-TTg,
 * 942/QĐ-TTg and 411/QĐ-TTg, the online public-service levels, and the
 * national documents and sources they cite. Kept out of the main entry so
 * that `import { rank } from 'vn-dx'` stays small.
 *
 * @module vn-dx/framework
 */
export { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from './framework/documents.js';
export type {
  Dti922ScoredIndexId,
  DtiComparability,
  DtiFormula,
  DtiGroup,
  DtiGroupId,
  DtiLevel,
  DtiMainIndex,
  DtiPillarShare,
  DtiStructure,
} from './framework/dti.js';
export {
  DTI_922_WEIGHTS,
  DTI_STRUCTURES,
  DtiComparabilitySchema,
  DtiFormulaSchema,
  DtiGroupIdSchema,
  DtiGroupSchema,
  DtiLevelSchema,
  DtiMainIndexSchema,
  DtiPillarShareSchema,
  DtiStructureSchema,
  dtiStructureFor,
} from './framework/dti.js';
export { DTI_922_FRAMEWORK } from './framework/dti-framework.js';
export type { IndicatorQuery } from './framework/indicators.js';
export { findIndicators, getIndicator, INDICATORS } from './framework/indicators.js';
export { NATIONAL_TARGETS } from './framework/national-targets.js';
export type { ServiceLevel, ServiceLevelScheme } from './framework/service-levels.js';
export {
  SERVICE_LEVELS,
  ServiceLevelSchema,
  ServiceLevelSchemeSchema,
  serviceLevelsAt,
} from './framework/service-levels.js';
export { nationalTargetsFor } from './framework/target-query.js';
