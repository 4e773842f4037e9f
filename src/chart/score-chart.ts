import { type CompiledNode, compile } from '../composite/compile.js';
import type { CompositeResult } from '../composite/composite-types.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode, NodeAggregateOptions } from '../model/framework-node.js';
import { chartLabels, chartText, showNumber, showPercent } from './labels.js';
import { escapeXml, idPrefix, round, svgHeader, textWidth } from './svg.js';

/**
 * Options for {@link renderScoreChart}.
 *
 * @category Analysis
 */
export interface ScoreChartOptions {
  /** The node whose components to show (default the root: the index's pillars). */
  readonly node?: string;
  /** The `aggregate` option given to `compositeIndex`, if any: it decides which nodes add up. */
  readonly aggregate?: NodeAggregateOptions;
  /** The chart's title, also its accessible name. */
  readonly title?: string;
  /** Node id (and the unit's code) → the name to show; default the node's `label`, else its id. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Text language, `vi` or `en` (default `en`). */
  readonly lang?: 'vi' | 'en';
  /** Prefix of the title and description ids (default `score-chart`). */
  readonly idPrefix?: string;
}

/** The options {@link renderScoreChart} takes, to refuse any other. */
export const SCORE_CHART_OPTIONS = [
  'node',
  'aggregate',
  'title',
  'labels',
  'lang',
  'idPrefix',
] as const satisfies readonly (keyof ScoreChartOptions)[];

const ROW = 26;
const TOP = 48;
const BAR = 260;
/** Component colours, each at least 3:1 against white (WCAG 1.4.11 for graphics). */
const COLOURS = ['#1b6ca8', '#b3364a', '#2e8540', '#8a5a00', '#5b4a9e', '#00727a', '#8f3f71'];

/** A score for the text: two decimals below 10, one below 100, none above. */
function showScore(value: number, lang: 'vi' | 'en'): string {
  const size = Math.abs(value);
  return showNumber(value, size < 10 ? 2 : size < 100 ? 1 : 0, lang);
}

/** Each node's label in `lang`, from the framework as given (the compiled tree drops them). */
function frameworkLabels(
  framework: FrameworkNode | string,
  lang: 'vi' | 'en',
): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (node: FrameworkNode | string): void => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a string leaf has no label and no children, so reading it as a node adds nothing.
    if (typeof node === 'string') return;
    if (typeof node.label?.[lang] === 'string') labels.set(node.id, node.label[lang]);
    // Stryker disable next-line ArrayDeclaration: a placeholder child is a string, which adds nothing.
    for (const child of node.children ?? []) visit(child);
  };
  visit(framework);
  return labels;
}

/**
 * Draws one unit's score broken down by the components of a node (by default the index's
 * pillars) as a standalone, accessible SVG: a row per component with a bar of its score and,
 * where the node is an arithmetic mean (not normalised after aggregating), its weight share and
 * its contribution — share × score, the contributions adding up to the node's score, which the
 * top row stacks component by component (COINr's `plot_bar` with `stack_children`). Otherwise
 * the chart shows scores and weights only and says why, in one sentence: another aggregation
 * method, a node normalised after aggregating, a node without a score, or a score that differs
 * from the sum. Missing components are listed as missing. The label column is sized from the
 * labels; the description gives every number in words.
 *
 * @param result - the unit's entry of `compositeIndex(…)`.
 * @param framework - the framework the result was computed with.
 * @param options - the node, the `aggregate` option used, title, display names, language, id prefix.
 * @returns the SVG document as a string.
 * @throws {@link DxError} for a malformed framework (the checks of `compositeIndex`):
 *   `INVALID_NUMBER` for a weight that is not a finite number ≥ 0;
 *   `UNKNOWN_ID` for a node that is not in the framework or has no components;
 *   `INVALID_ARGUMENT` for a result that is not `{ unit, score, nodes }`, a label that is not
 *   text, an `idPrefix` that is not an XML id, an unknown `lang`, options that are not an
 *   object, or an unknown option.
 *
 * @example
 * ```ts
 * import { compositeIndex, renderScoreChart } from 'vn-dx';
 *
 * const framework = {
 *   id: 'index',
 *   children: [
 *     { id: 'government', weight: 3, label: { vi: 'Chính quyền số', en: 'Digital government' } },
 *     { id: 'economy', label: { vi: 'Kinh tế số', en: 'Digital economy' } },
 *   ],
 * };
 * const results = compositeIndex({ '48': { government: 0.8, economy: 0.4 } }, framework);
 * const svg = renderScoreChart(results[0]!, framework, { labels: { '48': 'Đà Nẵng' }, lang: 'vi' });
 * svg.includes('Chính quyền số: điểm 0,80 × trọng số 75,0 % = đóng góp 0,60'); // true
 * ```
 *
 * @category Analysis
 */
