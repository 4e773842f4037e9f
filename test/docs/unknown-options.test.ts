// A misspelt option is an error, never silently ignored. Every public function that takes an
// options object (or a spec whose keys are all optional) refuses a key it does not know, with
// `INVALID_ARGUMENT` naming the key and listing the ones it takes. Each row below is a valid
// call but for one misspelt key; `bad` casts it past TypeScript, as JavaScript callers and
// spread objects get past it.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CORRELATION_OPTIONS, CorrelationOptions } from '../../src/audit/correlations.js';
import type { DENOMINATE_OPTIONS, DenominateOptions } from '../../src/audit/denominate.js';
import type { IMPUTE_PANEL_OPTIONS, ImputePanelOptions } from '../../src/audit/impute-panel.js';
import type {
  INDICATOR_STATS_OPTIONS,
  IndicatorStatsOptions,
} from '../../src/audit/indicator-stats.js';
import type {
  OPTIMIZE_WEIGHTS_OPTIONS,
  OptimizeWeightsOptions,
} from '../../src/audit/optimize-weights.js';
import type { PCA_WEIGHTS_OPTIONS, PcaWeightsOptions } from '../../src/audit/pca-weights.js';
import type { SCREEN_UNITS_OPTIONS, ScreenUnitsOptions } from '../../src/audit/screen-units.js';
import type {
  STRENGTHS_WEAKNESSES_OPTIONS,
  StrengthsWeaknessesOptions,
} from '../../src/audit/strengths-weaknesses.js';
import type {
  CORRELATION_HEATMAP_OPTIONS,
  CorrelationHeatmapOptions,
} from '../../src/chart/correlation-heatmap.js';
import type {
  FRAMEWORK_CHART_OPTIONS,
  FrameworkChartOptions,
} from '../../src/chart/framework-chart.js';
import type { RANK_CHART_OPTIONS, RankChartOptions } from '../../src/chart/rank-chart.js';
import type {
  RANK_INTERVAL_CHART_OPTIONS,
  RankIntervalChartOptions,
} from '../../src/chart/rank-interval-chart.js';
import type { SCORE_CHART_OPTIONS, ScoreChartOptions } from '../../src/chart/score-chart.js';
import type {
  CONSISTENCY_OPTIONS,
  ConsistencyOptions,
} from '../../src/checks/check-consistency.js';
import type { DATASET_CONTEXT, DatasetContext } from '../../src/checks/check-dataset.js';
import type { CONVERT_ADDRESS_OPTIONS, ConvertAddressOptions } from '../../src/communes/address.js';
import type { CHECK_COMMUNES_OPTIONS, CheckCommunesOptions } from '../../src/communes/check.js';
import type {
  FIND_COMMUNE_OPTIONS,
  FIND_FORMER_COMMUNE_OPTIONS,
  FindCommuneOptions,
  FindFormerCommuneOptions,
} from '../../src/communes/find.js';
import type { COMMUNE_AT_OPTIONS, CommuneAtOptions } from '../../src/communes/lookup.js';
import type { SEARCH_COMMUNES_OPTIONS, SearchCommunesOptions } from '../../src/communes/search.js';
import * as communes from '../../src/communes.js';
import type { AGGREGATE_OPTIONS } from '../../src/composite/aggregate.js';
import {
  COMPOSITE_OPTIONS,
  type CompositeOptions,
  type IMPUTE_OPTIONS,
  type ImputeOptions,
} from '../../src/composite/composite-types.js';
import { NORMALIZE_OPTIONS, type ZSCORE_SCALE_KEYS } from '../../src/composite/normalize.js';
import type { TREAT_OPTIONS } from '../../src/composite/treat-outliers.js';
import type {
  INDEX_HISTORY_OPTIONS,
  INDEX_RANKING_OPTIONS,
  IndexHistoryOptions,
  IndexRankingOptions,
} from '../../src/dti/index-query.js';
import type {
  DTI_PILLAR_RESULTS_OPTIONS,
  DTI_RANKING_OPTIONS,
  DtiPillarResultsOptions,
  DtiRankingOptions,
} from '../../src/dti/query.js';
import * as dti from '../../src/dti.js';
import { DxError, type DxErrorCode } from '../../src/errors.js';
import type {
  FIND_INDICATOR_OPTIONS,
  FindIndicatorOptions,
} from '../../src/framework/find-indicator.js';
import type { INDICATOR_QUERY, IndicatorQuery } from '../../src/framework/indicators.js';
import type { NATIONAL_SERIES_OPTIONS } from '../../src/framework/national-series.js';
import * as framework from '../../src/framework.js';
import * as main from '../../src/index.js';
import type { CSV_OPTIONS, CsvOptions } from '../../src/io/csv.js';
import type {
  OBSERVATIONS_CSV_OPTIONS,
  ObservationsCsvOptions,
} from '../../src/io/observations-csv.js';
import type { OBSERVATIONS_JSON_OPTIONS } from '../../src/io/observations-json.js';
import type { TARGET_OPTIONS, TargetOptions } from '../../src/kpi/evaluate-target.js';
import type { MERGE_OPTIONS } from '../../src/kpi/merge.js';
import type { PROGRESS_OPTIONS, ProgressOptions } from '../../src/kpi/progress.js';
import type {
  FRAMEWORK_NODE_KEYS,
  FrameworkNode,
  NodeAggregateOptions,
  NormalizeMethod,
  TreatOptions,
  ZScoreScale,
} from '../../src/model/framework-node.js';
import type {
  ALLOCATE_TARGET_OPTIONS,
  AllocateTargetOptions,
} from '../../src/planning/allocate-target.js';
import type { CONVERGENCE_OPTIONS, ConvergenceOptions } from '../../src/planning/convergence.js';
import type {
  DECOMPOSE_CHANGE_OPTIONS,
  DecomposeChangeOptions,
} from '../../src/planning/decompose-change.js';
import type { MILESTONE_OPTIONS, MilestoneOptions } from '../../src/planning/milestones.js';
import type {
  ON_TRACK_OPTIONS,
  ON_TRACK_THRESHOLDS,
  OnTrackOptions,
} from '../../src/planning/on-track.js';
import type {
  COMPONENT_INCREASE_OPTIONS,
  ComponentIncreaseOptions,
  SCORE_TO_REACH_OPTIONS,
  ScoreToReachOptions,
} from '../../src/planning/score-to-reach.js';
import type { AT_OPTIONS, AtOptions } from '../../src/provinces/lookup.js';
import type {
  SEARCH_PROVINCES_OPTIONS,
  SearchProvincesOptions,
} from '../../src/provinces/search.js';
import * as provinces from '../../src/provinces.js';
import {
  type PERCENT_RANK_OPTIONS,
  RANK_OPTIONS,
  type RankOptions,
} from '../../src/ranking/rank.js';
import type {
  NOISY_WEIGHTS_OPTIONS,
  NoisyWeightsOptions,
  WEIGHT_NOISE_KEYS,
  WEIGHT_NOISE_SPEC_KEYS,
  WeightNoise,
  WeightNoiseSpec,
} from '../../src/sensitivity/noisy-weights.js';
import type {
  RANK_SENSITIVITY_OPTIONS,
  RankSensitivityOptions,
} from '../../src/sensitivity/rank-sensitivity.js';
import type { REMOVE_EACH_OPTIONS, RemoveEachOptions } from '../../src/sensitivity/remove-each.js';
import type { SOBOL_OPTIONS, SobolOptions } from '../../src/sensitivity/sobol.js';
import type {
  NormalizeAlternatives,
  UNCERTAIN_INPUT_KEYS,
} from '../../src/sensitivity/uncertain-input.js';
import type { UNCERTAINTY_OPTIONS, UncertaintyOptions } from '../../src/sensitivity/uncertainty.js';
import type { VI_NUMBER_FORMAT_OPTIONS, ViNumberFormatOptions } from '../../src/vi/number.js';
import type { FORMAT_PERIOD_OPTIONS, FormatPeriodOptions } from '../../src/vi/period-text.js';
import type { FORMAT_QUANTITY_OPTIONS } from '../../src/vi/quantity.js';
import { emptyDataset, observation } from './fixtures.js';

