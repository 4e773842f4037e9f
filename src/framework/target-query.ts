import { fail } from '../internal/guards.js';
import type { Target } from '../model/target.js';
import { NATIONAL_DOCUMENTS } from './documents.js';
import { getIndicator } from './indicators.js';
import { NATIONAL_TARGETS } from './national-targets.js';

// The two keys below order the table as it is: every national target today has a year (tested in
// national-targets), and no two targets of a year are listed against the order of their
// documents, so the fallbacks (no year last, an unknown document first) show in no answer.
const yearOf = (target: Target): number =>
  // Stryker disable next-line ConditionalExpression: every deadline in the table is a year
  target.deadline.kind === 'year' ? target.deadline.year : Number.POSITIVE_INFINITY;

const issuedOf = (target: Target): string =>
  // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining,ArrowFunction,StringLiteral: the table's ties are listed in issue order already
  NATIONAL_DOCUMENTS.find((document) => document.id === target.document)?.issued ?? '';

/**
 * Every national target on one indicator, from every document that sets one
 * (749/QĐ-TTg, 942/QĐ-TTg, 411/QĐ-TTg, 57-NQ/TW), by deadline and then by the
 * order the documents were issued. A target restated by a later document
 * appears once per document, so agreements and changes are visible.
 *
 * @param indicator - a catalogue indicator id, e.g. `'econ.digital-economy.gdp-share'`.
 * @returns the targets, frozen; empty when no national document sets one.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `indicator` is not a
 *   string; `UNKNOWN_ID` when it is not in the catalogue.
 *
 * @example
 * ```ts
 * import { nationalTargetsFor } from 'vn-dx/framework';
 *
 * const share = nationalTargetsFor('econ.digital-economy.gdp-share');
 * share.map((t) => t.document); // ['qd-749-ttg-2020', 'qd-411-ttg-2022', 'qd-411-ttg-2022', 'nq-57-tw-2024', 'nq-57-tw-2024']
 * share.map((t) => t.value); // [20, 20, 30, 30, 50]
 * ```
 *
 * @category Data
 */
export function nationalTargetsFor(indicator: string): readonly Target[] {
  if (typeof indicator !== 'string') {
    fail(
      'INVALID_ARGUMENT',
      'indicator',
      `an indicator id such as 'econ.digital-economy.gdp-share'`,
      indicator,
    );
  }
  getIndicator(indicator);
  return Object.freeze(
    NATIONAL_TARGETS.filter((target) => target.indicator === indicator).sort(
      (a, b) => yearOf(a) - yearOf(b) || issuedOf(a).localeCompare(issuedOf(b)),
    ),
  );
}
