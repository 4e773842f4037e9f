import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, noHoles, numberBetween, oneOf } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { escapeXml, idPrefix, round, svgHeader, textWidth } from './svg.js';

/**
 * One row of a rank-interval chart: a unit's nominal rank and the interval
 * its rank stays in. An entry of `uncertainty(…).units` is one as it is.
 *
 * @category Analysis
 */
export interface RankInterval {
  /** The unit's code. */
  readonly unit: string;
  /** The rank with the nominal choices, 1 best; `null` when unranked (listed, not drawn). */
  readonly nominal: number | null;
  /** The median rank, drawn as a tick when given. */
  readonly median?: number | null;
  /** The 5th percentile rank (the better end). */
  readonly q05: number | null;
  /** The 95th percentile rank (the worse end). */
  readonly q95: number | null;
}

/**
 * Options for {@link renderRankIntervalChart}.
 *
 * @category Analysis
 */
export interface RankIntervalChartOptions {
  /** The chart's title, also its accessible name. */
  readonly title?: string;
  /**
   * Width in pixels (default 720); the height follows from the number of units. The label
   * column is sized from the labels, and the chart grows wider when it would leave the plot
   * less than 140 pixels.
   */
  readonly width?: number;
  /** Unit code → the name to show (e.g. the province name); default the code. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Text language, `vi` or `en` (default `en`). */
  readonly lang?: 'vi' | 'en';
  /**
   * Prefix of the ids of the title and description (`{idPrefix}-title`, `{idPrefix}-desc`;
   * default `chart`): give each chart inlined in one HTML page its own.
   */
  readonly idPrefix?: string;
}

/** The options {@link renderRankIntervalChart} takes, to refuse any other (a misspelt one would be ignored). */
export const RANK_INTERVAL_CHART_OPTIONS = [
  'title',
  'width',
  'labels',
  'lang',
  'idPrefix',
] as const satisfies readonly (keyof RankIntervalChartOptions)[];

const ROW = 18;
const DOT = '#1b6ca8';
const BAR = '#9cbcd6';

/** A rank for the text: whole ranks as they are, others to one decimal. */
function show(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * Draws each unit's nominal rank with the interval its rank stays in (5th to
 * 95th percentile over an uncertainty analysis) as a standalone, accessible
 * SVG: one row per unit, best nominal rank at the top, rank 1 on the left, a
 * bar from the 5th to the 95th percentile, a dot at the nominal rank and a
 * tick at the median. COINr's `plot_uncertainty`, without R. A `<title>` and
 * a `<desc>` give every row in words; no scripts, fonts or external assets.
 * Pure: the same input gives the same text.
 *
 * @param units - the rows, e.g. `uncertainty(…).units`; unranked units are listed in the description only.
 * @param options - title, width, display names, language, id prefix.
 * @returns the SVG document as a string.
 * @throws {@link DxError} `EMPTY_INPUT` for no rows or no ranked row;
 *   `INVALID_ARGUMENT` for a row that is not `{ unit, nominal, q05, q95 }`
 *   with ranks ≥ 1 and q05 ≤ q95, a repeated unit, a width outside
 *   200–10000 pixels, an unknown `lang`, a `title` that is not text, an
 *   `idPrefix` that is not an XML id, options that are not an object, or an unknown option.
 *
 * @example
 * ```ts
 * import { renderRankIntervalChart } from 'vn-dx';
 *
 * const svg = renderRankIntervalChart(
 *   [
 *     { unit: '48', nominal: 1, median: 1, q05: 1, q95: 2 },
 *     { unit: '79', nominal: 2, median: 2, q05: 1, q95: 3 },
 *   ],
 *   { labels: { '48': 'Đà Nẵng', '79': 'TP. Hồ Chí Minh' }, lang: 'vi' },
 * );
 * svg.includes('Đà Nẵng: hạng 1, khoảng 5–95 %: 1–2'); // true
 * ```
 *
 * @category Analysis
 */