// The misspelt key is cast in: what JavaScript callers and spread objects can do.
const bad = <T>(value: unknown): T => value as T;

const values = [3, 1, 2];
const items = [
  { id: 'a', group: 'x', value: 3 },
  { id: 'b', group: 'x', value: 1 },
];
const columns = {
  kind: 'columns',
  units: ['A', 'B', 'C'],
  columns: { x: [1, 2, 3], y: [3, 1, 2] },
} as const;
const tree = { id: 'index', children: ['x', 'y'] };
const leafValues = { A: { x: 1, y: 2 }, B: { x: 2, y: 1 } };
const point = { date: '2021-12-31', value: 40 };
const later = { date: '2025-12-31', value: 60 };
const csv = 'province,indicator,period,value,source\n49,gov.dossiers.online-share,2022,50,s\n';
const normalizeKeys = 'method, direction, constant';

/** One misspelt key: the call, and the message it must give. */
const CASES: readonly (readonly [name: string, call: () => unknown, message: string])[] = [
  // Ranking
  [
    'rank',
    () => main.rank(values, bad({ tie: 'dense' })),
    'options.tie: not an option here; expected direction, ties.',
  ],
  [
    'percentRank',
    () => main.percentRank(values, bad({ ties: 'dense' })),
    'options.ties: not an option here; expected direction.',
  ],
  [
    'rankBy',
    () => main.rankBy(items, 'value', bad({ order: 'asc' })),
    'options.order: not an option here; expected direction, ties.',
  ],
  [
    'rankWithin',
    () => main.rankWithin(items, 'group', 'value', bad({ tie: 'dense' })),
    'options.tie: not an option here; expected direction, ties.',
  ],
  [
    'topN',
    () => main.topN(items, 1, 'value', bad({ directon: 'lower-is-better' })),
    'options.directon: not an option here; expected direction, ties.',
  ],
  // KPI
  [
    'aggregate',
    () => main.aggregate([1, 2], [1, 1], bad({ methd: 'geometric' })),
    'aggregate.methd: not an option here; expected method, p, missing, minCoverage, coverage.',
  ],
  [
    'compositeIndex',
    () => main.compositeIndex(leafValues, tree, bad({ tie: 'dense' })),
    'options.tie: not an option here; expected aggregate, impute, ties.',
  ],
  [
    'compositeIndexColumns',
    () => main.compositeIndexColumns(columns, tree, bad({ imput: { method: 'mean' } })),
    'options.imput: not an option here; expected aggregate, impute, ties.',
  ],
  [
    'compositeIndex: impute',
    () => main.compositeIndex(leafValues, tree, { impute: bad({ method: 'mean', group: {} }) }),
    'impute.group: not an option here; expected method, by, groups, level, normalizeFirst.',
  ],
  [
    'compositeIndex: aggregate',
    () => main.compositeIndex(leafValues, tree, { aggregate: bad({ mising: 'reweight' }) }),
    'aggregate.mising: not an option here; expected method, p, missing, minCoverage, coverage.',
  ],
  [
    'compositeIndex: framework node',
    () =>
      main.compositeIndex(leafValues, {
        id: 'index',
        children: [bad({ id: 'x', wieght: 2 }), 'y'],
      }),
    'framework.children[0] (x).wieght: not an option here; expected id, weight, normalize, aggregate, treat, children, label.',
  ],
  [
    'compositeIndex: node normalize',
    () =>
      main.compositeIndex(leafValues, {
        id: 'index',
        children: [
          { id: 'x', normalize: bad<NormalizeMethod>({ method: 'min-max', rang: [0, 100] }) },
          'y',
        ],
      }),
    'framework.children[0] (x).normalize.rang: not an option here; expected method, direction, constant, range.',
  ],
  [
    'compositeIndex: node treat',
    () =>
      main.compositeIndex(leafValues, {
        id: 'index',
        children: [{ id: 'x', treat: bad({ winmax: 2 }) }, 'y'],
      }),
    'framework.children[0] (x).treat.winmax: not an option here; expected winMax, skewThreshold, kurtosisThreshold, fallback, lambda, shift.',
  ],
  [
    'compositeIndex: node aggregate',
    () =>
      main.compositeIndex(leafValues, {
        id: 'index',
        aggregate: bad({ coverge: 'count' }),
        children: ['x', 'y'],
      }),
    'aggregate.coverge: not an option here; expected method, p, missing, minCoverage, coverage.',
  ],
  [
    'normalize: minMax',
    () => main.normalize(values, bad({ method: 'min-max', rang: [0, 100] })),
    'method.rang: not an option here; expected method, direction, constant, range.',
  ],
  [
    'normalize: goalposts',
    () => main.normalize(values, bad({ method: 'goalposts', min: 0, max: 10, clip: true })),
    'method.clip: not an option here; expected method, direction, constant, min, max, scale, clamp.',
  ],
  [
    'normalize: zScore',
    () => main.normalize(values, bad({ method: 'z-score', range: [0, 1] })),
    'method.range: not an option here; expected method, direction, constant, sd, output.',
  ],
  [
    'normalize: zScore output',
    () => main.normalize(values, { method: 'z-score', output: bad({ mean: 100, sdev: 10 }) }),
    'output.sdev: not an option here; expected mean, sd.',
  ],
  [
    'normalize: distanceToTarget',
    () => main.normalize(values, bad({ method: 'distance-to-target', target: 5, capped: true })),
    'method.capped: not an option here; expected method, direction, constant, target, cap.',
  ],
  [
    'normalize: distToMax',
    () => main.normalize(values, bad({ method: 'dist-to-max', ties: 'dense' })),
    'method.ties: not an option here; expected method, direction, constant.',
  ],
  [
    'normalize: distToRef',
    () => main.normalize(values, bad({ method: 'dist-to-ref', ref: 5, target: 5 })),
    'method.target: not an option here; expected method, direction, constant, ref, cap.',
  ],
  [
    'normalize: fracMax',
    () => main.normalize(values, bad({ method: 'frac-max', directon: 'lower-is-better' })),
    'method.directon: not an option here; expected method, direction, constant.',
  ],
  [
    'normalize: rank',
    () => main.normalize(values, bad({ method: 'rank', tie: 'dense' })),
    'method.tie: not an option here; expected method, direction, constant, ties.',
  ],
  [
    'normalize: borda',
    () => main.normalize(values, bad({ method: 'borda', constnt: 'error' })),
    'method.constnt: not an option here; expected method, direction, constant, ties.',
  ],
  [
    'normalize: percentRank',
    () => main.normalize(values, bad({ method: 'percent-rank', range: [0, 1] })),
    'method.range: not an option here; expected method, direction, constant, ties.',
  ],
  [
    'normalizePanel',
    () => main.normalizePanel([values, values], bad({ method: 'min-max', rang: [0, 100] })),
    'method.rang: not an option here; expected method, direction, constant, range.',
  ],
  [
    'treatOutliers',
    () => main.treatOutliers(values, bad({ winmax: 2 })),
    'options.winmax: not an option here; expected winMax, skewThreshold, kurtosisThreshold, fallback, lambda, shift.',
  ],
  [
    'mergeToEra34: sum',
    () => main.mergeToEra34({}, bad({ method: 'sum', weights: {} })),
    'options.weights: not an option here; expected method.',
  ],
  [
    'mergeToEra34: weighted',
    () => main.mergeToEra34({}, bad({ method: 'weighted', weights: {}, wieghts: {} })),
    'options.wieghts: not an option here; expected method, weights.',
  ],
  [
    'progress',
    () => main.progress(50, 80, bad({ baseLine: 20 })),
    'options.baseLine: not an option here; expected baseline, direction.',
  ],
  [
    'evaluateTarget',
    () => main.evaluateTarget(50, { comparator: 'eq', value: 50 }, bad({ tolerence: 1 })),
    'options.tolerence: not an option here; expected tolerance, baseline.',
  ],
  [
    'targetStatus',
    () =>
      main.targetStatus(
        { observations: [], rankings: [] },
        bad({ comparator: 'gte', value: 1 }),
        bad({ base: 0 }),
      ),
    'options.base: not an option here; expected tolerance, baseline.',
  ],
  // Analysis and planning
  [
    'allocateTarget',
    () =>
      main.allocateTarget(
        25,
        [{ unit: 'A', value: 10, weight: 1 }],
        bad({ method: 'proportional', capp: 30 }),
      ),
    'options.capp: not an option here; expected method, cap.',
  ],
  [
    'attributeRankChange',
    () => main.attributeRankChange(leafValues, leafValues, tree, 'A', bad({ tie: 'dense' })),
    'options.tie: not an option here; expected aggregate, impute, ties.',
  ],
  [
    'convergence',
    () => main.convergence({ A: [point, later] }, bad({ method: 'beta', alpha: 0.05 })),
    'options.alpha: not an option here; expected method.',
  ],
  [
    'correlations',
    () => main.correlations(columns, bad({ methods: 'spearman' })),
    'options.methods: not an option here; expected method, indicators.',
  ],
  [
    'denominate',
    () => main.denominate([1], [2], bad({ scal: 1000 })),
    'options.scal: not an option here; expected scale.',
  ],
  [
    'imputePanel',
    () => main.imputePanel([{ year: 2021, value: 1 }], bad({ method: 'latest', maxtime: 1 })),
    'options.maxtime: not an option here; expected method, maxTime.',
  ],
  [
    'indicatorStats',
    () => main.indicatorStats(columns, bad({ availabilty: 0.5 })),
    'options.availabilty: not an option here; expected indicators, availability, nonZero, unique, skew, kurtosis.',
  ],
  [
    'milestones',
    () => main.milestones(point, later, bad({ step: 'half' })),
    'options.step: not an option here; expected path, every.',
  ],
  [
    'noisyWeights',
    () => main.noisyWeights(tree, bad({ noise: [], replications: 1, seed: 1, sed: 2 })),
    'options.sed: not an option here; expected noise, replications, seed.',
  ],
  [
    'noisyWeights: noise',
    () =>
      main.noisyWeights(tree, {
        noise: [bad({ level: 1, factor: 0.1, fator: 0.2 })],
        replications: 1,
        seed: 1,
      }),
    'options.noise[0].fator: not an option here; expected level, factor.',
  ],
  [
    'onTrack',
    () => main.onTrack([point, later], later, bad({ trned: 'linear' })),
    'options.trned: not an option here; expected direction, trend, thresholds.',
  ],
  [
    'onTrack: thresholds',
    () => main.onTrack([point, later], later, { thresholds: bad({ ontrack: 0.9 }) }),
    'options.thresholds.ontrack: not an option here; expected onTrack, moderate.',
  ],
  [
    'scoreToReach',
    () => main.scoreToReach({ A: 1, B: 2 }, 'A', 1, bad({ directon: 'lower-is-better' })),
    'options.directon: not an option here; expected direction.',
  ],
  [
    'decomposeChange',
    () => main.decomposeChange({ x: 1 }, { x: 2 }, tree, bad({ units: 'A' })),
    'options.units: not an option here; expected unit.',
  ],
  [
    'componentIncreases',
    () => main.componentIncreases({ x: 0.5, y: 0.5 }, tree, 0.6, bad({ maximum: 1 })),
    'options.maximum: not an option here; expected max.',
  ],
  [
    'screenUnits',
    () => main.screenUnits(columns, bad({ minAvailability: 0.5, id: ['x'] })),
    'options.id: not an option here; expected minAvailability, indicators.',
  ],
  [
    'sobolIndices',
    () => main.sobolIndices(([a]) => a ?? 0, 1, bad({ samples: 2, seed: 1, bootstraps: 10 })),
    'options.bootstraps: not an option here; expected samples, seed, bootstrap, design.',
  ],
  [
    'uncertainty',
    () => main.uncertainty(columns, tree, bad({ weights: [{}], replication: 2 })),
    'options.replication: not an option here; expected aggregate, impute, ties, weights, alternatives, replications, seed.',
  ],
  [
    'uncertainty: { noise }',
    () =>
      main.uncertainty(
        columns,
        tree,
        bad({ weights: { noise: [{ level: 1, factor: 0.1 }], replications: 2 }, seed: 1 }),
      ),
    'options.weights.replications: not an option here; expected noise.',
  ],
  [
    'uncertainty: an alternative',
    () =>
      main.uncertainty(
        columns,
        tree,
        bad({ weights: [{}], alternatives: [{ kind: 'normalize', choice: [] }] }),
      ),
    'options.alternatives[0].choice: not an option here; expected kind, name, nodes, choices.',
  ],
  [
    'rankSensitivity',
    () =>
      main.rankSensitivity(columns, tree, bad({ weights: [{}], samples: 2, seed: 1, sample: 3 })),
    'options.sample: not an option here; expected aggregate, impute, ties, weights, alternatives, samples, seed, bootstrap, design.',
  ],
  [
    'rankSensitivity: { noise }',
    () =>
      main.rankSensitivity(
        columns,
        tree,
        bad({ weights: { noise: [{ level: 1, factor: 0.1 }], seed: 2 }, samples: 2, seed: 1 }),
      ),
    'options.weights.seed: not an option here; expected noise.',
  ],
  [
    'removeEach',
    () => main.removeEach(columns, tree, bad({ level: 1, tie: 'dense' })),
    'options.tie: not an option here; expected aggregate, impute, ties, level.',
  ],
  [
    'pcaWeights',
    () => main.pcaWeights(columns, tree, bad({ levels: 1 })),
    'options.levels: not an option here; expected level, by.',
  ],
  [
    'optimizeWeights',
    () => main.optimizeWeights(columns, tree, bad({ methods: 'infomax' })),
    'options.methods: not an option here; expected aggregate, impute, ties, level, method, target, correlation, tolerance, maxEvaluations.',
  ],
  [
    'strengthsWeaknesses',
    () => main.strengthsWeaknesses(main.compositeIndexColumns(columns, tree), 'A', bad({ top: 1 })),
    'options.top: not an option here; expected n, indicators, dropWorst, minUniqueShare, groups.',
  ],
  // Charts and checks
  [
    'renderRankChart',
    () =>
      main.renderRankChart(
        [{ label: 'A', points: [{ edition: 2022, rank: 1, of: 63 }] }],
        bad({ titel: 'x' }),
      ),
    'options.titel: not an option here; expected title, width, height, lang, idPrefix, endLabel.',
  ],
  [
    'rankSeries',
    () => main.rankSeries([], bad({ label: {} })),
    'options.label: not an option here; expected labels, lang.',
  ],
  [
    'renderCorrelationHeatmap',
    () => main.renderCorrelationHeatmap({ indicators: ['a'], matrix: [[1]] }, bad({ group: {} })),
    'options.group: not an option here; expected title, groups, labels, lang, idPrefix.',
  ],
  [
    'renderFrameworkChart',
    () => main.renderFrameworkChart(tree, bad({ label: {} })),
    'options.label: not an option here; expected title, labels, lang, idPrefix.',
  ],
  [
    'renderScoreChart',
    () =>
      main.renderScoreChart(
        { unit: 'A', score: 1, rank: 1, nodes: { index: 1, x: 1, y: 1 } },
        tree,
        bad({ nodes: 'x' }),
      ),
    'options.nodes: not an option here; expected node, aggregate, title, labels, lang, idPrefix.',
  ],
  [
    'renderRankIntervalChart',
    () =>
      main.renderRankIntervalChart([{ unit: 'A', nominal: 1, q05: 1, q95: 2 }], bad({ label: {} })),
    'options.label: not an option here; expected title, width, labels, lang, idPrefix.',
  ],
  [
    'checkConsistency',
    () => main.checkConsistency(emptyDataset, bad({ indicator: [] })),
    'options.indicator: not an option here; expected indicators.',
  ],
  [
    'checkDataset',
    () => main.checkDataset(emptyDataset, bad({ source: [] })),
    'context.source: not an option here; expected indicators, documents, sources.',
  ],
  // Input and output
  [
    'parseCsv',
    () => main.parseCsv('a,b\n1,2\n', bad({ delimeter: ';' })),
    'options.delimeter: not an option here; expected delimiter, encoding.',
  ],
  [
    'readCsvStream',
    () => main.readCsvStream([], bad({ delimeter: ';' })),
    'options.delimeter: not an option here; expected delimiter, encoding, name.',
  ],
  [
    'formatObservationsCsv',
    () => main.formatObservationsCsv([observation], bad({ decimal: 'comma' })),
    'options.decimal: not an option here; expected delimiter.',
  ],
  [
    'parseObservationsCsv',
    () => main.parseObservationsCsv(csv, bad({ decimals: 'comma' })),
    'options.decimals: not an option here; expected delimiter, source, decimal, indicators.',
  ],
  [
    'parseObservationsJson',
    () => main.parseObservationsJson('[]', bad({ indicator: [] })),
    'options.indicator: not an option here; expected indicators.',
  ],
  // Provinces, Vietnamese text
  [
    'getProvince',
    () => provinces.getProvince('01', bad({ on: '2024-01-01' })),
    'options.on: not an option here; expected at.',
  ],
  [
    'findProvince',
    () => provinces.findProvince('Hà Nội', bad({ date: '2024-01-01' })),
    'options.date: not an option here; expected at.',
  ],
  [
    'searchProvinces',
    () => provinces.searchProvinces('qu', bad({ max: 3 })),
    'options.max: not an option here; expected at, limit.',
  ],
  // Communes
  [
    'getCommune',
    () => communes.getCommune('00004', bad({ on: '2025-07-01' })),
    'options.on: not an option here; expected at.',
  ],
  [
    'communesOf',
    () => communes.communesOf('01', bad({ date: '2025-07-01' })),
    'options.date: not an option here; expected at.',
  ],
  [
    'findCommune',
    () => communes.findCommune('Ba Đình', bad({ provice: '01' })),
    'options.provice: not an option here; expected province, at.',
  ],
  [
    'findFormerCommune',
    () => communes.findFormerCommune('P1', bad({ distrct: 'Quận 5' })),
    'options.distrct: not an option here; expected province, district, at.',
  ],
  [
    'searchCommunes',
    () => communes.searchCommunes('ba', bad({ max: 3 })),
    'options.max: not an option here; expected province, at, limit.',
  ],
  [
    'convertAddress',
    () => communes.convertAddress('Ba Đình, Hà Nội', bad({ date: '2025-07-01' })),
    'options.date: not an option here; expected at.',
  ],
  [
    'checkCommunes',
    () => communes.checkCommunes([], bad({ day: '2025-07-01' })),
    'options.day: not an option here; expected at.',
  ],
  [
    'formatViNumber',
    () => main.formatViNumber(1.5, bad({ maxFractionDigits: 0 })),
    'options.maxFractionDigits: not an option here; expected maximumFractionDigits, minimumFractionDigits, grouping, exact.',
  ],
  [
    'formatViPercent',
    () => main.formatViPercent(1.5, bad({ digits: 0 })),
    'options.digits: not an option here; expected maximumFractionDigits, minimumFractionDigits, grouping, exact.',
  ],
  [
    'formatVnd',
    () => main.formatVnd(1.5e9, bad({ groupping: false })),
    'options.groupping: not an option here; expected maximumFractionDigits, minimumFractionDigits, grouping, exact.',
  ],
  [
    'formatPeriod',
    () => main.formatPeriod({ kind: 'year', year: 2022 }, bad({ language: 'en' })),
    'options.language: not an option here; expected lang.',
  ],
  [
    'formatQuantity',
    () => main.formatQuantity({ value: 1, qualifier: 'exact' }, bad({ lang: 'en', digits: 0 })),
    'options.digits: not an option here; expected lang, maximumFractionDigits.',
  ],
  // Framework and DTI
  [
    'findIndicators',
    () => framework.findIndicators(bad({ pilar: 'economy' })),
    'query.pilar: not an option here; expected pillar, unit.',
  ],
  [
    'findIndicator',
    () => framework.findIndicator('x', bad({ ids: [] })),
    'options.ids: not an option here; expected indicators.',
  ],
  [
    'closestIndicator',
    () => framework.closestIndicator('x', bad({ ids: [] })),
    'options.ids: not an option here; expected indicators.',
  ],
  [
    'nationalSeries',
    () => framework.nationalSeries('gov.egdi.rank', bad({ asof: '2024-01-01' })),
    'options.asof: not an option here; expected asOf, publisher.',
  ],
  [
    'dtiRanking',
    () => dti.dtiRanking(2022, bad({ eras: '63' })),
    'options.eras: not an option here; expected era.',
  ],
  [
    'indexHistory',
    () => dti.indexHistory('31', bad({ indices: 'PCI' })),
    'options.indices: not an option here; expected index, era.',
  ],
  [
    'indexRanking',
    () => dti.indexRanking('PCI', 2024, bad({ eras: '63' })),
    'options.eras: not an option here; expected era.',
  ],
  [
    'dtiPillarResults',
    () => dti.dtiPillarResults('01', bad({ editon: 2022 })),
    'options.editon: not an option here; expected pillar, edition.',
  ],
];

