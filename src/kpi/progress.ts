import { DxError } from '../errors.js';
import { fail, finiteNumber, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { Direction } from '../model/direction.js';
import { shareOfWay, type TargetResult } from './target-result.js';

/**
 * Options for {@link progress}.
 *
 * @category KPI
 */
export interface ProgressOptions {
  /** Where the way to the target starts (default 0). */
  readonly baseline?: number;
  /** Which way is better (default `'higher-is-better'`). */
  readonly direction?: Direction;
}

/** The options {@link progress} takes, to refuse any other (a misspelt `baseline` would count from 0). */
export const PROGRESS_OPTIONS = [
  'baseline',
  'direction',
] as const satisfies readonly (keyof ProgressOptions)[];

/**
 * How far a value has come towards its target: a {@link TargetResult} whose
 * share is always a number.
 *
 * @category KPI
 */
export interface Progress extends TargetResult {
  /** Share of the way from baseline to target: 0 at the baseline, 1 at the target; may exceed 1 or be negative. */
  readonly share: number;
}

/**
 * Progress of a value towards a target, direction-aware: for
 * lower-is-better indicators (processing time, rank) the way runs downwards.
 * The target functions share one argument style — the value judged, the
 * target, then options — and one result, {@link TargetResult}.
 *
 * @param value - the current value.
 * @param target - the target value.
 * @param options - `baseline` (default 0) and `direction` (default higher is better).
 * @returns `{ met, gap, share }`.
 * @throws {@link DxError} `INVALID_NUMBER` for a value, target or baseline
 *   that is not a finite number; `INVALID_ARGUMENT` when target equals
 *   baseline (no way to measure), for an unknown direction or option, or for
 *   the object form of vn-dx 0.x (`progress({ value, target })`).
 *
 * @example
 * ```ts
 * import { progress } from 'vn-dx';
 *
 * progress(60, 80); // { met: false, gap: 20, share: 0.75 }
 * progress(97, 90, { baseline: 50 }); // { met: true, gap: -7, share: 1.175 }
 * progress(17, 20, { baseline: 28, direction: 'lower-is-better' }); // { met: true, gap: -3, share: 1.375 }
 * ```
 *
 * @category KPI
 */
export function progress(value: number, target: number, options?: ProgressOptions): Progress {
  if (typeof value === 'object' && value !== null)
    fail('INVALID_ARGUMENT', 'value', 'a number', value, {
      hint: '; since vn-dx 1.0, call progress(value, target, { baseline, direction })',
    });
  const settings =
    options === undefined ? {} : record(options, 'options', '{ baseline, direction }');
  knownKeys(settings, PROGRESS_OPTIONS, 'options');
  const current = finiteNumber(value, 'value');
  const goal = finiteNumber(target, 'target');
  const baseline = finiteNumber(settings.baseline ?? 0, 'options.baseline');
  const direction = oneOf(
    settings.direction ?? 'higher-is-better',
    ['higher-is-better', 'lower-is-better'] as const,
    'options.direction',
  );
  const share = shareOfWay(current, goal, baseline);
  if (share === null)
    raise(
      'INVALID_ARGUMENT',
      '',
      `target and baseline are both ${goal}; there is no way to measure progress along`,
    );
  const gap = direction === 'higher-is-better' ? goal - current : current - goal;
  return { met: gap <= 0, gap, share };
}
