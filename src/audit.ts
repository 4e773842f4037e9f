/**
 * Auditing a composite index before and after it is built, as COINr does: indicator statistics
 * and flags, correlations and Cronbach's alpha, screening units by data coverage, denominating,
 * panel imputation, effective weights and weights from the data (PCA, optimised), and a unit's
 * strengths and weaknesses. Everything here is also exported by `vn-dx`; this entry gathers the
 * audit functions so that a reader can browse them as one domain.
 *
 * @module vn-dx/audit
 */

export type { CorrelationMatrix, CorrelationOptions } from './audit/correlations.js';
export { correlations } from './audit/correlations.js';
export { cronbachAlpha } from './audit/cronbach-alpha.js';
export type { DenominateOptions } from './audit/denominate.js';
export { denominate } from './audit/denominate.js';
export { effectiveWeights } from './audit/effective-weights.js';
export type { ImputedPoint, ImputePanelOptions, PanelPoint } from './audit/impute-panel.js';
export { imputePanel } from './audit/impute-panel.js';
export type {
  IndicatorFlag,
  IndicatorStats,
  IndicatorStatsOptions,
} from './audit/indicator-stats.js';
export { indicatorStats } from './audit/indicator-stats.js';
export type {
  OptimizedWeights,
  OptimizeWeightsOptions,
  WeightsOutcome,
} from './audit/optimize-weights.js';
export { optimizeWeights } from './audit/optimize-weights.js';
export type { PcaGroup, PcaWeights, PcaWeightsOptions } from './audit/pca-weights.js';
export { pcaWeights } from './audit/pca-weights.js';
export type { DroppedUnit, ScreenedUnits, ScreenUnitsOptions } from './audit/screen-units.js';
export { screenUnits } from './audit/screen-units.js';
export type {
  NodeStanding,
  StrengthsWeaknesses,
  StrengthsWeaknessesOptions,
} from './audit/strengths-weaknesses.js';
export { strengthsWeaknesses } from './audit/strengths-weaknesses.js';
