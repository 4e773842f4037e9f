import { DxError } from '../errors.js';
import {
  fail,
  finiteNumber,
  knownKeys,
  numberBetween,
  oneOf,
  record,
  someWeight,
  weight,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type {
  AggregateOptions,
  AggregationMethod,
  NodeAggregateOptions,
} from '../model/framework-node.js';
import { toColumn } from './normalize.js';

const METHODS: readonly AggregationMethod[] = [
  'arithmetic',
  'geometric',
  'harmonic',
  'generalizedMean',
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
  const method = oneOf(
    options?.method ?? 'arithmetic',
    node ? [...METHODS, 'copeland' as const] : METHODS,
    'method',
  );
  let p = 1;
  if (method === 'generalizedMean') {
    if (options?.p === undefined)
      raise(
        'INVALID_ARGUMENT',
        'p',
        `the generalizedMean needs a power, e.g. { method: 'generalizedMean', p: 2 }`,
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
  if (weights === null || typeof weights !== 'object' || typeof weights.length !== 'number') {
    fail('INVALID_ARGUMENT', name, 'an array of numbers', weights);
  }
  if (weights.length !== length) {
    raise(
      'LENGTH_MISMATCH',
      name,
      `expected ${length} weights, one per value, got ${weights.length}`,
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
 * @param options - `method` (and `p` for `generalizedMean`), `missing`,
 *   `minCoverage` and how it is counted (`coverage`).
 * @returns the aggregate, or `null` when values are missing and the present
 *   weight is below `minCoverage` (or nothing is present).
 * @throws {@link DxError} `LENGTH_MISMATCH` when weights and values differ in
 *   length; `EMPTY_INPUT` for no values; `INVALID_NUMBER` for `NaN`,
 *   infinities, negative weights, or a generalised mean that overflows;
 *   `INVALID_ARGUMENT` for a missing value with `missing: 'error'`, a value ≤ 0
 *   for the geometric or harmonic mean (COINr refuses them too: a 0 would give
 *   0 whatever the rest), a negative value (or a 0 with p < 0) for the
 *   generalised mean, a `generalizedMean` without `p`, or bad or unknown options.
 *
 * @example
 * ```ts
 * import { aggregate } from 'vn-dx';
 *
 * aggregate([0.8, 0.6], [2, 1]); // 0.7333333333333334
 * aggregate([4, 1], [1, 1], { method: 'geometric' }); // 2
 * aggregate([3, 4], [1, 1], { method: 'generalizedMean', p: 2 }); // 3.5355339059327378
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

/**
 * {@link aggregate} on a typed row without argument checks, for callers that
 * checked once: NaN marks a missing value in, and "no value" out. The engine
 * behind {@link aggregate} and `compositeIndex`.
 */
export function aggregateRow(
  values: Float64Array,
  weights: ArrayLike<number>,
  settings: AggregateSettings,
): number {
  const { method, missing, minCoverage, coverage } = settings;
  // p = 0 is the generalised mean's limit, the geometric mean.
  const power = method === 'generalizedMean' ? settings.p : 1;
  const kind = method === 'generalizedMean' && power === 0 ? 'geometric' : method;
  const arithmetic = kind === 'arithmetic';
  let total = 0;
  let present = 0;
  let absent = 0;
  let accumulator = 0;
  for (let i = 0; i < values.length; i++) {
    const weight = weights[i] as number;
    const value = values[i] as number;
    const isMissing = Number.isNaN(value);
    total += weight;
    if (isMissing) absent++;
    if (weight === 0) continue; // a zero weight leaves the value out, present or not
    if (isMissing) {
      if (missing === 'error') {
        raise(
          'INVALID_ARGUMENT',
          '',
          `values[${i}] is missing; pass { missing: 'reweight' } to aggregate what is there`,
        );
      }
      continue;
    }
    present += weight;
    if (arithmetic) {
      accumulator += weight * value;
    } else if (kind === 'generalizedMean') {
      if (value < 0 || (value === 0 && power < 0))
        raise(
          'INVALID_ARGUMENT',
          '',
          `values[${i}] is ${value}; the generalised mean with p = ${power} needs values ${power < 0 ? '> 0' : '≥ 0'}`,
        );
      accumulator += weight * value ** power;
    } else {
      // COINr's a_gmean and a_hmean refuse values ≤ 0: a single 0 would make the result 0
      // (or undefined) whatever the other values are — a silent 0 (COINr issue #47).
      if (!(value > 0))
        raise(
          'INVALID_ARGUMENT',
          '',
          `values[${i}] is ${value}; the ${kind} mean needs values > 0 (a 0 would make it 0 whatever the rest). Normalise to a range above 0, e.g. minMax with range: [1, 100]`,
        );
      accumulator += kind === 'geometric' ? weight * Math.log(value) : weight / value;
    }
  }
  if (present === 0) return Number.NaN;
  const n = values.length;
  if ((coverage === 'count' ? (n - absent) / n : present / total) < minCoverage) return Number.NaN;
  if (arithmetic) return accumulator / present;
  if (kind === 'geometric') return Math.exp(accumulator / present);
  if (kind === 'harmonic') return present / accumulator;
  const mean = (accumulator / present) ** (1 / power);
  if (!Number.isFinite(mean))
    raise(
      'INVALID_NUMBER',
      '',
      `the generalised mean with p = ${power} overflows; scale the values down first`,
    );
  return mean;
}
