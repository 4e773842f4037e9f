import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import type { Direction } from '../model/indicator.js';
import { rank, type TieMethod } from '../ranking/rank.js';

/**
 * How {@link normalize} puts values on a common scale. Every method takes
 * `direction` (default `'higher-is-better'`); with `'lower-is-better'` the
 * scale is mirrored so that better is always higher (for `rank`, 1 is best).
 *
 * - `minMax`: (x − min) / (max − min), stretched to `range` (default [0, 1]).
 *   When all values are equal: `constant: 'mid'` (default) gives the middle of
 *   the range, `'error'` throws.
 * - `goalposts`: fixed bounds: (x − min) / (max − min) × `scale` (default 1),
 *   clamped to [0, scale] unless `clamp: false`.
 * - `zScore`: (x − mean) / sd, with the sample sd (n − 1) by default, as
 *   COINr; `sd: 'population'` divides by n. A zero or undefined sd gives 0.
 * - `distanceToTarget`: COINr's form, (x − min) / (target − min), or
 *   (max − x) / (max − target) when lower is better, with min and max of the
 *   data; capped at 1 unless `cap: false`.
 * - `rank`: the rank (1 best), with a tie rule.
 *
 * @category KPI
 */
export type NormalizeMethod =
  | {
      readonly kind: 'minMax';
      readonly range?: readonly [number, number];
      readonly constant?: 'mid' | 'error';
      readonly direction?: Direction;
    }
  | {
      readonly kind: 'goalposts';
      readonly min: number;
      readonly max: number;
      readonly scale?: number;
      readonly clamp?: boolean;
      readonly direction?: Direction;
    }
  | {
      readonly kind: 'zScore';
      readonly sd?: 'sample' | 'population';
      readonly direction?: Direction;
    }
  | {
      readonly kind: 'distanceToTarget';
      readonly target: number;
      readonly cap?: boolean;
      readonly direction?: Direction;
    }
  | { readonly kind: 'rank'; readonly ties?: TieMethod; readonly direction?: Direction };

function finite(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DxError(
      'INVALID_NUMBER',
      `${name}: expected a finite number, got ${describe(value)}.`,
    );
  }
  return value;
}

/** Checks values: finite numbers or null; returns min, max, sum and count of the present ones. */
function scan(values: ArrayLike<number | null | undefined>): {
  min: number;
  max: number;
  sum: number;
  count: number;
} {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `values: expected an array of numbers, got ${describe(values)}.`,
    );
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    finite(value, `values[${i}]`);
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
    count++;
  }
  return { min, max, sum, count };
}

function map(
  values: ArrayLike<number | null | undefined>,
  transform: (value: number) => number,
): (number | null)[] {
  const result: (number | null)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    result[i] = value === null || value === undefined ? null : transform(value);
  }
  return result;
}

function directionOf(method: { readonly direction?: Direction }): boolean {
  const direction = method.direction ?? 'higher-is-better';
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `direction: expected 'higher-is-better' or 'lower-is-better', got ${describe(direction)}.`,
    );
  }
  return direction === 'higher-is-better';
}

/**
 * Puts indicator values on a common scale, so that they can be weighted and
 * aggregated. The result is aligned with the input; `null` stays `null`; an
 * empty input gives an empty result. See {@link NormalizeMethod} for the
 * formulas (after COINr and the OECD/JRC handbook).
 *
 * @param values - numbers (plain or typed array), `null` for missing.
 * @param method - the method and its parameters.
 * @returns the normalised values; better is always higher, except for `rank` (1 is best).
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinite values or
 *   parameters; `INVALID_ARGUMENT` for an unknown method, `min = max`
 *   goalposts, a target equal to the data's far end, or constant input with
 *   `constant: 'error'`.
 *
 * @example
 * ```ts
 * import { normalize } from 'vn-dx';
 *
 * normalize([20, 50, 80], { kind: 'minMax' }); // [0, 0.5, 1]
 * normalize([20, 50, 80], { kind: 'minMax', range: [0, 100] }); // [0, 50, 100]
 * normalize([50, 120], { kind: 'goalposts', min: 0, max: 100, scale: 100 }); // [50, 100]
 * normalize([2, 4, 6], { kind: 'zScore' }); // [-1, 0, 1]
 * normalize([3, 1, 2], { kind: 'minMax', direction: 'lower-is-better' }); // [0, 1, 0.5]
 * ```
 *
 * @category KPI
 */
export function normalize(
  values: ArrayLike<number | null | undefined>,
  method: NormalizeMethod,
): (number | null)[] {
  if (typeof method !== 'object' || method === null) {
    throw new DxError(
      'INVALID_ARGUMENT',
      `method: expected an object like { kind: 'minMax' }, got ${describe(method)}.`,
    );
  }
  const higher = directionOf(method);
  const stats = scan(values);
  switch (method.kind) {
    case 'minMax': {
      const [low, high] = method.range ?? [0, 1];
      finite(low, 'range[0]');
      finite(high, 'range[1]');
      if (stats.count > 0 && stats.max === stats.min) {
        if (method.constant === 'error') {
          throw new DxError(
            'INVALID_ARGUMENT',
            `minMax: all ${stats.count} values equal ${stats.min}; there is nothing to scale.`,
          );
        }
        return map(values, () => (low + high) / 2);
      }
      const span = stats.max - stats.min;
      return map(
        values,
        (x) => low + ((higher ? x - stats.min : stats.max - x) / span) * (high - low),
      );
    }
    case 'goalposts': {
      const min = finite(method.min, 'min');
      const max = finite(method.max, 'max');
      const scale = finite(method.scale ?? 1, 'scale');
      if (min === max)
        throw new DxError('INVALID_ARGUMENT', `goalposts: min and max are both ${min}.`);
      const clamp = method.clamp ?? true;
      return map(values, (x) => {
        const share = (higher ? x - min : max - x) / (max - min);
        return (clamp ? Math.min(1, Math.max(0, share)) : share) * scale;
      });
    }
    case 'zScore': {
      if (method.sd !== undefined && method.sd !== 'sample' && method.sd !== 'population') {
        throw new DxError(
          'INVALID_ARGUMENT',
          `sd: expected 'sample' or 'population', got ${describe(method.sd)}.`,
        );
      }
      const mean = stats.sum / stats.count;
      let squares = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value !== null && value !== undefined) squares += (value - mean) ** 2;
      }
      const divisor = method.sd === 'population' ? stats.count : stats.count - 1;
      const sd = divisor > 0 ? Math.sqrt(squares / divisor) : 0;
      return map(values, (x) => (sd === 0 ? 0 : (higher ? x - mean : mean - x) / sd));
    }
    case 'distanceToTarget': {
      const target = finite(method.target, 'target');
      const far = higher ? stats.min : stats.max;
      if (stats.count > 0 && far === target) {
        throw new DxError(
          'INVALID_ARGUMENT',
          `distanceToTarget: the target ${target} equals the data's ${higher ? 'minimum' : 'maximum'}.`,
        );
      }
      const cap = method.cap ?? true;
      return map(values, (x) => {
        const share = higher
          ? (x - stats.min) / (target - stats.min)
          : (stats.max - x) / (stats.max - target);
        return cap ? Math.min(1, share) : share;
      });
    }
    case 'rank':
      return rank(values, {
        ties: method.ties ?? 'competition',
        direction: higher ? 'higher-is-better' : 'lower-is-better',
      });
    default:
      throw new DxError(
        'INVALID_ARGUMENT',
        `method.kind: expected minMax, goalposts, zScore, distanceToTarget or rank, got ${describe((method as { kind?: unknown }).kind)}.`,
      );
  }
}
