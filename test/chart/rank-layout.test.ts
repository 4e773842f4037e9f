import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consecutiveRuns,
  eraBreak,
  MIN_PLOT,
  marker,
  markerSymbol,
  placeLabels,
  plotWidthFor,
  rankTicks,
  yearLabels,
} from '../../src/chart/rank-layout.js';
import { textWidth } from '../../src/chart/svg.js';

describe('rankTicks', () => {
  it('starts at 1, ends at the last rank, in round steps', () => {
    expect(rankTicks(63, 324)).toEqual([1, 20, 40, 63]);
    expect(rankTicks(34, 324)).toEqual([1, 10, 20, 30, 34]);
    expect(rankTicks(1, 324)).toEqual([1]);
  });
});

describe('consecutiveRuns', () => {
  it('breaks a line at a missing year and where the number ranked changes', () => {
    const p = (edition: number, of = 63) => ({ edition, rank: 1, of });
    expect(consecutiveRuns([p(2020), p(2021), p(2023), p(2024, 34)])).toEqual([
      [p(2020), p(2021)],
      [p(2023)],
      [p(2024, 34)],
    ]);
  });
});

describe('eraBreak', () => {
  const p = (edition: number, of: number) => ({ edition, rank: 1, of });
  it('is the first edition ranked among 34 after ranks of another basis', () => {
    expect(eraBreak([p(2022, 63), p(2024, 63), p(2024, 34)], 2022)).toBe(2024);
    expect(eraBreak([p(2022, 61), p(2025, 34)], 2022)).toBe(2025);
  });
  it('is undefined with one basis, or when the ranks of 34 start the axis', () => {
    expect(eraBreak([p(2024, 34), p(2025, 34)], 2024)).toBeUndefined();
    expect(eraBreak([p(2022, 63)], 2022)).toBeUndefined();
    expect(eraBreak([p(2024, 34), p(2024, 63)], 2024)).toBeUndefined();
  });
});

describe('markers', () => {
  it('fills the first basis, hollows the second, then squares', () => {
    expect(marker(0, 10, 20, '#123456', 'a')).toBe(
      '<circle cx="10" cy="20" r="4" fill="#123456"><title>a</title></circle>',
    );
    expect(marker(1, 10, 20, '#123456', 'a &')).toBe(
      '<circle cx="10" cy="20" r="4" fill="#ffffff" stroke="#123456" stroke-width="2"><title>a &amp;</title></circle>',
    );
    expect(marker(2, 10, 20, '#123456', 'a')).toContain('<rect x="6" y="16" width="8" height="8"');
    expect([0, 1, 2, 3, 4].map(markerSymbol)).toEqual(['●', '○', '■', '□', '●']);
  });
});

describe('plotWidthFor', () => {
  it('leaves the widest label inside the chart and keeps the plot at least 160 pixels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 6 }),
        (width, labels) => {
          const out = plotWidthFor(width, 56, labels);
          expect(out.width).toBeGreaterThanOrEqual(width);
          expect(out.plotWidth).toBeGreaterThanOrEqual(MIN_PLOT - 1e-9);
          const widest = Math.max(...labels.map((l) => textWidth(l)));
          expect(56 + out.plotWidth + 10 + widest + 16).toBeLessThanOrEqual(out.width + 1e-9);
        },
      ),
    );
  });
});

describe('placeLabels', () => {
  it('keeps labels 14 pixels apart and above the bottom when there is room', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 40, max: 380 }), { minLength: 1, maxLength: 12 }),
        (wanted) => {
          const ys = placeLabels(wanted, 380);
          const sorted = [...ys].sort((a, b) => a - b);
          for (let k = 1; k < sorted.length; k++)
            expect((sorted[k] as number) - (sorted[k - 1] as number)).toBeGreaterThanOrEqual(14);
          for (const y of ys) expect(y).toBeLessThanOrEqual(380);
        },
      ),
    );
  });
  it('leaves labels where they are when they do not collide, in the order given', () => {
    expect(placeLabels([100, 50, 200], 380)).toEqual([100, 50, 200]);
    expect(placeLabels([370, 375, 380], 380)).toEqual([352, 366, 380]);
  });
});

describe('yearLabels', () => {
  it('labels the first and last editions, at least 40 pixels apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 160, max: 2000 }),
        (first, span, plotWidth) => {
          const years = yearLabels(first, first + span, plotWidth);
          expect(years[0]).toBe(first);
          expect(years.at(-1)).toBe(first + span);
          const perYear = span === 0 ? plotWidth : plotWidth / span;
          for (let k = 1; k < years.length; k++)
            expect(
              ((years[k] as number) - (years[k - 1] as number)) * perYear,
            ).toBeGreaterThanOrEqual(40 - 1e-9);
        },
      ),
    );
  });
});
