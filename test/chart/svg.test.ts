import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, round, svgHeader } from '../../src/chart/svg.js';

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
});
