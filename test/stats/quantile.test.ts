import { quantileSorted as d3Quantile } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  medianSorted,
  quantileSorted,
  selectQuantilePositions,
  sortWholeRanks,
} from '../../src/stats/quantile.js';

// −0 and +0 are equal but not the same (Object.is): selection may return either, so use +0.
const double = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((x) => x + 0);
const values = fc.array(double(1e6), {
  minLength: 1,
  maxLength: 300,
});

describe('quantileSorted (R type 7)', () => {
  it("gives R's values on known cases", () => {
    // R 4.2.2, sprintf('%.17g', quantile(1:10, c(0.05, 0.95))): 1.45 and 9.5499999999999989.
    const ten = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    expect(quantileSorted(ten, 0.05)).toBe(1.45);
    expect(quantileSorted(ten, 0.95)).toBe(9.5499999999999989);
    expect(quantileSorted([1, 2], 0.5)).toBe(1.5);
    expect(quantileSorted([3], 0.05)).toBe(3);
    expect(quantileSorted([2, 2, 2, 5], 0.05)).toBe(2);
    // Equal neighbours give the value itself, not (1 − h)·x + h·x = 123.45600000000002.
    expect(quantileSorted([123.456, 123.456, 123.456], 0.05)).toBe(123.456);
    expect(quantileSorted([1, 123.456, 123.456], 0.95)).toBe(123.456);
    expect(medianSorted([1, 2, 3])).toBe(2);
    expect(medianSorted([1, 2, 3, 10])).toBe(2.5);
  });

  it('agrees with d3-array (also type 7) to rounding', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (list, p) => {
        const sorted = Float64Array.from(list).sort();
        const ours = quantileSorted(sorted, p);
        const theirs = d3Quantile(Array.from(sorted), p) as number;
        expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(theirs)));
        expect(ours).toBeGreaterThanOrEqual(sorted[0] as number);
        expect(ours).toBeLessThanOrEqual(sorted[sorted.length - 1] as number);
      }),
    );
  });
});

describe('selectQuantilePositions', () => {
  it('gives the same median and percentiles as a full sort, bit for bit', () => {
    fc.assert(
      fc.property(values, (list) => {
        const sorted = Float64Array.from(list).sort();
        const selected = Float64Array.from(list);
        selectQuantilePositions(selected);
        expect(medianSorted(selected)).toBe(medianSorted(sorted));
        for (const p of [0.05, 0.95])
          expect(quantileSorted(selected, p)).toBe(quantileSorted(sorted, p));
        expect([...selected].sort((a, b) => a - b)).toEqual([...sorted]);
      }),
    );
  });

  it('selects the right positions in long arrays too', () => {
    fc.assert(
      fc.property(
        fc.array(double(1e3), {
          minLength: 40,
          maxLength: 2000,
        }),
        (list) => {
          const sorted = Float64Array.from(list).sort();
          const selected = Float64Array.from(list);
          selectQuantilePositions(selected);
          const n = sorted.length;
          for (const k of [
            Math.floor((n - 1) * 0.05),
            Math.ceil((n - 1) * 0.05),
            (n - 1) >> 1,
            n >> 1,
            Math.floor((n - 1) * 0.95),
            Math.ceil((n - 1) * 0.95),
          ])
            expect(selected[k]).toBe(sorted[k]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves empty and one-value arrays as they are', () => {
    const empty = new Float64Array(0);
    selectQuantilePositions(empty);
    expect(empty.length).toBe(0);
    const one = Float64Array.of(4);
    selectQuantilePositions(one);
    expect([...one]).toEqual([4]);
  });

  it('takes one pass over equal values (no quadratic worst case)', () => {
    const equal = new Float64Array(200_000).fill(3);
    selectQuantilePositions(equal);
    expect([medianSorted(equal), quantileSorted(equal, 0.05), quantileSorted(equal, 0.95)]).toEqual(
      [3, 3, 3],
    );
  });

  it('handles many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 200 }),
        (list) => {
          const sorted = Float64Array.from(list).sort();
          const selected = Float64Array.from(list);
          selectQuantilePositions(selected);
          for (const p of [0.05, 0.95])
            expect(quantileSorted(selected, p)).toBe(quantileSorted(sorted, p));
          expect(medianSorted(selected)).toBe(medianSorted(sorted));
        },
      ),
    );
  });
});

describe('sortWholeRanks', () => {
  it('sorts whole ranks from 1 to maxRank as a sort does', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((maxRank) =>
            fc.tuple(
              fc.constant(maxRank),
              fc.array(fc.integer({ min: 1, max: maxRank }), { maxLength: 200 }),
            ),
          ),
        ([maxRank, list]) => {
          const values = Float64Array.from(list);
          expect(sortWholeRanks(values, maxRank, new Uint32Array(maxRank + 1))).toBe(true);
          expect([...values]).toEqual([...list].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('reuses its counts between calls', () => {
    const counts = new Uint32Array(4);
    const first = Float64Array.of(3, 1, 3);
    sortWholeRanks(first, 3, counts);
    const second = Float64Array.of(2, 1);
    expect(sortWholeRanks(second, 3, counts)).toBe(true);
    expect([...second]).toEqual([1, 2]);
  });

  it('refuses, leaving the values as they were, a rank that is not whole or not from 1 to maxRank', () => {
    for (const bad of [
      [2, 1.5, 1],
      [0, 1],
      [1, 4],
      [3, -1],
    ]) {
      const values = Float64Array.from(bad);
      expect(sortWholeRanks(values, 3, new Uint32Array(4))).toBe(false);
      expect([...values]).toEqual(bad);
    }
    const edge = Float64Array.of(3, 1, 3, 2);
    expect(sortWholeRanks(edge, 3, new Uint32Array(4))).toBe(true);
    expect([...edge]).toEqual([1, 2, 3, 3]);
  });
});
