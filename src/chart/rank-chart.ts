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
import {
  byEdition,
  consecutiveRuns,
  eraBreak,
  labelX,
  marker,
  markerSymbol,
  placeLabels,
  plotWidthFor,
  rankTicks,
  yearLabels,
} from './rank-layout.js';
import { escapeXml, idPrefix, round, svgHeader, textWidth } from './svg.js';

/**
 * One line of a rank chart: a province's rank in successive editions.
 * {@link rankSeries} makes them from ranking entries (`dtiHistory`, `indexHistory`, a dataset's
 * `rankings`), one per province and basis.
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
  /** How many were ranked: 63 or 34 for a national ranking of either era. */
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
  /**
   * Width in pixels (default 720). The chart grows wider when its end labels would leave the
   * plot less than 160 pixels, so that no label is cut.
   */
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
  /**
   * What each line's end label shows: `'label-rank'` (the default) its label and last rank,
   * `Thái Nguyên (8/34)`; `'label'` its label only.
   */
  readonly endLabel?: 'label-rank' | 'label';
}

/** The options {@link renderRankChart} takes, to refuse any other (a misspelt one would be ignored). */
export const RANK_CHART_OPTIONS = [
  'title',
  'width',
  'height',
  'lang',
  'idPrefix',
  'endLabel',
] as const satisfies readonly (keyof RankChartOptions)[];

/** Line colours, each at least 3:1 against white (WCAG 1.4.11 for graphics). */
const PALETTE = [
  '#1b6ca8',
  '#b3364a',
  '#2e8540',
  '#8a5a00',
  '#5b4a9e',
  '#00727a',
  '#8f3f71',
  '#4a4a4a',
];

const WORDS = {
  vi: {
    title: 'Thứ hạng qua các năm',
    edition: 'Năm đánh giá',
    rank: 'Thứ hạng (1 là cao nhất)',
    of: (n: number) => `hạng trên ${n}`,
    era: (from: number) =>
      `Từ ${from}: xếp hạng trong 34 tỉnh, thành (đường nét đứt); trước đó trong 63.`,
  },
  en: {
    title: 'Rank by edition',
    edition: 'Edition',
    rank: 'Rank (1 is best)',
    of: (n: number) => `rank of ${n}`,
    era: (from: number) =>
      `From ${from}: ranks among the 34 units (dashed line); before, among the 63 provinces.`,
  },
} as const;

/** Checks the series: an array of `{ label, points }`, whole ranks within `of`, one per edition and basis. */
function checkSeries(series: readonly RankSeries[]): void {
  denseArray(series, 'series', 'an array of { label, points }');
  if (series.length === 0) raise('EMPTY_INPUT', 'series', 'nothing to draw');
  series.forEach((line, i) => {
    if (typeof line?.label !== 'string' || !Array.isArray(line.points as unknown))
      fail('INVALID_ARGUMENT', `series[${i}]`, '{ label, points } with a text label', line);
    noHoles(line.points, `series[${i}].points`);
    if (line.points.length === 0) {
      raise('EMPTY_INPUT', `series[${i}]`, 'expected { label, points } with at least one point');
    }
    const seen = new Set<string>();
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
      const key = `${p.edition}/${p.of}`;
      if (seen.has(key))
        raise(
          'INVALID_ARGUMENT',
          `series[${i}].points[${k}]`,
          `a second rank of ${p.of} for ${p.edition}: give each edition one rank per number ranked`,
        );
      seen.add(key);
    });
  });
}

/** The options of {@link renderRankChart}, checked, with their defaults. */
function readOptions(options: RankChartOptions) {
  knownKeys(record(options, 'options'), RANK_CHART_OPTIONS, 'options');
  const height = numberBetween(options.height ?? 420, 200, 10_000, 'options.height');
  const givenWidth = numberBetween(options.width ?? 720, 200, 10_000, 'options.width');
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  const endLabel = oneOf(
    options.endLabel ?? 'label-rank',
    ['label-rank', 'label'] as const,
    'options.endLabel',
  );
  if (options.title !== undefined && typeof options.title !== 'string')
    fail('INVALID_ARGUMENT', 'options.title', 'text', options.title);
  const words = WORDS[lang];
  const title = options.title ?? words.title;
  const prefix = idPrefix(options.idPrefix, 'chart');
  return { height, givenWidth, words, endLabel, title, prefix };
}

