import fc from 'fast-check';
import {
  sampleCorrelation,
  sampleKurtosis,
  sampleRankCorrelation,
  sampleSkewness,
  sampleStandardDeviation,
  median as ssMedian,
} from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/ranking/rank.js';
import {
  averageRanks,
  kurtosis,
  mean,
  meanAndSd,
  median,
  pearson,
  presentValues,
  sampleSd,
  skewAndKurtosis,
  skewness,
  sortedSummary,
  spearman,
} from '../../src/stats/statistics.js';

const column = (xs: readonly (number | null)[]) => Float64Array.from(xs, (x) => x ?? Number.NaN);
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('statistics', () => {
  it('skip missing values', () => {
    const xs = column([1, null, 2, 3, null, 10]);
    expect([...presentValues(xs)]).toEqual([1, 2, 3, 10]);
    expect(mean(xs)).toBe(4);
    expect(median(xs)).toBe(2.5);
    expect(median(column([3, 1, 2]))).toBe(2);
    close(sampleSd(xs), sampleStandardDeviation([1, 2, 3, 10]));
  });

  it('are NaN (for the callers to report) where undefined', () => {
    expect(mean(column([]))).toBeNaN();
    expect(median(column([null]))).toBeNaN();
    expect(sampleSd(column([1]))).toBeNaN();
    expect(skewness(column([1, 2]))).toBeNaN();
    expect(skewness(column([4, 4, 4]))).toBeNaN();
    expect(kurtosis(column([1, 2, 3]))).toBeNaN();
    expect(kurtosis(column([4, 4, 4, 4]))).toBeNaN();
    expect(pearson(column([1]), column([2]))).toBeNaN();
    expect(pearson(column([1, 2, 3]), column([5, 5, 5]))).toBeNaN();
  });

  it('agree with simple-statistics (sample skewness, excess kurtosis, correlations)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })),
          {
            minLength: 4,
            maxLength: 40,
          },
        ),
        (pairs) => {
          const xs = pairs.map(([x]) => x);
          const ys = pairs.map(([, y]) => y);
          fc.pre(new Set(xs).size > 1 && new Set(ys).size > 1);
          close(skewness(column(xs)), sampleSkewness(xs));
          close(kurtosis(column(xs)), sampleKurtosis(xs));
          close(median(column(xs)), ssMedian(xs));
          close(pearson(column(xs), column(ys)), sampleCorrelation(xs, ys));
          close(spearman(column(xs), column(ys)), sampleRankCorrelation(xs, ys));
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it('rank as ranking/rank does with fractional ties, lowest first, NaN kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { maxLength: 30 }),
        (values) => {
          const expected = rank(values, { direction: 'lower-is-better', ties: 'fractional' });
          expect([...averageRanks(column(values))]).toEqual(expected.map((r) => r ?? Number.NaN));
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it('correlate pairwise complete, with average ranks for ties', () => {
    expect([...averageRanks(column([10, null, 20, 10]))]).toEqual([1.5, Number.NaN, 3, 1.5]);
    const x = column([1, 2, null, 4, 5]);
    const y = column([2, null, 6, 8, 11]);
    close(pearson(x, y), sampleCorrelation([1, 4, 5], [2, 8, 11]));
    close(spearman(x, y), 1);
  });
});

describe('statistics at the edges', () => {
  it('give skewness from 3 values and kurtosis from 4, and NaN below', () => {
    close(skewness(column([1, 2, 10])), sampleSkewness([1, 2, 10]));
    close(kurtosis(column([1, 2, 3, 10])), sampleKurtosis([1, 2, 3, 10]));
    expect(kurtosis(column([1, 2, 10]))).toBeNaN();
    expect(skewAndKurtosis(column([1, 2, 10]))).toEqual([skewness(column([1, 2, 10])), Number.NaN]);
    // A missing value is skipped, not read as NaN.
    expect(skewness(column([1, null, 2, 10]))).toBe(skewness(column([1, 2, 10])));
    expect(kurtosis(column([1, 2, null, 3, 10]))).toBe(kurtosis(column([1, 2, 3, 10])));
  });

  it('give no skewness for two values, even where their mean is rounded', () => {
    expect(skewness(column([0.1, 0.2]))).toBeNaN();
  });

  it('correlate two pairs perfectly, and need two', () => {
    expect(pearson(column([1, 2]), column([5, 3]))).toBe(-1);
    expect(pearson(column([1, null, 2]), column([5, 9, 7]))).toBe(1);
    expect(pearson(column([1, null]), column([null, 2]))).toBeNaN();
  });

  it('scale values near the ends of the double range instead of overflowing or underflowing', () => {
    expect(mean(column([1e308, 1e308, 1e308]))).toBe(1e308);
    expect(mean(column([1e-308, 1e-308]))).toBe(1e-308);
    close(mean(column([-1e-310, 1e308, 1e308])) / 1e308, 2 / 3);
    // The scale comes from the largest magnitude, wherever it stands.
    close(mean(column([1e308, 1e308, 1])) / 1e308, 2 / 3);
    close(sampleSd(column([1e-300, 2e-300, 3e-300])) / 1e-300, 1);
    close(sampleSd(column([1e300, 2e300, 3e300])) / 1e300, 1);
    expect(meanAndSd(column([1e300, 3e300]), true).sd / 1e300).toBeCloseTo(1, 12);
    close(skewness(column([1e300, 2e300, 10e300])), skewness(column([1, 2, 10])));
    close(skewness(column([1e-300, 2e-300, 10e-300])), skewness(column([1, 2, 10])));
    close(kurtosis(column([1e300, 2e300, 3e300, 10e300])), kurtosis(column([1, 2, 3, 10])));
    // Pearson's r does not depend on the scale: squares of 1e-200 underflowed to 0 (r was NaN),
    // squares of 1e200 overflowed.
    const r = pearson(column([1, 2, 4]), column([3, 1, 2]));
    close(pearson(column([1e-200, 2e-200, 4e-200]), column([3, 1, 2])), r);
    close(pearson(column([1e200, 2e200, 4e200]), column([3e-250, 1e-250, 2e-250])), r);
  });

  it('give no sd without values, and a population sd of one value', () => {
    expect(sampleSd(column([]))).toBeNaN();
    expect(meanAndSd(column([]), true).sd).toBeNaN();
    expect(meanAndSd(column([4]), true)).toEqual({ mean: 4, sd: 0 });
  });

  it('never sort or change the column they are given', () => {
    const values = column([3, 1, 2]);
    median(values);
    sortedSummary(values);
    averageRanks(values);
    expect([...values]).toEqual([3, 1, 2]);
  });

  it('rank with pairs complete in both columns only (property)', () => {
    const cell = fc.option(fc.integer({ min: -4, max: 4 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 12 }), (pairs) => {
        const both = pairs.filter(([a, b]) => a !== null && b !== null);
        const ours = spearman(column(pairs.map(([a]) => a)), column(pairs.map(([, b]) => b)));
        const complete = spearman(column(both.map(([a]) => a)), column(both.map(([, b]) => b)));
        expect(Object.is(ours, complete) || Math.abs(ours - complete) < 1e-12).toBe(true);
      }),
      { seed: 17, numRuns: 150 },
    );
  });
});

describe('sortedSummary', () => {
  it('gives the present values sorted, their median, the distinct count and the longest run of equal ones', () => {
    const summary = sortedSummary(column([3, null, 1, 3, 2, 3, 1]));
    expect([...summary.sorted]).toEqual([1, 1, 2, 3, 3, 3]);
    expect([summary.median, summary.unique, summary.same]).toEqual([2.5, 3, 3]);
    expect(sortedSummary(column([5]))).toMatchObject({ median: 5, unique: 1, same: 1 });
    const empty = sortedSummary(column([null]));
    expect([empty.sorted.length, empty.median, empty.unique, empty.same]).toEqual([
      0,
      Number.NaN,
      0,
      0,
    ]);
    expect(sortedSummary(column([2, 2, 1]))).toMatchObject({ unique: 2, same: 2 });
    expect(sortedSummary(column([1, 2, 2, 2, 3, 3]))).toMatchObject({ unique: 3, same: 3 });
  });
});
