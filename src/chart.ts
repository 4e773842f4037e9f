/**
 * Charts as standalone, accessible SVG text: rank histories (`renderRankChart`, with
 * `rankSeries` from ranking entries), rank intervals from an uncertainty analysis, correlation
 * heatmaps, the framework with its effective weights and a unit's score by component. Everything
 * here is also exported by `vn-dx`; this entry gathers the charts so that a reader can browse them
 * as one domain. See the charts guide.
 *
 * @module vn-dx/chart
 */

export type { CorrelationHeatmapOptions } from './chart/correlation-heatmap.js';
export { renderCorrelationHeatmap } from './chart/correlation-heatmap.js';
export type { FrameworkChartOptions } from './chart/framework-chart.js';
export { renderFrameworkChart } from './chart/framework-chart.js';
export type { RankChartOptions, RankPoint, RankSeries } from './chart/rank-chart.js';
export { renderRankChart } from './chart/rank-chart.js';
export type { RankInterval, RankIntervalChartOptions } from './chart/rank-interval-chart.js';
export { renderRankIntervalChart } from './chart/rank-interval-chart.js';
export type { RankSeriesOptions } from './chart/rank-series.js';
export { rankSeries } from './chart/rank-series.js';
export type { ScoreChartOptions } from './chart/score-chart.js';
export { renderScoreChart } from './chart/score-chart.js';
