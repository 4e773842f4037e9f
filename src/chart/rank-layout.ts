// How a rank chart is laid out: the rank axis' ticks, the runs a line is drawn in, the marker of
// each ranking basis (63 provinces, 34 units…), the plot's width from the end labels, and the
// end labels nudged apart. Kept apart from rank-chart.ts, which checks the input and writes SVG.
import { eraOfUnitCount } from '../provinces/eras.js';
import { escapeXml, textWidth } from './svg.js';

/** A point as the layout reads it. */
export interface LaidPoint {
  readonly edition: number;
  readonly rank: number;
  readonly of: number;
}

/**
 * The rank axis' ticks: 1, round steps (1, 2 or 5 times a power of ten, about six of them, and
 * never less than 1: ranks are whole), and the last rank; a step tick closer than 16 pixels to
 * the last rank is dropped so that no two labels overlap.
 */
export function rankTicks(worst: number, plotHeight: number): number[] {
  if (worst <= 1) return [1];
  const raw = (worst - 1) / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power);
  // A rank's height up to a constant: only the distances between ticks are compared.
  const perRank = plotHeight / (worst - 1);
  const pixels = (rank: number) => rank * perRank;
  const ticks = [1];
  // Stryker disable next-line EqualityOperator: a tick at the last rank is 0 pixels from it, so the test below drops it either way.
  for (let tick = step; tick < worst; tick += step) {
    if (pixels(tick) - pixels(ticks.at(-1) as number) >= 16 && pixels(worst) - pixels(tick) >= 16)
      ticks.push(tick);
  }
  ticks.push(worst);
  return ticks;
}

/**
 * The editions labelled on the axis, at least 40 pixels apart: every year when they fit, else
 * every k-th from the first; the last edition is always labelled, in place of the k-th before
 * it when the two would be closer than 40 pixels.
 */
export function yearLabels(first: number, last: number, plotWidth: number): number[] {
  // Stryker disable next-line ConditionalExpression: with one edition, plotWidth / 0 is Infinity, a stride of 1 and the same single label.
  const perYear = last === first ? plotWidth : plotWidth / (last - first);
  const stride = Math.max(1, Math.ceil(40 / perYear));
  const years: number[] = [];
  // Stryker disable next-line EqualityOperator: stopping before the last edition leaves the k-th before it, which is then replaced by the last all the same.
  for (let year = first; year <= last; year += stride) years.push(year);
  const shown = years.at(-1) as number;
  // Stryker disable next-line ConditionalExpression: when the last edition is labelled already, taking it off and putting it back changes nothing.
  if (shown !== last) {
    // The last labelled year is less than a stride before the last edition, so always closer
    // than 40 pixels: it gives way, unless it is the first.
    if (years.length > 1) years.pop();
    years.push(last);
  }
  return years;
}

/** Points by edition, and the larger basis first within an edition (63 before 34 in DTI 2024). */
export const byEdition = (a: LaidPoint, b: LaidPoint): number =>
  a.edition - b.edition || b.of - a.of;

/**
 * The runs a line is drawn in: it breaks where a year is missing (a gap, not a line drawn across
 * it) and where the number ranked changes (8th of 63 and 8th of 34 are not the same place).
 */
export function consecutiveRuns<P extends LaidPoint>(sorted: readonly P[]): P[][] {
  const runs: P[][] = [];
  for (const point of sorted) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    // Stryker disable next-line LogicalOperator: a run is never empty, so run and previous are both there or both not.
    if (run && previous && point.edition === previous.edition + 1 && point.of === previous.of)
      run.push(point);
    else runs.push([point]);
  }
  return runs;
}

/** The marker shapes, one per basis, largest basis first: filled, hollow, square, hollow square. */
const MARKERS = [
  { shape: 'circle', hollow: false, symbol: '●' },
  { shape: 'circle', hollow: true, symbol: '○' },
  { shape: 'square', hollow: false, symbol: '■' },
  { shape: 'square', hollow: true, symbol: '□' },
] as const;

