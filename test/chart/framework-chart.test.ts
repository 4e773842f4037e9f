import { describe, expect, it } from 'vitest';
import { renderFrameworkChart } from '../../src/chart/framework-chart.js';
import { isDxError } from '../../src/errors.js';

const framework = {
  id: 'index',
  label: { vi: 'Chỉ số chuyển đổi số', en: 'Digital transformation index' },
  children: [
    {
      id: 'government',
      weight: 2,
      label: { vi: 'Chính quyền số', en: 'Digital government' },
      children: ['online', { id: 'signed', weight: 3 }],
    },
    { id: 'economy', label: { vi: 'Kinh tế số', en: 'Digital economy' }, children: ['cashless'] },
  ],
};

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return isDxError(error) ? error.code : 'other';
  }
  return 'none';
}

describe('renderFrameworkChart', () => {
  it('draws an accessible SVG: role img, labelled by its own title and description ids', () => {
    const svg = renderFrameworkChart(framework);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(
      'role="img" aria-labelledby="framework-chart-title framework-chart-desc"',
    );
    expect(svg).toContain(
      '<title id="framework-chart-title">Framework and effective weights</title>',
    );
    expect(svg).not.toMatch(/<script|href=|@import/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('gives one row per node in reading order with its effective weight, in words too', () => {
    const svg = renderFrameworkChart(framework);
    const names = [
      ...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" fill="#222"(?: font-weight="bold")?>([^<]+)</g),
    ].map((m) => m[1]);
    expect(names).toEqual([
      'Digital transformation index',
      'Digital government',
      'online',
      'signed',
      'Digital economy',
      'cashless',
    ]);
    // government 2/3; online 2/3 · 1/4, signed 2/3 · 3/4; economy and cashless 1/3.
    expect(svg).toContain(
      '<desc id="framework-chart-desc">Digital transformation index: 100.0 %; Digital government: 66.7 %; online: 16.7 %; signed: 50.0 %; Digital economy: 33.3 %; cashless: 33.3 %</desc>',
    );
    // Bars are as long as the shares: 240 px for the whole index.
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="12"/g)].map(
      (m) => Number(m[1]),
    );
    expect(bars).toEqual([240, 160, 40, 120, 80, 80]);
    // Connectors: one vertical line per node with children, one tick per child.
    expect(svg.match(/stroke="#9a9a9a"/g)).toHaveLength(3 + 5);
  });

  it('writes Vietnamese labels and decimal commas, and takes display names', () => {
    const svg = renderFrameworkChart(framework, {
      lang: 'vi',
      labels: { cashless: 'Thanh toán không dùng tiền mặt' },
    });
    expect(svg).toContain('Chính quyền số: 66,7 %');
    expect(svg).toContain('Thanh toán không dùng tiền mặt: 33,3 %');
    expect(svg).toContain('Trọng số hiệu dụng');
  });

  it('sizes the label column from the labels, indentation included, so that none is cut', () => {
    const long = 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ';
    const svg = renderFrameworkChart(framework, { labels: { online: long } });
    const label = new RegExp(`<text x="([\\d.]+)" y="[\\d.]+" fill="#222">${long}</text>`).exec(
      svg,
    );
    const bar = /<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="12"/.exec(svg);
    // The bars start right of where the label ends at 6.5 px a character (DejaVu Sans, a wide face,
    // averages less on Vietnamese text at 12 px).
    expect(Number(bar?.[1])).toBeGreaterThan(Number(label?.[1]) + long.length * 6.5);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(Number(bar?.[1]) + 240);
  });

  it('takes an idPrefix, and refuses bad frameworks and options', () => {
    expect(renderFrameworkChart(framework, { idPrefix: 'f2' })).toContain('<title id="f2-title">');
    expect(codeOf(() => renderFrameworkChart({ id: 'x', children: [] }))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => renderFrameworkChart({ id: 'x', children: [{ id: 'a', weight: -1 }] })),
    ).toBe('INVALID_NUMBER');
    expect(codeOf(() => renderFrameworkChart(framework, { idPrefix: '-' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderFrameworkChart(framework, { lang: 'fr' as 'vi' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderFrameworkChart(framework, { labels: { a: 3 } as never }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => renderFrameworkChart(framework, { colour: 1 } as object))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
