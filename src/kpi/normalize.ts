import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { finiteNumber } from '../internal/guards.js';
import type { Direction } from '../model/direction.js';
import type { NormalizeMethod } from '../model/framework-node.js';
import { rank } from '../ranking/rank.js';

/**
 * Copies values into a Float64Array with NaN for missing entries, checking
 * that every present value is a finite number. NaN never leaves vn-dx: it is
 * only the internal mark for "missing" in typed columns.
 */
export function toColumn(
  values: ArrayLike<number | null | undefined>,
  name = 'values',
): Float64Array {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `${name}: expected an array of numbers, got ${describe(values)}.`,
    );
  }
  const column = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) column[i] = Number.NaN;
    else if (typeof value === 'number' && Number.isFinite(value)) column[i] = value;
    else finiteNumber(value, `${name}[${i}]`); // throws, naming the index
  }
  return column;
}

/** Turns a typed column back into numbers with `null` for missing. */
export function fromColumn(column: Float64Array): (number | null)[] {
  const n = column.length;
  const result: (number | null)[] = new Array(n);
  let i = 0;
  // Numbers only until the first missing value: V8 then keeps the elements unboxed, which
  // halves the cost for complete columns.
  for (; i < n; i++) {
    const value = column[i] as number;
    if (Number.isNaN(value)) break;
    result[i] = value;
  }
  for (; i < n; i++) {
    const value = column[i] as number;
    result[i] = Number.isNaN(value) ? null : value;
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

/** Throws rather than let an overflow turn present values into NaN or infinities. */
function tooLarge(value: number, method: string, what: string): void {
  if (!Number.isFinite(value)) {
    throw new DxError(
      'INVALID_NUMBER',
      `${method}: the ${what} overflows the largest number; scale the values down first.`,
    );
  }
}

/** The smallest and largest present values: [+∞, −∞] when none is present. */
function extent(column: Float64Array): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

function presentCount(column: Float64Array): number {
  let count = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) count++;
  return count;
}

/**
 * Normalises a typed column in place (NaN marks missing values, and stays).
 * The engine behind {@link normalize} and `compositeIndex`, which passes the
 * column's `known` extent when it has it: it must be the smallest and largest
 * present value, or [+∞, −∞] when none is present.
 */
export function normalizeColumn(
  column: Float64Array,
  method: NormalizeMethod,
  known?: readonly [number, number],
): Float64Array {
  if (typeof method !== 'object' || method === null) {
    throw new DxError(
      'INVALID_ARGUMENT',
      `method: expected an object like { kind: 'minMax' }, got ${describe(method)}.`,
    );
  }
  const higher = directionOf(method);
  const n = column.length;
  // NaN (missing) fails every comparison and propagates through arithmetic, so the loops
  // below skip and keep missing values without testing for them.
  switch (method.kind) {
    case 'minMax': {
      const [low, high] = method.range ?? [0, 1];
      finiteNumber(low, 'range[0]');
      finiteNumber(high, 'range[1]');
      const [min, max] = known ?? extent(column);
      if (min > max) return column; // nothing present
      if (max === min) {
        if (method.constant === 'error') {
          throw new DxError(
            'INVALID_ARGUMENT',
            `minMax: all ${presentCount(column)} values equal ${min}; there is nothing to scale.`,
          );
        }
        for (let i = 0; i < n; i++) if (!Number.isNaN(column[i])) column[i] = (low + high) / 2;
        return column;
      }
      const span = max - min;
      const width = high - low;
      tooLarge(span, 'minMax', 'span of the values');
      tooLarge(width, 'minMax', 'width of the range');
      if (higher) {
        for (let i = 0; i < n; i++)
          column[i] = low + (((column[i] as number) - min) / span) * width;
      } else {
        for (let i = 0; i < n; i++)
          column[i] = low + ((max - (column[i] as number)) / span) * width;
      }
      return column;
    }
    case 'goalposts': {
      const lower = finiteNumber(method.min, 'min');
      const upper = finiteNumber(method.max, 'max');
      const scale = finiteNumber(method.scale ?? 1, 'scale');
      if (lower === upper)
        throw new DxError('INVALID_ARGUMENT', `goalposts: min and max are both ${lower}.`);
      tooLarge(upper - lower, 'goalposts', 'distance between min and max');
      const clamp = method.clamp ?? true;
      for (let i = 0; i < n; i++) {
        const x = column[i] as number;
        if (Number.isNaN(x)) continue;
        const share = (higher ? x - lower : upper - x) / (upper - lower);
        column[i] = (clamp ? Math.min(1, Math.max(0, share)) : share) * scale;
      }
      return column;
    }
    case 'zScore': {
      if (method.sd !== undefined && method.sd !== 'sample' && method.sd !== 'population') {
        throw new DxError(
          'INVALID_ARGUMENT',
          `sd: expected 'sample' or 'population', got ${describe(method.sd)}.`,
        );
      }
      let sum = 0;
      let count = 0;
      for (let i = 0; i < n; i++) {
        const x = column[i] as number;
        if (Number.isNaN(x)) continue;
        sum += x;
        count++;
      }
      const mean = sum / count;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const x = column[i] as number;
        if (!Number.isNaN(x)) squares += (x - mean) ** 2;
      }
      const divisor = method.sd === 'population' ? count : count - 1;
      const sd = divisor > 0 ? Math.sqrt(squares / divisor) : 0;
      if (count > 0) {
        tooLarge(mean, 'zScore', 'mean of the values');
        tooLarge(sd, 'zScore', 'standard deviation of the values');
      }
      if (sd === 0) {
        for (let i = 0; i < n; i++) if (!Number.isNaN(column[i])) column[i] = 0;
      } else if (higher) {
        for (let i = 0; i < n; i++) column[i] = ((column[i] as number) - mean) / sd;
      } else {
        for (let i = 0; i < n; i++) column[i] = (mean - (column[i] as number)) / sd;
      }
      return column;
    }
    case 'distanceToTarget': {
      const target = finiteNumber(method.target, 'target');
      const [min, max] = known ?? extent(column);
      if (min > max) return column; // nothing present
      const far = higher ? min : max;
      tooLarge(higher ? target - min : max - target, 'distanceToTarget', 'distance to the target');
      if (far === target) {
        throw new DxError(
          'INVALID_ARGUMENT',
          `distanceToTarget: the target ${target} equals the data's ${higher ? 'minimum' : 'maximum'}.`,
        );
      }
      // A target behind the worst value would turn the scale round (better would score lower).
      if (higher ? target < far : target > far) {
        throw new DxError(
          'INVALID_ARGUMENT',
          `distanceToTarget: the target ${target} is ${higher ? 'below the minimum' : 'above the maximum'} ${far} of a ${higher ? 'higher' : 'lower'}-is-better indicator; it must lie on the better side.`,
        );
      }
      const cap = method.cap ?? true;
      for (let i = 0; i < n; i++) {
        const x = column[i] as number;
        if (Number.isNaN(x)) continue;
        const share = higher ? (x - min) / (target - min) : (max - x) / (max - target);
        column[i] = cap ? Math.min(1, share) : share;
      }
      return column;
    }
    case 'rank': {
      // Ascending ranks, so that higher stays better (COINr's n_rank): the worst unit gets 1,
      // the best n. Ranking "lower is better" puts the smallest value first; for a
      // lower-is-better indicator the largest value is the worst and comes first.
      const ranks = rank(fromColumn(column), {
        ties: method.ties ?? 'competition',
        direction: higher ? 'lower-is-better' : 'higher-is-better',
      });
      for (let i = 0; i < n; i++) column[i] = ranks[i] ?? Number.NaN;
      return column;
    }
    default:
      throw new DxError(
        'INVALID_ARGUMENT',
        `method.kind: expected minMax, goalposts, zScore, distanceToTarget or rank, got ${describe((method as { kind?: unknown }).kind)}.`,
      );
  }
}

/**
 * Puts indicator values on a common scale, so that they can be weighted and
 * aggregated. The result is aligned with the input; `null` stays `null`; an
 * empty input gives an empty result. See {@link NormalizeMethod} for the
 * formulas (after COINr and the OECD/JRC handbook).
 *
 * @param values - numbers (plain or typed array), `null` for missing.
 * @param method - the method and its parameters.
 * @returns the normalised values; better is always higher, for every kind (`rank` gives the
 *   worst unit 1 and the best n, as COINr's `n_rank`).
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinite values or
 *   parameters, or values so large that the arithmetic would overflow (about
 *   1e308); `INVALID_ARGUMENT` for an unknown method, `min = max`
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
 * normalize([90, 85, 85, 70], { kind: 'rank' }); // [4, 2, 2, 1]
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
  return fromColumn(normalizeColumn(toColumn(values), method));
}
