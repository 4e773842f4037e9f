import type { CorrelationMatrix } from '../audit/correlations.js';
import { DxError } from '../errors.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { refuseRenamedKey } from '../internal/renamed.js';
import { chartLabels, chartText, showNumber } from './labels.js';
import { escapeXml, idPrefix, round, svgHeader, textWidth } from './svg.js';

/**
 * Options for {@link renderCorrelationHeatmap}.
 *
 * @category Analysis
 */
export interface CorrelationHeatmapOptions {
  /** The chart's title, also its accessible name. */
  readonly title?: string;
  /**
   * Indicator id → its group (e.g. its pillar). Pairs in different groups are left blank and
   * unflagged, as COINr's `grouplev` does, and each group's block is boxed.
   */
  readonly groups?: Readonly<Record<string, string>>;
  /** Indicator id → the name to show; default the id. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Text language, `vi` or `en` (default `en`). */
  readonly lang?: 'vi' | 'en';
  /** Prefix of the title and description ids (default `correlation-heatmap`). */
  readonly idPrefix?: string;
}

/** The options {@link renderCorrelationHeatmap} takes, to refuse any other. */
export const CORRELATION_HEATMAP_OPTIONS = [
  'title',
  'groups',
  'labels',
  'lang',
  'idPrefix',
] as const satisfies readonly (keyof CorrelationHeatmapOptions)[];

/** COINr's `plot_corr(flagcolours = TRUE)` categories, thresholds and colours, best first. */
const FLAGS = [
  { flag: 'high', fill: '#80d67b', ink: '#222222' },
  { flag: 'ok', fill: '#b8e8b5', ink: '#222222' },
  { flag: 'weak', fill: '#e2e6e1', ink: '#222222' },
  { flag: 'negative', fill: '#b25491', ink: '#ffffff' },
] as const;
type Flag = (typeof FLAGS)[number]['flag'];
const BLANK = '#f0f0f0';
const CELL = 44;
const TOP = 48;

/** COINr's flag of a correlation rounded to 2 decimals: ≥ 0.9 high, ≤ −0.4 negative, ≤ 0.3 weak. */
function flagOf(r: number): Flag {
  if (r <= -0.4) return 'negative';
  if (r <= 0.3) return 'weak';
  if (r >= 0.9) return 'high';
  return 'ok';
}

/** Checks the matrix: indicator ids of text, a square matrix of numbers in [−1, 1] or null. */
function checkMatrix(correlation: unknown): CorrelationMatrix {
  const given = record(correlation, 'correlation', '{ indicators, matrix }');
  // A 0.x `{ ids, matrix }` is refused naming the 1.0 `indicators`.
  if (!('indicators' in given) && 'ids' in given)
    refuseRenamedKey('ids', ['indicators'], 'correlation.ids');
  const { indicators: ids, matrix } = given;
  if (!Array.isArray(ids) || !Array.isArray(matrix))
    fail(
      'INVALID_ARGUMENT',
      'correlation',
      '{ indicators, matrix } as correlations() returns',
      correlation,
    );
  if (ids.length === 0) raise('EMPTY_INPUT', 'correlation.indicators', 'nothing to draw');
  if (new Set(ids).size !== ids.length || ids.some((id) => typeof id !== 'string'))
    fail('INVALID_ARGUMENT', 'correlation.indicators', 'distinct indicator ids', ids);
  ids.forEach((_, i) => {
    const row: unknown = matrix[i];
    if (!Array.isArray(row) || row.length !== ids.length || matrix.length !== ids.length)
      fail('INVALID_ARGUMENT', `correlation.matrix[${i}]`, `a row of ${ids.length} values`, row);
    row.forEach((r: unknown, j) => {
      if (r !== null && (typeof r !== 'number' || !(r >= -1 - 1e-9 && r <= 1 + 1e-9)))
        fail('INVALID_ARGUMENT', `correlation.matrix[${i}][${j}]`, 'a correlation or null', r);
    });
  });
  return { indicators: ids, matrix } as CorrelationMatrix;
}

/**
 * Draws a correlation matrix as a heatmap with COINr's flags (`plot_corr(flagcolours = TRUE)`)
 * as a standalone, accessible SVG: each pair's cell shows its correlation to two decimals and
 * is coloured by its category — high (≥ 0.9: the indicators may double-count), ok, weak
 * (≤ 0.3) or negative (≤ −0.4: they pull the index apart) — after rounding to two decimals,
 * as COINr does. With `groups`, only pairs within a group are shown and flagged (COINr's
 * `grouplev`) and each group's block is boxed. High and negative cells also get a dark
 * outline, so the flags do not rest on colour alone; the description lists them in words.
 * Row labels and the rotated column labels size the margins, so no label is cut.
 *
 * @param correlation - `{ indicators, matrix }`, as {@link correlations} returns.
 * @param options - title, groups, display names, language, id prefix.
 * @returns the SVG document as a string.
 * @throws {@link DxError} `EMPTY_INPUT` for no indicators; `INVALID_ARGUMENT` for a matrix that is
 *   not square over distinct indicators with correlations in [−1, 1] or null, an `idPrefix` that is
 *   not an XML id, an unknown `lang`, options that are not an object, or an unknown option.
 *
 * @example
 * ```ts
 * import { correlations, renderCorrelationHeatmap } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['01', '79', '48', '31', '92'],
 *   columns: {
 *     online: [90, 80, 70, 60, 50],
 *     signed: [95, 85, 80, 50, 45],
 *     cashless: [20, 60, 40, 50, 30],
 *   },
 * };
 * const svg = renderCorrelationHeatmap(correlations(data), {
 *   groups: { online: 'government', signed: 'government', cashless: 'economy' },
 *   lang: 'vi',
 * });
 * svg.includes('Cao (≥ 0,9) trong nhóm: online và signed (0,96)'); // true
 * ```
 *
 * @category Analysis
 */
