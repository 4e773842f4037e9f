/**
 * vn-dx: typed, validated tools for Vietnam's provincial digital
 * transformation (chuyển đổi số). This entry holds functions, schemas and
 * types, and the small province table the lookups need; datasets live in
 * their own entry points (`vn-dx/seed`, `vn-dx/provinces`).
 *
 * @module vn-dx
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
export type { CorrelationHeatmapOptions } from './chart/correlation-heatmap.js';
export { renderCorrelationHeatmap } from './chart/correlation-heatmap.js';
export type { FrameworkChartOptions } from './chart/framework-chart.js';
export { renderFrameworkChart } from './chart/framework-chart.js';
export type { RankChartOptions, RankPoint, RankSeries } from './chart/rank-chart.js';
export { renderRankChart } from './chart/rank-chart.js';
export type { RankInterval, RankIntervalChartOptions } from './chart/rank-interval-chart.js';
export { renderRankIntervalChart } from './chart/rank-interval-chart.js';
export type { ScoreChartOptions } from './chart/score-chart.js';
export { renderScoreChart } from './chart/score-chart.js';
export type { ConsistencyFinding, ConsistencyOptions } from './checks/check-consistency.js';
export { checkConsistency } from './checks/check-consistency.js';
export type { DatasetContext, DatasetFinding } from './checks/check-dataset.js';
export { checkDataset } from './checks/check-dataset.js';
export { aggregate } from './composite/aggregate.js';
export type { CompositeColumnsResult } from './composite/composite.js';
export { compositeIndex, compositeIndexColumns } from './composite/composite.js';
export type {
  CompositeColumns,
  CompositeData,
  CompositeOptions,
  CompositeResult,
  CompositeRow,
  ImputeOptions,
} from './composite/composite-types.js';
export { normalize, normalizePanel } from './composite/normalize.js';
export type { CompositeIndexResult } from './composite/result-view.js';
export type { OutlierTreatment } from './composite/treat-outliers.js';
export { treatOutliers } from './composite/treat-outliers.js';
export type { DxErrorCode, DxErrorOptions, DxIssue } from './errors.js';
export { DxError, isDxError } from './errors.js';
export type { DateInput } from './internal/dates.js';
export type { CsvOptions, CsvRow, CsvTable } from './io/csv.js';
export { formatCsvCell, parseCsv } from './io/csv.js';
export { type DecodeOptions, decodeText } from './io/decode.js';
export type { DecimalMark, NumberColumn } from './io/numbers.js';
export { decimalMarkOf, parseCellQuantity, readNumberColumn } from './io/numbers.js';
export type { ObservationsCsvOptions } from './io/observations-csv.js';
export { formatObservationsCsv, parseObservationsCsv } from './io/observations-csv.js';
export { formatObservationsJson, parseObservationsJson } from './io/observations-json.js';
export { deriveShares } from './kpi/derive.js';
export type { TargetEvaluation, TargetOptions, TargetRule } from './kpi/evaluate-target.js';
export { directionOfComparator, evaluateTarget } from './kpi/evaluate-target.js';
export type { MergedValue, MergeMethod } from './kpi/merge.js';
export { mergeToEra34 } from './kpi/merge.js';
export type { Progress, ProgressOptions } from './kpi/progress.js';
export { progress } from './kpi/progress.js';
export { ratio } from './kpi/ratio.js';
export type { TargetResult } from './kpi/target-result.js';
export type { TargetData, TargetFigure, TargetStatus } from './kpi/target-status.js';
export { targetStatus } from './kpi/target-status.js';
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
export type {
  ProvinceMatch,
  ProvinceMatchReason,
  SearchProvincesOptions,
} from './provinces/search.js';
export { searchProvinces } from './provinces/search.js';
export type { RankOptions } from './ranking/rank.js';
export { percentRank, rank } from './ranking/rank.js';
export type { Ranked, RankedInGroup, RankKey } from './ranking/rank-by.js';
export { rankBy, rankWithin } from './ranking/rank-by.js';
export type { RankChange, RankPosition } from './ranking/rank-change.js';
export { rankChange } from './ranking/rank-change.js';
export { mergeRankHistory } from './ranking/rank-history.js';
export { topN } from './ranking/top-n.js';
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
  AggregateAlternatives,
  ImputeAlternatives,
  LeafAlternatives,
  NormalizeAlternatives,
  UncertainInput,
} from './sensitivity/replicate.js';
export type {
  SobolDesign,
  SobolIndex,
  SobolIndices,
  SobolOptions,
  SobolResult,
} from './sensitivity/sobol.js';
export { sobolIndices } from './sensitivity/sobol.js';
export type {
  ReplicationStats,
  UncertaintyOptions,
  UncertaintyResult,
  UnitUncertainty,
} from './sensitivity/uncertainty.js';
export { uncertainty } from './sensitivity/uncertainty.js';
export type { Random } from './stats/random.js';
export { createRandom, DEFAULT_SEED } from './stats/random.js';
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
