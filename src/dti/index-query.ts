// Queries over the published provincial results of every index vn-dx ships —
// the DTI (DTI_RESULTS) and the PCI, PAPI, PAR Index and SIPAS
// (INDEX_RESULTS) — so that a history or a ranking reads the same for any of
// them. The DTI functions of query.ts read the same way from DTI_RESULTS alone
// (result-query.ts holds the reading), so that they do not bring these rows.

import { INDEX_RESULTS } from '../framework/index-results.js';
import { knownKeys, record } from '../internal/guards.js';
import type { RankingEntry } from '../model/ranking.js';
import type { Era } from '../provinces/province.js';
import {
  eraOption,
  historyIn,
  provinceCode,
  RESULT_INDICES,
  type ResultIndex,
  rankingIn,
  resultIndex,
} from './result-query.js';
import { DTI_RESULTS } from './results.js';

export { RESULT_INDICES, type ResultIndex };

const ALL: readonly RankingEntry[] = [...DTI_RESULTS, ...INDEX_RESULTS];

/**
 * Options for {@link indexHistory}.
 *
 * @category Data
 */
export interface IndexHistoryOptions {
  /** Keep one index, e.g. `'PCI'`; by default every index, the DTI first. */
  readonly index?: ResultIndex;
  /**
   * Keep one basis: rankings of the 63 pre-merger provinces (`'63'`, which
   * includes an edition that ranked fewer, as PAPI 2023's 61) or of the 34
   * units of 1 July 2025 (`'34'`). By default both.
   */
  readonly era?: Era;
}

/** The options {@link indexHistory} takes, to refuse any other (a misspelt one would be ignored). */
export const INDEX_HISTORY_OPTIONS = [
  'index',
  'era',
] as const satisfies readonly (keyof IndexHistoryOptions)[];

/**
 * A province's published results across editions, for one index or all of
 * them: by index (in the order of {@link RESULT_INDICES}), then oldest edition
 * first, the 63-unit entry before the 34-unit one in the same edition. Codes
 * are era-specific, as in `dtiHistory`: check `of` (or pass `era`) before
 * comparing ranks across editions.
 *
 * @param code - a two-digit province code string, e.g. `'31'` (Hải Phòng).
 * @param options - `index` to keep one index; `era` to keep one basis.
 * @returns the entries, frozen; empty when no published result names the code
 *   (or none matches the options).
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` for a malformed code,
 *   options that are not an object, an unknown option, an `index` not in
 *   {@link RESULT_INDICES} or an `era` other than `'63'` and `'34'`;
 *   `UNKNOWN_PROVINCE` for a code no province has had.
 *
 * @example
 * ```ts
 * import { indexHistory } from 'vn-dx/dti';
 *
 * indexHistory('31', { index: 'PCI' }).map((e) => `${e.edition}: ${e.rank}`); // ['2017: 9', '2020: 7', '2022: 3', '2024: 1']
 * indexHistory('46', { index: 'PAPI' }).map((e) => `${e.edition} ${e.rank}/${e.of}`); // ['2019 5/63', '2020 10/63', '2021 1/63', '2023 1/61']
 * indexHistory('19', { era: '63' }).map((e) => `${e.index} ${e.edition} ${e.rank}`); // ['DTI 2020 12', 'DTI 2021 8', 'DTI 2022 8', 'PAPI 2023 2', 'SIPAS 2023 2']
 * ```
 *
 * @category Data
 */
export function indexHistory(
  code: string,
  options: IndexHistoryOptions = {},
): readonly RankingEntry[] {
  provinceCode(code);
  const given = record(options, 'options', 'an object like { index, era }');
  knownKeys(given, INDEX_HISTORY_OPTIONS, 'options');
  const index = given.index === undefined ? undefined : resultIndex(given.index, 'index');
  return historyIn(ALL, code, index, eraOption(given.era));
}

/**
 * Options for {@link indexRanking}.
 *
 * @category Data
 */
export interface IndexRankingOptions {
  /**
   * Which ranking: among the 63 pre-merger provinces (`'63'`) or the 34 units
   * of 1 July 2025 (`'34'`). Needed only for an edition ranked both ways
   * (DTI 2024); otherwise the edition's one basis is used.
   */
  readonly era?: Era;
}

/** The options {@link indexRanking} takes, to refuse any other (a misspelt one would be ignored). */
export const INDEX_RANKING_OPTIONS = [
  'era',
] as const satisfies readonly (keyof IndexRankingOptions)[];

/**
 * The published ranking of one edition of an index, best first, on one basis.
 * Partial where the sources are: ranks may have gaps, and tied provinces share
 * a rank (competition ranking: 15, 15, 17).
 *
 * @param index - an acronym of {@link RESULT_INDICES}, e.g. `'PCI'`.
 * @param edition - the year assessed, e.g. `2024`.
 * @param options - `era`: `'63'` or `'34'`; required for an edition ranked both ways.
 * @returns the entries, sorted by rank (ties by code), frozen.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` for an `index` not in
 *   {@link RESULT_INDICES}, an edition that is not a year, options that are
 *   not an object, an unknown option, a malformed `era`, or a missing `era`
 *   for an edition ranked both ways; `UNKNOWN_ID` for an edition with no data
 *   (the message names the editions available) or an `era` the edition was
 *   not ranked on.
 *
 * @example
 * ```ts
 * import { indexRanking } from 'vn-dx/dti';
 *
 * indexRanking('PCI', 2024).map((e) => `${e.rank} ${e.province} ${e.score ?? ''}`.trim()); // ['1 31 74.84', '2 22 73.2', '3 80 72.64', '4 24 71.24', '5 77 71.17', '10 33']
 * indexRanking('PAPI', 2023)[0]?.score; // 46.0415 (Thừa Thiên Huế)
 * indexRanking('DTI', 2024, { era: '34' })[0]?.province; // '01' (Hà Nội)
 * ```
 *
 * @category Data
 */
export function indexRanking(
  index: ResultIndex,
  edition: number,
  options: IndexRankingOptions = {},
): readonly RankingEntry[] {
  return rankingIn(ALL, resultIndex(index, 'index'), edition, options, INDEX_RANKING_OPTIONS);
}
