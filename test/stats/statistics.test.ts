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
  median,
  pearson,
  presentValues,
  sampleSd,
  skewness,
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
