// What every SVG chart of vn-dx writes the same way: escaped text and coordinates to a tenth.

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
