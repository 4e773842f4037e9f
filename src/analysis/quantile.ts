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

/**
 * Puts the k-th smallest of `values[from … to)` at index k, smaller-or-equal ones before it
 * and greater-or-equal ones after (quickselect, median-of-three pivot). No NaN allowed.
 */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot, swapped to `right`.
    const a = values[left] as number;
    const b = values[mid] as number;
    const c = values[right] as number;
    const pivotAt =
      a < b ? (b < c ? mid : a < c ? right : left) : a < c ? left : b < c ? right : mid;
    const pivot = values[pivotAt] as number;
    values[pivotAt] = c;
    values[right] = pivot;
    let store = left;
    for (let i = left; i < right; i++) {
      const v = values[i] as number;
      if (v < pivot) {
        values[i] = values[store] as number;
        values[store++] = v;
      }
    }
    values[right] = values[store] as number;
    values[store] = pivot;
    if (store === k) return;
    if (store < k) left = store + 1;
    else right = store - 1;
  }
}

/**
 * Places at their sorted positions the order statistics that the median and the 5th and 95th
 * percentiles (type 7) read, without sorting the rest: `medianSorted` and `quantileSorted` then
 * give the same results as on fully sorted values. `values` must be free of NaN.
 */
export function selectQuantilePositions(values: Float64Array): void {
  const n = values.length;
  if (n < 2) return;
  const positions = new Set<number>();
  for (const p of [0.05, 0.95]) {
    const index = 1 + (n - 1) * p;
    positions.add(Math.floor(index) - 1);
    positions.add(Math.ceil(index) - 1);
  }
  positions.add((n - 1) >> 1);
  positions.add(n >> 1);
  let from = 0;
  for (const k of [...positions].sort((a, b) => a - b)) {
    select(values, k, from, n);
    from = k + 1;
  }
}
