// The statistical primitives the analysis functions share: one definition of the mean, the
// sample sd, skewness, kurtosis and correlation, each with the convention it follows (COINr's,
// which are e1071's type 2 for skew and kurtosis). They work on typed columns where NaN marks a
// missing value and is skipped; a statistic that is undefined for its input is NaN here, and
// each public caller turns it into `null` or an error — NaN never leaves vn-dx.
import { medianSorted } from './quantile.js';
import { ExactSum, powerSafeExponent, timesPowerOfTwo } from './sum.js';

/** The present values of a column, in order. */
export function presentValues(column: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) count++;
  // Stryker disable next-line ConditionalExpression: a shortcut; a copy holds the same values, and every caller that sorts copies first.
  if (count === column.length) return column;
  const values = new Float64Array(count);
  let j = 0;
  // Stryker disable next-line EqualityOperator: one more step reads past the end (undefined, not NaN) and writes past it, which a typed array ignores.
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (!Number.isNaN(x)) values[j++] = x;
  }
  return values;
}

/** The exponent that scales a column's largest present magnitude into [1, 2) (0 for none). */
function columnExponent(column: Float64Array): number {
  let largest = 0;
  // Stryker disable next-line EqualityOperator: one more step reads past the end: Math.abs(undefined) is NaN, which fails the comparison.
  for (let i = 0; i < column.length; i++) {
    const size = Math.abs(column[i] as number);
    // Stryker disable next-line EqualityOperator: ≥ keeps the same largest magnitude.
    if (size > largest) largest = size; // NaN fails the comparison
  }
  return powerSafeExponent(largest);
}

/**
 * The mean of the present values, scaled by 2^-e (exact), and their count. The sum is exact, so
 * the order of the values never changes the mean; the scale keeps it from overflowing.
 */
function scaledMean(column: Float64Array, e: number): [number, number] {
  const sum = new ExactSum();
  let count = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    sum.add(timesPowerOfTwo(x, -e));
    count++;
  }
  return [sum.value() / count, count];
}

/** The mean of the present values (NaN when none is present). */
export function mean(column: Float64Array): number {
  const e = columnExponent(column);
  const [m] = scaledMean(column, e);
  return timesPowerOfTwo(m, e);
}

/**
 * The mean and standard deviation (sample, n − 1, unless `population`) of the present values,
 * from exact sums of values scaled by a power of two: neither depends on the order of the values,
 * and no square overflows (at 1e308) or underflows (at 1e-308). The sd is NaN for fewer than 2
 * values (1 for the population sd); both are NaN with none. An sd beyond the largest number
 * (values ±1e308) is Infinity: callers that need it finite check.
 */
export function meanAndSd(column: Float64Array, population = false): { mean: number; sd: number } {
  const e = columnExponent(column);
  const [m, count] = scaledMean(column, e);
  const squares = new ExactSum();
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (!Number.isNaN(x)) squares.add((timesPowerOfTwo(x, -e) - m) ** 2);
  }
  const divisor = population ? count : count - 1;
  // Stryker disable next-line EqualityOperator: with divisor 0 the sum of squares is 0 too, and √(0 / 0) is NaN either way.
  const sd = divisor > 0 ? Math.sqrt(squares.value() / divisor) : Number.NaN;
  return { mean: timesPowerOfTwo(m, e), sd: timesPowerOfTwo(sd, e) };
}

/** The sample standard deviation, n − 1 (R's `sd`); NaN for fewer than 2 values. */
export function sampleSd(column: Float64Array): number {
  return meanAndSd(column).sd;
}

/**
 * Σ(x − mean)^2, ^3 and ^4 over the present values, and their count, on the values scaled by a
 * power of two (skew and kurtosis are ratios in which the scale cancels), with exact sums.
 */
function centralSums(column: Float64Array): [number, number, number, number] {
  const e = columnExponent(column);
  const [m, count] = scaledMean(column, e);
  const s2 = new ExactSum();
  const s3 = new ExactSum();
  const s4 = new ExactSum();
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    const d = timesPowerOfTwo(x, -e) - m;
    const d2 = d * d;
    s2.add(d2);
    s3.add(d2 * d);
    s4.add(d2 * d2);
  }
  return [count, s2.value(), s3.value(), s4.value()];
}

/** COINr's skew from the central sums (see {@link skewness}). */
function skewOf(n: number, s2: number, s3: number): number {
  // Stryker disable next-line ConditionalExpression: when Σd² is 0 every d is 0, so Σd³ is 0 and the formula gives 0 / 0, NaN, as well.
  if (n < 3 || s2 === 0) return Number.NaN;
  const g = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}