export function renderScoreChart(
  result: CompositeResult,
  framework: FrameworkNode | string,
  options: ScoreChartOptions = {},
): string {
  knownKeys(record(options, 'options'), SCORE_CHART_OPTIONS, 'options');
  const { unit, nodes: values } = record(result, 'result', '{ unit, score, nodes }');
  if (typeof unit !== 'string' || typeof values !== 'object' || values === null)
    fail(
      'INVALID_ARGUMENT',
      'result',
      "a unit's entry of compositeIndex: { unit, score, nodes }",
      result,
    );
  const scoreOf = (id: string): number | null => {
    const v = (values as Record<string, unknown>)[id];
    return Number.isFinite(v) ? (v as number) : null;
  };
  const compiled = compile(framework, options.aggregate);
  const root = compiled[compiled.length - 1] as CompiledNode;
  const nodeId = options.node ?? root.id;
  const node = compiled.find((n) => n.id === nodeId);
  if (node === undefined || node.children.length === 0)
    raise(
      'UNKNOWN_ID',
      'options.node',
      `${describe(nodeId)} is not a node of the framework with components`,
    );
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  const prefix = idPrefix(options.idPrefix, 'score-chart');
  const text = chartText(lang);
  const given = chartLabels(options.labels, 'options.labels');
  const fromFramework = frameworkLabels(framework, lang);
  const name = (id: string) =>
    options.labels !== undefined && Object.hasOwn(options.labels, id)
      ? given(id)
      : (fromFramework.get(id) ?? id);
  const parts = components(node, compiled, scoreOf);
  const total = scoreOf(node.id);
  const { method } = node.aggregate;
  // Why the contributions do not add up, when they do not: the first reason that holds.
  const note =
    method !== 'arithmetic'
      ? text.notAdditive(method)
      : node.normalize !== undefined
        ? text.normalizedAfter
        : total === null
          ? text.noScore
          : Math.abs(parts.reduce((sum, p) => sum + (p.contribution ?? 0), 0) - total) >
              1e-9 * Math.max(1, Math.abs(total))
            ? text.sumDiffers
            : '';
  return draw({
    title: options.title ?? text.scoreTitle(name(unit)),
    heading: `${name(node.id)}: ${total === null ? text.missing : showScore(total, lang)}`,
    total,
    note,
    rows: parts.map((p) => ({ ...p, name: name(p.id) })),
    lang,
    prefix,
  });
}

interface Component {
  readonly id: string;
  readonly score: number | null;
  /** The weight's share among the components present. */
  readonly share: number;
  /** share × score; null when missing. */
  readonly contribution: number | null;
}

/** The node's components with their scores, weight shares among those present, and contributions. */
function components(
  node: CompiledNode,
  compiled: readonly CompiledNode[],
  scoreOf: (id: string) => number | null,
): Component[] {
  const children = node.children.map((k) => compiled[k] as CompiledNode);
  let present = 0;
  for (const child of children) if (scoreOf(child.id) !== null) present += child.weight;
  return children.map((child) => {
    const score = scoreOf(child.id);
    // Stryker disable next-line ConditionalExpression: a missing row shows neither share nor contribution, and a contribution of null adds as 0.
    if (score === null) return { id: child.id, score, share: 0, contribution: null };
    const share = present === 0 ? 0 : child.weight / present;
    return { id: child.id, score, share, contribution: share * score };
  });
}

interface Drawing {
  readonly title: string;
  readonly heading: string;
  readonly total: number | null;
  /** Why the contributions do not add up to the score; '' when they do. */
  readonly note: string;
  readonly rows: readonly (Component & { readonly name: string })[];
  readonly lang: 'vi' | 'en';
  readonly prefix: string;
}

