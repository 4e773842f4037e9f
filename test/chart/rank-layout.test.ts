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

  it('never ticks a fraction of a rank, however few are ranked', () => {
    expect(rankTicks(2, 324)).toEqual([1, 2]);
    expect(rankTicks(3, 324)).toEqual([1, 2, 3]);
    expect(rankTicks(4, 324)).toEqual([1, 2, 3, 4]);
    for (let worst = 2; worst <= 40; worst++)
      for (const tick of rankTicks(worst, 324)) expect(Number.isInteger(tick)).toBe(true);
  });

  it('steps by the smallest round number that gives at most six steps', () => {
    // (7 − 1) / 6 = 1: a step of 1; (13 − 1) / 6 = 2: a step of 2, not 5.
    expect(rankTicks(7, 324)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rankTicks(13, 324)).toEqual([1, 2, 4, 6, 8, 10, 12, 13]);
  });

  it('keeps a tick exactly 16 pixels from its neighbours and drops a closer one', () => {
    // 11 ranks on 80 pixels: 8 pixels a rank, a step of 2. Tick 2 is 8 pixels below 1, tick 10
    // 8 pixels above 11; 4, 6 and 8 are 16 pixels apart.
    expect(rankTicks(11, 80)).toEqual([1, 4, 6, 8, 11]);
    // On 160 pixels, tick 10 is 16 pixels above the last rank: kept.
    expect(rankTicks(11, 160)).toEqual([1, 2, 4, 6, 8, 10, 11]);
    // 6 ranks on 40 pixels: 3 is 16 below 1, 4 is only 8 below 3, 5 only 8 above 6.
    expect(rankTicks(6, 40)).toEqual([1, 3, 6]);
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
    expect(eraBreak([p(2022, 63), p(2025, 34), p(2024, 34)], 2022)).toBe(2024);
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
  it('stacks labels wanted at one height in the order given', () => {
    expect(placeLabels([100, 100, 100, 100, 100], 380)).toEqual([100, 114, 128, 142, 156]);
    expect(placeLabels([200, 100, 100, 200, 100], 380)).toEqual([200, 100, 114, 214, 128]);
  });
});

describe('yearLabels', () => {
  it('labels the first and last editions even when they stand closer than 40 pixels', () => {
    expect(yearLabels(2020, 2021, 30)).toEqual([2020, 2021]);
  });

  it('puts the last edition in place of the label a stride before it', () => {
    // Half a pixel a year: a stride of 80 years; 2080 gives way to 2100.
    expect(yearLabels(2000, 2100, 50)).toEqual([2000, 2100]);
    // 20 pixels a year: a stride of 2; 2024 gives way to 2025.
    expect(yearLabels(2020, 2025, 100)).toEqual([2020, 2022, 2025]);
  });

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
