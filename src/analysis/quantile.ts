// R's quantile type 7 (its default, which COINr uses for rank intervals), written the way R's
// `quantile.default` computes it so that the same values give the same bits.

/**
 * The `p`-quantile of values sorted ascending, R's type 7: with
 * i = 1 + (n − 1)·p, lo = ⌊i⌋, hi = ⌈i⌉ and h = i − lo, the result is
 * x[lo] when i = lo or x[hi] = x[lo], and (1 − h)·x[lo] + h·x[hi] otherwise
 * (1-based, as R). `sorted` must be non-empty, ascending and free of NaN, and
 * `p` in [0, 1] (not checked: internal).
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const index = 1 + (sorted.length - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sorted[lo - 1] as number;
  const high = sorted[hi - 1] as number;
  if (!(index > lo) || high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}

/** R's `median` of sorted values: the middle one, or the mean of the middle two. */
export function medianSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const half = n >> 1;
  return n % 2 === 1
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}
