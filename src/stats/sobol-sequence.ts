// Sobol' low-discrepancy points (Sobol' 1967) in Gray-code order (Antonov & Saleev 1979), with
// the direction numbers of S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better
// two-dimensional projections", SIAM J. Sci. Comput. 30, 2635–2654 (2008): the file
// new-joe-kuo-6.21201 published at https://web.maths.unsw.edu.au/~fkuo/sobol/ (search criterion
// 6, the set scipy.stats.qmc.Sobol uses). Only its first rows are embedded (see
// SOBOL_MAX_DIMENSIONS). The direction numbers are © 2008 S. Joe and F. Y. Kuo, distributed
// under their BSD-style licence, which asks that the copyright and source stay with them.
import { DxError } from '../errors.js';
import { integerBetween } from '../internal/guards.js';
import { raise } from '../internal/issue.js';

/**
 * How many coordinates a point can have: dimension 1 (van der Corput) and rows 2–40 of
 * new-joe-kuo-6.21201. A Saltelli design needs 2 coordinates per input (A and B), so this
 * bounds `sobolIndices(…, { design: 'sobol' })` at 20 inputs; above that the low-discrepancy
 * gain of a Sobol' design fades anyway and COINr's design serves as well.
 */
export const SOBOL_MAX_DIMENSIONS = 40;

/**
 * new-joe-kuo-6.21201, dimensions 2 to 40: [s, a, m₁ … mₛ] with s the degree of the primitive
 * polynomial, a its inner coefficients as a binary number and mᵢ the initial direction numbers.
 * Checked row by row against two independent public copies of the file's opening rows (a
 * C++ and a Rust table, both said to reproduce scipy's unscrambled points).
 */
const JOE_KUO: readonly (readonly number[])[] = [
  [1, 0, 1],
  [2, 1, 1, 3],
  [3, 1, 1, 3, 1],
  [3, 2, 1, 1, 1],
  [4, 1, 1, 1, 3, 3],
  [4, 4, 1, 3, 5, 13],
  [5, 2, 1, 1, 5, 5, 17],
  [5, 4, 1, 1, 5, 5, 5],
  [5, 7, 1, 1, 7, 11, 19],
  [5, 11, 1, 1, 5, 1, 1],
  [5, 13, 1, 1, 1, 3, 11],
  [5, 14, 1, 3, 5, 5, 31],
  [6, 1, 1, 3, 3, 9, 7, 49],
  [6, 13, 1, 1, 1, 15, 21, 21],
  [6, 16, 1, 3, 1, 13, 27, 49],
  [6, 19, 1, 1, 1, 15, 7, 5],
  [6, 22, 1, 3, 1, 15, 13, 25],
  [6, 25, 1, 1, 5, 5, 19, 61],
  [7, 1, 1, 3, 7, 11, 23, 15, 103],
  [7, 4, 1, 3, 7, 13, 13, 15, 69],
  [7, 7, 1, 1, 3, 13, 7, 35, 63],
  [7, 8, 1, 3, 5, 9, 1, 25, 53],
  [7, 14, 1, 3, 1, 13, 9, 35, 107],
  [7, 19, 1, 3, 1, 5, 27, 61, 31],
  [7, 21, 1, 1, 5, 11, 19, 41, 61],
  [7, 28, 1, 3, 5, 3, 3, 13, 69],
  [7, 31, 1, 1, 7, 13, 1, 19, 1],
  [7, 32, 1, 3, 7, 5, 13, 19, 59],
  [7, 37, 1, 1, 3, 9, 25, 29, 41],
  [7, 41, 1, 3, 5, 13, 23, 1, 55],
  [7, 42, 1, 3, 7, 3, 13, 59, 17],
  [7, 50, 1, 3, 1, 3, 5, 53, 69],
  [7, 55, 1, 1, 5, 5, 23, 33, 13],
  [7, 56, 1, 1, 7, 7, 1, 61, 123],
  [7, 59, 1, 1, 7, 9, 13, 61, 49],
  [7, 62, 1, 3, 3, 5, 3, 55, 33],
  [8, 14, 1, 3, 1, 15, 31, 13, 49, 245],
  [8, 21, 1, 3, 5, 15, 31, 59, 63, 97],
  [8, 22, 1, 3, 1, 11, 11, 11, 77, 249],
];

/** Bits per coordinate: points are multiples of 2⁻³², so at most 2³² distinct ones. */
const BITS = 32;
const TWO_POW_32 = 4294967296;

/**
 * The 32 direction numbers V₁ … V₃₂ of dimension `dim` (from 0) as 32-bit fractions
 * (Vⱼ = vⱼ·2³²): the recurrence of Bratley & Fox (1988) as Joe & Kuo state it,
 * Vⱼ = Vⱼ₋ₛ ⊕ (Vⱼ₋ₛ ≫ s) ⊕ ⨁ₖ aₖ·Vⱼ₋ₖ for j > s.
 */
function directionNumbers(dim: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dim === 0) {
    // Stryker disable next-line EqualityOperator: a step past the end writes nothing into a typed array.
    for (let j = 0; j < BITS; j++) v[j] = 2 ** (BITS - 1 - j);
    return v;
  }
  const [s, a, ...m] = JOE_KUO[dim - 1] as readonly number[];
  const degree = s as number;
  // Stryker disable next-line EqualityOperator: v[degree] would get NaN (stored as 0), which the recurrence below overwrites at once.
  for (let j = 0; j < degree; j++) v[j] = (m[j] as number) * 2 ** (BITS - 1 - j);
  // Stryker disable next-line EqualityOperator: a step past the end writes nothing into a typed array.
  for (let j = degree; j < BITS; j++) {
    let value = (v[j - degree] as number) ^ ((v[j - degree] as number) >>> degree);
    // Stryker disable next-line EqualityOperator: at k = degree the bit read is a >>> −1, i.e. bit 31 of a, which is 0 for every row of the table.
    for (let k = 1; k < degree; k++)
      if (((a as number) >>> (degree - 1 - k)) & 1) value ^= v[j - k] as number;
    v[j] = value >>> 0;
  }
  return v;
}

