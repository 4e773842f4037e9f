import { DxError } from '../errors.js';
import { fail, finiteNumber, nonNegativeNumber, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed, refuseRenamedValue } from '../internal/renamed.js';
import type { Direction } from '../model/direction.js';
import { type Comparator, ComparatorSchema } from '../model/target.js';

const COMPARATORS: readonly Comparator[] = ComparatorSchema.options;

/**
 * The part of a target that decides whether a value meets it.
 *
 * @category KPI
 */
export interface TargetRule {
  /** `gte`, `lte`, `eq` or `top-n`. */
  readonly comparator: Comparator;
  /** The target value (for `top-n`, N). */
  readonly value: number;
}

/**
 * Whether a value meets a target, and by how much.
 *
 * @category KPI
 */
export interface TargetEvaluation {
  /** Whether the value meets the target. */
  readonly met: boolean;
  /** Distance still to go in the improving direction (ranks: places to climb); 0 or less once met. For `eq`, the absolute difference. */
  readonly gap: number;
}

/**
 * Checks a value against a target rule: `gte` (at least), `lte` (at most),
 * `eq` (exactly, within `tolerance`), or `top-n` (a rank no worse than N, so
 * "top 20 by 2025" is met by ranks 1–20).
 *
 * @param value - the value, or the rank for `top-n`.
 * @param target - `{ comparator, value }`, e.g. a {@link TargetSchema | Target}.
 * @param tolerance - for `eq`: the largest difference that still counts as equal (default 0).
 * @returns `{ met, gap }`.
 * @throws {@link DxError} `INVALID_NUMBER` for a value, target value or
 *   tolerance that is not a finite number (a tolerance must also be ≥ 0);
 *   `INVALID_ARGUMENT` for a target that is not an object, an unknown
 *   comparator, or a rank that is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import { evaluateTarget } from 'vn-dx';
 *
 * evaluateTarget(17, { comparator: 'top-n', value: 20 }); // { met: true, gap: -3 }
 * evaluateTarget(25, { comparator: 'top-n', value: 20 }); // { met: false, gap: 5 }
 * evaluateTarget(94, { comparator: 'gte', value: 100 }); // { met: false, gap: 6 }
 * ```
 *
 * @category KPI
 */
export function evaluateTarget(value: number, target: TargetRule, tolerance = 0): TargetEvaluation {
  finiteNumber(value, 'value');
  record(target, 'target', '{ comparator, value }');
  finiteNumber(target.value, 'target.value');
  nonNegativeNumber(tolerance, 'tolerance');
  switch (target.comparator) {
    case 'gte':
      return { met: value >= target.value, gap: target.value - value };
    case 'lte':
      return { met: value <= target.value, gap: value - target.value };
    case 'eq': {
      const gap = Math.abs(value - target.value);
      return { met: gap <= tolerance, gap };
    }
    case 'top-n':
      if (!Number.isInteger(value) || value < 1) {
        raise('INVALID_ARGUMENT', 'value', `a rank must be a whole number ≥ 1, got ${value}`);
      }
      return { met: value <= target.value, gap: value - target.value };
    default:
      // A 0.x 'topN' names its 1.0 spelling, 'top-n'.
      refuseRenamedValue(
        (target as { comparator?: unknown }).comparator,
        COMPARATORS,
        'target.comparator',
      );
      fail(
        'INVALID_ARGUMENT',
        'target.comparator',
        'gte, lte, eq or top-n',
        (target as { comparator?: unknown }).comparator,
      );
  }
}

/**
 * Which way an indicator must move to meet a comparator: `gte` and `top-n`
 * targets are met from above or below respectively.
 *
 * @param comparator - the target's comparator.
 * @returns the direction that improves towards the target (`eq` counts as higher-is-better).
 * @throws {@link DxError} `INVALID_ARGUMENT` for an unknown comparator.
 *
 * @example
 * ```ts
 * import { directionOfComparator } from 'vn-dx';
 *
 * directionOfComparator('top-n'); // 'lower-is-better'
 * ```
 *
 * @category KPI
 */
export function directionOfComparator(comparator: Comparator): Direction {
  oneOfRenamed(comparator, COMPARATORS, 'comparator');
  return comparator === 'lte' || comparator === 'top-n' ? 'lower-is-better' : 'higher-is-better';
}
