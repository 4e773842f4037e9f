import { effectiveWeights } from '../audit/effective-weights.js';
import { knownKeys, oneOf, record } from '../internal/guards.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { chartLabels, chartText, showPercent } from './labels.js';
import { escapeXml, idPrefix, round, svgHeader, textWidth } from './svg.js';

/**
 * Options for {@link renderFrameworkChart}.
 *
 * @category Analysis
 */
export interface FrameworkChartOptions {
  /** The chart's title, also its accessible name. */
  readonly title?: string;
  /** Node id → the name to show; default the node's `label` in `lang`, else its id. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Text language, `vi` or `en` (default `en`). */
  readonly lang?: 'vi' | 'en';
  /** Prefix of the title and description ids (default `framework-chart`). */
  readonly idPrefix?: string;
}

/** The options {@link renderFrameworkChart} takes, to refuse any other. */
export const FRAMEWORK_CHART_OPTIONS = [
  'title',
  'labels',
  'lang',
  'idPrefix',
] as const satisfies readonly (keyof FrameworkChartOptions)[];

const ROW = 22;
const INDENT = 18;
const TOP = 48;
const BAR = 240;
/** One colour per depth, each at least 3:1 against white (WCAG 1.4.11 for graphics). */
const DEPTH_COLOURS = ['#1b4f72', '#1b6ca8', '#2e8540', '#8a5a00', '#b3364a', '#5b4a9e'];

interface Row {
  readonly id: string;
  readonly depth: number;
  readonly name: string;
  /** Rows of the node's children, for the tree's connectors. */
  readonly children: number[];
}

/** The nodes in reading order (each before its children), with their depth and shown name. */
function flatten(framework: FrameworkNode | string, name: (node: FrameworkNode) => string): Row[] {
  const rows: Row[] = [];
  const visit = (node: FrameworkNode | string, depth: number): number => {
    const spec = typeof node === 'string' ? { id: node } : node;
    const row: Row = { id: spec.id, depth, name: name(spec), children: [] };
    const at = rows.push(row) - 1;
    for (const child of spec.children ?? []) row.children.push(visit(child, depth + 1));
    return at;
  };
  visit(framework, 0);
  return rows;
}

/**
 * Draws a composite index's framework with each node's effective weight (its share of the
 * index, {@link effectiveWeights}) as a standalone, accessible SVG: one row per node in reading
 * order, indented under its parent with connector lines, and a bar as long as its share, the
 * percentage beside it. COINr's `plot_framework`, as an indented tree rather than a sunburst, so
 * that every label reads horizontally in full. The label column is sized from the labels.
 *
 * @param framework - the tree, as for `compositeIndex`.
 * @param options - title, display names, language, id prefix.
 * @returns the SVG document as a string.
 * @throws {@link DxError} for a malformed framework (the checks of `compositeIndex`:
 *   `INVALID_ARGUMENT` for empty or duplicate ids, children that all weigh 0 or unknown methods;
 *   `INVALID_NUMBER` for a weight that is not a finite number ≥ 0); `INVALID_ARGUMENT` for a
 *   label that is not text, an `idPrefix` that is not an XML id, an unknown `lang`, options that
 *   are not an object, or an unknown option.
 *
 * @example
 * ```ts
 * import { renderFrameworkChart } from 'vn-dx';
 *
 * const svg = renderFrameworkChart(
 *   {
 *     id: 'index',
 *     label: { vi: 'Chỉ số', en: 'Index' },
 *     children: [
 *       { id: 'government', weight: 2, label: { vi: 'Chính quyền số', en: 'Digital government' }, children: ['online', 'signed'] },
 *       { id: 'economy', label: { vi: 'Kinh tế số', en: 'Digital economy' }, children: ['cashless'] },
 *     ],
 *   },
 *   { lang: 'vi' },
 * );
 * svg.includes('Chính quyền số: 66,7 %'); // true
 * ```
 *
 * @category Analysis
 */
export function renderFrameworkChart(
  framework: FrameworkNode | string,
  options: FrameworkChartOptions = {},
): string {
  knownKeys(record(options, 'options'), FRAMEWORK_CHART_OPTIONS, 'options');
  const shares = effectiveWeights(framework);
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  const prefix = idPrefix(options.idPrefix, 'framework-chart');
  const text = chartText(lang);
  const given = chartLabels(options.labels, 'options.labels');
  const rows = flatten(framework, (node) =>
    options.labels !== undefined && Object.hasOwn(options.labels, node.id)
      ? given(node.id)
      : (node.label?.[lang] ?? node.id),
  );
  const title = options.title ?? text.frameworkTitle;
  const shareOf = (row: Row) => shares[row.id] as number;
  const labelEnd = Math.ceil(
    Math.max(...rows.map((row) => 16 + row.depth * INDENT + 8 + textWidth(row.name))),
  );
  const barX = labelEnd + 12;
  const percentWidth = textWidth(showPercent(1, lang));
  const width = Math.ceil(
    Math.max(barX + BAR + 8 + percentWidth + 16, 16 + textWidth(title, 16) + 16),
  );
  const height = TOP + rows.length * ROW + 40;
  const y = (k: number) => TOP + k * ROW + ROW / 2;
  const sentence = (row: Row) => `${row.name}: ${showPercent(shareOf(row), lang)}`;
  const parts = svgHeader(width, height, title, rows.map(sentence).join('; '), 16, prefix);
  rows.forEach((row, k) => {
    const x = 16 + row.depth * INDENT;
    if (row.children.length > 0) {
      // The connector: down from this node to its last child, a tick to each child.
      const last = row.children[row.children.length - 1] as number;
      parts.push(
        `<line x1="${x + 4}" x2="${x + 4}" y1="${y(k) + 6}" y2="${y(last)}" stroke="#9a9a9a"/>`,
      );
      for (const child of row.children)
        parts.push(
          `<line x1="${x + 4}" x2="${x + INDENT - 2}" y1="${y(child)}" y2="${y(child)}" stroke="#9a9a9a"/>`,
        );
    }
    const share = shareOf(row);
    const colour = DEPTH_COLOURS[row.depth % DEPTH_COLOURS.length] as string;
    const length = round(share * BAR);
    parts.push(
      `<g><title>${escapeXml(sentence(row))}</title>`,
      `<text x="${x + 8}" y="${y(k) + 4}" fill="#222"${row.depth === 0 ? ' font-weight="bold"' : ''}>${escapeXml(row.name)}</text>`,
      `<rect x="${barX}" y="${y(k) - 6}" width="${length}" height="12" fill="${colour}"/>`,
      `<text x="${round(barX + length + 6)}" y="${y(k) + 4}" fill="#333">${escapeXml(showPercent(share, lang))}</text></g>`,
    );
  });
  parts.push(
    `<text x="${barX}" y="${height - 14}" fill="#333">${escapeXml(text.frameworkAxis)}</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
