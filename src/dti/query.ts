import { integerBetween, knownKeys, oneOf, record } from '../internal/guards.js';
import { DTI_PILLAR_IDS } from '../model/pillar-ids.js';
import type { RankingEntry } from '../model/ranking.js';
import type { Era } from '../provinces/province.js';
import { DTI_PILLAR_RESULTS, type DtiPillarId, type DtiPillarResult } from './pillar-results.js';
import { historyIn, provinceCode, rankingIn } from './result-query.js';
import { DTI_RESULTS } from './results.js';

/**
 * Options for {@link dtiRanking}.
 *
 * @category Data
 */
export interface DtiRankingOptions {
  /**
   * Which ranking: among the 63 pre-merger provinces (`'63'`) or the 34 units
   * of 1 July 2025 (`'34'`). Needed only for an edition ranked both ways
   * (DTI 2024); otherwise the edition's one basis is used.
   */
  readonly era?: Era;
}

/** The options {@link dtiRanking} takes, to refuse any other (a misspelt one would be ignored). */
export const DTI_RANKING_OPTIONS = ['era'] as const satisfies readonly (keyof DtiRankingOptions)[];

/**
 * The published DTI ranking of one edition, best first, on one basis: the 63
 * provinces, or (for DTI 2024) the 34 units formed on 1 July 2025. Only 2022
 * is complete; other editions hold the ranks that were published, so ranks may
 * have gaps. Tied provinces share a rank (competition ranking: 15, 15, 17).
 * The same as {@link indexRanking} with the index `'DTI'`.
 *
 * @param edition - the year assessed, e.g. `2022` (published in 2023).
 * @param options - `era`: `'63'` or `'34'`; required for an edition ranked both ways.
 * @returns the entries, sorted by rank (ties by code).
 * @throws {@link vn-dx!DxError} `UNKNOWN_ID` for an edition with no data (the
 *   message names the editions available) or an `era` the edition was not
 *   ranked on; `INVALID_ARGUMENT` for a missing `era` for an edition ranked
 *   both ways, a malformed argument, or an unknown option.
 *
 * @example
 * ```ts
 * import { dtiRanking } from 'vn-dx/dti';
 *
 * dtiRanking(2022).length; // 63
 * dtiRanking(2022).slice(14, 17).map((entry) => entry.rank); // [15, 15, 17]
 * dtiRanking(2024, { era: '34' })[0]?.score; // 0.8241 (Hà Nội)
 * dtiRanking(2024, { era: '63' })[0]?.province; // '79' (Hồ Chí Minh City)
 * try {
 *   dtiRanking(2019);
 * } catch (error) {
 *   console.log((error as Error).message); // 'edition: no DTI results for 2019; editions available: 2020, 2021, 2022, 2023, 2024.'
 * }
 * ```
 *
 * @category Data
 */
export function dtiRanking(
  edition: number,
  options: DtiRankingOptions = {},
): readonly RankingEntry[] {
  return rankingIn(DTI_RESULTS, 'DTI', edition, options, DTI_RANKING_OPTIONS);
}

/**
 * A province's DTI entries across editions, oldest first. Codes are
 * era-specific: an entry with `of: 63` uses the code of a pre-merger province,
 * one with `of: 34` that of a unit formed on 1 July 2025, and a reused code
 * names different territory in each (`'48'` is the old Đà Nẵng, then Đà Nẵng
 * with Quảng Nam). This returns every entry with the code, both bases
 * together; check `of` before comparing ranks across editions, and use
 * `successorOf`/`predecessorsOf` (`vn-dx`) to follow a province across the merger.
 * The same as {@link indexHistory} with `{ index: 'DTI' }`; that function
 * also reads the PCI, PAPI, PAR Index and SIPAS.
 *
 * @param code - a two-digit province code string, e.g. `'19'` (Thái Nguyên).
 * @returns the entries, by edition, the 63-unit entry before the 34-unit one
 *   in the same edition; empty when no DTI result names the code.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` for a malformed code;
 *   `UNKNOWN_PROVINCE` for a code no province has had.
 *
 * @example
 * ```ts
 * import { dtiHistory } from 'vn-dx/dti';
 *
 * dtiHistory('19').map((entry) => entry.rank); // [12, 8, 8, 8] (2020–2022 of 63; 2024 of 34)
 * dtiHistory('48').map((entry) => `${entry.edition} ${entry.rank}/${entry.of}`).at(-1); // '2024 17/34'
 * ```
 *
 * @category Data
 */
