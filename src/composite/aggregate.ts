import { DxError } from '../errors.js';
import {
  arrayLike,
  finiteNumber,
  knownKeys,
  notHole,
  numberBetween,
  oneOf,
  record,
  someWeight,
  weight,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed } from '../internal/renamed.js';
import type {
  AggregateOptions,
  AggregationMethod,
  NodeAggregateOptions,
} from '../model/framework-node.js';
import { ExactSum, productSafeExponent, timesPowerOfTwo } from '../stats/sum.js';
import { toColumn } from './column.js';

const METHODS: readonly AggregationMethod[] = [
  'arithmetic',
  'geometric',
  'harmonic',
  'generalized-mean',
];

/** Aggregate options checked, with their defaults (`p` is 1 unless the generalised mean sets it). */
export interface AggregateSettings {
  readonly method: AggregationMethod;
  readonly p: number;
  readonly missing: 'error' | 'reweight';
  readonly minCoverage: number;
  readonly coverage: 'weight' | 'count';
}

/** Node aggregate options checked: {@link AggregateSettings}, or Copeland's. */
export interface NodeAggregateSettings extends Omit<AggregateSettings, 'method'> {
  readonly method: AggregationMethod | 'copeland';
}

/** The options an aggregation takes (a node's too), to refuse any other. */
export const AGGREGATE_OPTIONS = [
  'method',
  'p',
  'missing',
  'minCoverage',
  'coverage',
] as const satisfies readonly (keyof NodeAggregateOptions)[];

/** Checks aggregate options, filling in defaults; `node` admits the node-only `copeland`. */
export function aggregateSettings(options: AggregateOptions | undefined): AggregateSettings;
/** A framework node's options, which may also name `copeland`. */
export function aggregateSettings(
  options: NodeAggregateOptions | undefined,
  node: true,
): NodeAggregateSettings;
// The implementation behind both signatures (its comment is not published).
export function aggregateSettings(
  options: NodeAggregateOptions | undefined,
  node = false,
): NodeAggregateSettings {
  if (options !== undefined) {
    record(options, 'options', 'an object like { method, missing, minCoverage }');
    knownKeys(options, AGGREGATE_OPTIONS, 'aggregate');
  }
  const method = oneOfRenamed(
    options?.method ?? 'arithmetic',
    node ? [...METHODS, 'copeland' as const] : METHODS,
    'method',
  );
  let p = 1;
  if (method === 'generalized-mean') {
    // Stryker disable next-line OptionalChaining: the method is the generalised mean only when options name it.
    if (options?.p === undefined)
      raise(
        'INVALID_ARGUMENT',
        'p',
        `the generalized mean needs a power, e.g. { method: 'generalized-mean', p: 2 }`,
      );
    p = finiteNumber(options.p, 'p');
  } else if (options?.p !== undefined) finiteNumber(options.p, 'p');
  const missing = oneOf(options?.missing ?? 'error', ['error', 'reweight'] as const, 'missing');
  const minCoverage = numberBetween(options?.minCoverage ?? 0, 0, 1, 'minCoverage');
  const coverage = oneOf(options?.coverage ?? 'weight', ['weight', 'count'] as const, 'coverage');
  return { method, p, missing, minCoverage, coverage };
}

/** Checks weights: finite, ≥ 0, at least one positive. */
export function checkWeights(weights: ArrayLike<number>, length: number, name = 'weights'): void {
  arrayLike(weights, name, 'an array of numbers');
  if (weights.length !== length) {
    raise(
      'LENGTH_MISMATCH',
      name,
      `expected ${length} weights, one per value, got ${weights.length}`,
    );
  }
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    // Stryker disable next-line ConditionalExpression: notHole throws only at a hole, so calling it for every index changes nothing.
    if (weights[i] === undefined) notHole(weights, i, name);
    total += weight(weights[i], `${name}[${i}]`);
  }
  someWeight(total, name);
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
 * @param options - `method` (and `p` for `generalized-mean`), `missing`,
 *   `minCoverage` and how it is counted (`coverage`).
 * @returns the aggregate, or `null` when values are missing and the present
 *   weight is below `minCoverage` (or nothing is present).
 * @throws {@link DxError} `LENGTH_MISMATCH` when weights and values differ in
 *   length; `EMPTY_INPUT` for no values; `INVALID_NUMBER` for `NaN`,
 *   infinities or negative weights (a mean is never beyond the largest number:
 *   values and weights are scaled before they are summed);
 *   `INVALID_ARGUMENT` for a missing value with `missing: 'error'`, a value ≤ 0
 *   for the geometric or harmonic mean (COINr refuses them too: a 0 would give
 *   0 whatever the rest), a negative value (or a 0 with p < 0) for the
 *   generalised mean, a `generalized-mean` without `p`, or bad or unknown options.
 *
 * @example
 * ```ts
 * import { aggregate } from 'vn-dx';
 *
 * aggregate([0.8, 0.6], [2, 1]); // 0.7333333333333334
 * aggregate([4, 1], [1, 1], { method: 'geometric' }); // 2
 * aggregate([3, 4], [1, 1], { method: 'generalized-mean', p: 2 }); // 3.5355339059327378
 * aggregate([0.8, null, 0.6], [1, 1, 2], { missing: 'reweight' }); // 0.6666666666666666
 * aggregate([0.8, null, null], [1, 1, 2], { missing: 'reweight', minCoverage: 0.5 }); // null
 * aggregate([0.8, null, null], [1, 1, 2], { missing: 'reweight', minCoverage: 0.3, coverage: 'count' }); // 0.8
 * ```
 *
 * @category KPI
 */
