// The one source of randomness in the analysis layer. vn-dx uses R's default generator so that
// a seed means the same thing in both: `createRandom(42)` draws what `set.seed(42); runif(n)`
// draws in R (≥ 3.6, default kinds), so a run can be replayed or checked against COINr.
// Everything is 32-bit integer arithmetic and one exact scaling, hence identical on any machine.
import { integerBetween } from '../internal/guards.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
/** 2⁻³², as R writes it (`2.3283064365386963e-10`): an exact power of two. */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** R's `fixup` keeps draws strictly inside (0, 1): 0 becomes half this, 1 becomes 1 − half. */
const I2_32M1 = 2.328306437080797e-10;

/**
 * The seed a function that draws random numbers uses when it is given none:
 * every such function (`createRandom`, {@link uncertainty},
 * {@link sobolIndices}, {@link rankSensitivity}, {@link noisyWeights}) takes an
 * optional `seed`, and without one draws from this seed, so the same input
 * always gives the same output. Pass another seed to draw another sample (and
 * several, to see how much the results move from sample to sample).
 *
 * @example
 * ```ts
 * import { createRandom, DEFAULT_SEED } from 'vn-dx';
 *
 * DEFAULT_SEED; // 42
 * createRandom()() === createRandom(DEFAULT_SEED)(); // true
 * ```
 *
 * @category Analysis
 */
export const DEFAULT_SEED = 42;

/**
 * A seeded stream of uniform numbers in (0, 1).
 *
 * @category Analysis
 */
export type Random = () => number;

/**
 * Creates a seeded uniform generator: the Mersenne Twister MT19937
 * (Matsumoto & Nishimura 1998) seeded and scaled exactly as R does it, so that
 * `createRandom(seed)` returns, draw for draw, the numbers of
 * `set.seed(seed); runif(n)` in R (default `RNGkind`, "Mersenne-Twister",
 * R ≥ 3.6). Seeding: the integer seed is scrambled 50 times by the linear
 * congruence s ← 69069·s + 1 (mod 2³²), then the next 625 values of the same
 * congruence fill R's seed vector, whose first entry is overwritten by the
 * position 624 and whose other 624 are the generator's state. A draw is the
 * tempered 32-bit output times 2⁻³², moved off 0 and 1 as R's `fixup` does.
 * All arithmetic is on 32-bit integers, so a stream is identical on every
 * machine and JavaScript engine.
 *
 * @param seed - an integer from −2³¹ to 2³¹ − 1 (R's `set.seed` range);
 *   default {@link DEFAULT_SEED}.
 * @returns a function that returns the next draw on each call.
 * @throws {@link DxError} `INVALID_ARGUMENT` when the seed is not such an integer.
 *
 * @example
 * ```ts
 * import { createRandom } from 'vn-dx';
 *
 * const random = createRandom(42);
 * random(); // 0.9148060434963554 (as R draws after set.seed with 42)
 * ```
 *
 * @category Analysis
 */
export function createRandom(seed: number = DEFAULT_SEED): Random {
  let s = integerBetween(seed, -0x80000000, 0x7fffffff, 'seed') >>> 0;
  for (let j = 0; j < 50; j++) s = (Math.imul(69069, s) + 1) >>> 0;
  // Int32 storage keeps every element a small integer for the JIT (a Uint32Array above 2³¹
  // hands out heap numbers); the bits are the same, and `>>> 0` reads them unsigned at the end.
  const mt = new Int32Array(N);
  // R fills 625 seeds and then sets the first (its position counter) to 624.
  s = (Math.imul(69069, s) + 1) >>> 0;
  // Stryker disable next-line EqualityOperator: one more step writes past the end of the typed array, and its seed is not used again.
  for (let j = 0; j < N; j++) {
    s = (Math.imul(69069, s) + 1) >>> 0;
    mt[j] = s;
  }
  let mti = N;
  const twist = (): void => {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
      mt[kk] = (mt[kk + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
      mt[kk] = (mt[kk + M - N] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
    mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    mti = 0;
  };
  return () => {
    if (mti >= N) twist();
    let y = mt[mti++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    const value = (y >>> 0) * TWO_POW_MINUS_32;
    // A 32-bit integer times 2⁻³² is below 1: R's upper fixup cannot trigger here.
    return value === 0 ? 0.5 * I2_32M1 : value;
  };
}

/**
 * Draws uniform integers from 0 to `n − 1` as R's `sample()` draws them
 * (R ≥ 3.6, `sample.kind = "Rejection"`): a value of ⌈log₂ n⌉ bits built from
 * 16 bits per uniform, rejected when ≥ n. `n` must be an integer from 1 to
 * 2³¹ − 1 (not checked: internal). For n = 1 R still spends one uniform per
 * draw, and so does this.
 */
export function indexSampler(random: Random, n: number): () => number {
  const bits = Math.ceil(Math.log2(n));
  const mask = 2 ** bits - 1;
  const chunks = bits >= 16 ? 2 : 1;
  return () => {
    for (;;) {
      let v = Math.floor(random() * 65536);
      if (chunks === 2) v = 65536 * v + Math.floor(random() * 65536);
      // v < 2³²: keep its low `bits` bits.
      const value = (v & mask) >>> 0;
      if (value < n) return value;
    }
  };
}

/**
 * The stream of a function's optional `seed` option: {@link DEFAULT_SEED} when it is
 * `undefined` (`INVALID_ARGUMENT`, naming `where`, for a seed that is not an integer in range).
 * Every function that draws starts its stream here, so the default is one rule.
 */
export function seededRandom(seed: unknown, where = 'options.seed'): Random {
  return createRandom(integerBetween(seed ?? DEFAULT_SEED, -0x80000000, 0x7fffffff, where));
}
