import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderRankIntervalChart } from '../../src/chart/rank-interval-chart.js';
import { round, textWidth } from '../../src/chart/svg.js';
import { isDxError } from '../../src/errors.js';
import { uncertainty } from '../../src/sensitivity/uncertainty.js';
import { dxErrorOf } from '../fixtures/errors.js';

const rows = [
  { unit: '79', nominal: 2, median: 2.5, q05: 1, q95: 3 },
  { unit: '48', nominal: 1, median: 1, q05: 1, q95: 2 },
  { unit: '22', nominal: null, q05: null, q95: null },
];

describe('renderRankIntervalChart', () => {
  it('draws an accessible standalone SVG, best nominal rank first', () => {
    const svg = renderRankIntervalChart(rows, {
      labels: { '48': 'Đà Nẵng', '79': 'TP. <HCM>' },
      lang: 'vi',
      title: 'DTI & bất định',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="chart-title">DTI &amp; bất định</title>');
    expect(svg).toContain('TP. &lt;HCM&gt;: hạng 2, khoảng 5–95 %: 1–3');
    expect(svg).toContain('22: không có hạng');
    expect(svg).not.toMatch(/<script|href=|@import/);
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg.indexOf('>Đà Nẵng</text>')).toBeLessThan(svg.indexOf('>TP. &lt;HCM&gt;</text>'));
    // The median tick of 2.5 sits halfway between ranks 2 and 3.
    expect(svg.match(/stroke="#333" stroke-width="1.5"/g)).toHaveLength(2);
  });

  it('writes English by default and half ranks to one decimal', () => {
    const svg = renderRankIntervalChart([
      { unit: 'A', nominal: 1, q05: 1, q95: 2.5 },
      { unit: 'B', nominal: 2, q05: 1.5, q95: 3 },
    ]);
    expect(svg).toContain('Rank and its uncertainty interval');
    expect(svg).toContain('A: rank 1, 5–95 % interval: 1–2.5');
  });

  it('draws any uncertainty result, and is pure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 40 }),
        (xs) => {
          const data = Object.fromEntries(xs.map((x, i) => [`u${i}`, { x, y: 1 - x * x }]));
          const result = uncertainty(
            data,
            { id: 'i', children: ['x', 'y'] },
            {
              weights: { noise: [{ level: 1, factor: 0.5 }] },
              replications: 20,
              seed: 1,
            },
          );
          const svg = renderRankIntervalChart(result.units, { width: 400 });
          expect(svg).toBe(renderRankIntervalChart(result.units, { width: 400 }));
          expect(svg.match(/<circle/g)).toHaveLength(xs.length);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('rejects bad input', () => {
    const cases: [unknown, unknown, string][] = [
      [[], {}, 'EMPTY_INPUT'],
      ['x', {}, 'EMPTY_INPUT'],
      [[{ unit: 'A', nominal: null, q05: null, q95: null }], {}, 'EMPTY_INPUT'],
      [[{ unit: 'A', nominal: 0, q05: 1, q95: 1 }], {}, 'INVALID_ARGUMENT'],
      [[{ unit: 'A', nominal: 1, q05: 3, q95: 2 }], {}, 'INVALID_ARGUMENT'],
      [[{ unit: 'A', nominal: 1, q05: 1, q95: 2, median: Number.NaN }], {}, 'INVALID_ARGUMENT'],
      [[null], {}, 'INVALID_ARGUMENT'],
      [
        [
          { unit: 'A', nominal: 1, q05: 1, q95: 1 },
          { unit: 'A', nominal: 2, q05: 2, q95: 2 },
        ],
        {},
        'INVALID_ARGUMENT',
      ],
      [[{ unit: 'A', nominal: 1, q05: 1, q95: 1 }], { width: 50 }, 'INVALID_ARGUMENT'],
    ];
    for (const [units, options, code] of cases) {
      let caught: unknown;
      try {
        renderRankIntervalChart(units as never, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, code as never), `${JSON.stringify(units)}: ${caught}`).toBe(true);
    }
  });

  it('handles a single ranked unit', () => {
    const svg = renderRankIntervalChart([{ unit: 'A', nominal: 1, q05: 1, q95: 1 }]);
    expect(svg.match(/<circle/g)).toHaveLength(1);
  });
});

describe('renderRankIntervalChart, exactly', () => {
  it('draws this golden chart (geometry, text and styling pinned)', () => {
    const golden = readFileSync(
      new URL('./rank-interval-chart.golden.svg', import.meta.url),
      'utf8',
    );
    const svg = renderRankIntervalChart(
      [
        { unit: 'B', nominal: 2, median: 2.5, q05: 1, q95: 3 },
        { unit: 'A', nominal: 1, q05: 1, q95: 2 },
        { unit: 'C', nominal: null, q05: null, q95: null },
      ],
      { width: 300, labels: { A: 'An' } },
    );
    expect(svg).toBe(golden);
  });

  it('spaces rank ticks by 1 up to 12 ranks, by 5 up to 40, by 10 beyond', () => {
    const ticks = (worst: number) => {
      const svg = renderRankIntervalChart([{ unit: 'A', nominal: 1, q05: 1, q95: worst }]);
      return [...svg.matchAll(/fill="#555">(\d+)<\/text>/g)].map((m) => Number(m[1]));
    };
    expect(ticks(4)).toEqual([1, 2, 3, 4]);
    expect(ticks(30)).toEqual([1, 5, 10, 15, 20, 25, 30]);
    expect(ticks(63)).toEqual([1, 10, 20, 30, 40, 50, 60, 63]);
    expect(ticks(1)).toEqual([1]);
  });

  it('gives Vietnamese axis text with lang vi, and sizes the label column from the labels', () => {
    const svg = renderRankIntervalChart([{ unit: 'A', nominal: 1, q05: 1, q95: 2 }], {
      lang: 'vi',
      labels: { A: 'x'.repeat(100) },
    });
    expect(svg).toContain('Thứ hạng và khoảng bất định');
    expect(svg).toContain(
      'Thứ hạng (1 là cao nhất): chấm là hạng danh nghĩa, thanh là khoảng 5–95 %',
    );
    // 100 × 0.62 em at 12 px = 744 px of label, 16 before and 8 after it: no label is cut.
    expect(svg).toContain('<circle cx="768" ');
    expect(svg).toContain('width="932"');
  });
});

describe('renderRankIntervalChart, edge cases', () => {
  const one = { unit: 'A', nominal: 1, q05: 1, q95: 2 };

  it('lists a row with any missing rank as unranked and does not draw it', () => {
    const svg = renderRankIntervalChart([
      one,
      { unit: 'B', nominal: 2, q05: null, q95: 3 },
      { unit: 'C', nominal: 3, q05: 2, q95: null },
      { unit: 'D', nominal: null, q05: 1, q95: 2 },
      { unit: 'E', nominal: 2, q05: 2, q95: 3, median: null },
    ]);
    expect(svg).toContain('B: no rank; C: no rank; D: no rank; E: rank 2');
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).not.toContain('stroke-width="1.5"');
  });

  it('accepts widths of 200 and 10,000 pixels, and ticks at 12 and 40 ranks', () => {
    // 200 pixels is accepted, and the chart grows to hold its caption (about 600 pixels of text).
    const narrow = renderRankIntervalChart([one], { width: 200 });
    const caption =
      'Rank (1 is best): dot at the nominal rank, bar from the 5th to the 95th percentile';
    const width = Math.ceil(32 + textWidth(caption));
    expect(narrow).toContain(`width="${width}"`);
    expect(narrow).toContain(`<text x="${round(width - 16 - textWidth(caption) / 2)}" y="`);
    expect(renderRankIntervalChart([one], { width: 10_000 })).toContain('width="10000"');
    const ticks = (worst: number) =>
      [
        ...renderRankIntervalChart([{ unit: 'A', nominal: 1, q05: 1, q95: worst }]).matchAll(
          /fill="#555">(\d+)<\/text>/g,
        ),
      ].map((m) => Number(m[1]));
    expect(ticks(12)).toHaveLength(12);
    expect(ticks(13)).toEqual([1, 5, 10, 13]);
    expect(ticks(40)).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40]);
    expect(ticks(41)).toEqual([1, 10, 20, 30, 40, 41]);
  });

  it('escapes quotes in labels', () => {
    expect(renderRankIntervalChart([one], { labels: { A: 'say "hi"' } })).toContain(
      'say &quot;hi&quot;',
    );
  });

  it.each([
    [[], {}, 'units: nothing to draw.'],
    [
      [{ unit: 'A', nominal: null, q05: null, q95: null }],
      {},
      'units: no unit has a rank to draw.',
    ],
    [[one], { width: 199 }, 'options.width: expected a number from 200 to 10000, got 199.'],
    [[one], { width: 10_001 }, 'options.width: expected a number from 200 to 10000, got 10001.'],
    [[one], { width: Number.NaN }, 'options.width: expected a number from 200 to 10000, got NaN.'],
    [
      [{ unit: 'A', nominal: '1', q05: 1, q95: 2 }],
      {},
      'units[0]: expected { unit, nominal, q05, q95 } with ranks ≥ 1 or null and q05 ≤ q95, got { unit: "A", nominal: "1", q05: 1, q95: 2 }.',
    ],
    [[{ unit: 1, nominal: 1, q05: 1, q95: 2 }], {}, 'units[0]: expected'],
    [
      [{ unit: 'A', nominal: 1, q05: Number.POSITIVE_INFINITY, q95: null }],
      {},
      'units[0]: expected',
    ],
    [[one, one], {}, 'units[1]: "A" appears twice.'],
  ])('rejects %j %j', (units, options, message) => {
    expect(() => renderRankIntervalChart(units as never, options as never)).toThrow(message);
  });

  it('prefixes the ids of its title and description with idPrefix, for several charts on one page', () => {
    const svg = renderRankIntervalChart(rows, { idPrefix: 'ua_2022' });
    expect(svg).toContain('aria-labelledby="ua_2022-title ua_2022-desc"');
    expect(svg).toContain('<title id="ua_2022-title">');
    expect(svg).toContain('<desc id="ua_2022-desc">');
    expect(() => renderRankIntervalChart(rows, { idPrefix: 'a b' })).toThrowError(
      /options\.idPrefix/,
    );
  });
});