export function aggregate(
  values: ArrayLike<number | null | undefined>,
  weights: ArrayLike<number>,
  options?: AggregateOptions,
): number | null {
  const settings = aggregateSettings(options);
  const buffer = toColumn(values);
  if (buffer.length === 0) raise('EMPTY_INPUT', 'values', 'nothing to aggregate');
  checkWeights(weights, buffer.length);
  const result = aggregateRow(buffer, weights, settings);
  return Number.isNaN(result) ? null : result;
}

/** A reused exact sum per quantity: aggregateRow runs once per unit and node, allocation-free. */
const presentSum = new ExactSum();
const totalSum = new ExactSum();
const termSum = new ExactSum();

/** 2^-e as one factor when it is a double, else 0 (scale in steps with timesPowerOfTwo). */
function inverseScale(e: number): number {
  const factor = 2 ** -e;
  return Number.isFinite(factor) ? factor : 0;
}

/** x × 2^-e, by the precomputed factor when there is one. */
function scaled(x: number, e: number, factor: number): number {
  // Stryker disable next-line ConditionalExpression: timesPowerOfTwo gives the same exact product; the factor is speed only.
  return factor === 0 ? timesPowerOfTwo(x, -e) : x * factor;
}

/** The checks of one present value for the method (COINr's, and the generalised mean's). */
function checkValue(value: number, i: number, kind: AggregationMethod, power: number): void {
  if (kind === 'arithmetic') return;
  if (kind === 'generalized-mean') {
    // Stryker disable next-line EqualityOperator: p = 0 is computed as the geometric mean, never here.
    if (value < 0 || (value === 0 && power < 0))
      raise(
        'INVALID_ARGUMENT',
        '',
        // Stryker disable next-line EqualityOperator: as above, p is never 0 here.
        `values[${i}] is ${value}; the generalised mean with p = ${power} needs values ${power < 0 ? '> 0' : '≥ 0'}`,
      );
    return;
  }
  // COINr's a_gmean and a_hmean refuse values ≤ 0: a single 0 would make the result 0
  // (or undefined) whatever the other values are — a silent 0 (COINr issue #47).
  if (!(value > 0))
    raise(
      'INVALID_ARGUMENT',
      '',
      `values[${i}] is ${value}; the ${kind} mean needs values > 0 (a 0 would make it 0 whatever the rest). Normalise to a range above 0, e.g. min-max with range: [1, 100]`,
    );
}

/**
 * {@link aggregate} on a typed row without argument checks, for callers that
 * checked once: NaN marks a missing value in, and "no value" out. The engine
 * behind {@link aggregate} and `compositeIndex`.
 *
 * Every finite row with a finite mean gets it: weights are scaled by their
 * largest (a power of two, exact), values by their largest magnitude (or, for
 * means with p < 0, their smallest) before anything is summed, so no sum
 * overflows or underflows; sums are exact ({@link ExactSum}), so the order of
 * the values never changes the result.
 */