export function dtiHistory(code: string): readonly RankingEntry[] {
  return historyIn(DTI_RESULTS, provinceCode(code), 'DTI', undefined);
}

/**
 * Options for {@link dtiPillarResults}.
 *
 * @category Data
 */
export interface DtiPillarResultsOptions {
  /** Keep one pillar: `'government'`, `'economy'` or `'society'`. */
  readonly pillar?: DtiPillarId;
  /** Keep one edition, e.g. `2022`. */
  readonly edition?: number;
}

/** The options {@link dtiPillarResults} takes, to refuse any other (a misspelt one would be ignored). */
export const DTI_PILLAR_RESULTS_OPTIONS = [
  'pillar',
  'edition',
] as const satisfies readonly (keyof DtiPillarResultsOptions)[];

const PILLAR_ORDER: readonly DtiPillarId[] = DTI_PILLAR_IDS;

/**
 * A province's published DTI pillar results across editions: oldest first,
 * the 63-unit basis before the 34-unit one, then government, economy, society.
 * Results are partial where the sources are: a record may hold a rank, a value
 * or both, and an edition may hold one pillar and not the others. Codes are
 * era-specific, as in {@link dtiHistory}: check `of` before comparing.
 *
 * @param code - a two-digit province code string, e.g. `'84'` (Trà Vinh).
 * @param options - `pillar` to keep one pillar; `edition` to keep one edition.
 * @returns the results, frozen; empty when no published pillar result names the
 *   code (or none matches the options).
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` for a malformed code,
 *   options that are not an object, an unknown option or `pillar` or an `edition` that is
 *   not a year; `UNKNOWN_PROVINCE` for a code no province has had.
 *
 * @example
 * ```ts
 * import { dtiPillarResults } from 'vn-dx/dti';
 *
 * dtiPillarResults('84', { edition: 2022 }).map((r) => `${r.pillar} ${r.rank}/${r.of} ${r.score}`); // ['government 29/63 0.6683', 'economy 27/63 0.6647', 'society 26/63 0.5991']
 * dtiPillarResults('38', { pillar: 'government' }).map((r) => `${r.edition}: ${r.rank}`); // ['2021: 12', '2023: 9']
 * dtiPillarResults('02').length; // 0 (Hà Giang: none published)
 * ```
 *
 * @category Data
 */
export function dtiPillarResults(
  code: string,
  options: DtiPillarResultsOptions = {},
): readonly DtiPillarResult[] {
  provinceCode(code);
  const given = record(options, 'options', 'an object like { pillar, edition }');
  knownKeys(given, DTI_PILLAR_RESULTS_OPTIONS, 'options');
  const { pillar, edition } = given;
  if (pillar !== undefined) oneOf(pillar, PILLAR_ORDER, 'pillar');
  if (edition !== undefined) integerBetween(edition, 1900, 2100, 'edition');
  // The table lists each province's results in this order already (a test of the table says so); the
  // sort keeps the answer so should the table change, and no call can tell them apart today.
  return Object.freeze(
    // Stryker disable next-line MethodExpression: the table's order is the sorted one
    DTI_PILLAR_RESULTS.filter(
      (result) =>
        result.province === code &&
        (pillar === undefined || result.pillar === pillar) &&
        (edition === undefined || result.edition === edition),
    ).sort(
      // Stryker disable next-line ArrowFunction: the table's order is the sorted one
      (a, b) =>
        // Stryker disable next-line ConditionalExpression,ArithmeticOperator: as above
        a.edition - b.edition ||
        // Stryker disable next-line ArithmeticOperator: as above (and every pillar result is of 63 today)
        b.of - a.of ||
        // Stryker disable next-line ArithmeticOperator: as above
        PILLAR_ORDER.indexOf(a.pillar) - PILLAR_ORDER.indexOf(b.pillar),
    ),
  );
}
