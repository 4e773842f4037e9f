import { DxError } from '../errors.js';
import { integerBetween } from '../internal/guards.js';
import type { RankOptions } from './rank.js';
import { type Ranked, type RankKey, rankBy } from './rank-by.js';

/**
 * The best `n` records by a value, best first. Records tied at the cut-off
 * are all kept (with `competition` ranks, "top 3" of 90, 85, 85, 85 keeps
 * four), so the result can be longer than `n`; records with missing values
 * are left out.
 *
 * @param items - the records; not modified.
 * @param n - how many places, a whole number ≥ 0.
 * @param by - the value to rank, as for {@link rankBy}.
 * @param options - `direction` and `ties`.
 * @returns `{ item, rank }` for every record ranked `n` or better, best first
 *   (ties in input order).
 * @throws {@link DxError} `INVALID_ARGUMENT` for a bad `n`; otherwise as {@link rankBy}.
 *
 * @example
 * ```ts
 * import { topN } from 'vn-dx';
 *
 * const rows = [{ p: 'A', v: 70 }, { p: 'B', v: 90 }, { p: 'C', v: 85 }, { p: 'D', v: 85 }];
 * topN(rows, 2, 'v').map((r) => r.item.p); // ['B', 'C', 'D']
 * ```
 *
 * @category Ranking
 */
export function topN<T>(
  items: readonly T[],
  n: number,
  by: RankKey<T>,
  options?: RankOptions,
): Ranked<T>[] {
  integerBetween(n, 0, Number.MAX_SAFE_INTEGER, 'n');
  return rankBy(items, by, options)
    .map((ranked, index) => ({ ranked, index }))
    .filter(({ ranked }) => ranked.rank !== null && ranked.rank <= n)
    .sort(
      (a, b) =>
        // Stryker disable next-line ArithmeticOperator: sort is stable (ES2019), so equal ranks keep input order with any non-negative tie-break; the index says so to the reader.
        (a.ranked.rank as number) - (b.ranked.rank as number) || a.index - b.index,
    )
    .map(({ ranked }) => ranked);
}
