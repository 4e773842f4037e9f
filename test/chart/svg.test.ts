import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, idPrefix, round, svgHeader, textWidth } from '../../src/chart/svg.js';

describe('svg helpers', () => {
  it('escape the characters markup gives meaning to, and nothing else', () => {
    expect(escapeXml('Hà Nội <1> & "2"')).toBe('Hà Nội &lt;1&gt; &amp; &quot;2&quot;');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeXml(text);
        return (
          !/[<>"]/.test(escaped) && escaped.replace(/&(amp|lt|gt|quot);/g, '').indexOf('&') === -1
        );
      }),
    );
  });

  it('round coordinates to a tenth', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(-0.06)).toBe(-0.1);
    expect(round(7)).toBe(7);
  });

  it('check an id prefix, defaulting to the chart’s own', () => {
    expect(idPrefix(undefined, 'chart')).toBe('chart');
    expect(idPrefix('a-1_b.c', 'chart')).toBe('a-1_b.c');
    for (const bad of ['', '1a', 'a b', 'a"b', 3, null])
      expect(() => idPrefix(bad, 'chart')).toThrowError(/^options\.idPrefix: expected/);
  });

  it('estimate text widths generously: wider for capitals and wide letters, growing with the text and the size', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('WWW')).toBeGreaterThan(textWidth('iii'));
    expect(textWidth('Đà Nẵng', 24)).toBe(2 * textWidth('Đà Nẵng', 12));
    // At 12 px, a lower-case sans-serif letter averages about 6.5 px: the estimate is above it.
    expect(textWidth('chuyển đổi số')).toBeGreaterThanOrEqual(13 * 6);
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => textWidth(a + b) >= textWidth(a)));
  });

  it('count combining marks (U+0300–U+036F) as narrow letters, and their neighbours as others', () => {
    expect(textWidth('\u0300')).toBeCloseTo(0.35 * 12, 10);
    expect(textWidth('\u036f')).toBeCloseTo(0.35 * 12, 10);
    expect(textWidth('\u02ff')).toBeCloseTo(0.62 * 12, 10);
    expect(textWidth('\u0370')).toBeCloseTo(0.62 * 12, 10);
    // A decomposed Ế: a capital (0.85 em) and two marks.
    expect(textWidth('E\u0302\u0301')).toBeCloseTo((0.85 + 2 * 0.35) * 12, 10);
  });

  it('open a chart labelled by its escaped title and description', () => {
    const header = svgHeader(300, 200, 'A & B', 'x < y', 16);
    expect(header).toEqual([
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">',
      '<title id="chart-title">A &amp; B</title>',
      '<desc id="chart-desc">x &lt; y</desc>',
      '<rect width="300" height="200" fill="#ffffff"/>',
      '<text x="16" y="24" font-size="16" font-weight="bold" fill="#222">A &amp; B</text>',
    ]);
  });

  it('prefix the title and description ids with the chart’s idPrefix', () => {
    const [svg, title, desc] = svgHeader(300, 200, 'A', 'B', 16, 'p');
    expect(svg).toContain('role="img" aria-labelledby="p-title p-desc"');
    expect(title).toBe('<title id="p-title">A</title>');
    expect(desc).toBe('<desc id="p-desc">B</desc>');
  });
});
