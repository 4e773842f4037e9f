/**
 * vn-dx: typed, validated tools for Vietnam's provincial digital
 * transformation (chuyển đổi số). This entry holds functions, schemas and
 * types, and the small province table the lookups need; datasets live in
 * their own entry points (`vn-dx/seed`, `vn-dx/provinces`).
 *
 * @module vn-dx
 */

// The audit domain: one list, in src/audit.ts (the entry vn-dx/audit).
export * from './audit.js';
// The chart domain: one list, in src/chart.ts (the entry vn-dx/chart).
export * from './chart.js';
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
export type {
  DxErrorCode,
  DxErrorOptions,
  DxIssue,
  DxMessage,
  DxMessageParam,
} from './errors.js';
export { DxError, isDxError } from './errors.js';
export type { DateInput } from './internal/dates.js';
export { COLUMN_NAMES, type ColumnRole, findColumn } from './io/columns.js';
export type { CsvOptions, CsvRow, CsvTable } from './io/csv.js';
export { formatCsvCell, parseCsv } from './io/csv.js';
export {
  type CsvStream,
  type CsvStreamOptions,
  readCsvStream,
} from './io/csv-stream.js';
export { type DecodeOptions, decodeText } from './io/decode.js';
export type { NamedIndicator } from './io/indicator-names.js';
export type { DecimalMark, NumberColumn, TableDecimalMark } from './io/numbers.js';
export {
  decimalMarkOf,
  decimalMarkOfTable,
  parseCellQuantity,
  readNumberColumn,
} from './io/numbers.js';
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
// The planning domain: one list, in src/planning.ts (the entry vn-dx/planning).
export * from './planning.js';
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
// The sensitivity domain: one list, in src/sensitivity.ts (the entry vn-dx/sensitivity).
export * from './sensitivity.js';
export type { Random } from './stats/random.js';
export { createRandom, DEFAULT_SEED } from './stats/random.js';
// The vi domain: one list, in src/vi.ts (the entry vn-dx/vi).
export * from './vi.js';
