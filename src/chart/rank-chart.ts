import { DxError } from '../errors.js';
import {
  denseArray,
  fail,
  integerBetween,
  knownKeys,
  noHoles,
  numberBetween,
  oneOf,
  record,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { escapeXml, idPrefix, round, svgHeader } from './svg.js';

/**
 * One line of a rank chart: a province's rank in successive editions.
 *
 * @category Ranking
 */
export interface RankSeries {
  /** The line's label, e.g. the province name. */
  readonly label: string;
  /** Its ranks by edition; editions need not be consecutive. */
  readonly points: readonly RankPoint[];
}

/**
 * One point of a {@link RankSeries}.
 *
 * @category Ranking
 */
export interface RankPoint {
  /** The edition (year assessed). */
  readonly edition: number;
  /** The rank, 1 best. */
  readonly rank: number;
  /** How many were ranked. */
  readonly of: number;
}

/**
 * Options for {@link renderRankChart}.
 *
 * @category Ranking
 */
export interface RankChartOptions {
  /** The chart's title, also its accessible name. */
  readonly title?: string;
  /** Width in pixels (default 720). */
  readonly width?: number;
  /** Height in pixels (default 420). */
  readonly height?: number;
  /** Axis labels' language, `vi` or `en` (default `en`). */
  readonly lang?: 'vi' | 'en';
  /**
   * Prefix of the ids of the title and description (`{idPrefix}-title`, `{idPrefix}-desc`;
   * default `chart`): give each chart inlined in one HTML page its own.
   */
  readonly idPrefix?: string;
}

/** The options {@link renderRankChart} takes, to refuse any other (a misspelt one would be ignored). */
export const RANK_CHART_OPTIONS = [
  'title',
  'width',
  'height',
  'lang',
  'idPrefix',
] as const satisfies readonly (keyof RankChartOptions)[];

const PALETTE = [
  '#1b6ca8',
  '#d1495b',
  '#2e8540',
  '#edae49',
  '#6a4c93',
  '#00798c',
  '#8d6a9f',
  '#c1666b',
];

/**
 * The rank axis' ticks: 1, round steps (1, 2 or 5 times a power of ten, about
 * six of them), and the last rank; a step tick closer than 16 pixels to the
 * last rank is dropped so that no two labels overlap.
 */
function rankTicks(worst: number, plotHeight: number): number[] {
  if (worst <= 1) return [1];
  const raw = (worst - 1) / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const pixels = (rank: number) => ((rank - 1) / (worst - 1)) * plotHeight;
  const ticks = [1];
  for (let tick = step; tick < worst; tick += step) {
    if (pixels(tick) - pixels(ticks.at(-1) as number) >= 16 && pixels(worst) - pixels(tick) >= 16)
      ticks.push(tick);
  }
  ticks.push(worst);
  return ticks;
}

/** Splits a line's points where a year is missing: a gap, not a line drawn across it. */
function consecutiveRuns(points: readonly RankPoint[]): RankPoint[][] {
  const runs: RankPoint[][] = [];
  for (const point of points) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && point.edition === previous.edition + 1) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

/**
 * Draws rank histories as a standalone, accessible SVG: one line per series,
 * rank 1 at the top, editions along the bottom, each line labelled at its
 * end, with a `<title>` and a `<desc>` that lists every point in words,
 * editions in order. A line breaks where a year is missing (a gap, not a
 * line drawn across it). Rank ticks are round numbers
 * spaced so their labels never overlap. No scripts, fonts or external
 * assets. Pure: the same input gives the same text.
 *
 * @param series - the lines to draw; each needs at least one point.
 * @param options - title, size, language, id prefix.
 * @returns the SVG document as a string.
 * @throws {@link DxError} `EMPTY_INPUT` for no series or a series without
 *   points; `INVALID_ARGUMENT` for a series that is not an array of
 *   `{ label, points }`, impossible ranks or sizes, an unknown `lang`, an `idPrefix` that is not an
 *   XML id, or an unknown option.
 *
 * @example
 * ```ts
 * import { renderRankChart } from 'vn-dx';
 *
 * const svg = renderRankChart([{ label: 'Hậu Giang', points: [{ edition: 2020, rank: 28, of: 63 }, { edition: 2021, rank: 17, of: 63 }] }], { title: 'DTI rank' });
 * svg.startsWith('<svg'); // true
 * svg.includes('<title id="chart-title">DTI rank</title>'); // true
 * ```
 *
 * @category Ranking
 */
export function renderRankChart(
  series: readonly RankSeries[],
  options: RankChartOptions = {},
): string {
  denseArray(series, 'series', 'an array of { label, points }');
  if (series.length === 0) raise('EMPTY_INPUT', 'series', 'nothing to draw');
  knownKeys(record(options, 'options'), RANK_CHART_OPTIONS, 'options');
  const width = options.width ?? 720;
  const height = options.height ?? 420;
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    numberBetween(value, 200, 10_000, `options.${name}`);
  }
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  if (options.title !== undefined && typeof options.title !== 'string')
    fail('INVALID_ARGUMENT', 'options.title', 'text', options.title);
  const title = options.title ?? (lang === 'vi' ? 'Thứ hạng qua các năm' : 'Rank by edition');
  const prefix = idPrefix(options.idPrefix, 'chart');
  series.forEach((line, i) => {
    if (typeof line?.label !== 'string' || !Array.isArray(line.points as unknown))
      fail('INVALID_ARGUMENT', `series[${i}]`, '{ label, points } with a text label', line);
    noHoles(line.points, `series[${i}].points`);
    if (line.points.length === 0) {
      raise('EMPTY_INPUT', `series[${i}]`, 'expected { label, points } with at least one point');
    }
    line.points.forEach((p, k) => {
      if (
        !Number.isInteger(p?.edition) ||
        !Number.isInteger(p?.rank) ||
        !Number.isInteger(p?.of) ||
        p.rank < 1 ||
        p.rank > p.of
      ) {
        fail(
          'INVALID_ARGUMENT',
          `series[${i}].points[${k}]`,
          'whole numbers with 1 ≤ rank ≤ of',
          p,
        );
      }
      // The x axis lists every year from the first edition to the last (gaps show as breaks).
      integerBetween(p.edition, 1900, 2100, `series[${i}].points[${k}].edition`);
    });
  });
  const editions = [...new Set(series.flatMap((line) => line.points.map((p) => p.edition)))].sort(
    (a, b) => a - b,
  );
  const worst = Math.max(...series.flatMap((line) => line.points.map((p) => p.of)));
  const margin = { top: 48, right: 150, bottom: 48, left: 56 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const first = editions[0] as number;
  const last = editions[editions.length - 1] as number;
  const x = (edition: number) =>
    round(
      margin.left +
        (last === first ? plotWidth / 2 : ((edition - first) / (last - first)) * plotWidth),
    );
  const y = (rank: number) =>
    round(margin.top + ((rank - 1) / Math.max(1, worst - 1)) * plotHeight);
  const ticks = rankTicks(worst, plotHeight);
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const parts: string[] = [];
  parts.push(
    ...svgHeader(
      width,
      height,
      title,
      series
        .map(
          (line) =>
            `${line.label}: ${[...line.points]
              .sort((a, b) => a.edition - b.edition)
              .map((p) => `${p.edition} ${p.rank}/${p.of}`)
              .join(', ')}`,
        )
        .join('; '),
      margin.left,
      prefix,
    ),
  );
  for (const tick of ticks) {
    parts.push(
      `<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e4e4e4"/>`,
      `<text x="${margin.left - 8}" y="${y(tick) + 4}" text-anchor="end" fill="#555">${tick}</text>`,
    );
  }
  // Year labels at least 40 pixels apart: every year when they fit, else every k-th.
  const stride = Math.max(1, Math.ceil((40 * (last - first)) / plotWidth));
  for (const edition of years.filter((year) => (year - first) % stride === 0)) {
    parts.push(
      `<text x="${x(edition)}" y="${margin.top + plotHeight + 20}" text-anchor="middle" fill="#555">${edition}</text>`,
    );
  }
  parts.push(
    `<text x="${margin.left + plotWidth / 2}" y="${height - 8}" text-anchor="middle" fill="#333">${lang === 'vi' ? 'Năm đánh giá' : 'Edition'}</text>`,
    `<text transform="translate(16 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" fill="#333">${lang === 'vi' ? 'Thứ hạng (1 là cao nhất)' : 'Rank (1 is best)'}</text>`,
  );
  // End labels: one per line, nudged apart so that close ranks stay readable.
  const labels = series.map((line, i) => {
    const end = [...line.points].sort((a, b) => a.edition - b.edition).at(-1) as RankPoint;
    return {
      i,
      x: x(end.edition) + 10,
      y: y(end.rank) + 4,
      text: `${line.label} (${end.rank}/${end.of})`,
    };
  });
  const placed = [...labels].sort((a, b) => a.y - b.y || a.i - b.i);
  placed.forEach((label, k) => {
    const above = placed.slice(0, k).filter((other) => Math.abs(other.x - label.x) < 120);
    const lowest = above.reduce((max, other) => Math.max(max, other.y), Number.NEGATIVE_INFINITY);
    if (label.y < lowest + 14) label.y = lowest + 14;
  });
  series.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length] as string;
    const points = [...line.points].sort((a, b) => a.edition - b.edition);
    parts.push(`<g aria-label="${escapeXml(line.label)}">`);
    for (const run of consecutiveRuns(points)) {
      if (run.length < 2) continue;
      const path = run.map((p) => `${x(p.edition)},${y(p.rank)}`).join(' ');
      parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
    }
    for (const p of points) {
      parts.push(
        `<circle cx="${x(p.edition)}" cy="${y(p.rank)}" r="4" fill="${colour}"><title>${escapeXml(`${line.label} ${p.edition}: ${p.rank}/${p.of}`)}</title></circle>`,
      );
    }
    const label = labels[i] as { x: number; y: number; text: string };
    parts.push(
      `<text x="${label.x}" y="${round(label.y)}" fill="${colour}">${escapeXml(label.text)}</text>`,
      '</g>',
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
