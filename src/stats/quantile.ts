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
  // As R: x[lo] itself when x[hi] equals it (always so when i is whole, as then hi = lo), not
  // (1 − h)·x + h·x, which can differ from x in the last bit.
  if (high === low) return low;
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
 * and greater-or-equal ones after: quickselect with a three-way partition, so that many equal
 * values (a score that no replication changes) cost one pass, not a pass per value. No NaN;
 * k must lie in [from, to).
 */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to - 1;
  // Each pass keeps k inside [left, right] and shrinks the range, until k falls among the
  // values equal to the pivot (at the latest when one value is left): then it is in place.
  for (;;) {
    // The middle element as the pivot: any pivot selects correctly, and the middle one keeps
    // sorted or nearly sorted input from the worst case.
    const pivot = values[(left + right) >>> 1] as number;
    let less = left;
    let i = left;
    let greater = right;
    while (i <= greater) {
      const v = values[i] as number;
      if (v < pivot) {
        values[i++] = values[less] as number;
        values[less++] = v;
      } else if (v > pivot) {
        values[i] = values[greater] as number;
        values[greater--] = v;
      } else i++;
    }
    // Now [left, less) < pivot, [less, greater] = pivot, (greater, right] > pivot.
    if (k < less) right = less - 1;
    else if (k > greater) left = greater + 1;
    else return;
  }
}

/**
 * Places at their sorted positions the order statistics that the median and the 5th and 95th
 * percentiles (type 7) read, without sorting the rest: `medianSorted` and `quantileSorted` then
 * give the same results as on fully sorted values. `values` must be free of NaN.
 */
export function selectQuantilePositions(values: Float64Array): void {
  const n = values.length;
  if (n === 0) return;
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

/**
 * Sorts ranks in place by counting when every one is a whole number from 1 to `maxRank`
 * (competition ranks are): O(R + maxRank) where a sort costs O(R log R). Returns false and
 * leaves `values` as it was otherwise (fractional ranks of ties). `counts` must have room for
 * `maxRank + 1` entries; its contents are overwritten. No NaN.
 */
export function sortWholeRanks(
  values: Float64Array,
  maxRank: number,
  counts: Uint32Array,
): boolean {
  counts.fill(0);
  for (const v of values) {
    if (!(Number.isInteger(v) && v >= 1 && v <= maxRank)) return false;
    counts[v] = (counts[v] as number) + 1;
  }
  let i = 0;
  for (let v = 1; v <= maxRank; v++) for (let c = counts[v] as number; c > 0; c--) values[i++] = v;
  return true;
}
