// The normalisation of a column: the method checked (`checkMethod`), the column scanned once
// (direction, extent, constant), then the method's own function from the table of
// normalize-methods.ts. `normalize` and `normalizePanel` are its public forms.

import { DxError } from '../errors.js';
import { denseArray, finiteNumber, knownKeys, oneOf, record } from '../internal/guards.js';
import { oneOfRenamed, refuseRenamedKey } from '../internal/renamed.js';
import type { Direction } from '../model/direction.js';
import type { NormalizeMethod } from '../model/framework-node.js';
import type { TieMethod } from '../model/ties.js';
import { extent, fromColumn, toColumn } from './column.js';
import { METHODS, type Scan } from './normalize-methods.js';

export { ZSCORE_SCALE_KEYS } from './normalize-methods.js';

function directionOf(method: { readonly direction?: Direction }): boolean {
  const direction = oneOf(
    method.direction ?? 'higher-is-better',
    ['higher-is-better', 'lower-is-better'] as const,
    'direction',
  );
  return direction === 'higher-is-better';
}

const METHOD_NAMES = [
  'min-max',
  'goalposts',
  'z-score',
  'distance-to-target',
  'dist-to-max',
  'dist-to-ref',
  'frac-max',
  'rank',
  'borda',
  'percent-rank',
] as const;
const TIES: readonly TieMethod[] = ['competition', 'modified', 'dense', 'ordinal', 'fractional'];

/** Each normalisation method's keys, to refuse any other (a misspelt one would be ignored). */
export const NORMALIZE_OPTIONS = {
  'min-max': ['method', 'direction', 'constant', 'range'],
  goalposts: ['method', 'direction', 'constant', 'min', 'max', 'scale', 'clamp'],
  'z-score': ['method', 'direction', 'constant', 'sd', 'output'],
  'distance-to-target': ['method', 'direction', 'constant', 'target', 'cap'],
  'dist-to-max': ['method', 'direction', 'constant'],
  'dist-to-ref': ['method', 'direction', 'constant', 'ref', 'cap'],
  'frac-max': ['method', 'direction', 'constant'],
  rank: ['method', 'direction', 'constant', 'ties'],
  borda: ['method', 'direction', 'constant', 'ties'],
  'percent-rank': ['method', 'direction', 'constant', 'ties'],
} as const satisfies {
  readonly [K in NormalizeMethod['method']]: readonly (keyof Extract<
    NormalizeMethod,
    { method: K }
  >)[];
};

/**
 * Checks a method's shape and shared options before any value is touched; `where` names it
 * (a framework node's path, for `compositeIndex`).
 */
export function checkMethod(method: NormalizeMethod, where = 'method'): void {
  record(method, where, "an object like { method: 'min-max' }");
  // A 0.x `{ kind: 'minMax' }` is refused naming the 1.0 `{ method: 'min-max' }`.
  if (!('method' in method) && 'kind' in method)
    refuseRenamedKey('kind', ['method'], `${where}.kind`, (method as { kind?: unknown }).kind);
  knownKeys(
    method,
    NORMALIZE_OPTIONS[oneOfRenamed(method.method, METHOD_NAMES, `${where}.method`)],
    where,
  );
  if (method.constant !== undefined)
    oneOf(method.constant, ['mid', 'error', 'exclude'] as const, `${where}.constant`);
  if ('ties' in method && method.ties !== undefined) oneOf(method.ties, TIES, `${where}.ties`);
}

/**
 * Normalises a typed column in place (NaN marks missing values, and stays).
 * The engine behind {@link normalize} and `compositeIndex`, which passes the
 * column's `known` extent when it has it: it must be the smallest and largest
 * present value, or [+∞, −∞] when none is present. With `constant: 'exclude'`
 * a constant column comes back with every value missing.
 */