/** The parity of a 32-bit word's set bits. */
function parity(word: number): number {
  let x = word >>> 0;
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/** 32 random bits from one uniform draw of the seeded stream (its draws are multiples of 2⁻³²). */
function randomWord(random: () => number): number {
  return Math.floor(random() * TWO_POW_32) >>> 0;
}

/**
 * Matoušek's (1998) linear matrix scramble of one dimension's direction numbers: each digit r
 * of the output (r = 0 the most significant) is digit r of the input plus a random combination
 * of the digits before it, i.e. a random lower-triangular binary matrix with a unit diagonal.
 * Draws 32 words, one per row.
 */
function scramble(v: Uint32Array, random: () => number): void {
  const rows = new Uint32Array(BITS);
  for (let r = 0; r < BITS; r++) {
    const diagonal = 2 ** (BITS - 1 - r);
    // Keep the word's bits above the diagonal: the earlier, more significant digits. Row 0 has
    // none, but still spends its word, so that the stream's use does not depend on the row.
    const above = randomWord(random) & ~(2 * diagonal - 1);
    rows[r] = (above | diagonal) >>> 0;
  }
  // Stryker disable next-line EqualityOperator: a step past the end reads undefined (no bits) and writes nothing.
  for (let j = 0; j < BITS; j++) {
    let out = 0;
    // Stryker disable next-line EqualityOperator: rows[32] is undefined, and v & undefined has no set bit.
    for (let r = 0; r < BITS; r++)
      if (parity((v[j] as number) & (rows[r] as number))) out += 2 ** (BITS - 1 - r);
    v[j] = out >>> 0;
  }
}

/**
 * The first `count` points of the `dimensions`-dimensional Sobol' sequence, as rows of a
 * Float64Array (point i's coordinate j at `i · dimensions + j`).
 *
 * Without `random`, the published points: Joe & Kuo's direction numbers in Gray-code order,
 * starting at the origin, exactly as `scipy.stats.qmc.Sobol(d, scramble=False)` gives them
 * (coordinates in [0, 1), multiples of 2⁻³²).
 *
 * With `random` (a seeded stream such as `createRandom(seed)`), a randomised quasi-Monte Carlo
 * sample: each dimension's direction numbers get Matoušek's linear matrix scramble and the
 * points a random digital shift (an XOR with one random 32-bit word per dimension), the
 * "LMS + shift" of scipy's `scramble=True`. Each scrambled point keeps the net structure
 * (every 2ᵐ consecutive points from 0 still stratify every coordinate), is uniform on (0, 1)
 * on its own, and differs from seed to seed, so repeated seeds give error estimates. Draws:
 * per dimension, 32 words for the matrix then one for the shift, in dimension order.
 * Scrambled coordinates are moved to the middle of their 2⁻³² cell, (k + ½)·2⁻³², so that none
 * is exactly 0 (a quantile function of an unbounded distribution stays finite).
 *
 * @throws {@link DxError} `INVALID_ARGUMENT` for a count outside 0–2³¹ or dimensions outside 1–40.
 */
export function sobolPoints(
  count: number,
  dimensions: number,
  random?: () => number,
): Float64Array {
  integerBetween(count, 0, 2 ** 31, 'count');
  if (Number.isInteger(dimensions) && dimensions > SOBOL_MAX_DIMENSIONS)
    raise(
      'INVALID_ARGUMENT',
      'dimensions',
      `the Sobol' sequence here has at most ${SOBOL_MAX_DIMENSIONS} dimensions (the embedded rows of Joe & Kuo's table), got ${dimensions}`,
    );
  integerBetween(dimensions, 1, SOBOL_MAX_DIMENSIONS, 'dimensions');
  const directions = Array.from({ length: dimensions }, (_, j) => directionNumbers(j));
  const shift = new Uint32Array(dimensions);
  if (random)
    directions.forEach((v, j) => {
      scramble(v, random);
      shift[j] = randomWord(random);
    });
  const out = new Float64Array(count * dimensions);
  const state = Uint32Array.from(shift);
  const offset = random ? 0.5 : 0;
  // Stryker disable next-line EqualityOperator: a point past the end writes nothing into the typed array.
  for (let i = 0; i < count; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at i = 0 the lowest set bit is c = −1, whose direction number is undefined: an XOR with 0.
    if (i > 0) {
      // Gray code: point i differs from point i − 1 by the direction number of i's lowest set bit.
      const c = 31 - Math.clz32(i & -i);
      for (let j = 0; j < dimensions; j++)
        state[j] = ((state[j] as number) ^ ((directions[j] as Uint32Array)[c] as number)) >>> 0;
    }
    // Stryker disable next-line EqualityOperator: j = dimensions writes NaN into the next point's first coordinate, which that point then overwrites (and past the last point, nothing).
    for (let j = 0; j < dimensions; j++)
      out[i * dimensions + j] = ((state[j] as number) + offset) / TWO_POW_32;
  }
  return out;
}
