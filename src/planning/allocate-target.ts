import { DxError } from '../errors.js';
import {
  arrayLike,
  fail,
  finiteNumber,
  knownKeys,
  nonEmpty,
  record,
  someWeight,
  weight,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed } from '../internal/renamed.js';

/**
 * One unit's share in a national target: its current value and its weight
 * (GRDP, population…) in the national mean.
 *
 * @category Planning
 */
export interface AllocationUnit {
  /** The unit, e.g. a province code. */
  readonly unit: string;
  /** Its current value, in the target's unit (e.g. digital economy, % of GRDP). */
  readonly value: number;
  /** Its weight in the national mean, ≥ 0 (e.g. its GRDP). */
  readonly weight: number;
}

/**
 * Options for {@link allocateTarget}.
 *
 * @category Planning
 */
export interface AllocateTargetOptions {
  /**
   * How the effort is split:
   * - `'proportional'`: every unit grows by the same factor (target ÷ current mean);
   * - `'equal-increment'`: every unit adds the same amount;
   * - `'equal-gap-closure'`: every unit closes the same share of its gap to `cap` (needs `cap`).
   */
  readonly method: 'proportional' | 'equal-increment' | 'equal-gap-closure';
  /**
   * The most any unit can be asked for (100 for a share). A unit whose
   * `proportional` or `equal-increment` target would pass it is set to it, and
   * the rest is shared among the others.
   */
  readonly cap?: number;
}

/** The options {@link allocateTarget} takes, to refuse any other (a misspelt one would be ignored). */
export const ALLOCATE_TARGET_OPTIONS = [
  'method',
  'cap',
] as const satisfies readonly (keyof AllocateTargetOptions)[];

/**
 * One unit's target, from {@link allocateTarget}.
 *
 * @category Planning
 */
export interface AllocatedTarget extends AllocationUnit {
  /** The unit's target. */
  readonly target: number;
  /** target − value. */
  readonly increase: number;
}

/**
 * Splits a national target — a weighted mean, such as the digital economy's
 * share of GDP (30 % by 2030, Decision 411/QĐ-TTg) across provinces weighted by
 * GRDP — into one target per unit, so that the weighted mean of the unit
 * targets is the national target. Three rules: the same growth factor
 * (`proportional`), the same increase (`equal-increment`), or the same share
 * of each unit's gap to `cap` closed (`equal-gap-closure`). With a `cap`, no
 * unit is asked for more: a unit that would pass it is held at it and the
 * others make up the difference.
 *
 * @param national - the national target (a weighted mean of the units' values).
 * @param units - each unit's `{ unit, value, weight }`.
 * @param options - `method`, and `cap` (required for `equal-gap-closure`).
 * @returns one `{ unit, value, weight, target, increase }` per unit, in the input's order.
 * @throws {@link DxError} `INVALID_ARGUMENT` when the weights are all 0, the
 *   national target is above the cap (the message says by how much), a unit is
 *   already above the cap, `proportional` meets a current mean ≤ 0,
 *   `equal-gap-closure` has no cap or a mean at the cap, or for bad or unknown options;
 *   `INVALID_NUMBER` for values and weights that are not finite (weights ≥ 0);
 *   `EMPTY_INPUT` for no units.
 *
 * @example
 * ```ts
 * import { allocateTarget } from 'vn-dx';
 *
 * // Weighted mean (3 × 10 + 1 × 20) / 4 = 12.5; the national target is 25.
 * const units = [
 *   { unit: 'A', value: 10, weight: 3 },
 *   { unit: 'B', value: 20, weight: 1 },
 * ];
 * allocateTarget(25, units, { method: 'proportional' }).map((u) => u.target); // [20, 40]
 * allocateTarget(25, units, { method: 'equal-increment' }).map((u) => u.target); // [22.5, 32.5]
 * allocateTarget(25, units, { method: 'equal-gap-closure', cap: 50 }).map((u) => u.target); // [23.333333333333332, 30]
 * allocateTarget(25, units, { method: 'proportional', cap: 30 }).map((u) => u.target); // [23.333333333333336, 30]
 * ```
 *
 * @category Planning
 */