export function normalizeColumn(
  column: Float64Array,
  method: NormalizeMethod,
  known?: readonly [number, number],
): Float64Array {
  checkMethod(method);
  const higher = directionOf(method);
  const [min, max] = known ?? extent(column);
  if (min > max) {
    // Nothing present: nothing to scale, but the parameters are still checked.
    // Stryker disable next-line ConditionalExpression: only min-max has a range (checkMethod refuses it elsewhere), and 0 and 1 pass.
    if (method.method === 'min-max') {
      finiteNumber(method.range?.[0] ?? 0, 'range[0]');
      finiteNumber(method.range?.[1] ?? 1, 'range[1]');
    }
    return column;
  }
  const scan: Scan = { higher, n: column.length, min, max, constant: min === max };
  const normalizeWith = METHODS[method.method] as (
    column: Float64Array,
    method: NormalizeMethod,
    scan: Scan,
  ) => Float64Array;
  return normalizeWith(column, method, scan);
}

/**
 * Puts indicator values on a common scale, so that they can be weighted and
 * aggregated. The result is aligned with the input; `null` stays `null`; an
 * empty input gives an empty result. See {@link NormalizeMethod} for the
 * formulas (after COINr and the OECD/JRC handbook).
 *
 * @param values - numbers (plain or typed array), `null` for missing.
 * @param method - the method and its parameters.
 * @returns the normalised values; better is always higher, for every method (`rank` gives the
 *   worst unit 1 and the best n, as COINr's `n_rank`).
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinite values or
 *   parameters, or values so large that the arithmetic would overflow (about
 *   1e308); `INVALID_ARGUMENT` for an unknown method or option, `min = max`
 *   goalposts, a target equal to the data's far end, or constant input with
 *   `constant: 'error'`.
 *
 * @example
 * ```ts
 * import { normalize } from 'vn-dx';
 *
 * normalize([20, 50, 80], { method: 'min-max' }); // [0, 0.5, 1]
 * normalize([20, 50, 80], { method: 'min-max', range: [0, 100] }); // [0, 50, 100]
 * normalize([50, 120], { method: 'goalposts', min: 0, max: 100, scale: 100 }); // [50, 100]
 * normalize([2, 4, 6], { method: 'z-score' }); // [-1, 0, 1]
 * normalize([3, 1, 2], { method: 'min-max', direction: 'lower-is-better' }); // [0, 1, 0.5]
 * normalize([90, 85, 85, 70], { method: 'rank' }); // [4, 2, 2, 1]
 * ```
 *
 * @category KPI
 */
export function normalize(
  values: ArrayLike<number | null | undefined>,
  method: NormalizeMethod,
): (number | null)[] {
  checkMethod(method);
  return fromColumn(normalizeColumn(toColumn(values), method));
}

/**
 * Normalises several editions (years) of one indicator at once: every year's
 * values go through one normalisation with one minimum and maximum (or mean
 * and sd, or ranking) across the whole panel, so that scores compare across
 * editions — per-year normalisation rescales each edition to its own range,
 * and a unit's score can then fall while its value rises. COINr normalises a
 * panel year by year (one coin per year); the pooled form is the JRC's advice
 * for indices tracked over time.
 *
 * @param years - one array of values per edition (any lengths), `null` for missing.
 * @param method - the method and its parameters, as {@link normalize}.
 * @returns the normalised values, in the same shape.
 * @throws {@link DxError} as {@link normalize}; `INVALID_ARGUMENT` when
 *   `years` is not an array of arrays.
 *
 * @example
 * ```ts
 * import { normalizePanel } from 'vn-dx';
 *
 * // Online services share, 2023 and 2024, on one scale.
 * const [y2023, y2024] = normalizePanel([[60, 70], [80, 90]], { method: 'min-max' });
 * y2023; // [0, 0.3333333333333333]
 * y2024; // [0.6666666666666666, 1]
 * ```
 *
 * @category KPI
 */
export function normalizePanel(
  years: readonly ArrayLike<number | null | undefined>[],
  method: NormalizeMethod,
): (number | null)[][] {
  checkMethod(method);
  denseArray(years, 'years', 'an array with one array of values per edition');
  const columns = years.map((values, y) => toColumn(values, `years[${y}]`));
  const pooled = new Float64Array(columns.reduce((total, column) => total + column.length, 0));
  let offset = 0;
  for (const column of columns) {
    pooled.set(column, offset);
    offset += column.length;
  }
  normalizeColumn(pooled, method);
  offset = 0;
  return columns.map((column) => {
    const part = pooled.subarray(offset, offset + column.length);
    offset += column.length;
    return fromColumn(part);
  });
}
