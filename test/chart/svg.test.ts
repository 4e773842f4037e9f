import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, round } from '../../src/chart/svg.js';

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
});
