import { DxError } from '../errors.js';
import { fail, finiteNumber, knownKeys } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { Direction } from '../model/direction.js';

/**
 * Input to {@link progress}.
 *
 * @category KPI
 */
export interface ProgressInput {
  /** The current value. */
  readonly value: number;
  /** The target value. */
  readonly target: number;
  /** Where the way to the target starts (default 0). */
  readonly baseline?: number;
  /** Which way is better (default `'higher-is-better'`). */
  readonly direction?: Direction;
}

/** The keys {@link progress} reads, to refuse any other (a misspelt `baseline` would count from 0). */
export const PROGRESS_INPUT = [
  'value',
  'target',
  'baseline',
  'direction',
] as const satisfies readonly (keyof ProgressInput)[];

/**
 * How far a value has come towards its target.
 *
 * @category KPI
 */
export interface Progress {
  /** Share of the way from baseline to target: 0 at the baseline, 1 at the target; may exceed 1 or be negative. */
  readonly share: number;
  /** What is still to go, in the indicator's unit, in the improving direction; 0 or less once met. */
  readonly gap: number;
  /** Whether the target is met (`gap ≤ 0`). */
  readonly met: boolean;
}

/**
 * Progress of a value towards a target, direction-aware: for
 * lower-is-better indicators (processing time, rank) the way runs downwards.
 *
 * @param input - `value`, `target`, optional `baseline` (default 0) and `direction`.
 * @returns `{ share, gap, met }`.
 * @throws {@link DxError} `INVALID_NUMBER` for non-finite numbers;
 *   `INVALID_ARGUMENT` when target equals baseline (no way to measure) or for
 *   an unknown direction or option (a key of `input` it does not read).
 *
 * @example
 * ```ts
 * import { progress } from 'vn-dx';
 *
 * progress({ value: 60, target: 80 }); // { share: 0.75, gap: 20, met: false }
 * progress({ value: 97, target: 90, baseline: 50 }); // { share: 1.175, gap: -7, met: true }
 * progress({ value: 17, target: 20, baseline: 28, direction: 'lower-is-better' }); // { share: 1.375, gap: -3, met: true }
 * ```
 *
 * @category KPI
 */
export function progress(input: ProgressInput): Progress {
  if (typeof input !== 'object' || input === null) {
    fail('INVALID_ARGUMENT', 'input', '{ value, target, baseline?, direction? }', input);
  }
  knownKeys(input, PROGRESS_INPUT, 'input');
  const value = finiteNumber(input.value, 'value');
  const target = finiteNumber(input.target, 'target');
  const baseline = finiteNumber(input.baseline ?? 0, 'baseline');
  const direction = input.direction ?? 'higher-is-better';
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    fail('INVALID_ARGUMENT', 'direction', `'higher-is-better' or 'lower-is-better'`, direction);
  }
  if (target === baseline) {
    raise(
      'INVALID_ARGUMENT',
      '',
      `target and baseline are both ${target}; there is no way to measure progress along`,
    );
  }
  const gap = direction === 'higher-is-better' ? target - value : value - target;
  return { share: (value - baseline) / (target - baseline), gap, met: gap <= 0 };
}
