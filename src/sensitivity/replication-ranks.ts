// Ranking the scores of one replication, thousands of times: competition ("min") ranks, 1 for
// the highest score, NaN for a unit without one — what `rank` gives, in preallocated typed
// buffers. Two strategies, chosen by size; both give exactly `rank`'s result, so the choice is
// speed only (measured in bench/uncertainty.mjs).
import type { TieMethod } from '../model/ties.js';
import { rank } from '../ranking/rank.js';

/** Writes the ranks of `scores` into `ranks` (both of the ranker's length). */
export type Ranker = (scores: Float64Array, ranks: Float64Array) => void;

/** Above this many units the sorting ranker is faster than the insertion ranker. */
export const INSERTION_LIMIT = 256;

/**
 * The ranker of a replication: competition ranks through {@link insertionRanker} up to
 * {@link INSERTION_LIMIT} units and {@link sortingRanker} above; other tie rules through `rank`.
 */
export function replicationRanker(n: number, ties: TieMethod): Ranker {
  // Stryker disable next-line ConditionalExpression,StringLiteral: rank() gives competition ranks too (tested); the rankers below are speed only.
  if (ties !== 'competition') {
    return (scores, ranks) => {
      const list = rank(
        Array.from(scores, (s) => (Number.isNaN(s) ? null : s)),
        { ties },
      );
      list.forEach((r, u) => {
        ranks[u] = r ?? Number.NaN;
      });
    };
  }
  // Stryker disable next-line EqualityOperator,ConditionalExpression: both rankers give the same ranks at every size (tested); the limit is speed only.
  return n > INSERTION_LIMIT ? sortingRanker(n) : insertionRanker(n);
}

/**
 * Competition ranks by the native sort: sort the scores ascending (NaN last), then each unit's
 * rank is 1 + the number of scores above its own, found by binary search.
 */
export function sortingRanker(n: number): Ranker {
  const sorted = new Float64Array(n);
  return (scores, ranks) => {
    sorted.set(scores);
    sorted.sort(); // ascending, NaN last
    const present = sorted.findLastIndex((s) => !Number.isNaN(s)) + 1;
    scores.forEach((s, u) => {
      if (Number.isNaN(s)) {
        ranks[u] = Number.NaN;
        return;
      }
      // The first position holding a score above s.
      let low = 0;
      let high = present;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] as number) <= s) low = middle + 1;
        else high = middle;
      }
      ranks[u] = 1 + present - low;
    });
  };
}

/**
 * Competition ranks by insertion sort, starting from the order the previous call left: weight
 * noise moves few units per replication, so re-sorting costs about one pass.
 */
export function insertionRanker(n: number): Ranker {
  const sorted = new Float64Array(n);
  const order = Int32Array.from({ length: n }, (_, u) => u);
  return (scores, ranks) => {
    // Descending by score, NaN (as −∞) last.
    // Plain loops: this runs once per replication, and forEach here doubles its cost (measured).
    // Stryker disable next-line EqualityOperator: one step past the end of a typed array reads undefined and writes nothing.
    for (let i = 0; i < n; i++) {
      const s = scores[order[i] as number] as number;
      sorted[i] = Number.isNaN(s) ? Number.NEGATIVE_INFINITY : s;
    }
    for (let i = 1; i < n; i++) {
      const key = sorted[i] as number;
      const unit = order[i] as number;
      let j = i - 1;
      while (j >= 0) {
        const above = sorted[j] as number;
        // Stryker disable next-line EqualityOperator: moving past an equal score only reorders a tie, which shares its rank.
        if (above >= key) break;
        sorted[j + 1] = above;
        order[j + 1] = order[j] as number;
        j--;
      }
      sorted[j + 1] = key;
      order[j + 1] = unit;
    }
    // Equal scores share the rank of the first of them.
    let previous = Number.NaN;
    let shared = 0;
    // Stryker disable next-line EqualityOperator: one step past the end of a typed array reads undefined and writes nothing.
    for (let i = 0; i < n; i++) {
      const unit = order[i] as number;
      const score = sorted[i] as number;
      if (score !== previous) shared = i + 1;
      previous = score;
      ranks[unit] = Number.isNaN(scores[unit]) ? Number.NaN : shared;
    }
  };
}
