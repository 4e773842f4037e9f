// The one result of the target functions (progress, evaluateTarget, targetStatus) and the one
// rule for the share of the way, so that `met`, `gap` and `share` mean the same in all three.

/**
 * Where a value stands against a target: what {@link progress} and
 * {@link evaluateTarget} return, and {@link targetStatus} with the figure it
 * judged.
 *
 * @category KPI
 */
export interface TargetResult {
  /** Whether the target is met. */
  readonly met: boolean;
  /**
   * What is still to go, in the indicator's unit, in the improving direction
   * (for a rank target, places to climb); 0 or less once met. For an `eq`
   * target, the absolute difference.
   */
  readonly gap: number;
  /**
   * Share of the way from the baseline to the target: 0 at the baseline, 1 at
   * the target; it may pass 1 or fall below 0. `null` where there is no way to
   * measure: an `eq` target, no baseline (a `gte` target counts from 0), or a
   * target equal to its baseline.
   */
  readonly share: number | null;
}

/** The share of the way from `baseline` to `target` that `value` has come; `null` when they are equal. */
export function shareOfWay(value: number, target: number, baseline: number): number | null {
  return target === baseline ? null : (value - baseline) / (target - baseline);
}