export function aggregateRow(
  values: Float64Array,
  weights: ArrayLike<number>,
  settings: AggregateSettings,
): number {
  const { method, missing, minCoverage, coverage } = settings;
  // p = 0 is the generalised mean's limit, the geometric mean; p = 1 the arithmetic and
  // p = −1 the harmonic mean.
  // Stryker disable next-line ConditionalExpression: only the generalised mean reads the power (checkValue, the reference, the terms).
  const power = method === 'generalized-mean' ? settings.p : 1;
  const kind =
    method !== 'generalized-mean'
      ? method
      : power === 0
        ? 'geometric'
        : power === 1
          ? 'arithmetic'
          : power === -1
            ? 'harmonic'
            : method;
  // First pass: checks, and the scales (the largest weight of a present value; the largest and
  // smallest value).
  let absent = 0;
  let largestWeight = 0;
  let largest = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const weight = weights[i] as number;
    const value = values[i] as number;
    if (Number.isNaN(value)) {
      absent++;
      if (weight > 0 && missing === 'error')
        raise(
          'INVALID_ARGUMENT',
          '',
          `values[${i}] is missing; pass { missing: 'reweight' } to aggregate what is there`,
        );
      continue;
    }
    if (weight === 0) continue; // a zero weight leaves the value out
    checkValue(value, i, kind, power);
    // Stryker disable next-line EqualityOperator: replacing an equal value by itself changes nothing.
    if (weight > largestWeight) largestWeight = weight;
    const size = Math.abs(value);
    // Stryker disable next-line EqualityOperator: as above.
    if (size > largest) largest = size;
    // Stryker disable next-line EqualityOperator: as above.
    if (size < smallest) smallest = size;
  }
  if (largestWeight === 0) return Number.NaN;
  const ew = productSafeExponent(largestWeight);
  const fw = inverseScale(ew);
  presentSum.reset();
  totalSum.reset();
  termSum.reset();
  // Arithmetic and harmonic: a power-of-two scale, exact; other powers: the extreme value itself,
  // so that the largest term is exactly 1 and no power of the others overflows or underflows.
  // Stryker disable next-line EqualityOperator: p = 0 is computed as the geometric mean, never as a generalised one.
  const reference = kind !== 'generalized-mean' ? 1 : power > 0 ? largest : smallest;
  if (reference === 0) return 0; // every weighted value is 0, and so is their mean with p > 0
  const ev =
    kind === 'arithmetic'
      ? productSafeExponent(largest)
      : // Stryker disable next-line ConditionalExpression: only the arithmetic and harmonic means read ev.
        kind === 'harmonic'
        ? productSafeExponent(smallest)
        : 0;
  const fv = inverseScale(ev);
  // A weight of a missing value can be so much larger than the present ones that scaled it is
  // beyond the largest number: the coverage is then 0 (to within 1e-308).
  let beyond = false;
  for (let i = 0; i < values.length; i++) {
    const weight = scaled(weights[i] as number, ew, fw);
    const value = values[i] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing absent the share is 1 and reads neither sum nor flag; the test is speed only.
    if (absent > 0) {
      if (Number.isFinite(weight)) totalSum.add(weight);
      else beyond = true;
    }
    if (weight === 0 || Number.isNaN(value)) continue;
    presentSum.add(weight);
    if (kind === 'arithmetic') termSum.add(weight * scaled(value, ev, fv));
    else if (kind === 'geometric') termSum.add(weight * Math.log(value));
    else if (kind === 'harmonic') termSum.add(weight / scaled(value, ev, fv));
    else termSum.add(weight * (value / reference) ** power);
  }
  const present = presentSum.value();
  // Stryker disable next-line ConditionalExpression: with weights ≥ 0 the largest present weight scales to at least 1, so this is a guard for callers that pass unchecked weights.
  if (present === 0) return Number.NaN;
  const n = values.length;
  // With nothing absent the coverage is complete, by weight as by count.
  const share =
    // Stryker disable next-line ConditionalExpression: with nothing absent the weight share is present / 0 = +∞, which passes every minCoverage as 1 does.
    coverage === 'count' || absent === 0
      ? (n - absent) / n
      : beyond
        ? 0
        : present / totalSum.value();
  if (share < minCoverage) return Number.NaN;
  const terms = termSum.value();
  let mean: number;
  if (kind === 'arithmetic') mean = timesPowerOfTwo(terms / present, ev);
  else if (kind === 'geometric') mean = Math.exp(terms / present);
  else if (kind === 'harmonic') mean = timesPowerOfTwo(present / terms, ev);
  else {
    const factor = (terms / present) ** (1 / power);
    // A power mean lies between the smallest and the largest value it weighs, so a product
    // just past them is rounding (values within a few ulps of Number.MAX_VALUE, p < 0): it is
    // brought back. A factor that itself overflowed is a real overflow, left to the error below.
    mean = Number.isFinite(factor)
      ? Math.min(Math.max(factor * reference, smallest), largest)
      : factor * reference;
  }
  if (!Number.isFinite(mean))
    raise(
      'INVALID_NUMBER',
      '',
      `the ${kind === 'generalized-mean' ? `generalised mean with p = ${power}` : `${kind} mean`} is beyond the largest number; scale the values down first`,
    );
  return mean;
}