export function allocateTarget(
  national: number,
  units: readonly AllocationUnit[],
  options: AllocateTargetOptions,
): AllocatedTarget[] {
  const goal = finiteNumber(national, 'national');
  const settings = record(options, 'options', '{ method, cap? }');
  knownKeys(settings, ALLOCATE_TARGET_OPTIONS, 'options');
  const method = oneOfRenamed(
    settings.method,
    ['proportional', 'equal-increment', 'equal-gap-closure'] as const,
    'options.method',
  );
  const cap = settings.cap === undefined ? undefined : finiteNumber(settings.cap, 'options.cap');
  const list = Array.from(
    arrayLike(units, 'units', 'an array of { unit, value, weight }'),
    (u, i) => {
      const item = record(u, `units[${i}]`, '{ unit, value, weight }');
      const value = finiteNumber(item.value, `units[${i}].value`);
      // Stryker disable next-line ConditionalExpression: without a cap the comparison with undefined is false: the test only narrows the type.
      if (cap !== undefined && value > cap)
        raise(
          'INVALID_ARGUMENT',
          `units[${i}].value`,
          `${value} is already above the cap ${cap}; raise the cap or leave the unit out`,
        );
      const unit =
        typeof item.unit === 'string'
          ? item.unit
          : fail('INVALID_ARGUMENT', `units[${i}].unit`, 'a unit code', item.unit);
      return { unit, value, weight: weight(item.weight, `units[${i}].weight`) };
    },
  );
  nonEmpty(list.length, 'units', 'at least one unit');
  const total = list.reduce((sum, u) => sum + u.weight, 0);
  someWeight(total, 'units[].weight');
  const mean = list.reduce((sum, u) => sum + u.weight * u.value, 0) / total;
  // Stryker disable next-line ConditionalExpression: without a cap the comparison with undefined is false: the test only narrows the type.
  if (cap !== undefined && goal > cap) {
    raise(
      'INVALID_ARGUMENT',
      'national',
      `the target ${goal} is above the cap ${cap} by ${goal - cap}; no split can reach it. Lower the target or raise the cap`,
    );
  }
  let targets: number[];
  if (method === 'equal-gap-closure') {
    if (cap === undefined)
      raise(
        'INVALID_ARGUMENT',
        'options.cap',
        `'equal-gap-closure' needs a cap to measure each gap against; give { cap }`,
      );
    if (mean === cap)
      raise(
        'INVALID_ARGUMENT',
        'units',
        `the weighted mean is already the cap ${cap}; there is no gap to close`,
      );
    const share = (goal - mean) / (cap - mean);
    targets = list.map((u) => u.value + share * (cap - u.value));
  } else {
    if (method === 'proportional' && !(mean > 0))
      raise(
        'INVALID_ARGUMENT',
        'units',
        `the weighted mean is ${mean}; 'proportional' scales it and needs it > 0. Use 'equal-increment'`,
      );
    targets = fill(list, goal * total, cap, method === 'proportional');
    const reached = list.reduce((sum, u, i) => sum + u.weight * (targets[i] as number), 0) / total;
    if (Math.abs(reached - goal) > 1e-9 * Math.max(1, Math.abs(goal))) {
      raise(
        'INVALID_ARGUMENT',
        'national',
        `proportional growth under the cap ${cap} reaches at most ${reached}, ${goal - reached} short of ${goal}, because units at 0 cannot grow by a factor; use 'equal-increment' or 'equal-gap-closure'`,
      );
    }
  }
  return list.map((u, i) => {
    const target = targets[i] as number;
    return { ...u, target, increase: target - u.value };
  });
}

/**
 * Water-filling: every free unit gets value × λ (scaling) or value + δ, chosen
 * so the weighted sum is `sum`; a unit that would pass the cap is held at it
 * and the rest is solved again among the others, until none passes.
 */
function fill(
  list: readonly AllocationUnit[],
  sum: number,
  cap: number | undefined,
  scaling: boolean,
): number[] {
  const held = new Set<number>();
  for (;;) {
    let free = 0;
    let remaining = sum;
    list.forEach((u, i) => {
      if (held.has(i)) remaining -= u.weight * (cap as number);
      else free += scaling ? u.weight * u.value : u.weight;
    });
    const freeValues = scaling
      ? 0
      : list.reduce((s, u, i) => (held.has(i) ? s : s + u.weight * u.value), 0);
    // Scaling: Σ w v λ = remaining; increment: Σ w (v + δ) = remaining.
    const step = free === 0 ? 0 : scaling ? remaining / free : (remaining - freeValues) / free;
    const targets = list.map((u, i) =>
      held.has(i) ? (cap as number) : scaling ? u.value * step : u.value + step,
    );
    const over =
      // Stryker disable next-line ConditionalExpression,EqualityOperator: without a cap no t > undefined holds, so the list is empty either way; a unit exactly at the cap, held there, keeps its target and leaves the others' step the same (to rounding).
      cap === undefined ? [] : targets.flatMap((t, i) => (!held.has(i) && t > cap ? [i] : []));
    if (over.length === 0) return targets;
    for (const i of over) held.add(i);
  }
}
