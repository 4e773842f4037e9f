// How a history or a ranking is read from rows of published results, for any index: the rows
// are an argument, so that the DTI functions (query.ts) pass DTI_RESULTS alone and a bundle of
// dtiHistory does not carry the other indices' rows, which indexHistory and indexRanking
// (index-query.ts) pass with them.

import { fail, integerBetween, knownKeys, oneOf } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { RankingEntry } from '../model/ranking.js';
import { eraOfUnitCount } from '../provinces/eras.js';
import { isCodeEverUsed } from '../provinces/lookup.js';
import type { Era } from '../provinces/province.js';

/**
 * The indices whose published provincial results vn-dx ships, by the acronym
 * their {@link vn-dx!RankingEntry} rows carry in `index`: the DTI, the PCI
 * (VCCI), PAPI (CECODES and UNDP), the PAR Index and SIPAS (Ministry of Home
 * Affairs). The acronyms are data values, written as the rows write them.
 *
 * @example
 * ```ts
 * import { RESULT_INDICES } from 'vn-dx/dti';
 *
 * RESULT_INDICES; // ['DTI', 'PCI', 'PAPI', 'PAR', 'SIPAS']
 * ```
 *
 * @category Data
 */
export const RESULT_INDICES = Object.freeze(['DTI', 'PCI', 'PAPI', 'PAR', 'SIPAS'] as const);

/**
 * An index acronym of {@link RESULT_INDICES}.
 *
 * @category Data
 */
export type ResultIndex = (typeof RESULT_INDICES)[number];

/** A code some province has had, in either era (`INVALID_ARGUMENT`, `UNKNOWN_PROVINCE`). */
export function provinceCode(code: unknown): string {
  if (typeof code !== 'string' || !/^\d{2}$/.test(code)) {
    fail('INVALID_ARGUMENT', 'code', `a two-digit province code string such as '49'`, code);
  }
  if (!isCodeEverUsed(code)) {
    raise('UNKNOWN_PROVINCE', 'code', `no province has had the code ${code}`);
  }
  return code;
}

// National rankings: 34 units means the 34-era codes; any other count (63, or
// fewer when some went unscored, as PAPI 2023's 61) the 63 provinces.
const eraOf = (entry: RankingEntry): Era => eraOfUnitCount(entry.of) ?? '63';

/** An `era` option: `'63'`, `'34'` or absent. */
export function eraOption(value: unknown): Era | undefined {
  if (value !== undefined && value !== '63' && value !== '34') {
    fail('INVALID_ARGUMENT', 'era', `'63' or '34'`, value);
  }
  return value;
}

const byRank = (a: RankingEntry, b: RankingEntry) =>
  a.rank - b.rank || a.province.localeCompare(b.province);

const byIndexThenEdition = (a: RankingEntry, b: RankingEntry) =>
  RESULT_INDICES.indexOf(a.index as ResultIndex) - RESULT_INDICES.indexOf(b.index as ResultIndex) ||
  (a.edition ?? 0) - (b.edition ?? 0) ||
  b.of - a.of;

/**
 * A province's rows, by index, then oldest edition first, the 63-unit entry before the 34-unit
 * one; `index` and `basis` keep one index and one era when given. Arguments already checked.
 */
export function historyIn(
  rows: readonly RankingEntry[],
  code: string,
  index: ResultIndex | undefined,
  basis: Era | undefined,
): readonly RankingEntry[] {
  return Object.freeze(
    rows
      .filter(
        (entry) =>
          entry.province === code &&
          (index === undefined || entry.index === index) &&
          (basis === undefined || eraOf(entry) === basis),
      )
      .sort(byIndexThenEdition),
  );
}

/**
 * One edition's ranking of an index among `rows`, best first, on one basis, with the checks and
 * messages of `indexRanking` (and `dtiRanking`, its DTI case); `known` lists the options taken.
 */
export function rankingIn(
  rows: readonly RankingEntry[],
  index: ResultIndex,
  edition: number,
  options: unknown,
  known: readonly string[],
): readonly RankingEntry[] {
  integerBetween(edition, 1900, 2100, 'edition');
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_ARGUMENT', 'options', 'an object like { era }', options);
  }
  knownKeys(options, known, 'options');
  const wanted = eraOption((options as { era?: unknown }).era);
  const ofIndex = rows.filter((entry) => entry.index === index);
  const entries = ofIndex.filter((entry) => entry.edition === edition);
  if (entries.length === 0) {
    const editions = [...new Set(ofIndex.map((entry) => entry.edition))].sort();
    raise(
      'UNKNOWN_ID',
      'edition',
      `no ${index} results for ${edition}; editions available: ${editions.join(', ')}`,
    );
  }
  // Stryker disable next-line MethodExpression: the order shows only with one era (two make the call name one, which is then among them)
  const eras = [...new Set(entries.map(eraOf))].sort().reverse();
  if (wanted === undefined && eras.length > 1) {
    raise(
      'INVALID_ARGUMENT',
      'era',
      `${index} ${edition} is ranked both among the 63 provinces and among the 34 units of 1 July 2025; pass { era: '63' } or { era: '34' }`,
    );
  }
  // Stryker disable next-line StringLiteral: an edition found has an era
  const basis: Era = wanted ?? eras[0] ?? '63';
  if (!eras.includes(basis)) {
    raise(
      'UNKNOWN_ID',
      'era',
      `${index} ${edition} has no ranking on the ${wanted}-unit basis; available: ${eras.map((e) => `'${e}'`).join(', ')}`,
      {
        expected: `one of ${eras.map((e) => `'${e}'`).join(', ')}`,
        received: wanted,
        candidates: eras,
      },
    );
  }
  return Object.freeze(entries.filter((entry) => eraOf(entry) === basis).sort(byRank));
}

/** Checks `index` against {@link RESULT_INDICES}. */
export function resultIndex(value: unknown, where: string): ResultIndex {
  return oneOf(value as ResultIndex, RESULT_INDICES, where);
}
