import fc from 'fast-check';
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
    expect(svg).toContain('Hậu Giang: 2020 28/63, 2021 17/63');
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

  it('rejects input of the wrong shape as INVALID_ARGUMENT, naming it', () => {
    const rejects = (run: () => unknown, message: string) =>
      expect(run).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', message }));
    rejects(
      () => renderRankChart('A' as never),
      'series: expected an array of { label, points }, got "A".',
    );
    rejects(
      () => renderRankChart([{ points: [] }] as never),
      'series[0]: expected { label, points } with a text label, got { points: […0] }.',
    );
    rejects(
      () => renderRankChart([null] as never),
      'series[0]: expected { label, points } with a text label, got null.',
    );
    rejects(() => renderRankChart(series, null as never), 'options: expected an object, got null.');
    rejects(
      () => renderRankChart(series, { lang: 'fr' as never }),
      'options.lang: expected one of "vi", "en", got "fr".',
    );
    rejects(
      () => renderRankChart(series, { title: 42 as never }),
      'options.title: expected text, got 42.',
    );
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

describe('renderRankChart edge layouts', () => {
  it('titles the chart by language when no title is given', () => {
    const line = [{ label: 'A', points: [{ edition: 2022, rank: 5, of: 63 }] }];
    expect(renderRankChart(line, { lang: 'vi' })).toContain(
      '<title id="chart-title">Thứ hạng qua các năm</title>',
    );
    expect(renderRankChart(line)).toContain('<title id="chart-title">Rank by edition</title>');
  });

  it('centres a single edition and stacks equal end labels in series order', () => {
    const svg = renderRankChart([
      { label: 'A', points: [{ edition: 2022, rank: 5, of: 63 }] },
      { label: 'B', points: [{ edition: 2022, rank: 5, of: 63 }] },
    ]);
    // (720 − 56 − 150) / 2 + 56: the middle of the plot.
    expect(svg.match(/<circle cx="313" cy="68\.9"/g)).toHaveLength(2);
    expect(svg).toContain('<text x="313" y="392" text-anchor="middle" fill="#555">2022</text>');
    expect(svg).toContain('<text x="323" y="72.9" fill="#1b6ca8">A (5/63)</text>');
    expect(svg).toContain('<text x="323" y="86.9" fill="#d1495b">B (5/63)</text>');
  });

  it('labels years at least 40 pixels apart, ends included, when they span many years', () => {
    const svg = renderRankChart([
      {
        label: 'A',
        points: [
          { edition: 2000, rank: 5, of: 63 },
          { edition: 2040, rank: 7, of: 63 },
        ],
      },
    ]);
    const labels = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" fill="#555">(\d{4})<\/text>/g,
      ),
    ];
    expect(labels.map((m) => m[2])).toEqual([
      '2000',
      '2004',
      '2008',
      '2012',
      '2016',
      '2020',
      '2024',
      '2028',
      '2032',
      '2036',
      '2040',
    ]);
    const xs = labels.map((m) => Number(m[1]));
    for (let i = 1; i < xs.length; i += 1)
      expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(40);
  });

  it('leaves a gap where a year is missing, joining only consecutive years', () => {
    const svg = renderRankChart([
      {
        label: 'A',
        points: [2020, 2021, 2022, 2024].map((edition) => ({ edition, rank: 3, of: 63 })),
      },
      { label: 'B', points: [2024, 2020, 2022].map((edition) => ({ edition, rank: 9, of: 63 })) },
    ]);
    const group = (label: string) =>
      svg.split(`<g aria-label="${label}">`)[1]?.split('</g>')[0] ?? '';
    expect(group('A').match(/<polyline points="([^"]+)"/g)).toHaveLength(1);
    expect(
      group('A')
        .match(/<polyline points="([^"]+)"/)?.[1]
        ?.split(' '),
    ).toHaveLength(3);
    expect(group('A').match(/<circle/g)).toHaveLength(4);
    expect(group('B')).not.toContain('<polyline');
    expect(group('B').match(/<circle/g)).toHaveLength(3);
  });

  it('spaces rank ticks so that no two labels collide, whatever the number ranked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100_000 }), (of) => {
        const svg = renderRankChart([{ label: 'A', points: [{ edition: 2020, rank: 1, of }] }]);
        const ys = [
          ...svg.matchAll(/<text x="48" y="([\d.]+)" text-anchor="end" fill="#555">(\d+)<\/text>/g),
        ];
        expect(ys.at(0)?.[2]).toBe('1');
        expect(ys.at(-1)?.[2]).toBe(String(of));
        for (let i = 1; i < ys.length; i += 1)
          expect(Number(ys[i]?.[1]) - Number(ys[i - 1]?.[1])).toBeGreaterThanOrEqual(
            ys.length > 2 || of > 2 ? 14 : 0,
          );
      }),
    );
    const svg = renderRankChart([{ label: 'A', points: [{ edition: 2020, rank: 7, of: 3321 }] }]);
    expect([...svg.matchAll(/text-anchor="end" fill="#555">(\d+)</g)].map((m) => m[1])).toEqual([
      '1',
      '1000',
      '2000',
      '3000',
      '3321',
    ]);
  });

  it('describes a malformed point in its error', () => {
    expect(() =>
      renderRankChart([{ label: 'A', points: [{ edition: 2020, rank: 0, of: 63 }] }]),
    ).toThrowError(
      'series[0].points[0]: expected whole numbers with 1 ≤ rank ≤ of, got { edition: 2020, rank: 0, of: 63 }.',
    );
  });

  it('prefixes the ids of its title and description with idPrefix, for several charts on one page', () => {
    const line = [{ label: 'A', points: [{ edition: 2020, rank: 2, of: 63 }] }];
    const svg = renderRankChart(line, { idPrefix: 'dn-rank' });
    expect(svg).toContain('aria-labelledby="dn-rank-title dn-rank-desc"');
    expect(svg).toContain('<title id="dn-rank-title">');
    expect(svg).toContain('<desc id="dn-rank-desc">');
    expect(svg).not.toContain('chart-title');
    expect(() => renderRankChart(line, { idPrefix: '1 bad' })).toThrowError(
      'options.idPrefix: expected a letter or _ then letters, digits, -, _ or . (an XML id), got "1 bad".',
    );
  });
});
