/**
 * Planning towards targets and ranks: milestones and whether a series is on track, the score a
 * unit needs to reach a rank and where to find it, allocating a target among units, convergence
 * between provinces, and what explains a change of score or rank. Everything here is also
 * exported by `vn-dx`; this entry gathers the planning functions so that a reader can browse them
 * as one domain.
 *
 * @module vn-dx/planning
 */

export type {
  AllocatedTarget,
  AllocateTargetOptions,
  AllocationUnit,
} from './planning/allocate-target.js';
export { allocateTarget } from './planning/allocate-target.js';
export type {
  RankChangeAttribution,
  UnitLeafValues,
} from './planning/attribute-rank-change.js';
export { attributeRankChange } from './planning/attribute-rank-change.js';
export type {
  BetaConvergence,
  ConvergenceOptions,
  Panel,
  SigmaConvergence,
} from './planning/convergence.js';
export { convergence } from './planning/convergence.js';
export type {
  ChangeDecomposition,
  DecomposeChangeOptions,
  NodeContribution,
  UnitValues,
} from './planning/decompose-change.js';
export { decomposeChange } from './planning/decompose-change.js';
export type { Milestone, MilestoneOptions } from './planning/milestones.js';
export { milestones } from './planning/milestones.js';
export type { OnTrackOptions, OnTrackResult, OnTrackVerdict } from './planning/on-track.js';
export { onTrack } from './planning/on-track.js';
export type {
  ComponentIncrease,
  ComponentIncreaseOptions,
  ScoreToReach,
  ScoreToReachOptions,
  UnitScores,
} from './planning/score-to-reach.js';
export { componentIncreases, scoreToReach } from './planning/score-to-reach.js';
