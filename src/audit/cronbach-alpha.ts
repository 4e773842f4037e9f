import type { CompositeData } from '../composite/composite-types.js';
import { DxError } from '../errors.js';
import { denseArray } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { readTable } from './indicator-table.js';

/** R's `cov(x, y, use = "pairwise.complete.obs")`: over the pairs both present, n − 1. */
function covariance(x: Float64Array, y: Float64Array): number {
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    // Stryker disable next-line AssignmentOperator: Σ(x − a)(y − ȳ) = Σ(x − x̄)(y − ȳ) for any a, as Σ(y − ȳ) = 0 over the same pairs
    sx += x[i] as number;
    // Stryker disable next-line AssignmentOperator: as above, with x and y swapped
    sy += y[i] as number;
    count++;
  }
  // Stryker disable next-line ConditionalExpression: one pair gives 0 / 0 and none 0 / −1 with NaN means: NaN either way
  if (count < 2) return Number.NaN;
  // Stryker disable next-line ArithmeticOperator: any value of one mean gives the same sum (see above)
  const mx = sx / count;
  // Stryker disable next-line ArithmeticOperator: as above
  const my = sy / count;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    // Stryker disable next-line AssignmentOperator,ArithmeticOperator: alpha is a ratio of sums of covariances (a sign flip cancels); a mean's sign, as above
    sum += ((x[i] as number) - mx) * ((y[i] as number) - my);
  }
  return sum / (count - 1);
}

/**
 * Cronbach's alpha of a group of indicators (e.g. one pillar's): how
 * consistently they measure one thing, as COINr's `get_cronbach` computes it
 * from the pairwise covariance matrix C of k indicators:
 * α = k² · mean(off-diagonal C) / ΣC. Around 0.7 or more is the usual
 * threshold for a coherent group (OECD/JRC handbook); it can be negative.
 *
 * @param data - unit → indicator → value, a `Map`, or columns (as {@link compositeIndex}).
 * @param indicators - the indicators of the group, at least 2.
 * @returns alpha, or `null` when it is undefined: every covariance is 0 or
 *   undefined (constant indicators, fewer than 2 common units), which R gives
 *   as NaN. Like COINr, an undefined covariance counts as 0 in the sums.
 * @throws {@link DxError} `INVALID_ARGUMENT` for fewer than 2 indicators or malformed
 *   data; `UNKNOWN_ID` for an indicator not in the data; `INVALID_NUMBER` for a value
 *   that is not a finite number or null; `LENGTH_MISMATCH` for a column whose
 *   length is not the number of units.
 *
 * @example
 * ```ts
 * import { cronbachAlpha } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['01', '79', '48', '31'],
 *   columns: { a: [1, 2, 3, 4], b: [2, 4, 6, 8] },
 * };
 * cronbachAlpha(data, ['a', 'b']); // 0.8888888888888888
 * ```
 *
 * @category Analysis
 */
export function cronbachAlpha(data: CompositeData, indicators: readonly string[]): number | null {
  denseArray(indicators, 'indicators', 'an array of indicator ids');
  if (indicators.length < 2)
    raise(
      'INVALID_ARGUMENT',
      'indicators',
      `Cronbach's alpha needs at least 2 indicators, got ${indicators.length}`,
    );
  const { columns } = readTable(data, indicators, 'indicators');
  const k = columns.length;
  let total = 0;
  let diagonal = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = covariance(columns[i] as Float64Array, columns[j] as Float64Array);
      if (Number.isNaN(c)) continue; // R's sum(na.rm = TRUE)
      total += c;
      if (i === j) diagonal += c;
    }
  }
  if (total === 0) return null;
  const offDiagonalMean = (total - diagonal) / (k * (k - 1));
  return (k * k * offDiagonalMean) / total;
}