describe('a misspelt option is refused', () => {
  it.each(CASES)('%s', (_name, call, message) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DxError);
    expect((caught as DxError).code).toBe<DxErrorCode>('INVALID_ARGUMENT');
    expect((caught as DxError).message).toBe(message);
  });
});

describe('any key outside the list, and only such a key, is refused', () => {
  it('rank: every other own key, even one named like a prototype member', () => {
    fc.assert(
      fc.property(
        fc.string().filter((key) => !(RANK_OPTIONS as readonly string[]).includes(key)),
        (key) => {
          // defineProperty: a literal `{ __proto__: … }` would set the prototype, not a key.
          const options = Object.defineProperty<RankOptions>({ ties: 'dense' }, key, {
            value: 1,
            enumerable: true,
          });
          // The message writes the key as a path does (`.tie`, or `["a b"]`); the issue holds it.
          const shown = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(key)
            ? `.${key}`
            : `[${JSON.stringify(key)}]`;
          expect(() => main.rank(values, options)).toThrow(
            `options${shown}: not an option here; expected direction, ties.`,
          );
          expect(() => main.rank(values, options)).toThrow(
            expect.objectContaining({
              issues: [expect.objectContaining({ path: ['options', key] })],
            }),
          );
        },
      ),
    );
  });

  it('rank: any subset of the known options is accepted', () => {
    fc.assert(
      fc.property(fc.subarray([...RANK_OPTIONS]), (keys) => {
        const all = { direction: 'lower-is-better', ties: 'dense' } as const;
        const options = Object.fromEntries(keys.map((key) => [key, all[key]]));
        expect(main.rank(values, options)).toHaveLength(values.length);
      }),
    );
  });
});

