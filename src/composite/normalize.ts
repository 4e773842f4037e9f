import { DxError } from '../errors.js';
import {
  arrayLike,
  denseArray,
  finiteNumber,
  knownKeys,
  notHole,
  oneOf,
  positiveNumber,
  record,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed, refuseRenamedKey } from '../internal/renamed.js';
import type { Direction } from '../model/direction.js';
import type { NormalizeMethod, ZScoreScale } from '../model/framework-node.js';
import type { TieMethod } from '../model/ties.js';
import { rank } from '../ranking/rank.js';
import { meanAndSd } from '../stats/statistics.js';
import { powerSafeExponent, timesPowerOfTwo } from '../stats/sum.js';

/**
 * Copies values into a Float64Array with NaN for missing entries, checking
 * that every present value is a finite number. NaN never leaves vn-dx: it is
 * only the internal mark for "missing" in typed columns.
 */
export function toColumn(
  values: ArrayLike<number | null | undefined>,
  name = 'values',
): Float64Array {
  arrayLike(values, name, 'an array of numbers');
  const column = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) notHole(values, i, name);
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
  const direction = oneOf(
    method.direction ?? 'higher-is-better',
    ['higher-is-better', 'lower-is-better'] as const,
    'direction',
  );
  return direction === 'higher-is-better';
}

/** Throws rather than let an overflow turn present values into NaN or infinities. */
function tooLarge(value: number, method: string, what: string): void {
  if (!Number.isFinite(value)) {
    raise(
      'INVALID_NUMBER',
      method,
      `the ${what} overflows the largest number; scale the values down first`,
    );
  }
}

/** The smallest and largest present values: [+∞, −∞] when none is present. */
export function extent(column: Float64Array): [number, number] {
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

/** The keys of a z-score's `output` scale. */
export const ZSCORE_SCALE_KEYS = ['mean', 'sd'] as const satisfies readonly (keyof ZScoreScale)[];

/** Fills every present value with `value` (constant input under `constant: 'mid'`). */
function fillPresent(column: Float64Array, value: number): Float64Array {
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) column[i] = value;
  return column;
}

/**
 * Constant input (every present value equal): `'exclude'` empties the column, `'error'` throws,
 * `'mid'` leaves it to the method (returns `false`).
 */
function constantHandled(column: Float64Array, method: NormalizeMethod, value: number): boolean {
  const policy = method.constant ?? 'mid';
  if (policy === 'exclude') {
    column.fill(Number.NaN);
    return true;
  }
  if (policy === 'error') {
    raise(
      'INVALID_ARGUMENT',
      method.method,
      `all ${presentCount(column)} values equal ${value}; there is nothing to scale. Use constant: 'exclude' to leave the indicator out`,
    );
  }
  return false;
}

/** Ascending ranks of the present values (worst 1), with a tie rule; NaN stays. */
function ascendingRanks(column: Float64Array, ties: TieMethod, higher: boolean): Float64Array {
  const ranks = rank(fromColumn(column), {
    ties,
    // Ranking "lower is better" puts the smallest value first; for a lower-is-better indicator
    // the largest value is the worst and comes first.
    direction: higher ? 'lower-is-better' : 'higher-is-better',
  });
  for (let i = 0; i < column.length; i++) column[i] = ranks[i] ?? Number.NaN;
  return column;
}

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

/** What every method reads of a column before scaling it. */
interface Scan {
  /** Whether higher values are better. */
  readonly higher: boolean;
  readonly n: number;
  /** The smallest and largest present value. */
  readonly min: number;
  readonly max: number;
  /** Whether every present value is the same. */
  readonly constant: boolean;
}

// One function per method; NaN (missing) fails every comparison and propagates through
// arithmetic, so their loops skip and keep missing values without testing for them.