export function renderCorrelationHeatmap(
  correlation: CorrelationMatrix,
  options: CorrelationHeatmapOptions = {},
): string {
  knownKeys(record(options, 'options'), CORRELATION_HEATMAP_OPTIONS, 'options');
  const { indicators: ids, matrix } = checkMatrix(correlation);
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  const prefix = idPrefix(options.idPrefix, 'correlation-heatmap');
  const text = chartText(lang);
  const name = chartLabels(options.labels, 'options.labels');
  const groups = options.groups;
  if (groups !== undefined) record(groups, 'options.groups', 'indicator id → group');
  // Own keys only: an id such as `constructor` must not find Object.prototype's function.
  const groupOf = (id: string): string | undefined =>
    groups !== undefined && Object.hasOwn(groups, id) ? groups[id] : undefined;
  // Without groups every id is in the one undefined group.
  const together = (a: string, b: string) => groupOf(a) === groupOf(b);
  const title = options.title ?? text.correlationTitle;
  const n = ids.length;
  const labelWidth = Math.max(...ids.map((id) => textWidth(name(id))));
  // Column labels are rotated 45°: a label of width w reaches w·√½ left of and below its cell's
  // centre, so never past the row labels' margin of w + 24.
  const slant = labelWidth * Math.SQRT1_2;
  const left = Math.ceil(16 + labelWidth + 8);
  const legend: { fill: string; label: string }[] = FLAGS.map(({ flag, fill }) => ({
    fill,
    label: text.flags[flag],
  }));
  if (groups !== undefined) legend.push({ fill: BLANK, label: text.otherGroup });
  const legendX = left + n * CELL + 24;
  const legendWidth = 18 + Math.max(...legend.map((item) => textWidth(item.label)));
  const width = Math.ceil(
    Math.max(legendX + legendWidth + 16, 16 + textWidth(title, 16) + 16, 200),
  );
  const gridBottom = TOP + n * CELL;
  const height = Math.ceil(Math.max(gridBottom + 12 + slant + 16, TOP + legend.length * 22 + 16));
  const flagged: string[] = [];
  // Stryker disable next-line StringLiteral: the first part is the header, written once the flags are known.
  const parts = [''];
  const cellAt = (i: number, j: number) => ({ x: left + j * CELL, y: TOP + i * CELL });
  ids.forEach((rowId, i) => {
    const row = matrix[i] as readonly (number | null)[];
    parts.push(
      `<text x="${left - 8}" y="${round(TOP + i * CELL + CELL / 2 + 4)}" text-anchor="end" fill="#222">${escapeXml(name(rowId))}</text>`,
    );
    ids.forEach((colId, j) => {
      const { x, y } = cellAt(i, j);
      const r = row[j] ?? null;
      if (i === j) {
        parts.push(
          `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="#ffffff" stroke="#e4e4e4"/>`,
        );
        return;
      }
      const pair = `${name(rowId)} × ${name(colId)}`;
      if (r === null || !together(rowId, colId)) {
        const why = r === null ? text.undefinedCorrelation : text.otherGroup;
        parts.push(
          `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${BLANK}" stroke="#ffffff"><title>${escapeXml(`${pair}: ${why}`)}</title></rect>`,
        );
        return;
      }
      const shown = Math.round(r * 100) / 100;
      const flag = flagOf(shown);
      const style = FLAGS.find((f) => f.flag === flag) as (typeof FLAGS)[number];
      const value = showNumber(shown, 2, lang);
      const marked = flag === 'high' || flag === 'negative';
      // Stryker disable next-line EqualityOperator: the diagonal (i === j) returned above.
      if (marked && i < j)
        flagged.push(
          `${groups === undefined ? text.flags[flag] : text.flagsWithin[flag]}: ${name(rowId)} ${text.and} ${name(colId)} (${value})`,
        );
      parts.push(
        `<g><title>${escapeXml(`${pair}: ${value} (${text.flags[flag]})`)}</title>`,
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${style.fill}" stroke="${marked ? '#222222' : '#ffffff'}" stroke-width="${marked ? 2 : 1}"/>`,
        `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${style.ink}" font-size="11">${escapeXml(value)}</text></g>`,
      );
    });
  });
  ids.forEach((colId, j) => {
    const cx = left + j * CELL + CELL / 2;
    const cy = gridBottom + 12;
    parts.push(
      `<text transform="translate(${cx} ${cy}) rotate(-45)" text-anchor="end" fill="#222">${escapeXml(name(colId))}</text>`,
    );
  });
  if (groups !== undefined) {
    // One box per run of consecutive indicators in the same group.
    let start = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && groupOf(ids[k] as string) === groupOf(ids[start] as string)) continue;
      const { x, y } = cellAt(start, start);
      const size = (k - start) * CELL;
      parts.push(
        `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="none" stroke="#505050" stroke-width="1.5"/>`,
      );
      start = k;
    }
  }
  legend.forEach((item, k) => {
    const y = TOP + k * 22;
    parts.push(
      `<rect x="${legendX}" y="${y}" width="12" height="12" fill="${item.fill}" stroke="#999"/>`,
      `<text x="${legendX + 18}" y="${y + 10}" fill="#222">${escapeXml(item.label)}</text>`,
    );
  });
  const summary = `${text.correlationsOf(n)} ${flagged.length > 0 ? `${flagged.join('; ')}.` : text.noFlags}`;
  parts[0] = svgHeader(width, height, title, summary, 16, prefix).join('\n');
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