/** A point's marker: a circle or square of radius 4, filled or hollow in the line's colour. */
export function marker(basis: number, x: number, y: number, colour: string, title: string): string {
  const style = MARKERS[basis % MARKERS.length] as (typeof MARKERS)[number];
  const paint = style.hollow
    ? `fill="#ffffff" stroke="${colour}" stroke-width="2"`
    : `fill="${colour}"`;
  const tooltip = `<title>${escapeXml(title)}</title>`;
  return style.shape === 'circle'
    ? `<circle cx="${x}" cy="${y}" r="4" ${paint}>${tooltip}</circle>`
    : `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" ${paint}>${tooltip}</rect>`;
}

/** The symbol that stands for a basis' marker in the legend. */
export function markerSymbol(basis: number): string {
  return (MARKERS[basis % MARKERS.length] as (typeof MARKERS)[number]).symbol;
}

/**
 * Where the ranking among the 34 units of 1 July 2025 begins, when the chart also holds ranks
 * of another basis: the first edition with a rank of 34 after the axis' first edition `first`
 * (the earliest edition of `points`; the break is drawn just before it). `undefined` when there
 * is no such break to mark: no rank of 34, or ranks of 34 from the axis' start (so also when
 * every rank is of 34).
 */
export function eraBreak(points: readonly LaidPoint[], first: number): number | undefined {
  const of34 = points.filter((p) => eraOfUnitCount(p.of) === '34').map((p) => p.edition);
  if (of34.length === 0) return undefined;
  const start = Math.min(...of34);
  return start > first ? start : undefined;
}

/** Gap between the plot and the end labels, and between the labels and the edge. */
const LABEL_GAP = 10;
const EDGE = 16;
/** The narrowest plot the chart keeps: below it, the chart grows wider. */
export const MIN_PLOT = 160;

/**
 * The plot's width and the chart's width: the end labels stand in a column right of the plot,
 * as wide as the widest label (its width from {@link textWidth}); the plot takes the rest of
 * `width`, and when that would be narrower than {@link MIN_PLOT}, the chart grows to keep it
 * at that width.
 */
export function plotWidthFor(
  width: number,
  left: number,
  labels: readonly string[],
): { plotWidth: number; width: number } {
  const column = LABEL_GAP + Math.max(0, ...labels.map((text) => textWidth(text))) + EDGE;
  const total = Math.ceil(Math.max(width, left + MIN_PLOT + column));
  return { plotWidth: total - left - column, width: total };
}

/**
 * The end labels' heights: each label at its line's last rank, nudged at least 14 pixels below
 * the one above it, then, from the bottom up, pulled back above `bottom` where the nudging
 * pushed them past it. Returns each label's y, in the order given.
 */
export function placeLabels(wanted: readonly number[], bottom: number): number[] {
  // Array sort is stable: labels wanted at one height keep the order given.
  const placed = wanted.map((y, i) => ({ i, y })).sort((a, b) => a.y - b.y);
  placed.forEach((label, k) => {
    const above = placed[k - 1];
    // Stryker disable next-line EqualityOperator: a label exactly 14 pixels below is set to where it is.
    if (above !== undefined && label.y < above.y + 14) label.y = above.y + 14;
  });
  for (let k = placed.length - 1; k >= 0; k--) {
    const label = placed[k] as (typeof placed)[number];
    const limit = Math.min(bottom, (placed[k + 1]?.y ?? Number.POSITIVE_INFINITY) - 14);
    // Stryker disable next-line EqualityOperator: a label exactly at its limit is set to where it is.
    if (label.y > limit) label.y = limit;
  }
  // Stryker disable next-line ArrayDeclaration: every index is assigned below, so the array ends as long either way.
  const ys = new Array<number>(wanted.length);
  for (const { i, y } of placed) ys[i] = y;
  return ys;
}

/** Where the end labels start: right of the plot, past the last point's marker. */
export function labelX(left: number, plotWidth: number): number {
  return left + plotWidth + LABEL_GAP;
}
