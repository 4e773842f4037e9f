// What every SVG chart of vn-dx writes the same way: the header (the <svg> element, its title
// and description for screen readers with ids from the chart's idPrefix, the white background,
// the visible title), escaped text, coordinates to a tenth and label widths.
import { fail } from '../internal/guards.js';

/** Text as it may stand in SVG content or an attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A coordinate to one decimal: a tenth of a pixel is finer than any screen shows. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The opening of a chart: the `<svg>` element (labelled by its title and description), the
 * title and description (ids `{prefix}-title` and `{prefix}-desc`, from the chart's `idPrefix`
 * option checked by {@link idPrefix}), a white background and the visible title at `titleX`.
 */
export function svgHeader(
  width: number,
  height: number,
  title: string,
  description: string,
  titleX: number,
  prefix = 'chart',
): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${titleX}" y="24" font-size="16" font-weight="bold" fill="#222">${escapeXml(title)}</text>`,
  ];
}

/** An id prefix: an XML name start, then letters, digits, `-`, `_` or `.`. */
const ID_PREFIX = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Checks a chart's `idPrefix` option (default `fallback`): the prefix of the ids its `<title>`
 * and `<desc>` carry (`{prefix}-title`, `{prefix}-desc`), so that several charts inlined in one
 * HTML page keep their ids unique and each `aria-labelledby` names its own title.
 */
export function idPrefix(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !ID_PREFIX.test(value))
    fail(
      'INVALID_ARGUMENT',
      'options.idPrefix',
      'a letter or _ then letters, digits, -, _ or . (an XML id)',
      value,
    );
  return value;
}

const NARROW = new Set([..."ilj.,:;'|! ", ...'ịỉìíĩ'.normalize('NFC')]);

/**
 * A generous estimate of the width of `text` in pixels at `size` (system sans-serif), to size
 * margins so that no label is cut: wide letters count 0.85 em, narrow ones 0.35 em, the rest
 * 0.62 em (above the average of common sans-serif faces, so estimates err wide).
 */
export function textWidth(text: string, size = 12): number {
  let em = 0;
  // Code points, not normalised: a decomposed letter's combining marks count as narrow letters.
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (NARROW.has(ch) || (code >= 0x300 && code <= 0x36f)) em += 0.35;
    else if (/[MWmwĐ@%]/.test(ch) || /[A-Z]/.test(ch.normalize('NFD').charAt(0))) em += 0.85;
    else em += 0.62;
  }
  return em * size;
}
