import { describe, expect, it } from 'vitest';
import { renderRankChart } from '../../src/chart/rank-chart.js';

const series = [
  {
    label: 'Hậu Giang',
    points: [
      { edition: 2021, rank: 17, of: 63 },
      { edition: 2020, rank: 28, of: 63 },
    ],
  },
  { label: 'Thái <Nguyên>', points: [{ edition: 2020, rank: 12, of: 63 }] },
];

describe('renderRankChart', () => {
  it('draws an accessible standalone SVG', () => {
    const svg = renderRankChart(series, { title: 'DTI & ranks', lang: 'vi' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="chart-title">DTI &amp; ranks</title>');
    expect(svg).toContain('Hậu Giang: 2021 17/63, 2020 28/63');
    expect(svg).toContain('Thái &lt;Nguyên&gt; (12/63)');
    expect(svg).toContain('Năm đánh giá');
    expect(svg).not.toMatch(/<script|href=|@import/);
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)).toHaveLength(3);
  });

  it('puts rank 1 at the top and sorts editions left to right', () => {
    const svg = renderRankChart([
      {
        label: 'A',
        points: [
          { edition: 2021, rank: 1, of: 63 },
          { edition: 2020, rank: 63, of: 63 },
        ],
      },
    ]);
    expect(svg).toContain('<polyline points="56,372 570,48"');
  });

  it('is pure', () => {
    expect(renderRankChart(series)).toBe(renderRankChart(series));
  });

  it('rejects empty or impossible input', () => {
    expect(() => renderRankChart([])).toThrowError(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() => renderRankChart([{ label: 'A', points: [] }])).toThrowError(/series\[0\]/);
    expect(() =>
      renderRankChart([{ label: 'A', points: [{ edition: 2020, rank: 70, of: 63 }] }]),
    ).toThrowError(/points\[0\]/);
    expect(() => renderRankChart(series, { width: 10 })).toThrowError(/width/);
  });
});

describe('renderRankChart layout', () => {
  it('keeps end labels of close ranks apart and labels every year between editions', () => {
    const svg = renderRankChart([
      {
        label: 'A',
        points: [
          { edition: 2020, rank: 17, of: 63 },
          { edition: 2022, rank: 17, of: 63 },
        ],
      },
      { label: 'B', points: [{ edition: 2022, rank: 18, of: 63 }] },
    ]);
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" fill="#[0-9a-f]+">[AB] \(/g)].map(
      (m) => Number(m[1]),
    );
    expect(ys).toHaveLength(2);
    expect(Math.abs((ys[1] as number) - (ys[0] as number))).toBeGreaterThanOrEqual(14);
    expect(svg).toMatch(/>2021<\/text>/);
    expect(svg).not.toMatch(/>60<\/text>/);
  });
});