function minMax(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'min-max' }>,
  { higher, n, min, max, constant }: Scan,
): Float64Array {
  const [low, high] = method.range ?? [0, 1];
  finiteNumber(low, 'range[0]');
  finiteNumber(high, 'range[1]');
  if (constant) {
    if (constantHandled(column, method, min)) return column;
    return fillPresent(column, (low + high) / 2);
  }
  const span = max - min;
  const width = high - low;
  tooLarge(span, 'min-max', 'span of the values');
  tooLarge(width, 'min-max', 'width of the range');
  if (higher) {
    for (let i = 0; i < n; i++) column[i] = low + (((column[i] as number) - min) / span) * width;
  } else {
    for (let i = 0; i < n; i++) column[i] = low + ((max - (column[i] as number)) / span) * width;
  }
  return column;
}

function distToMax(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'dist-to-max' }>,
  { higher, n, min, max, constant }: Scan,
): Float64Array {
  if (constant) {
    if (constantHandled(column, method, min)) return column;
    return fillPresent(column, 0.5);
  }
  const span = max - min;
  tooLarge(span, 'dist-to-max', 'span of the values');
  // COINr's n_dist2max, 1 − (max − x) / (max − min), on x × −1 when lower is better.
  if (higher) {
    for (let i = 0; i < n; i++) column[i] = 1 - (max - (column[i] as number)) / span;
  } else {
    for (let i = 0; i < n; i++) column[i] = 1 - ((column[i] as number) - min) / span;
  }
  return column;
}

function distToRef(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'dist-to-ref' }>,
  { higher, n, min, max, constant }: Scan,
): Float64Array {
  const ref = finiteNumber(method.ref, 'ref');
  if (constant && constantHandled(column, method, min)) return column;
  const far = higher ? min : max;
  tooLarge(higher ? ref - min : max - ref, 'dist-to-ref', 'distance to the reference');
  if (higher ? ref <= far : ref >= far) {
    raise(
      'INVALID_ARGUMENT',
      'dist-to-ref',
      `the reference ${ref} must be ${higher ? 'above the minimum' : 'below the maximum'} ${far} of a ${higher ? 'higher' : 'lower'}-is-better indicator`,
    );
  }
  const cap = method.cap ?? false;
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    const y = higher ? 1 - (ref - x) / (ref - min) : 1 - (x - ref) / (max - ref);
    column[i] = cap ? Math.min(1, y) : y;
  }
  return column;
}

function fracMax(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'frac-max' }>,
  { higher, n, min, max, constant }: Scan,
): Float64Array {
  if (constant && constantHandled(column, method, min)) return column;
  if (higher ? max <= 0 : min <= 0) {
    raise(
      'INVALID_ARGUMENT',
      'frac-max',
      higher
        ? `the largest value is ${max}; x / max needs a maximum above 0`
        : `the smallest value is ${min}; min / x (lower is better) needs values > 0`,
      { expected: higher ? 'a largest value > 0' : 'values > 0', received: higher ? max : min },
    );
  }
  if (higher) {
    for (let i = 0; i < n; i++) column[i] = (column[i] as number) / max;
  } else {
    for (let i = 0; i < n; i++) column[i] = min / (column[i] as number);
  }
  return column;
}

function goalposts(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'goalposts' }>,
  { higher, n, min, constant }: Scan,
): Float64Array {
  const lower = finiteNumber(method.min, 'min');
  const upper = finiteNumber(method.max, 'max');
  const scale = finiteNumber(method.scale ?? 1, 'scale');
  if (lower === upper) raise('INVALID_ARGUMENT', 'goalposts', `min and max are both ${lower}`);
  tooLarge(upper - lower, 'goalposts', 'distance between min and max');
  if (constant && constantHandled(column, method, min)) return column;
  const clamp = method.clamp ?? true;
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    const share = (higher ? x - lower : upper - x) / (upper - lower);
    column[i] = (clamp ? Math.min(1, Math.max(0, share)) : share) * scale;
  }
  return column;
}

