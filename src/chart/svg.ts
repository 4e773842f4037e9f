// What every SVG chart of vn-dx writes the same way: the header (the <svg> element, its title
// and description for screen readers, the white background, the visible title), escaped text
// and coordinates to a tenth.

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
 * title and description, a white background and the visible title at `titleX`.
 */
export function svgHeader(
  width: number,
  height: number,
  title: string,
  description: string,
  titleX: number,
): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${titleX}" y="24" font-size="16" font-weight="bold" fill="#222">${escapeXml(title)}</text>`,
  ];
}