/** COINr's kurt from the central sums (see {@link kurtosis}). */
function kurtosisOf(n: number, s2: number, s4: number): number {
  // Stryker disable next-line ConditionalExpression: when Σd² is 0, Σd⁴ is 0 too and r = 0 / 0 is NaN, as is the result.
  if (n < 4 || s2 === 0) return Number.NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/**
 * Sample skewness as COINr's `skew` (e1071's type 2, Excel's `SKEW`):
 * √n Σd³ / (Σd²)^{3/2} × √(n(n − 1)) / (n − 2). NaN for fewer than 3 values or
 * all values equal.
 */
export function skewness(column: Float64Array): number {
  const [n, s2, s3] = centralSums(column);
  return skewOf(n, s2, s3);
}

/**
 * Sample excess kurtosis as COINr's `kurt` (e1071's type 2, Excel's `KURT`):
 * r = n Σd⁴ / (Σd²)², ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3)). NaN for
 * fewer than 4 values or all values equal.
 */
export function kurtosis(column: Float64Array): number {
  const [n, s2, , s4] = centralSums(column);
  return kurtosisOf(n, s2, s4);
}

/** {@link skewness} and {@link kurtosis} from one pass over the data. */
export function skewAndKurtosis(column: Float64Array): [number, number] {
  const [n, s2, s3, s4] = centralSums(column);
  return [skewOf(n, s2, s3), kurtosisOf(n, s2, s4)];
}

/**
 * Summary of a column from one sort: the present values in ascending order,
 * their median, the number of distinct values and the largest number of equal
 * ones.
 */
export function sortedSummary(column: Float64Array): {
  sorted: Float64Array;
  median: number;
  unique: number;
  same: number;
} {
  const sorted = presentValues(column).slice().sort();
  const n = sorted.length;
  let unique = 0;
  let same = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    // Stryker disable next-line ConditionalExpression: at i = 0, sorted[−1] is undefined, which no value equals.
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      unique++;
      run = 0;
    }
    run++;
    // Stryker disable next-line EqualityOperator: ≥ keeps the same longest run.
    if (run > same) same = run;
  }
  return { sorted, median: medianOrNaN(sorted), unique, same };
}

function medianOrNaN(sorted: Float64Array): number {
  // Stryker disable next-line ConditionalExpression: medianSorted of no values reads two missing elements and gives NaN too.
  return sorted.length === 0 ? Number.NaN : medianSorted(sorted);
}

/** The median of the present values (NaN when none is present). */
export function median(column: Float64Array): number {
  return medianOrNaN(presentValues(column).slice().sort());
}

/**
 * Pearson's correlation over the pairs where both values are present
 * ("pairwise complete", R's `use = "pairwise.complete.obs"`). NaN for fewer
 * than 2 pairs or a column that is constant over them.
 */
export function pearson(x: Float64Array, y: Float64Array): number {
  // Each column scaled by a power of two (exact; r does not depend on it), so that neither the
  // squares of values near 1e-200 underflow to 0 nor those near 1e200 overflow.
  const ex = columnExponent(x);
  const ey = columnExponent(y);
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = timesPowerOfTwo(x[i] as number, -ex);
    const b = timesPowerOfTwo(y[i] as number, -ey);
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    sx += a;
    sy += b;
    count++;
  }
  // Stryker disable next-line ConditionalExpression: with one pair (or none) Σ(x − x̄)² is 0, which the check below answers with NaN.
  if (count < 2) return Number.NaN;
  const mx = sx / count;
  const my = sy / count;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = timesPowerOfTwo(x[i] as number, -ex);
    const b = timesPowerOfTwo(y[i] as number, -ey);
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const da = a - mx;
    const db = b - my;
    sxx += da * da;
    syy += db * db;
    sxy += da * db;
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: on scaled values Σ(x − x̄)² is 0 only when every x − x̄ is, and then Σ(x − x̄)(y − ȳ) is 0 and r = 0 / 0 is NaN as well.
  if (sxx === 0 || syy === 0) return Number.NaN;
  // Rounding can carry |r| a hair past 1; a correlation cannot be.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Average ranks (R's `rank`, ties "average") of the present values; NaN stays. */
export function averageRanks(column: Float64Array): Float64Array {
  const sorted = presentValues(column).slice().sort();
  // The values equal to sorted[i] hold sorted positions first + 1 … last (1-based): each
  // position of that run gets their mean rank, (first + 1 + last) / 2.
  const runRank = new Float64Array(sorted.length);
  // Stryker disable next-line EqualityOperator: one more step fills nothing (a range past the end).
  for (let first = 0; first < sorted.length; ) {
    let last = first + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end a typed array reads undefined, which equals no value and stops the run.
    while (last < sorted.length && sorted[last] === sorted[first]) last++;
    runRank.fill((first + 1 + last) / 2, first, last);
    first = last;
  }
  const ranks = new Float64Array(column.length);
  // Stryker disable next-line EqualityOperator: one more step writes past the end, which a typed array ignores.
  for (let i = 0; i < column.length; i++) {
    const value = column[i] as number;
    ranks[i] = Number.isNaN(value) ? Number.NaN : (runRank[firstAtLeast(sorted, value)] as number);
  }
  return ranks;
}

/** The first position of `sorted` (ascending) whose value is not below `value`. */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Spearman's correlation over the pairs where both values are present: Pearson's
 * on the average ranks within those pairs (as R's `cor(method = "spearman")`
 * with pairwise complete observations).
 */
export function spearman(x: Float64Array, y: Float64Array): number {
  const a = new Float64Array(x.length);
  const b = new Float64Array(y.length);
  // Stryker disable next-line EqualityOperator: one more step writes past the end, which a typed array ignores.
  for (let i = 0; i < x.length; i++) {
    const both = !Number.isNaN(x[i]) && !Number.isNaN(y[i]);
    a[i] = both ? (x[i] as number) : Number.NaN;
    b[i] = both ? (y[i] as number) : Number.NaN;
  }
  return pearson(averageRanks(a), averageRanks(b));
}