describe('renderRankIntervalChart options', () => {
  it('refuses an unknown language and a title that is not text', () => {
    const one = [{ unit: 'A', nominal: 1, q05: 1, q95: 2 }];
    expect(() => renderRankIntervalChart(one, { lang: 'fr' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.lang: expected one of "vi", "en", got "fr".',
      }),
    );
    expect(() => renderRankIntervalChart(one, { title: 42 as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.title: expected text, got 42.',
      }),
    );
  });
});

describe('renderRankIntervalChart in detail', () => {
  const rows = [
    { unit: 'A', nominal: 1, q05: 1, q95: 3 },
    { unit: 'B', nominal: 2, q05: 1, q95: 3 },
  ];
  const refusal = (run: () => unknown) => {
    const error = dxErrorOf(run);
    return `${error.code} ${error.message}`;
  };

  it('names options that are not an object, a hole and a row that is undefined', () => {
    expect(refusal(() => renderRankIntervalChart(rows, null as never))).toBe(
      'INVALID_ARGUMENT options: expected an object like { width, lang, title }, got null.',
    );
    expect(refusal(() => renderRankIntervalChart(rows, 'wide' as never))).toBe(
      'INVALID_ARGUMENT options: expected an object like { width, lang, title }, got "wide".',
    );
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    expect(refusal(() => renderRankIntervalChart([, ...rows] as never))).toMatch(
      /^INVALID_ARGUMENT units\[0\]: is a hole/,
    );
    expect(refusal(() => renderRankIntervalChart([undefined, ...rows] as never))).toBe(
      'INVALID_ARGUMENT units[0]: expected { unit, nominal, q05, q95 } with ranks ≥ 1 or null and q05 ≤ q95, got undefined.',
    );
  });

  it('centres the caption under the plot and is as wide as a long title needs', () => {
    const svg = renderRankIntervalChart(rows);
    const left = Math.ceil(16 + textWidth('A') + 8);
    const centre = Math.round((left + (720 - left - 24) / 2) * 10) / 10;
    expect(svg).toContain(`<text x="${centre}" y="`);
    expect(svg).toMatch(
      new RegExp(
        `<text x="${centre}" y="[\\d.]+" text-anchor="middle" fill="#333">Rank \\(1 is best\\)`,
      ),
    );
    const title =
      'Thứ hạng và khoảng bất định của các tỉnh, thành phố trực thuộc trung ương năm 2025';
    expect(renderRankIntervalChart(rows, { title })).toMatch(
      new RegExp(`^<svg [^>]*width="${Math.ceil(32 + textWidth(title, 16))}" `),
    );
  });

  it('ticks ranks past 100 by a power of ten', () => {
    const many = Array.from({ length: 150 }, (_, k) => ({
      unit: `u${k}`,
      nominal: k + 1,
      q05: k + 1,
      q95: k + 1,
    }));
    const ticks = [
      ...renderRankIntervalChart(many).matchAll(/text-anchor="middle" fill="#555">(\d+)</g),
    ].map((m) => m[1]);
    expect(ticks).toEqual(['1', '100', '150']);
  });
});
