import { fail, record } from '../internal/guards.js';
import type { RankingEntry } from '../model/ranking.js';

const keyOf = (entry: RankingEntry) =>
  // Stryker disable next-line StringLiteral: any text for a missing edition that no number prints as gives the same keys.
  `${entry.index}\u0000${entry.scope}\u0000${entry.edition ?? ''}\u0000${entry.of}`;

function checkEntries(entries: unknown, name: string): asserts entries is readonly RankingEntry[] {
  if (!Array.isArray(entries))
    fail('INVALID_ARGUMENT', name, 'an array of ranking entries', entries);
  entries.forEach((entry: unknown, i) => {
    const fields = record(entry, `${name}[${i}]`, 'a ranking entry');
    if (typeof fields.index !== 'string' || typeof fields.scope !== 'string')
      fail('INVALID_ARGUMENT', `${name}[${i}]`, 'a ranking entry with an index and a scope', entry);
    // The rest of the key: an object or a Symbol there would throw a raw TypeError.
    for (const field of ['edition', 'of'] as const) {
      const value = fields[field];
      if (value !== null && value !== undefined && typeof value !== 'number')
        fail('INVALID_ARGUMENT', `${name}[${i}].${field}`, 'a number or null', value);
    }
  });
}

/**
 * One rank history from two sources: the ranks a dataset reports (an
 * article's "17th of 63 in DTI 2021") and the published tables (`DTI_RESULTS`
 * of `vn-dx/dti`). A reported entry wins over a published one for the same
 * index, scope, edition and basis (`of`); published entries fill the other
 * editions. The rule the `vn-dx report` command uses, for any dashboard.
 *
 * @param reported - the dataset's entries for one province.
 * @param published - the published entries for the same province (filter them
 *   to the basis you want, e.g. `of === 63` for a pre-merger province).
 * @returns the merged entries, sorted by index, scope, then edition (undated first, as an article's "now ranks"); inputs are not modified.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when either input is not an array
 *   of ranking entries (objects with an `index` and a `scope`, and an `edition`
 *   and `of` that are numbers or null).
 *
 * @example
 * ```ts
 * import { mergeRankHistory } from 'vn-dx';
 *
 * const entry = (edition: number, rank: number) => ({ id: `dti-${edition}`, index: 'DTI', edition, province: '93', rank, of: 63, scope: 'national' as const, source: { source: 's' } });
 * const merged = mergeRankHistory([entry(2021, 17)], [entry(2021, 18), entry(2022, 17)]);
 * merged.map((e) => `${e.edition}: ${e.rank}`); // ['2021: 17', '2022: 17']
 * ```
 *
 * @category Ranking
 */
export function mergeRankHistory(
  reported: readonly RankingEntry[],
  published: readonly RankingEntry[],
): RankingEntry[] {
  checkEntries(reported, 'reported');
  checkEntries(published, 'published');
  const own = new Set(reported.map(keyOf));
  return [...reported, ...published.filter((entry) => !own.has(keyOf(entry)))].sort(
    (a, b) =>
      a.index.localeCompare(b.index) ||
      a.scope.localeCompare(b.scope) ||
      (a.edition ?? Number.NEGATIVE_INFINITY) - (b.edition ?? Number.NEGATIVE_INFINITY),
  );
}
