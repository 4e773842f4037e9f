import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderRankChart } from '../../src/chart/rank-chart.js';
import { textWidth } from '../../src/chart/svg.js';
import { dxErrorOf } from '../fixtures/errors.js';

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
    // The plot runs from x 56 to the end-label column: 720 − 16 − "A (1/63)" − 10.
    expect(svg).toContain('<polyline points="56,372 635,48"');
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
    // The middle of the plot, which ends where the end-label column begins (x 645).
    expect(svg.match(/<circle cx="345\.5" cy="68\.9"/g)).toHaveLength(2);
    expect(svg).toContain('<text x="345.5" y="392" text-anchor="middle" fill="#555">2022</text>');
    expect(svg).toContain('<text x="645" y="72.9" fill="#1b6ca8">A (5/63)</text>');
    expect(svg).toContain('<text x="645" y="86.9" fill="#b3364a">B (5/63)</text>');
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
      '2003',
      '2006',
      '2009',
      '2012',
      '2015',
      '2018',
      '2021',
      '2024',
      '2027',
      '2030',
      '2033',
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
          ...svg.matchAll(
            /<text x="\d+" y="([\d.]+)" text-anchor="end" fill="#555">(\d+)<\/text>/g,
          ),
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

  it('labels the rank axis with whole ranks only when few are ranked', () => {
    for (const of of [2, 3, 4]) {
      const svg = renderRankChart([{ label: 'A', points: [{ edition: 2020, rank: 1, of }] }]);
      const ticks = [...svg.matchAll(/text-anchor="end" fill="#555">([^<]+)</g)].map((m) => m[1]);
      expect(ticks).toEqual(Array.from({ length: of }, (_, k) => String(k + 1)));
    }
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

describe('renderRankChart labels, bases and the era break', () => {
  const long = 'Thành phố Hồ Chí Minh (63 tỉnh, thành) · Chỉ số chuyển đổi số';

  it('sizes the end-label column from the labels, so that none is cut', () => {
    for (const width of [200, 720]) {
      const svg = renderRankChart(
        [
          {
            label: long,
            points: [
              { edition: 2021, rank: 3, of: 63 },
              { edition: 2022, rank: 1, of: 63 },
            ],
          },
        ],
        { width },
      );
      const total = Number(/width="([\d.]+)"/.exec(svg)?.[1]);
      const x = Number(/<text x="([\d.]+)" y="[\d.]+" fill="#1b6ca8">/.exec(svg)?.[1]);
      expect(x + textWidth(`${long} (1/63)`)).toBeLessThanOrEqual(total - 16 + 0.5);
      // The plot keeps at least 160 pixels: the chart grows instead.
      expect(x - 10 - 56).toBeGreaterThanOrEqual(159.5);
      expect(total).toBeGreaterThanOrEqual(width);
    }
  });

  it("shows the last rank in the end label unless endLabel is 'label'", () => {
    const line = [{ label: 'Huế', points: [{ edition: 2022, rank: 5, of: 63 }] }];
    expect(renderRankChart(line)).toContain('>Huế (5/63)</text>');
    expect(renderRankChart(line, { endLabel: 'label-rank' })).toContain('>Huế (5/63)</text>');
    expect(renderRankChart(line, { endLabel: 'label' })).toContain('>Huế</text>');
    expect(() => renderRankChart(line, { endLabel: 'rank' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.endLabel: expected one of "label-rank", "label", got "rank".',
      }),
    );
  });

  it('marks ranks of 63 and of 34 apart, never joins them, and draws the era break', () => {
    const svg = renderRankChart(
      [
        {
          label: 'Thái Nguyên',
          points: [
            { edition: 2022, rank: 8, of: 63 },
            { edition: 2023, rank: 9, of: 63 },
            { edition: 2024, rank: 8, of: 34 },
            { edition: 2024, rank: 6, of: 63 },
          ],
        },
      ],
      { lang: 'vi' },
    );
    expect(svg).toContain('>● hạng trên 63<tspan dx="14">○ hạng trên 34</tspan></text>');
    // 2022–2023–2024 of 63 is one line; 2024 of 34 stands alone, hollow.
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<polyline points="([^"]+)"/)?.[1]?.split(' ')).toHaveLength(3);
    expect(svg.match(/<circle [^>]*fill="#ffffff" stroke="#1b6ca8"/g)).toHaveLength(1);
    expect(svg).toContain('<title>Thái Nguyên 2024: 8/34</title>');
    expect(svg).toMatch(
      /<line x1="([\d.]+)" x2="\1" y1="60" y2="372" stroke="#555" stroke-dasharray="4 3"\/>/,
    );
    expect(svg).toContain('>63 → 34</text>');
    expect(svg).toContain(
      'Từ 2024: xếp hạng trong 34 tỉnh, thành (đường nét đứt); trước đó trong 63.',
    );
    expect(svg).toContain('Thái Nguyên: 2022 8/63, 2023 9/63, 2024 6/63, 2024 8/34');
  });

  it('draws no break when every rank is of 34 or the 34 ranks start the axis', () => {
    const only34 = renderRankChart([{ label: 'A', points: [{ edition: 2024, rank: 2, of: 34 }] }]);
    expect(only34).not.toContain('stroke-dasharray="4 3"');
    expect(only34).not.toContain('rank of');
    const first = renderRankChart([
      {
        label: 'A',
        points: [
          { edition: 2024, rank: 2, of: 34 },
          { edition: 2024, rank: 3, of: 63 },
        ],
      },
    ]);
    expect(first).toContain('● rank of 63<tspan dx="14">○ rank of 34</tspan>');
    expect(first).not.toContain('stroke-dasharray="4 3"');
  });

  it('refuses two ranks of one basis for the same edition', () => {
    expect(() =>
      renderRankChart([
        {
          label: 'A',
          points: [
            { edition: 2024, rank: 2, of: 63 },
            { edition: 2024, rank: 3, of: 63 },
          ],
        },
      ]),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'series[0].points[1]: a second rank of 63 for 2024: give each edition one rank per number ranked.',
      }),
    );
  });
});

