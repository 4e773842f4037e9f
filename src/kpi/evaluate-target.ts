import { DxError } from '../errors.js';
import { fail, finiteNumber, knownKeys, nonNegativeNumber, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed, refuseRenamedValue } from '../internal/renamed.js';
import type { Direction } from '../model/direction.js';
import { type Comparator, ComparatorSchema } from '../model/target.js';
import { shareOfWay, type TargetResult } from './target-result.js';

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
 * Options for {@link evaluateTarget} and {@link targetStatus}.
 *
 * @category KPI
 */
export interface TargetOptions {
  /** For `eq`: the largest difference that still counts as equal (default 0). */
  readonly tolerance?: number;
  /**
   * Where the way to the target starts, for `share`: default 0 for `gte`
   * targets; `lte` and `top-n` targets have a share only with a baseline (a
   * starting value or rank), `eq` targets never.
   */
  readonly baseline?: number;
}

/** The options {@link evaluateTarget} and {@link targetStatus} take, to refuse any other (a misspelt one would be ignored). */
export const TARGET_OPTIONS = [
  'tolerance',
  'baseline',
] as const satisfies readonly (keyof TargetOptions)[];

/**
 * What {@link evaluateTarget} returned before vn-dx 1.0.
 *
 * @deprecated Use {@link TargetResult}, which adds `share`.
 * @category KPI
 */
export type TargetEvaluation = TargetResult;

/** Reads {@link TargetOptions} (`INVALID_ARGUMENT` for the positional tolerance of vn-dx 0.x). */
export function readTargetOptions(options: unknown): {
  tolerance: number;
  baseline: number | undefined;
} {
  if (typeof options === 'number')
    fail('INVALID_ARGUMENT', 'options', 'an object { tolerance, baseline }', options, {
      hint: '; since vn-dx 1.0 the tolerance is an option: { tolerance }',
    });
  const settings =
    options === undefined ? {} : record(options, 'options', '{ tolerance, baseline }');
  knownKeys(settings, TARGET_OPTIONS, 'options');
  return {
    tolerance: nonNegativeNumber(settings.tolerance ?? 0, 'options.tolerance'),
    baseline:
      settings.baseline === undefined
        ? undefined
        : finiteNumber(settings.baseline, 'options.baseline'),
  };
}

/**
 * Checks a value against a target rule: `gte` (at least), `lte` (at most),
 * `eq` (exactly, within `tolerance`), or `top-n` (a rank no worse than N, so
 * "top 20 by 2025" is met by ranks 1–20). The target functions share one
 * argument style — the value judged, the target, then options — and one
 * result, {@link TargetResult}.
 *
 * @param value - the value, or the rank for `top-n`.
 * @param target - `{ comparator, value }`, e.g. a {@link TargetSchema | Target}.
 * @param options - `tolerance` for `eq` (default 0); `baseline` for the share
 *   of the way (default 0 for `gte`).
 * @returns `{ met, gap, share }`.
 * @throws {@link DxError} `INVALID_NUMBER` for a value, target value,
 *   baseline or tolerance that is not a finite number (a tolerance must also
 *   be ≥ 0); `INVALID_ARGUMENT` for a target that is not an object, an unknown
 *   comparator, a rank that is not a whole number ≥ 1, an unknown option, or
 *   a tolerance given as a number (vn-dx 0.x) instead of `{ tolerance }`.
 *
 * @example
 * ```ts
 * import { evaluateTarget } from 'vn-dx';
 *
 * evaluateTarget(17, { comparator: 'top-n', value: 20 }); // { met: true, gap: -3, share: null }
 * evaluateTarget(25, { comparator: 'top-n', value: 20 }, { baseline: 30 }); // { met: false, gap: 5, share: 0.5 }
 * evaluateTarget(94, { comparator: 'gte', value: 100 }); // { met: false, gap: 6, share: 0.94 }
 * evaluateTarget(99.6, { comparator: 'eq', value: 100 }, { tolerance: 0.5 }).met; // true
 * ```
 *
 * @category KPI
 */
export function evaluateTarget(
  value: number,
  target: TargetRule,
  options?: TargetOptions,
): TargetResult {
  finiteNumber(value, 'value');
  record(target, 'target', '{ comparator, value }');
  const goal = finiteNumber(target.value, 'target.value');
  const { tolerance, baseline } = readTargetOptions(options);
  const share = (from: number | undefined) =>
    from === undefined ? null : shareOfWay(value, goal, from);
  switch (target.comparator) {
    case 'gte':
      return { met: value >= goal, gap: goal - value, share: share(baseline ?? 0) };
    case 'lte':
      return { met: value <= goal, gap: value - goal, share: share(baseline) };
    case 'eq': {
      const gap = Math.abs(value - goal);
      return { met: gap <= tolerance, gap, share: null };
    }
    case 'top-n':
      if (!Number.isInteger(value) || value < 1) {
        raise('INVALID_ARGUMENT', 'value', `a rank must be a whole number ≥ 1, got ${value}`);
      }
      return { met: value <= goal, gap: value - goal, share: share(baseline) };
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