/**
 * Draws rank histories as a standalone, accessible SVG: one line per series, rank 1 at the top,
 * editions along the bottom, each line labelled at its end, with a `<title>` and a `<desc>` that
 * lists every point in words, editions in order. A line breaks where a year is missing (a gap,
 * not a line drawn across it) and where the number ranked changes. Rank ticks are round numbers
 * spaced so their labels never overlap; the right margin is sized from the end labels (see
 * `textWidth` in the charts guide), so none is cut.
 *
 * Ranks out of different numbers share the axis but not a marker: the largest basis is drawn
 * with filled dots, the next with hollow ones (ranks of 63 and of 34 in DTI 2024), and a legend
 * under the title says which is which. Where ranks among the 34 units of 1 July 2025 follow ranks
 * among the 63 provinces, a dashed vertical line marks the break, and the description says so.
 * No scripts, fonts or external assets. Pure: the same input gives the same text.
 *
 * @param series - the lines to draw; each needs at least one point, and at most one rank per
 *   edition and number ranked. {@link rankSeries} makes them from ranking entries.
 * @param options - title, size, language, id prefix, what the end labels show.
 * @returns the SVG document as a string.
 * @throws {@link DxError} `EMPTY_INPUT` for no series or a series without points;
 *   `INVALID_ARGUMENT` for a series that is not an array of `{ label, points }`, impossible
 *   ranks or sizes, two ranks of one basis for the same edition, an unknown `lang` or
 *   `endLabel`, an `idPrefix` that is not an XML id, or an unknown option.
 *
 * @example
 * ```ts
 * import { renderRankChart } from 'vn-dx';
 *
 * const svg = renderRankChart(
 *   [
 *     { label: 'Hậu Giang', points: [{ edition: 2020, rank: 28, of: 63 }, { edition: 2021, rank: 17, of: 63 }] },
 *     { label: 'Cần Thơ', points: [{ edition: 2022, rank: 20, of: 63 }, { edition: 2024, rank: 9, of: 34 }] },
 *   ],
 *   { title: 'DTI rank', idPrefix: 'dti-rank' },
 * );
 * svg.includes('<title id="dti-rank-title">DTI rank</title>'); // true
 * svg.includes('Hậu Giang (17/63)'); // true
 * svg.includes('From 2024: ranks among the 34 units (dashed line)'); // true
 * ```
 *
 * @category Ranking
 */