describe('renderRankChart in detail', () => {
  const one = (points: unknown[]) => [{ label: 'A', points }] as never;
  const refusal = (run: () => unknown) => {
    const error = dxErrorOf(run);
    return `${error.code} ${error.message}`;
  };

  it('names each malformed series or point', () => {
    expect(refusal(() => renderRankChart([]))).toBe('EMPTY_INPUT series: nothing to draw.');
    expect(refusal(() => renderRankChart([{ label: 'A', points: [] }]))).toBe(
      'EMPTY_INPUT series[0]: expected { label, points } with at least one point.',
    );
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    expect(refusal(() => renderRankChart(one([, { edition: 2020, rank: 1, of: 63 }])))).toMatch(
      /^INVALID_ARGUMENT series\[0\]\.points\[0\]: is a hole/,
    );
    expect(refusal(() => renderRankChart(one([null])))).toBe(
      'INVALID_ARGUMENT series[0].points[0]: expected whole numbers with 1 ≤ rank ≤ of, got null.',
    );
    for (const point of [
      { edition: 2020.5, rank: 1, of: 63 },
      { edition: 2020, rank: 1.5, of: 63 },
      { edition: 2020, rank: 1, of: 63.5 },
    ])
      expect(refusal(() => renderRankChart(one([point])))).toMatch(
        /^INVALID_ARGUMENT series\[0\]\.points\[0\]: expected whole numbers with 1 ≤ rank ≤ of, got /,
      );
    expect(refusal(() => renderRankChart(one([{ edition: 1800, rank: 1, of: 63 }])))).toBe(
      'INVALID_ARGUMENT series[0].points[0].edition: expected an integer from 1900 to 2100, got 1800.',
    );
    const line = one([{ edition: 2020, rank: 1, of: 63 }]);
    expect(refusal(() => renderRankChart(line, { width: 100 }))).toBe(
      'INVALID_ARGUMENT options.width: expected a number from 200 to 10000, got 100.',
    );
    expect(refusal(() => renderRankChart(line, { height: 100 }))).toBe(
      'INVALID_ARGUMENT options.height: expected a number from 200 to 10000, got 100.',
    );
  });

  it('lists the larger basis first in the legend, whatever the order of the points', () => {
    const svg = renderRankChart(
      one([
        { edition: 2024, rank: 8, of: 34 },
        { edition: 2023, rank: 9, of: 63 },
      ]),
    );
    expect(svg).toContain('>● rank of 63<tspan dx="14">○ rank of 34</tspan></text>');
  });

  it('widens the left margin for long rank labels and keeps a label at the last rank on the plot', () => {
    const big = renderRankChart(one([{ edition: 2020, rank: 7, of: 100_000 }]));
    // 36 + the width of "100000" = 80.6: the rank labels end 8 px left of the plot, at 73.
    expect(big).toContain('<text x="73" y="376" text-anchor="end" fill="#555">100000</text>');
    const low = renderRankChart(one([{ edition: 2020, rank: 63, of: 63 }]));
    // Rank 63 lies on the plot's bottom (372): its label 4 px below, not pulled up.
    expect(low).toContain('<text x="637.5" y="376" fill="#1b6ca8">A (63/63)</text>');
  });

  it('is as wide as its title or its legend needs', () => {
    const title = 'Thứ hạng chỉ số chuyển đổi số cấp tỉnh qua các năm';
    const titled = renderRankChart(one([{ edition: 2020, rank: 1, of: 63 }]), {
      title,
      width: 200,
    });
    expect(titled).toMatch(
      new RegExp(`^<svg [^>]*width="${Math.ceil(56 + textWidth(title, 16) + 16)}" `),
    );
    const bases = [63, 34, 11, 7];
    const legend = bases.map((of, k) => `${['●', '○', '■', '□'][k]} rank of ${of}`).join('   ');
    const many = renderRankChart(one(bases.map((of, k) => ({ edition: 2020 + k, rank: 1, of }))), {
      width: 200,
    });
    expect(many).toMatch(
      new RegExp(`^<svg [^>]*width="${Math.ceil(56 + textWidth(legend) + 16)}" `),
    );
  });

  it('says nothing of an era break where there is none', () => {
    const svg = renderRankChart(one([{ edition: 2022, rank: 5, of: 63 }]));
    expect(svg).not.toContain('ranks among the 34 units');
    expect(svg).not.toContain('undefined');
  });
});
