import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, finiteOrNull, knownKeys, weight } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { dayIn } from '../provinces/eras.js';
import { predecessorsOf } from '../provinces/lineage.js';
import { provincesAt } from '../provinces/lookup.js';

/**
 * How {@link mergeToEra34} combines predecessors' values: `sum` for counts
 * (subscriptions, services, money), `mean` for shares and indices (the
 * ministry's method for DTI 2024 of the merged units), `weighted` for a mean
 * weighted by `weights` (e.g. population).
 *
 * @category KPI
 */
export type MergeMethod =
  | {
      /** Add the predecessors' values. */
      readonly method: 'sum';
    }
  | {
      /** Average the predecessors' values. */
      readonly method: 'mean';
    }
  | {
      /** Average weighted by `weights`. */
      readonly method: 'weighted';
      /** 63-era code → weight ≥ 0 (e.g. population). */
      readonly weights: Readonly<Record<string, number>>;
    };

/** Each merge method's keys, to refuse any other (a misspelt one would be ignored). */
export const MERGE_OPTIONS = {
  sum: ['method'],
  mean: ['method'],
  weighted: ['method', 'weights'],
} as const satisfies {
  readonly [M in MergeMethod['method']]: readonly (keyof Extract<MergeMethod, { method: M }>)[];
};

/**
 * One 34-era unit's merged value.
 *
 * @category KPI
 */
export interface MergedValue {
  /** The 34-era code. */
  readonly province: string;
  /** The merged value, or `null` when a predecessor's value is missing. */
  readonly value: number | null;
  /** The 63-era codes it was formed from. */
  readonly predecessors: readonly string[];
  /** Predecessor codes with no value; the unit is complete when this is empty. */
  readonly missing: readonly string[];
}

const CODES_63 = new Set(provincesAt(dayIn('63')).map((p) => p.code));
const CODES_34 = provincesAt(dayIn('34')).map((p) => p.code);

/**
 * Carries values for the 63 provinces onto the 34 units of 1 July 2025. A
 * unit with a missing predecessor gets `value: null` and lists what is
 * missing — it is never averaged over fewer provinces in silence.
 *
 * @param valuesByCode63 - 63-era code → value (`null` or absent for missing).
 * @param options - `{ method: 'sum' | 'mean' }` or `{ method: 'weighted', weights }`.
 * @returns the 34 units in code order.
 * @throws {@link DxError} `UNKNOWN_PROVINCE` for a key of the values or the
 *   weights that is not a 63-era code; `INVALID_NUMBER` for non-finite values,
 *   and for weights that are missing (for a complete unit), negative or not
 *   finite; `INVALID_ARGUMENT` for bad options, an unknown method or option, or a unit
 *   whose weights sum to 0.
 *
 * @example
 * ```ts
 * import { mergeToEra34 } from 'vn-dx';
 *
 * const scores = { '92': 60, '93': 55, '94': 50 };
 * const merged = mergeToEra34(scores, { method: 'mean' });
 * merged.find((unit) => unit.province === '92')?.value; // 55
 * merged.find((unit) => unit.province === '91')?.missing; // ['89', '91']
 * ```
 *
 * @category KPI
 */
export function mergeToEra34(
  valuesByCode63: Readonly<Record<string, number | null | undefined>>,
  options: MergeMethod,
): MergedValue[] {
  if (typeof valuesByCode63 !== 'object' || valuesByCode63 === null) {
    fail('INVALID_ARGUMENT', 'valuesByCode63', 'code → value', valuesByCode63);
  }
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_ARGUMENT', 'options', `{ method: 'sum' | 'mean' | 'weighted' }`, options);
  }
  if (!['sum', 'mean', 'weighted'].includes(options.method)) {
    fail('INVALID_ARGUMENT', 'options.method', 'sum, mean or weighted', options.method);
  }
  knownKeys(options, MERGE_OPTIONS[options.method], 'options');
  if (options.method === 'weighted') checkWeights(options.weights);
  for (const code of Object.keys(valuesByCode63)) {
    if (!CODES_63.has(code))
      raise(
        'UNKNOWN_PROVINCE',
        'valuesByCode63',
        `${describe(code)} is not a 63-era province code`,
      );
    const value = valuesByCode63[code];
    if (value !== undefined) finiteOrNull(value, `valuesByCode63[${describe(code)}]`);
  }
  return CODES_34.map((code) => {
    const predecessors = predecessorsOf(code).map((p) => p.code);
    const missing = predecessors.filter((p) => {
      const value = Object.hasOwn(valuesByCode63, p) ? valuesByCode63[p] : undefined;
      return value === null || value === undefined;
    });
    const values = predecessors.map((p) => valuesByCode63[p] as number);
    let value: number | null = null;
    if (missing.length === 0) {
      if (options.method === 'sum') value = values.reduce((a, b) => a + b, 0);
      else if (options.method === 'mean') value = values.reduce((a, b) => a + b, 0) / values.length;
      else value = weightedMean(code, predecessors, values, options.weights);
    }
    return { province: code, value, predecessors, missing };
  });
}

/** Checks every weight given, whether or not its unit turns out complete. */
function checkWeights(weights: Readonly<Record<string, number>>): void {
  if (typeof weights !== 'object' || weights === null) {
    fail('INVALID_ARGUMENT', 'weights', 'code → weight', weights);
  }
  for (const code of Object.keys(weights)) {
    if (!CODES_63.has(code))
      raise('UNKNOWN_PROVINCE', 'weights', `${describe(code)} is not a 63-era province code`);
    weightOf(weights, code);
  }
}

function weightOf(weights: Readonly<Record<string, number>>, code: string): number {
  return weight(
    Object.hasOwn(weights, code) ? weights[code] : undefined,
    `weights[${describe(code)}]`,
  );
}

function weightedMean(
  code: string,
  predecessors: readonly string[],
  values: readonly number[],
  weights: Readonly<Record<string, number>>,
): number {
  let total = 0;
  let sum = 0;
  predecessors.forEach((p, i) => {
    const share = weightOf(weights, p);
    total += share;
    sum += share * (values[i] as number);
  });
  if (total === 0) raise('INVALID_ARGUMENT', 'weights', `the predecessors of ${code} all weigh 0`);
  return sum / total;
}
