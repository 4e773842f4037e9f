/**
 * vn-dx: typed, validated tools for Vietnam's provincial digital
 * transformation (chuyển đổi số). This entry holds functions, schemas and
 * types, and the small province table the lookups need; datasets live in
 * their own entry points (`vn-dx/seed`, `vn-dx/provinces`).
 *
 * @module vn-dx
 */

export type {
  AllocatedTarget,
  AllocateTargetOptions,
  AllocationUnit,
} from './analysis/allocate-target.js';
export { allocateTarget } from './analysis/allocate-target.js';
export type {
  RankChangeAttribution,
  UnitLeafValues,
} from './analysis/attribute-rank-change.js';
export { attributeRankChange } from './analysis/attribute-rank-change.js';
export type {
  BetaConvergence,
  ConvergenceOptions,
  Panel,
  SigmaConvergence,
} from './analysis/convergence.js';
export { convergence } from './analysis/convergence.js';
export type { CorrelationMatrix, CorrelationOptions } from './analysis/correlations.js';
export { correlations } from './analysis/correlations.js';
export { cronbachAlpha } from './analysis/cronbach-alpha.js';
export type {
  ChangeDecomposition,
  NodeContribution,
} from './analysis/decompose-change.js';
export { decomposeChange } from './analysis/decompose-change.js';
export type { DenominateOptions } from './analysis/denominate.js';
export { denominate } from './analysis/denominate.js';
export { effectiveWeights } from './analysis/effective-weights.js';
export type { ImputedPoint, ImputePanelOptions, PanelPoint } from './analysis/impute-panel.js';
export { imputePanel } from './analysis/impute-panel.js';
export type {
  IndicatorFlag,
  IndicatorStats,
  IndicatorStatsOptions,
} from './analysis/indicator-stats.js';
export { indicatorStats } from './analysis/indicator-stats.js';
export type { Milestone, MilestoneOptions } from './analysis/milestones.js';
export { milestones } from './analysis/milestones.js';
export type {
  NoisyWeightsOptions,
  WeightNoise,
  WeightNoiseSpec,
  WeightSet,
} from './analysis/noisy-weights.js';
export { noisyWeights } from './analysis/noisy-weights.js';
export type { OnTrackOptions, OnTrackResult, OnTrackVerdict } from './analysis/on-track.js';
export { onTrack } from './analysis/on-track.js';
export type { Random } from './analysis/random.js';
export { createRandom } from './analysis/random.js';
export type { RankSensitivityOptions } from './analysis/rank-sensitivity.js';
export { rankSensitivity } from './analysis/rank-sensitivity.js';
export type {
  RemovedComponent,
  RemoveEachOptions,
  RemoveEachResult,
} from './analysis/remove-each.js';
export { removeEach } from './analysis/remove-each.js';
export type {
  AggregateAlternatives,
  ImputeAlternatives,
  LeafAlternatives,
  NormalizeAlternatives,
  UncertainInput,
} from './analysis/replicate.js';
export type {
  ComponentIncrease,
  ComponentIncreaseOptions,
  ScoreToReach,
  ScoreToReachOptions,
  UnitScores,
} from './analysis/score-to-reach.js';
export { componentIncreases, scoreToReach } from './analysis/score-to-reach.js';
export type { DroppedUnit, ScreenedUnits, ScreenUnitsOptions } from './analysis/screen-units.js';
export { screenUnits } from './analysis/screen-units.js';
export type { SobolIndex, SobolOptions, SobolResult } from './analysis/sobol.js';
export { sobolIndices } from './analysis/sobol.js';
export type {
  NodeStanding,
  StrengthsWeaknesses,
  StrengthsWeaknessesOptions,
} from './analysis/strengths-weaknesses.js';
export { strengthsWeaknesses } from './analysis/strengths-weaknesses.js';
export type {
  ReplicationStats,
  UncertaintyOptions,
  UncertaintyResult,
  UnitUncertainty,
} from './analysis/uncertainty.js';
export { uncertainty } from './analysis/uncertainty.js';
export type { RankChartOptions, RankPoint, RankSeries } from './chart/rank-chart.js';
export { renderRankChart } from './chart/rank-chart.js';
export type { RankInterval, RankIntervalChartOptions } from './chart/rank-interval-chart.js';
export { renderRankIntervalChart } from './chart/rank-interval-chart.js';
export type { ConsistencyFinding, ConsistencyOptions } from './checks/check-consistency.js';
export { checkConsistency } from './checks/check-consistency.js';
export type { DatasetContext, DatasetFinding } from './checks/check-dataset.js';
export { checkDataset } from './checks/check-dataset.js';
export type { DxErrorCode, DxErrorOptions, DxIssue } from './errors.js';
export { DxError, isDxError } from './errors.js';
export type { DateInput } from './internal/dates.js';
export type { CsvOptions, CsvRow, CsvTable } from './io/csv.js';
export { formatCsvCell, parseCsv } from './io/csv.js';
export type { DecimalMark, NumberColumn } from './io/numbers.js';
export { decimalMarkOf, parseCellQuantity, readNumberColumn } from './io/numbers.js';
export type { ObservationsCsvOptions } from './io/observations.js';
export {
  formatObservationsCsv,
  formatObservationsJson,
  parseObservationsCsv,
  parseObservationsJson,
} from './io/observations.js';
export { aggregate } from './kpi/aggregate.js';
export type { CompositeColumnsResult } from './kpi/composite.js';
export { compositeIndex, compositeIndexColumns } from './kpi/composite.js';
export type {
  CompositeColumns,
  CompositeData,
  CompositeOptions,
  CompositeResult,
  CompositeRow,
  ImputeOptions,
} from './kpi/composite-types.js';
export { deriveShares } from './kpi/derive.js';
export type { TargetEvaluation, TargetRule } from './kpi/evaluate-target.js';
export { directionOfComparator, evaluateTarget } from './kpi/evaluate-target.js';
export type { MergedValue, MergeMethod } from './kpi/merge.js';
export { mergeToEra34 } from './kpi/merge.js';
export { normalize, normalizePanel } from './kpi/normalize.js';
export type { Progress, ProgressInput } from './kpi/progress.js';
export { progress } from './kpi/progress.js';
export { ratio } from './kpi/ratio.js';
export type { TargetStatus } from './kpi/target-status.js';
export { targetStatus } from './kpi/target-status.js';
export type { OutlierTreatment } from './kpi/treat-outliers.js';
export { treatOutliers } from './kpi/treat-outliers.js';
export type { DatedValue } from './kpi/trend.js';
export { projectLinear, requiredGrowthRate } from './kpi/trend.js';
export type { Dataset } from './model/dataset.js';
export { DatasetSchema } from './model/dataset.js';
export type { Direction } from './model/direction.js';
export { DirectionSchema } from './model/direction.js';
export type { LegalDocument, Programme } from './model/document.js';
export { LegalDocumentSchema, ProgrammeSchema } from './model/document.js';
export type {
  AggregateOptions,
  AggregationMethod,
  BordaMethod,
  ConstantPolicy,
  DistanceToTargetMethod,
  DistToMaxMethod,
  DistToRefMethod,
  FracMaxMethod,
  FrameworkNode,
  GoalpostsMethod,
  MinMaxMethod,
  NodeAggregateOptions,
  NormalizeCommon,
  NormalizeMethod,
  PercentRankMethod,
  RankMethod,
  TreatOptions,
  ZScoreMethod,
  ZScoreScale,
} from './model/framework-node.js';
export type { IndicatorDefinition, Unit } from './model/indicator.js';
export {
  IndicatorDefinitionSchema,
  IndicatorIdSchema,
  UnitSchema,
} from './model/indicator.js';
export type { Label } from './model/label.js';
export { LabelSchema } from './model/label.js';
export type { Observation } from './model/observation.js';
export { ObservationSchema } from './model/observation.js';
export type {
  DatePeriod,
  HalfPeriod,
  MonthPeriod,
  Period,
  QuarterPeriod,
  RangePeriod,
  SimplePeriod,
  YearPeriod,
} from './model/period.js';
export {
  DatePeriodSchema,
  HalfPeriodSchema,
  MonthPeriodSchema,
  PeriodSchema,
  QuarterPeriodSchema,
  RangePeriodSchema,
  SimplePeriodSchema,
  YearPeriodSchema,
} from './model/period.js';
export type { Pillar, PillarId } from './model/pillar.js';
export { PILLARS, PillarIdSchema } from './model/pillar.js';
export type { Qualifier } from './model/qualifier.js';
export { QUALIFIERS, QualifierSchema } from './model/qualifier.js';
export type { RankingEntry, RankScope } from './model/ranking.js';
export { RankingEntrySchema, RankScopeSchema } from './model/ranking.js';
export type { Scope } from './model/scope.js';
export { ProvinceCodeSchema, ScopeSchema } from './model/scope.js';
export type { Source, SourceRef } from './model/source.js';
export {
  PartialDateSchema,
  PersonSchema,
  RecordIdSchema,
  SourceRefSchema,
  SourceSchema,
} from './model/source.js';
export type { Comparator, Target } from './model/target.js';
export { ComparatorSchema, TargetSchema } from './model/target.js';
export type { TieMethod } from './model/ties.js';
export type {
  SafeFailure,
  SafeResult,
  SafeSuccess,
  StandardSchemaOutput,
  StandardSchemaResult,
  StandardSchemaV1,
} from './model/validate.js';
export {
  parseDataset,
  parseObservation,
  safeParseDataset,
  safeParseObservation,
  safeValidate,
  validate,
} from './model/validate.js';
export type { EraSpan } from './provinces/eras.js';
export { ERAS } from './provinces/eras.js';
export { predecessorsOf, successorOf } from './provinces/lineage.js';
export type { AtOptions } from './provinces/lookup.js';
export {
  eraAt,
  findProvince,
  getProvince,
  PROVINCES_AS_OF,
  PROVINCES_FROM,
  provincesAt,
} from './provinces/lookup.js';
export type { Era, Province, ProvinceKind } from './provinces/province.js';
export type { MacroRegion, MacroRegionId, Region, RegionId } from './provinces/regions.js';
export { findRegion, getRegion, MACRO_REGIONS, REGIONS } from './provinces/regions.js';
export type { RankOptions } from './ranking/rank.js';
export { percentRank, rank } from './ranking/rank.js';
export type { Ranked, RankedInGroup, RankKey } from './ranking/rank-by.js';
export { rankBy, rankWithin } from './ranking/rank-by.js';
export type { RankChange, RankPosition } from './ranking/rank-change.js';
export { rankChange } from './ranking/rank-change.js';
export { mergeRankHistory } from './ranking/rank-history.js';
export { topN } from './ranking/top-n.js';
export type { DocumentIssuerCode, DocumentNumber, DocumentTypeCode } from './vi/document-number.js';
export {
  DOCUMENT_ISSUERS,
  DOCUMENT_TYPES,
  formatDocumentNumber,
  parseDocumentNumber,
} from './vi/document-number.js';
export { foldVietnamese } from './vi/fold.js';
export type { FormatErrorOptions } from './vi/format-error.js';
export { formatError } from './vi/format-error.js';
export type { ViNumberFormatOptions } from './vi/number.js';
export {
  formatRank,
  formatViNumber,
  formatViPercent,
  formatVnd,
  parseViNumber,
} from './vi/number.js';
export type { FormatPeriodOptions } from './vi/period-text.js';
export { formatPeriod, parsePeriod, toInterval } from './vi/period-text.js';
export type { Quantity } from './vi/quantity.js';
export { formatQuantity, parseQuantity } from './vi/quantity.js';
