// The Digital Transformation Index (DTI) structures, in three modules named
// for what they hold: the schemas (dti-schemas.ts), the data
// (dti-structures.ts) and the lookup (dti-query.ts). This file keeps the
// import path `./framework/dti.js` that the entry point and other modules use.
export { dtiStructureFor } from './dti-query.js';
export type {
  DtiComparability,
  DtiFormula,
  DtiGroup,
  DtiGroupId,
  DtiLevel,
  DtiMainIndex,
  DtiPillarShare,
  DtiStructure,
} from './dti-schemas.js';
export {
  DtiComparabilitySchema,
  DtiFormulaSchema,
  DtiGroupIdSchema,
  DtiGroupSchema,
  DtiLevelSchema,
  DtiMainIndexSchema,
  DtiPillarShareSchema,
  DtiStructureSchema,
} from './dti-schemas.js';
export type { Dti922ScoredIndexId } from './dti-structures.js';
export { DTI_922_WEIGHTS, DTI_STRUCTURES } from './dti-structures.js';
