import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TieMethod } from '../../src/model/ties.js';
import { rank } from '../../src/ranking/rank.js';
import {
  INSERTION_LIMIT,
  insertionRanker,
  type Ranker,
  replicationRanker,
  sortingRanker,
} from '../../src/sensitivity/replication-ranks.js';

const toNullable = (values: Float64Array) =>
  Array.from(values, (v) => (Number.isNaN(v) ? null : v));

/** Scores as a replication has them: NaN for a unit without one; few distinct values make ties. */
const scoresArb = (maxLength: number) =>
  fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { freq: 6 }), {
    minLength: 1,
    maxLength,
  });

/** Runs a ranker over several score lists in turn (it keeps state between calls). */
function checkAgainstRank(make: (n: number) => Ranker, lists: (number | null)[][]): void {
  const n = lists[0]?.length ?? 0;
  const ranker = make(n);
  const ranks = new Float64Array(n);
  for (const list of lists) {
    const scores = Float64Array.from(list, (v) => v ?? Number.NaN);
    ranker(scores, ranks);
    expect(toNullable(ranks)).toEqual(rank(list));
  }
}

/** Several lists of the same length: the first, then permutations and edits of it. */
const seriesArb = (maxLength: number) =>
  scoresArb(maxLength).chain((first) =>
    fc
      .array(
        fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { freq: 6 }), {
          minLength: first.length,
          maxLength: first.length,
        }),
        { maxLength: 3 },
      )
      .map((rest) => [first, [...first].reverse(), ...rest]),
  );

describe.each([
  ['insertionRanker', insertionRanker],
  ['sortingRanker', sortingRanker],
] as const)('%s', (_, make) => {
  it('gives the competition ranks rank() gives, call after call, with ties and missing scores', () => {
    fc.assert(fc.property(seriesArb(80), (lists) => checkAgainstRank(make, lists)));
  });

  it('agrees with rank() on long lists and real-valued scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { freq: 12 }), {
          minLength: 200,
          maxLength: 700,
        }),
        (list) => checkAgainstRank(make, [list.map((v) => (v === null ? null : v + 0))]),
      ),
      { numRuns: 20 },
    );
  });

  it('ranks known cases: the best is 1, ties share the better rank, NaN stays NaN', () => {
    const ranker = make(6);
    const ranks = new Float64Array(6);
    ranker(Float64Array.of(0.5, Number.NaN, 0.9, 0.5, 0.1, 0.9), ranks);
    expect(toNullable(ranks)).toEqual([3, null, 1, 3, 5, 1]);
    ranker(Float64Array.of(Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 2), ranks);
    expect(toNullable(ranks)).toEqual([null, null, null, null, null, 1]);
    ranker(new Float64Array(6).fill(7), ranks);
    expect([...ranks]).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('replicationRanker', () => {
  it('ranks competition ties on either side of the insertion limit', () => {
    for (const n of [1, INSERTION_LIMIT, INSERTION_LIMIT + 1, 1000]) {
      const list = Array.from({ length: n }, (_, u) => (u % 7 === 3 ? null : (u * 37) % 11));
      checkAgainstRank((size) => replicationRanker(size, 'competition'), [list]);
    }
  });

  it('follows the other tie rules through rank()', () => {
    fc.assert(
      fc.property(
        scoresArb(60),
        fc.constantFrom<TieMethod>('modified', 'dense', 'fractional', 'ordinal'),
        (list, ties) => {
          const ranks = new Float64Array(list.length);
          replicationRanker(list.length, ties)(
            Float64Array.from(list, (v) => v ?? Number.NaN),
            ranks,
          );
          expect(toNullable(ranks)).toEqual(rank(list, { ties }));
        },
      ),
    );
  });
});