export function renderRankChart(
  series: readonly RankSeries[],
  options: RankChartOptions = {},
): string {
  checkSeries(series);
  const { height, givenWidth, words, endLabel, title, prefix } = readOptions(options);
  const lines = series.map((line) => ({
    label: line.label,
    points: [...line.points].sort(byEdition),
  }));
  const all = lines.flatMap((line) => line.points);
  const editions = [...new Set(all.map((p) => p.edition))].sort((a, b) => a - b);
  const first = editions[0] as number;
  const last = editions.at(-1) as number;
  const bases = [...new Set(all.map((p) => p.of))].sort((a, b) => b - a);
  const worst = bases[0] as number;
  const breakAt = eraBreak(all, first);
  const top = bases.length > 1 ? 72 : 48;
  const bottom = 48;
  const plotHeight = height - top - bottom;
  const ticks = rankTicks(worst, plotHeight);
  const left = Math.max(56, Math.ceil(36 + Math.max(...ticks.map((t) => textWidth(String(t))))));
  const at = (edition: number) => (last === first ? 0.5 : (edition - first) / (last - first));
  const ends = lines.map((line) => {
    const end = line.points.at(-1) as RankPoint;
    return endLabel === 'label' ? line.label : `${line.label} (${end.rank}/${end.of})`;
  });
  const keys = bases.map((n, k) => `${markerSymbol(k)} ${words.of(n)}`);
  const legend = keys.join('   ');
  const { plotWidth, width } = plotWidthFor(
    Math.max(givenWidth, left + textWidth(title, 16) + 16, left + textWidth(legend) + 16),
    left,
    ends,
  );
  const x = (edition: number) => round(left + at(edition) * plotWidth);
  const y = (rank: number) => round(top + ((rank - 1) / Math.max(1, worst - 1)) * plotHeight);
  const describe = lines.map(
    (line) =>
      `${line.label}: ${line.points.map((p) => `${p.edition} ${p.rank}/${p.of}`).join(', ')}`,
  );
  if (breakAt !== undefined) describe.push(words.era(breakAt));
  const parts = svgHeader(width, height, title, describe.join('; '), left, prefix);
  if (bases.length > 1)
    parts.push(
      `<text x="${left}" y="44" fill="#333">${keys.map((key, k) => (k === 0 ? escapeXml(key) : `<tspan dx="14">${escapeXml(key)}</tspan>`)).join('')}</text>`,
    );
  for (const tick of ticks) {
    parts.push(
      `<line x1="${left}" x2="${left + round(plotWidth)}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e4e4e4"/>`,
      `<text x="${left - 8}" y="${y(tick) + 4}" text-anchor="end" fill="#555">${tick}</text>`,
    );
  }
  for (const edition of yearLabels(first, last, plotWidth)) {
    parts.push(
      `<text x="${x(edition)}" y="${top + plotHeight + 20}" text-anchor="middle" fill="#555">${edition}</text>`,
    );
  }
  parts.push(
    `<text x="${round(left + plotWidth / 2)}" y="${height - 8}" text-anchor="middle" fill="#333">${words.edition}</text>`,
    `<text transform="translate(16 ${round(top + plotHeight / 2)}) rotate(-90)" text-anchor="middle" fill="#333">${words.rank}</text>`,
  );
  if (breakAt !== undefined) {
    const breakX = round((x(breakAt - 1) + x(breakAt)) / 2);
    parts.push(
      `<line x1="${breakX}" x2="${breakX}" y1="${top - 12}" y2="${top + plotHeight}" stroke="#555" stroke-dasharray="4 3"/>`,
      `<text x="${breakX}" y="${top - 16}" text-anchor="middle" fill="#333">63 → 34</text>`,
    );
  }
  const endX = round(labelX(left, plotWidth));
  const placed = placeLabels(
    lines.map((line) => y((line.points.at(-1) as RankPoint).rank) + 4),
    top + plotHeight + 4,
  );
  lines.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length] as string;
    parts.push(`<g aria-label="${escapeXml(line.label)}">`);
    for (const run of consecutiveRuns(line.points)) {
      if (run.length < 2) continue;
      const path = run.map((p) => `${x(p.edition)},${y(p.rank)}`).join(' ');
      parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
    }
    for (const p of line.points) {
      const tip = `${line.label} ${p.edition}: ${p.rank}/${p.of}`;
      parts.push(marker(bases.indexOf(p.of), x(p.edition), y(p.rank), colour, tip));
    }
    const end = line.points.at(-1) as RankPoint;
    // A line that ends before the last edition is led to its label by a faint dotted line.
    if (end.edition < last)
      parts.push(
        `<line x1="${x(end.edition) + 6}" x2="${endX - 4}" y1="${y(end.rank)}" y2="${round((placed[i] as number) - 4)}" stroke="${colour}" stroke-opacity="0.6" stroke-dasharray="1 3"/>`,
      );
    parts.push(
      `<text x="${endX}" y="${round(placed[i] as number)}" fill="${colour}">${escapeXml(ends[i] as string)}</text>`,
      '</g>',
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
