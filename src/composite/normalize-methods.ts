// One function per normalisation method, and the table (`METHODS`) that `normalizeColumn`
// dispatches on. Each receives a column in place (NaN marks missing values) with what every
// method reads of it first (a `Scan`), checks its own parameters and scales the column.

import { finiteNumber, knownKeys, oneOf, positiveNumber, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { NormalizeMethod, ZScoreScale } from '../model/framework-node.js';
import type { TieMethod } from '../model/ties.js';
import { rank } from '../ranking/rank.js';
import { meanAndSd } from '../stats/statistics.js';
import { powerSafeExponent, timesPowerOfTwo } from '../stats/sum.js';
import { fromColumn, presentCount } from './column.js';

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

/** The keys of a z-score's `output` scale. */
export const ZSCORE_SCALE_KEYS = ['mean', 'sd'] as const satisfies readonly (keyof ZScoreScale)[];

/** Fills every present value with `value` (constant input under `constant: 'mid'`). */
function fillPresent(column: Float64Array, value: number): Float64Array {
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) column[i] = value;
  return column;
}

/**
 * Constant input (every present value equal): `'exclude'` empties the column, `'error'` throws,
 * `'mid'` leaves it to the method (returns `false`).
 */
function constantHandled(column: Float64Array, method: NormalizeMethod, value: number): boolean {
  // Stryker disable next-line StringLiteral: any policy but 'exclude' and 'error' leaves the column to the method, as 'mid' does.
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
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  for (let i = 0; i < column.length; i++) column[i] = ranks[i] ?? Number.NaN;
  return column;
}

/** What every method reads of a column before scaling it. */
export interface Scan {
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
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
    for (let i = 0; i < n; i++) column[i] = low + (((column[i] as number) - min) / span) * width;
  } else {
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
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
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
    for (let i = 0; i < n; i++) column[i] = 1 - (max - (column[i] as number)) / span;
  } else {
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
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
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    // Stryker disable next-line ConditionalExpression: a missing value (NaN) comes out NaN through the formula too; the skip says so.
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
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
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
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    // Stryker disable next-line ConditionalExpression: a missing value (NaN) comes out NaN through the formula too; the skip says so.
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
  // Stryker disable next-line EqualityOperator,ConditionalExpression: one step past the end writes past the typed array's end, which is ignored; scaling by 2^0 changes nothing.
  if (e !== 0) for (let i = 0; i < n; i++) column[i] = timesPowerOfTwo(column[i] as number, -e);
  const { mean, sd: sampleOrPopulation } = meanAndSd(column, method.sd === 'population');
  const sd = Number.isNaN(sampleOrPopulation) ? 0 : sampleOrPopulation;
  // Stryker disable next-line LogicalOperator,ConditionalExpression: scaled to [1, 2), values that differ never have sd 0, and equal ones always do: constant and sd = 0 agree.
  if (constant || sd === 0) {
    if (constantHandled(column, method, min)) return column;
    return fillPresent(column, outMean);
  }
  // COINr's n_zscore: (x − mean) / sd × m_sd[2] + m_sd[1], in that order of operations.
  if (higher) {
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
    for (let i = 0; i < n; i++) column[i] = (((column[i] as number) - mean) / sd) * outSd + outMean;
  } else {
    // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
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
  // Stryker disable next-line EqualityOperator: a target equal to the far end was refused just above.
  if (higher ? target < far : target > far) {
    raise(
      'INVALID_ARGUMENT',
      'distance-to-target',
      `the target ${target} is ${higher ? 'below the minimum' : 'above the maximum'} ${far} of a ${higher ? 'higher' : 'lower'}-is-better indicator; it must lie on the better side`,
    );
  }
  const cap = method.cap ?? true;
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    // Stryker disable next-line ConditionalExpression: a missing value (NaN) comes out NaN through the formula too; the skip says so.
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
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
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
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  if (method.method === 'borda') for (let i = 0; i < n; i++) column[i] = (column[i] as number) - 1;
  return column;
}

/** The function behind each method. */
export const METHODS: {
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
