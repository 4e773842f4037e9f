import { fromColumn, toColumn } from '../composite/column.js';
import { DxError } from '../errors.js';
import { knownKeys, positiveNumber, record, sameLength } from '../internal/guards.js';
import { raise } from '../internal/issue.js';

/**
 * Options for {@link denominate}.
 *
 * @category Analysis
 */
export interface DenominateOptions {
  /** Multiply by this (default 1): 1000 for "per 1,000 people", 100 for a percentage. */
  readonly scale?: number;
}

/** The options {@link denominate} takes, to refuse any other (a misspelt one would be ignored). */
export const DENOMINATE_OPTIONS = ['scale'] as const satisfies readonly (keyof DenominateOptions)[];

/**
 * Divides each unit's value by its denominator — population for per-capita
 * figures, GRDP for per-GRDP ones, area — so that large and small provinces
 * compare (COINr's `Denominate`: x / denominator, here times `scale`). A
 * value or denominator that is missing gives `null`.
 *
 * @param values - the unit values, `null` for missing.
 * @param denominators - one per value, aligned; each > 0 where present.
 * @param options - `scale`.
 * @returns value / denominator × scale, aligned with the input.
 * @throws {@link DxError} `LENGTH_MISMATCH` when the two differ in length;
 *   `INVALID_NUMBER` for `NaN`, infinite values or a `scale` that is not a
 *   number > 0; `INVALID_ARGUMENT` for a non-array, an unknown option, or a denominator ≤ 0 (a
 *   share of nothing is undefined, not 0 or infinite).
 *
 * @example
 * ```ts
 * import { denominate } from 'vn-dx';
 *
 * // Internet subscriptions per 100 people.
 * const users = [8_500_000, 1_200_000, null];
 * const people = [8_600_000, 1_300_000, 900_000];
 * denominate(users, people, { scale: 100 }); // [98.83720930232558, 92.3076923076923, null]
 * ```
 *
 * @category Analysis
 */
export function denominate(
  values: ArrayLike<number | null | undefined>,
  denominators: ArrayLike<number | null | undefined>,
  options: DenominateOptions = {},
): (number | null)[] {
  record(options, 'options', 'an object like { scale: 1000 }');
  knownKeys(options, DENOMINATE_OPTIONS, 'options');
  const scale = positiveNumber(options.scale ?? 1, 'options.scale');
  const x = toColumn(values, 'values');
  const d = toColumn(denominators, 'denominators');
  sameLength(d.length, x.length, 'denominators', 'denominators, one per value');
  d.forEach((denominator, i) => {
    if (denominator <= 0)
      raise('INVALID_ARGUMENT', `denominators[${i}]`, `expected a number > 0, got ${denominator}`);
  });
  const result = new Float64Array(x.length);
  // Stryker disable next-line EqualityOperator: at i = n both reads are undefined, NaN is written past the end of a typed array (ignored)
  for (let i = 0; i < x.length; i++) {
    const y = ((x[i] as number) / (d[i] as number)) * scale;
    if (Number.isFinite(y) || Number.isNaN(y)) result[i] = y;
    else raise('INVALID_NUMBER', `values[${i}]`, 'the share overflows; lower the scale');
  }
  return fromColumn(result);
}
