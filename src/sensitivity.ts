/**
 * Uncertainty and sensitivity analysis of a composite index: replications over alternative
 * choices (`uncertainty`), Sobol' indices of the choices (`sobolIndices`, `rankSensitivity`),
 * removing each component (`removeEach`) and noisy weights. Everything here is also exported by
 * `vn-dx`; this entry gathers the sensitivity functions so that a reader can browse them as one
 * domain. Functions that draw random numbers take an optional `seed`.
 *
 * @module vn-dx/sensitivity
 */

export type {
  NoisyWeightsOptions,
  WeightNoise,
  WeightNoiseSpec,
  WeightSet,
} from './sensitivity/noisy-weights.js';
export { noisyWeights } from './sensitivity/noisy-weights.js';
export type { RankSensitivity, RankSensitivityOptions } from './sensitivity/rank-sensitivity.js';
export { rankSensitivity } from './sensitivity/rank-sensitivity.js';
export type {
  RemovedComponent,
  RemoveEachOptions,
  RemoveEachResult,
} from './sensitivity/remove-each.js';
export { removeEach } from './sensitivity/remove-each.js';
export type {
  SobolDesign,
  SobolIndex,
  SobolIndices,
  SobolOptions,
  SobolResult,
} from './sensitivity/sobol.js';
export { sobolIndices } from './sensitivity/sobol.js';
export type {
  AggregateAlternatives,
  ImputeAlternatives,
  LeafAlternatives,
  NormalizeAlternatives,
  UncertainInput,
} from './sensitivity/uncertain-input.js';
export type {
  ReplicationStats,
  UncertaintyOptions,
  UncertaintyResult,
  UnitUncertainty,
} from './sensitivity/uncertainty.js';
export { uncertainty } from './sensitivity/uncertainty.js';