/** The keys a list names, as a union. */
type Listed<T extends readonly string[]> = T[number];

describe('each list of known keys covers its type exactly', () => {
  it('options of the public functions', () => {
    expectTypeOf<Listed<typeof RANK_OPTIONS>>().toEqualTypeOf<keyof RankOptions>();
    expectTypeOf<Listed<typeof PERCENT_RANK_OPTIONS>>().toEqualTypeOf<
      keyof NonNullable<Parameters<typeof main.percentRank>[1]>
    >();
    expectTypeOf<Listed<typeof COMPOSITE_OPTIONS>>().toEqualTypeOf<keyof CompositeOptions>();
    expectTypeOf<Listed<typeof IMPUTE_OPTIONS>>().toEqualTypeOf<keyof ImputeOptions>();
    expectTypeOf<Listed<typeof AGGREGATE_OPTIONS>>().toEqualTypeOf<keyof NodeAggregateOptions>();
    expectTypeOf<Listed<typeof TREAT_OPTIONS>>().toEqualTypeOf<keyof TreatOptions>();
    expectTypeOf<Listed<typeof FRAMEWORK_NODE_KEYS>>().toEqualTypeOf<keyof FrameworkNode>();
    expectTypeOf<Listed<typeof ZSCORE_SCALE_KEYS>>().toEqualTypeOf<keyof ZScoreScale>();
    expectTypeOf<Listed<typeof PROGRESS_OPTIONS>>().toEqualTypeOf<keyof ProgressOptions>();
    expectTypeOf<Listed<typeof TARGET_OPTIONS>>().toEqualTypeOf<keyof TargetOptions>();
    expectTypeOf<Listed<typeof ALLOCATE_TARGET_OPTIONS>>().toEqualTypeOf<
      keyof AllocateTargetOptions
    >();
    expectTypeOf<Listed<typeof CONVERGENCE_OPTIONS>>().toEqualTypeOf<keyof ConvergenceOptions>();
    expectTypeOf<Listed<typeof CORRELATION_OPTIONS>>().toEqualTypeOf<keyof CorrelationOptions>();
    expectTypeOf<Listed<typeof DENOMINATE_OPTIONS>>().toEqualTypeOf<keyof DenominateOptions>();
    expectTypeOf<Listed<typeof IMPUTE_PANEL_OPTIONS>>().toEqualTypeOf<keyof ImputePanelOptions>();
    expectTypeOf<Listed<typeof INDICATOR_STATS_OPTIONS>>().toEqualTypeOf<
      keyof IndicatorStatsOptions
    >();
    expectTypeOf<Listed<typeof MILESTONE_OPTIONS>>().toEqualTypeOf<keyof MilestoneOptions>();
    expectTypeOf<Listed<typeof NOISY_WEIGHTS_OPTIONS>>().toEqualTypeOf<keyof NoisyWeightsOptions>();
    expectTypeOf<Listed<typeof WEIGHT_NOISE_KEYS>>().toEqualTypeOf<keyof WeightNoise>();
    expectTypeOf<Listed<typeof ON_TRACK_OPTIONS>>().toEqualTypeOf<keyof OnTrackOptions>();
    expectTypeOf<Listed<typeof ON_TRACK_THRESHOLDS>>().toEqualTypeOf<
      keyof NonNullable<OnTrackOptions['thresholds']>
    >();
    expectTypeOf<Listed<typeof SCORE_TO_REACH_OPTIONS>>().toEqualTypeOf<
      keyof ScoreToReachOptions
    >();
    expectTypeOf<Listed<typeof DECOMPOSE_CHANGE_OPTIONS>>().toEqualTypeOf<
      keyof DecomposeChangeOptions
    >();
    expectTypeOf<Listed<typeof COMPONENT_INCREASE_OPTIONS>>().toEqualTypeOf<
      keyof ComponentIncreaseOptions
    >();
    expectTypeOf<Listed<typeof SCREEN_UNITS_OPTIONS>>().toEqualTypeOf<keyof ScreenUnitsOptions>();
    expectTypeOf<Listed<typeof SOBOL_OPTIONS>>().toEqualTypeOf<keyof SobolOptions>();
    expectTypeOf<Listed<typeof UNCERTAINTY_OPTIONS>>().toEqualTypeOf<keyof UncertaintyOptions>();
    expectTypeOf<Listed<typeof RANK_SENSITIVITY_OPTIONS>>().toEqualTypeOf<
      keyof RankSensitivityOptions
    >();
    expectTypeOf<Listed<typeof REMOVE_EACH_OPTIONS>>().toEqualTypeOf<keyof RemoveEachOptions>();
    expectTypeOf<Listed<typeof PCA_WEIGHTS_OPTIONS>>().toEqualTypeOf<keyof PcaWeightsOptions>();
    expectTypeOf<Listed<typeof OPTIMIZE_WEIGHTS_OPTIONS>>().toEqualTypeOf<
      keyof OptimizeWeightsOptions
    >();
    expectTypeOf<Listed<typeof WEIGHT_NOISE_SPEC_KEYS>>().toEqualTypeOf<keyof WeightNoiseSpec>();
    expectTypeOf<Listed<typeof UNCERTAIN_INPUT_KEYS>>().toEqualTypeOf<
      keyof NormalizeAlternatives
    >();
    expectTypeOf<Listed<typeof STRENGTHS_WEAKNESSES_OPTIONS>>().toEqualTypeOf<
      keyof StrengthsWeaknessesOptions
    >();
    expectTypeOf<Listed<typeof RANK_CHART_OPTIONS>>().toEqualTypeOf<keyof RankChartOptions>();
    expectTypeOf<Listed<typeof CORRELATION_HEATMAP_OPTIONS>>().toEqualTypeOf<
      keyof CorrelationHeatmapOptions
    >();
    expectTypeOf<Listed<typeof FRAMEWORK_CHART_OPTIONS>>().toEqualTypeOf<
      keyof FrameworkChartOptions
    >();
    expectTypeOf<Listed<typeof SCORE_CHART_OPTIONS>>().toEqualTypeOf<keyof ScoreChartOptions>();
    expectTypeOf<Listed<typeof RANK_INTERVAL_CHART_OPTIONS>>().toEqualTypeOf<
      keyof RankIntervalChartOptions
    >();
    expectTypeOf<Listed<typeof CONSISTENCY_OPTIONS>>().toEqualTypeOf<keyof ConsistencyOptions>();
    expectTypeOf<Listed<typeof DATASET_CONTEXT>>().toEqualTypeOf<keyof DatasetContext>();
    expectTypeOf<Listed<typeof CSV_OPTIONS>>().toEqualTypeOf<keyof CsvOptions>();
    expectTypeOf<Listed<typeof OBSERVATIONS_CSV_OPTIONS>>().toEqualTypeOf<
      keyof ObservationsCsvOptions
    >();
    expectTypeOf<Listed<typeof OBSERVATIONS_JSON_OPTIONS>>().toEqualTypeOf<
      keyof NonNullable<Parameters<typeof main.parseObservationsJson>[1]>
    >();
    expectTypeOf<Listed<typeof AT_OPTIONS>>().toEqualTypeOf<keyof AtOptions>();
    expectTypeOf<Listed<typeof SEARCH_PROVINCES_OPTIONS>>().toEqualTypeOf<
      keyof SearchProvincesOptions
    >();
    expectTypeOf<Listed<typeof COMMUNE_AT_OPTIONS>>().toEqualTypeOf<keyof CommuneAtOptions>();
    expectTypeOf<Listed<typeof CHECK_COMMUNES_OPTIONS>>().toEqualTypeOf<
      keyof CheckCommunesOptions
    >();
    expectTypeOf<Listed<typeof FIND_COMMUNE_OPTIONS>>().toEqualTypeOf<keyof FindCommuneOptions>();
    expectTypeOf<Listed<typeof FIND_FORMER_COMMUNE_OPTIONS>>().toEqualTypeOf<
      keyof FindFormerCommuneOptions
    >();
    expectTypeOf<Listed<typeof SEARCH_COMMUNES_OPTIONS>>().toEqualTypeOf<
      keyof SearchCommunesOptions
    >();
    expectTypeOf<Listed<typeof CONVERT_ADDRESS_OPTIONS>>().toEqualTypeOf<
      keyof ConvertAddressOptions
    >();
    expectTypeOf<Listed<typeof VI_NUMBER_FORMAT_OPTIONS>>().toEqualTypeOf<
      keyof ViNumberFormatOptions
    >();
    expectTypeOf<Listed<typeof FORMAT_PERIOD_OPTIONS>>().toEqualTypeOf<keyof FormatPeriodOptions>();
    expectTypeOf<Listed<typeof FORMAT_QUANTITY_OPTIONS>>().toEqualTypeOf<
      keyof NonNullable<Parameters<typeof main.formatQuantity>[1]>
    >();
    expectTypeOf<Listed<typeof INDICATOR_QUERY>>().toEqualTypeOf<keyof IndicatorQuery>();
    expectTypeOf<Listed<typeof FIND_INDICATOR_OPTIONS>>().toEqualTypeOf<
      keyof FindIndicatorOptions
    >();
    expectTypeOf<Listed<typeof NATIONAL_SERIES_OPTIONS>>().toEqualTypeOf<
      keyof NonNullable<Parameters<typeof framework.nationalSeries>[1]>
    >();
    expectTypeOf<Listed<typeof DTI_RANKING_OPTIONS>>().toEqualTypeOf<keyof DtiRankingOptions>();
    expectTypeOf<Listed<typeof INDEX_HISTORY_OPTIONS>>().toEqualTypeOf<keyof IndexHistoryOptions>();
    expectTypeOf<Listed<typeof INDEX_RANKING_OPTIONS>>().toEqualTypeOf<keyof IndexRankingOptions>();
    expectTypeOf<Listed<typeof DTI_PILLAR_RESULTS_OPTIONS>>().toEqualTypeOf<
      keyof DtiPillarResultsOptions
    >();
  });

  it('one list per method of a discriminated spec', () => {
    type Kinds<T extends { method: string }> = {
      readonly [K in T['method']]: keyof Extract<T, { method: K }>;
    };
    type ListedKinds<T extends Readonly<Record<string, readonly string[]>>> = {
      [K in keyof T]: T[K][number];
    };
    expectTypeOf<ListedKinds<typeof NORMALIZE_OPTIONS>>().toEqualTypeOf<Kinds<NormalizeMethod>>();
    type Methods = {
      readonly [M in main.MergeMethod['method']]: keyof Extract<main.MergeMethod, { method: M }>;
    };
    expectTypeOf<ListedKinds<typeof MERGE_OPTIONS>>().toEqualTypeOf<Methods>();
  });

  it('the lists are what the messages print', () => {
    expect(COMPOSITE_OPTIONS).toEqual(['aggregate', 'impute', 'ties']);
    expect(Object.keys(NORMALIZE_OPTIONS)).toEqual([
      'min-max',
      'goalposts',
      'z-score',
      'distance-to-target',
      'dist-to-max',
      'dist-to-ref',
      'frac-max',
      'rank',
      'borda',
      'percent-rank',
    ]);
    expect(normalizeKeys).toBe(NORMALIZE_OPTIONS['frac-max'].join(', '));
  });
});
