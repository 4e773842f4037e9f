/**
 * vn-dx: typed, validated tools for Vietnam's provincial digital
 * transformation (chuyển đổi số). This entry holds functions, schemas and
 * types, and the small province table the lookups need; datasets live in
 * their own entry points (`vn-dx/seed`, `vn-dx/provinces`).
 *
 * @module vn-dx
 */

export type {
  NoisyWeightsOptions,
  WeightNoise,
  WeightNoiseSpec,
  WeightSet,
} from './analysis/noisy-weights.js';
export { noisyWeights } from './analysis/noisy-weights.js';
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
export type { SobolIndex, SobolOptions, SobolResult } from './analysis/sobol.js';
export { sobolIndices } from './analysis/sobol.js';
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
  ImputeOptions,
} from './kpi/composite-types.js';
export { deriveShares } from './kpi/derive.js';
export type { MergedValue, MergeMethod } from './kpi/merge.js';
export { mergeToEra34 } from './kpi/merge.js';
export { normalize } from './kpi/normalize.js';
export type { Progress, ProgressInput } from './kpi/progress.js';
export { progress } from './kpi/progress.js';
export { ratio } from './kpi/ratio.js';
export type { TargetEvaluation, TargetRule } from './kpi/target.js';
export { directionOfComparator, evaluateTarget } from './kpi/target.js';
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
  DistanceToTargetMethod,
  FrameworkNode,
  GoalpostsMethod,
  MinMaxMethod,
  NormalizeMethod,
  RankMethod,
  ZScoreMethod,
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
export type { SafeFailure, SafeResult, SafeSuccess } from './model/validate.js';
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
export type { MacroRegion, MacroRegionId, Region, RegionId } from './provinces/regions.js';
export { findRegion, getRegion, MACRO_REGIONS, REGIONS } from './provinces/regions.js';
export type { Era, Province, ProvinceKind } from './provinces/types.js';
export type { RankOptions } from './ranking/rank.js';
export { percentRank, rank } from './ranking/rank.js';
export type { Ranked, RankedInGroup, RankKey } from './ranking/rank-by.js';
export { rankBy, rankWithin } from './ranking/rank-by.js';
export type { RankChange, RankPosition } from './ranking/rank-change.js';
export { rankChange } from './ranking/rank-change.js';
export { topN } from './ranking/top-n.js';
export type { DocumentIssuerCode, DocumentNumber, DocumentTypeCode } from './vi/document-number.js';
export {
  DOCUMENT_ISSUERS,
  DOCUMENT_TYPES,
  formatDocumentNumber,
  parseDocumentNumber,
} from './vi/document-number.js';
export { foldVietnamese } from './vi/fold.js';
export type { ViNumberFormatOptions } from './vi/number.js';
export {
  formatRank,
  formatViNumber,
  formatViPercent,
  formatVnd,
  parseViNumber,
} from './vi/number.js';
export type { FormatPeriodOptions } from './vi/period.js';
export { formatPeriod, parsePeriod, toInterval } from './vi/period.js';
export type { Quantity } from './vi/quantity.js';
export { formatQuantity, parseQuantity } from './vi/quantity.js';
