import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { numberBetween, oneOf, someWeight, weight } from '../internal/guards.js';
import type { AggregateOptions, AggregationMethod } from '../model/framework-node.js';
import { toColumn } from './normalize.js';

const METHODS: readonly AggregationMethod[] = ['arithmetic', 'geometric', 'harmonic'];

/** Checks aggregate options, filling in defaults. */
export function aggregateSettings(
  options: AggregateOptions | undefined,
): Required<AggregateOptions> {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new DxError(
      'INVALID_ARGUMENT',
      `options: expected an object like { method, missing, minCoverage }, got ${describe(options)}.`,
    );
  }
  const method = oneOf(options?.method ?? 'arithmetic', METHODS, 'method');
  const missing = oneOf(options?.missing ?? 'error', ['error', 'reweight'] as const, 'missing');
  const minCoverage = numberBetween(options?.minCoverage ?? 0, 0, 1, 'minCoverage');
  return { method, missing, minCoverage };
}

/** Checks weights: finite, ≥ 0, at least one positive. */
export function checkWeights(weights: ArrayLike<number>, length: number, name = 'weights'): void {
  if (weights === null || typeof weights !== 'object' || typeof weights.length !== 'number') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `${name}: expected an array of numbers, got ${describe(weights)}.`,
    );
  }
  if (weights.length !== length) {
    throw new DxError(
      'LENGTH_MISMATCH',
      `${name}: expected ${length} weights, one per value, got ${weights.length}.`,
    );
  }
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weight(weights[i], `${name}[${i}]`);
  if (length > 0) someWeight(total, name);
}

/**
 * The weighted mean of one unit's values, with a missing-data policy. Weights
 * are relative: (1, 1) and (5, 5) give the same result.
 *
 * Internally used by `compositeIndex` on every node; exported for scripts
 * that aggregate by hand. Performs no allocation.
 *
 * @param values - the values, `null` for missing.
 * @param weights - one weight ≥ 0 per value, not all 0.
 * @param options - `method`, `missing`, `minCoverage`.
 * @returns the aggregate, or `null` when values are missing and the present
 *   weight is below `minCoverage` (or nothing is present).
 * @throws {@link DxError} `LENGTH_MISMATCH` when weights and values differ in
 *   length; `EMPTY_INPUT` for no values; `INVALID_NUMBER` for `NaN`,
 *   infinities or negative weights; `INVALID_ARGUMENT` for a missing value
 *   with `missing: 'error'`, a negative value for the geometric or harmonic
 *   mean, or bad options.
 *
 * @example
 * ```ts
 * import { aggregate } from 'vn-dx';
 *
 * aggregate([0.8, 0.6], [2, 1]); // 0.7333333333333334
 * aggregate([4, 1], [1, 1], { method: 'geometric' }); // 2
 * aggregate([0.8, null, 0.6], [1, 1, 2], { missing: 'reweight' }); // 0.6666666666666666
 * aggregate([0.8, null, null], [1, 1, 2], { missing: 'reweight', minCoverage: 0.5 }); // null
 * ```
 *
 * @category KPI
 */
export function aggregate(
  values: ArrayLike<number | null | undefined>,
  weights: ArrayLike<number>,
  options?: AggregateOptions,
): number | null {
  const { method, missing, minCoverage } = aggregateSettings(options);
  const buffer = toColumn(values);
  if (buffer.length === 0) throw new DxError('EMPTY_INPUT', 'values: nothing to aggregate.');
  checkWeights(weights, buffer.length);
  const result = aggregateRow(buffer, weights, method, missing, minCoverage);
  return Number.isNaN(result) ? null : result;
}

/**
 * {@link aggregate} on a typed row without argument checks, for callers that
 * checked once: NaN marks a missing value in, and "no value" out. The engine
 * behind {@link aggregate} and `compositeIndex`.
 */
export function aggregateRow(
  values: Float64Array,
  weights: ArrayLike<number>,
  method: AggregationMethod,
  missing: 'error' | 'reweight',
  minCoverage: number,
): number {
  let total = 0;
  let present = 0;
  let accumulator = 0;
  let zero = false;
  for (let i = 0; i < values.length; i++) {
    const weight = weights[i] as number;
    total += weight;
    if (weight === 0) continue; // a zero weight leaves the value out, present or not
    const value = values[i] as number;
    if (Number.isNaN(value)) {
      if (missing === 'error') {
        throw new DxError(
          'INVALID_ARGUMENT',
          `values[${i}] is missing; pass { missing: 'reweight' } to aggregate what is there.`,
        );
      }
      continue;
    }
    present += weight;
    if (method === 'arithmetic') {
      accumulator += weight * value;
    } else {
      if (value < 0)
        throw new DxError(
          'INVALID_ARGUMENT',
          `values[${i}] is ${value}; the ${method} mean needs values ≥ 0.`,
        );
      if (value === 0) zero = true;
      else accumulator += method === 'geometric' ? weight * Math.log(value) : weight / value;
    }
  }
  if (present === 0 || present / total < minCoverage) return Number.NaN;
  if (method === 'arithmetic') return accumulator / present;
  if (zero) return 0;
  return method === 'geometric' ? Math.exp(accumulator / present) : present / accumulator;
}