export function renderRankIntervalChart(
  units: readonly RankInterval[],
  options: RankIntervalChartOptions = {},
): string {
  if (typeof options !== 'object' || options === null)
    fail('INVALID_ARGUMENT', 'options', 'an object like { width, lang, title }', options);
  knownKeys(options, RANK_INTERVAL_CHART_OPTIONS, 'options');
  if (!Array.isArray(units as unknown) || units.length === 0)
    raise('EMPTY_INPUT', 'units', 'nothing to draw');
  noHoles(units, 'units');
  const givenWidth = numberBetween(options.width ?? 720, 200, 10_000, 'options.width');
  const vi = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang') === 'vi';
  if (options.title !== undefined && typeof options.title !== 'string')
    fail('INVALID_ARGUMENT', 'options.title', 'text', options.title);
  const title =
    options.title ?? (vi ? 'Thứ hạng và khoảng bất định' : 'Rank and its uncertainty interval');
  const prefix = idPrefix(options.idPrefix, 'chart');
  const seen = new Set<string>();
  const isRank = (v: unknown) => Number.isFinite(v) && (v as number) >= 1;
  units.forEach((row, i) => {
    const ok =
      typeof row === 'object' &&
      row !== null &&
      typeof row.unit === 'string' &&
      [row.nominal, row.q05, row.q95, row.median ?? null].every((v) => v === null || isRank(v)) &&
      // Stryker disable next-line ConditionalExpression: a null q05 compares as 0, below any q95 (a rank ≥ 1).
      (row.q05 === null || row.q95 === null || row.q05 <= row.q95);
    if (!ok)
      fail(
        'INVALID_ARGUMENT',
        `units[${i}]`,
        '{ unit, nominal, q05, q95 } with ranks ≥ 1 or null and q05 ≤ q95',
        row,
      );
    if (seen.has(row.unit))
      raise('INVALID_ARGUMENT', `units[${i}]`, `${describe(row.unit)} appears twice`);
    seen.add(row.unit);
  });
  const label = (row: RankInterval) => options.labels?.[row.unit] ?? row.unit;
  const drawn = units
    .filter((row) => row.nominal !== null && row.q05 !== null && row.q95 !== null)
    .sort((a, b) => (a.nominal as number) - (b.nominal as number));
  if (drawn.length === 0) raise('EMPTY_INPUT', 'units', 'no unit has a rank to draw');
  const worst = Math.max(...drawn.map((row) => Math.max(row.q95 as number, row.nominal as number)));
  // The label column is as wide as the widest label (textWidth's estimate), so none is cut; the
  // chart grows wider when that would leave the plot less than 140 pixels.
  const longest = Math.max(...drawn.map((row) => textWidth(label(row))));
  const margin = { top: 48, right: 24, bottom: 48, left: Math.ceil(16 + longest + 8) };
  const caption = vi
    ? 'Thứ hạng (1 là cao nhất): chấm là hạng danh nghĩa, thanh là khoảng 5–95 %'
    : 'Rank (1 is best): dot at the nominal rank, bar from the 5th to the 95th percentile';
  const width = Math.ceil(
    Math.max(
      givenWidth,
      margin.left + 140 + margin.right,
      16 + textWidth(caption) + 16,
      16 + textWidth(title, 16) + 16,
    ),
  );
  const height = margin.top + drawn.length * ROW + margin.bottom;
  const plotWidth = width - margin.left - margin.right;
  // The caption is centred under the plot, moved left where it would run past the right edge
  // (the chart is at least 32 px wider than the caption and the plot starts 24 px or more from
  // the left, so the centre never puts it past the left edge).
  const captionHalf = textWidth(caption) / 2;
  const captionX = round(Math.min(margin.left + plotWidth / 2, width - 16 - captionHalf));
  const x = (r: number) => round(margin.left + ((r - 1) / Math.max(1, worst - 1)) * plotWidth);
  const y = (k: number) => round(margin.top + k * ROW + ROW / 2);
  const sentence = (row: RankInterval) =>
    row.nominal === null || row.q05 === null || row.q95 === null
      ? `${label(row)}: ${vi ? 'không có hạng' : 'no rank'}`
      : `${label(row)}: ${vi ? 'hạng' : 'rank'} ${show(row.nominal)}, ${vi ? 'khoảng 5–95 %' : '5–95 % interval'}: ${show(row.q05)}–${show(row.q95)}`;
  // Past 100 ranks (communes), a power of ten that leaves about ten ticks: a step of 10 would
  // draw hundreds of them, and a loop to an absurd rank would never end.
  // (From 41 to 100 ranks the power of ten is 10.)
  const step = worst <= 12 ? 1 : worst <= 40 ? 5 : 10 ** Math.ceil(Math.log10(worst / 10));
  const ticks = [1];
  for (let t = step === 1 ? 2 : step; t < worst; t += step) ticks.push(t);
  if (worst > 1) ticks.push(worst);
  const parts: string[] = svgHeader(
    width,
    height,
    title,
    units.map(sentence).join('; '),
    16,
    prefix,
  );
  for (const tick of ticks) {
    parts.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${margin.top}" y2="${height - margin.bottom}" stroke="#e4e4e4"/>`,
      `<text x="${x(tick)}" y="${height - margin.bottom + 16}" text-anchor="middle" fill="#555">${tick}</text>`,
    );
  }
  parts.push(
    `<text x="${captionX}" y="${height - 8}" text-anchor="middle" fill="#333">${caption}</text>`,
  );
  drawn.forEach((row, k) => {
    const rowY = y(k);
    parts.push(
      `<g aria-label="${escapeXml(sentence(row))}">`,
      `<text x="${margin.left - 8}" y="${round(rowY + 4)}" text-anchor="end" fill="#222">${escapeXml(label(row))}</text>`,
      `<line x1="${x(row.q05 as number)}" x2="${x(row.q95 as number)}" y1="${rowY}" y2="${rowY}" stroke="${BAR}" stroke-width="6" stroke-linecap="round"/>`,
    );
    if (row.median !== undefined && row.median !== null)
      parts.push(
        `<line x1="${x(row.median)}" x2="${x(row.median)}" y1="${round(rowY - 5)}" y2="${round(rowY + 5)}" stroke="#333" stroke-width="1.5"/>`,
      );
    parts.push(
      `<circle cx="${x(row.nominal as number)}" cy="${rowY}" r="4" fill="${DOT}"><title>${escapeXml(sentence(row))}</title></circle>`,
      '</g>',
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