/** Lays out and writes the chart. */
function draw({ title, heading, total, note, rows, lang, prefix }: Drawing): string {
  const text = chartText(lang);
  const additive = note === '';
  const detail = (row: Drawing['rows'][number]): string => {
    if (row.score === null) return text.missing;
    const score = `${text.score} ${showScore(row.score, lang)}`;
    const weight = `${text.weight} ${showPercent(row.share, lang)}`;
    return additive
      ? `${score} × ${weight} = ${text.contribution} ${showScore(row.contribution as number, lang)}`
      : `${score} (${weight})`;
  };
  const valueText = rows.map(detail);
  const shown = rows.map((row, k) => `${row.name}: ${valueText[k]}`);
  const labelEnd = Math.ceil(
    16 + Math.max(textWidth(heading), ...rows.map((r) => textWidth(r.name))),
  );
  const barX = labelEnd + 12;
  // Stryker disable next-line ConditionalExpression: a null counts as 0 in Math.min and Math.max, and 0 is in the range already.
  const scores = rows.flatMap((r) => (r.score === null ? [] : [r.score]));
  const lo = Math.min(0, ...scores, total ?? 0);
  const hi = Math.max(0, ...scores, total ?? 0);
  const span = hi > lo ? hi - lo : 1;
  const x = (v: number) => round(barX + ((v - lo) / span) * BAR);
  const textStart = barX + BAR + 8;
  const width = Math.ceil(
    Math.max(
      textStart + Math.max(...valueText.map((t) => textWidth(t))) + 16,
      16 + textWidth(title, 16) + 16,
      16 + textWidth(note) + 16,
    ),
  );
  const height = TOP + (rows.length + 1) * ROW + (note ? 40 : 20);
  const y = (k: number) => TOP + k * ROW + ROW / 2;
  const description = [heading, ...shown, ...(note ? [note] : [])].join('; ');
  const parts = svgHeader(width, height, title, description, 16, prefix);
  parts.push(
    `<text x="${labelEnd}" y="${y(0) + 4}" text-anchor="end" font-weight="bold" fill="#222">${escapeXml(heading)}</text>`,
  );
  // Additive implies a score (total is not null).
  if (additive && rows.every((r) => (r.contribution ?? 0) >= 0)) {
    let at = 0;
    rows.forEach((row, k) => {
      if (row.contribution === null || row.contribution === 0) return;
      parts.push(
        `<rect x="${x(at)}" y="${y(0) - 8}" width="${round(x(at + row.contribution) - x(at))}" height="16" fill="${COLOURS[k % COLOURS.length]}" stroke="#ffffff"><title>${escapeXml(shown[k] as string)}</title></rect>`,
      );
      at += row.contribution;
    });
  } else if (total !== null) {
    parts.push(
      `<rect x="${Math.min(x(0), x(total))}" y="${y(0) - 8}" width="${round(Math.abs(x(total) - x(0)))}" height="16" fill="#4a4a4a"/>`,
    );
  }
  rows.forEach((row, k) => {
    const rowY = y(k + 1);
    parts.push(
      `<g><title>${escapeXml(shown[k] as string)}</title>`,
      `<text x="${labelEnd}" y="${rowY + 4}" text-anchor="end" fill="#222">${escapeXml(row.name)}</text>`,
    );
    if (row.score !== null)
      parts.push(
        `<rect x="${Math.min(x(0), x(row.score))}" y="${rowY - 6}" width="${round(Math.abs(x(row.score) - x(0)))}" height="12" fill="${COLOURS[k % COLOURS.length]}"/>`,
      );
    parts.push(
      `<text x="${textStart}" y="${rowY + 4}" fill="#333">${escapeXml(valueText[k] as string)}</text></g>`,
    );
  });
  parts.push(
    `<line x1="${x(0)}" x2="${x(0)}" y1="${TOP}" y2="${TOP + (rows.length + 1) * ROW}" stroke="#777"/>`,
  );
  if (note) parts.push(`<text x="16" y="${height - 14}" fill="#333">${escapeXml(note)}</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