function zScore(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'z-score' }>,
  { higher, n, min, max, constant }: Scan,
): Float64Array {
  if (method.sd !== undefined) oneOf(method.sd, ['sample', 'population'] as const, 'sd');
  let outMean = 0;
  let outSd = 1;
  if (method.output !== undefined) {
    const output = record(method.output, 'output', 'an object { mean, sd }');
    knownKeys(output, ZSCORE_SCALE_KEYS, 'output');
    outMean = finiteNumber(output.mean, 'output.mean');
    outSd = positiveNumber(output.sd, 'output.sd');
  }
  // z is unchanged by scaling the values, so they are scaled by a power of two (exact) to put
  // the largest magnitude in [1, 2): no square overflows or underflows, at 1e308 or 1e-308.
  // Exact sums make the mean and sd independent of the order of the rows.
  const e = powerSafeExponent(Math.max(Math.abs(min), Math.abs(max)));
  if (e !== 0) for (let i = 0; i < n; i++) column[i] = timesPowerOfTwo(column[i] as number, -e);
  const { mean, sd: sampleOrPopulation } = meanAndSd(column, method.sd === 'population');
  const sd = Number.isNaN(sampleOrPopulation) ? 0 : sampleOrPopulation;
  if (constant || sd === 0) {
    if (constantHandled(column, method, min)) return column;
    return fillPresent(column, outMean);
  }
  // COINr's n_zscore: (x − mean) / sd × m_sd[2] + m_sd[1], in that order of operations.
  if (higher) {
    for (let i = 0; i < n; i++) column[i] = (((column[i] as number) - mean) / sd) * outSd + outMean;
  } else {
    for (let i = 0; i < n; i++) column[i] = ((mean - (column[i] as number)) / sd) * outSd + outMean;
  }
  return column;
}

function distanceToTarget(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'distance-to-target' }>,
  { higher, n, min, max, constant }: Scan,
): Float64Array {
  const target = finiteNumber(method.target, 'target');
  const far = higher ? min : max;
  tooLarge(higher ? target - min : max - target, 'distance-to-target', 'distance to the target');
  if (constant && constantHandled(column, method, min)) return column;
  if (far === target) {
    raise(
      'INVALID_ARGUMENT',
      'distance-to-target',
      `the target ${target} equals the data's ${higher ? 'minimum' : 'maximum'}`,
    );
  }
  // A target behind the worst value would turn the scale round (better would score lower).
  if (higher ? target < far : target > far) {
    raise(
      'INVALID_ARGUMENT',
      'distance-to-target',
      `the target ${target} is ${higher ? 'below the minimum' : 'above the maximum'} ${far} of a ${higher ? 'higher' : 'lower'}-is-better indicator; it must lie on the better side`,
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

function percentRank(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'percent-rank' }>,
  { higher, n, min, constant }: Scan,
): Float64Array {
  if (constant) {
    if (constantHandled(column, method, min)) return column;
    return fillPresent(column, 0.5);
  }
  const present = presentCount(column);
  ascendingRanks(column, method.ties ?? 'competition', higher);
  for (let i = 0; i < n; i++) column[i] = ((column[i] as number) - 1) / (present - 1);
  return column;
}

/** rank and borda: ascending ranks (the worst 1), Borda scores one lower. */
function ranks(
  column: Float64Array,
  method: Extract<NormalizeMethod, { method: 'rank' | 'borda' }>,
  { higher, n, min, constant }: Scan,
): Float64Array {
  if (constant && constantHandled(column, method, min)) return column;
  ascendingRanks(column, method.ties ?? 'competition', higher);
  if (method.method === 'borda') for (let i = 0; i < n; i++) column[i] = (column[i] as number) - 1;
  return column;
}

/** The function behind each method. */
const METHODS: {
  readonly [K in NormalizeMethod['method']]: (
    column: Float64Array,
    method: Extract<NormalizeMethod, { method: K }>,
    scan: Scan,
  ) => Float64Array;
} = {
  'min-max': minMax,
  'dist-to-max': distToMax,
  'dist-to-ref': distToRef,
  'frac-max': fracMax,
  goalposts,
  'z-score': zScore,
  'distance-to-target': distanceToTarget,
  'percent-rank': percentRank,
  rank: ranks,
  borda: ranks,
};

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
