import { DxError } from '../errors.js';
import { finiteNumber } from '../internal/guards.js';
import { raise } from '../internal/issue.js';

/**
 * A ratio of two counts, scaled (by default to a percentage):
 * `ratio(1366, 1453)` is 94.01… %.
 *
 * @param numerator - the part, a finite number.
 * @param denominator - the whole, a finite number other than 0.
 * @param scale - the multiplier (default 100 for percent; 1 for a fraction).
 * @returns numerator / denominator × scale.
 * @throws {@link DxError} `INVALID_NUMBER` for non-finite input; `INVALID_ARGUMENT` for a zero denominator.
 *
 * @example
 * ```ts
 * import { ratio } from 'vn-dx';
 *
 * Math.round(ratio(129_396, 136_302) * 100) / 100; // 94.93
 * ratio(1, 4, 1); // 0.25
 * ```
 *
 * @category KPI
 */
export function ratio(numerator: number, denominator: number, scale = 100): number {
  for (const [name, value] of [
    ['numerator', numerator],
    ['denominator', denominator],
    ['scale', scale],
  ] as const) {
    finiteNumber(value, name);
  }
  if (denominator === 0) raise('INVALID_ARGUMENT', 'denominator', 'cannot divide by 0');
  return (numerator / denominator) * scale;
}
