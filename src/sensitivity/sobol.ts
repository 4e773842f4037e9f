import { DxError } from '../errors.js';
import { arrayLike, integerBetween, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { quantileSorted } from '../stats/quantile.js';
import { indexSampler, type Random, seededRandom } from '../stats/random.js';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from '../stats/sobol-sequence.js';

/**
 * Options for {@link sobolIndices}.
 *
 * @category Analysis
 */
export interface SobolOptions {
  /** N, the base sample size (≥ 2): the model runs N·(d + 2) times. */
  readonly samples: number;
  /** The seed of the draws (see {@link createRandom}): default {@link DEFAULT_SEED}. */
  readonly seed?: number;
  /** Bootstrap resamples for the 5–95 % intervals (default 0: no intervals). */
  readonly bootstrap?: number;
  /**
   * How A and B are drawn: `'sobol'` (default), a randomised Sobol' low-discrepancy sequence
   * (up to 20 inputs); `'coinr'`, COINr's independent pseudo-random uniforms (any number of
   * inputs, and the same numbers as COINr for the same seed). See {@link sobolIndices}.
   */
  readonly design?: SobolDesign;
}

/**
 * The sample designs of {@link sobolIndices}: a randomised Sobol' sequence, or COINr's.
 *
 * @category Analysis
 */
export type SobolDesign = 'sobol' | 'coinr';

/** The most inputs the `'sobol'` design takes: A and B need two sequence dimensions per input. */
export const SOBOL_DESIGN_MAX_INPUTS = SOBOL_MAX_DIMENSIONS / 2;

/** The options {@link sobolIndices} takes, to refuse any other (a misspelt one would be ignored). */
export const SOBOL_OPTIONS = [
  'samples',
  'seed',
  'bootstrap',
  'design',
] as const satisfies readonly (keyof SobolOptions)[];

/**
 * One input's Sobol indices; see {@link sobolIndices}.
 *
 * @category Analysis
 */
export interface SobolIndex {
  /** The input's name (or its position, from 0, when the dimensions were a count). */
  readonly input: string;
  /** First-order index Sᵢ: the share of the output variance due to this input alone. */
  readonly first: number;
  /** Total index Sᵀᵢ: its share including every interaction. */
  readonly total: number;
  /** 5th and 95th bootstrap percentiles of `first`, when bootstrapped. */
  readonly firstInterval?: readonly [number, number];
  /** 5th and 95th bootstrap percentiles of `total`, when bootstrapped. */
  readonly totalInterval?: readonly [number, number];
}

/**
 * What {@link sobolIndices} returns: the indices of each input.
 *
 * @category Analysis
 */
export interface SobolIndices {
  /** One entry per input, in the order given. */
  readonly indices: readonly SobolIndex[];
  /** The sample variance of the model's output over the A and B samples. */
  readonly variance: number;
  /** How many times the model ran: N·(d + 2). */
  readonly evaluations: number;
}

/**
 * The name of {@link SobolIndices} before vn-dx 1.0.
 *
 * @deprecated Use {@link SobolIndices} (or {@link RankSensitivity} for
 *   {@link rankSensitivity}'s result); a result type is named for its function.
 * @category Analysis
 */
export type SobolResult = SobolIndices;

/** The checked names of the inputs. */
function inputNames(dimensions: unknown): string[] {
  if (typeof dimensions === 'number') {
    integerBetween(dimensions, 1, 1000, 'dimensions');
    return Array.from({ length: dimensions }, (_, i) => String(i));
  }
  const names = Array.from(
    arrayLike(dimensions, 'dimensions', 'a count or input names'),
    (name, i) => {
      if (typeof name !== 'string' || name === '')
        raise(
          'INVALID_ARGUMENT',
          `dimensions[${i}]`,
          `expected a non-empty name, got ${JSON.stringify(name)}`,
        );
      return name;
    },
  );
  integerBetween(names.length, 1, 1000, 'dimensions.length');
  if (new Set(names).size !== names.length)
    raise('INVALID_ARGUMENT', 'dimensions', 'every input needs its own name');
  return names;
}

/**
 * The N base points, as rows of 2d uniforms: A's d coordinates, then B's. `'coinr'` is COINr's
 * `SA_sample`: R fills matrix(runif(2dN), nrow = N) column by column, so column c holds draws
 * c·N … c·N + N − 1. `'sobol'` takes the first N points of a 2d-dimensional Sobol' sequence,
 * scrambled and shifted by the stream (see `sobolPoints`).
 */
function basePoints(n: number, d: number, random: Random, design: SobolDesign): Float64Array {
  if (design === 'sobol') return sobolPoints(n, 2 * d, random);
  const base = new Float64Array(2 * d * n);
  for (let c = 0; c < 2 * d; c++) for (let r = 0; r < n; r++) base[r * 2 * d + c] = random();
  return base;
}

/** Saltelli's design from the base points: A, B and the d matrices A with column i from B, as rows of length d. */
function saltelliDesign(base: Float64Array, n: number, d: number): Float64Array {
  const rows = new Float64Array(n * (d + 2) * d);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) {
      const a = base[r * 2 * d + j] as number;
      const b = base[r * 2 * d + d + j] as number;
      rows[r * d + j] = a;
      rows[(n + r) * d + j] = b;
      // Stryker disable next-line EqualityOperator: one step past the end writes past the end of a typed array, which keeps nothing.
      for (let i = 0; i < d; i++) rows[((2 + i) * n + r) * d + j] = i === j ? b : a;
    }
  }
  return rows;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Sample variance (n − 1), by the two-pass formula. */
function variance(values: Float64Array): number {
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += ((values[i] as number) - m) ** 2;
  return squares / (values.length - 1);
}

function interval(draws: Float64Array): readonly [number, number] {
  draws.sort();
  return [quantileSorted(draws, 0.05), quantileSorted(draws, 0.95)];
}

/**
 * Estimates first-order and total Sobol sensitivity indices of any model
 * whose inputs are independent and uniform on (0, 1) (map them to your own
 * distributions inside the model). The estimators are COINr's (`SA_estimate`),
 * after Saltelli et al. (2010): two N × d samples A and B and, for each input
 * i, A with column i taken from B; then Sᵢ = mean(f(B)·(f(ABᵢ) − f(A))) / V
 * (Saltelli 2010) and Sᵀᵢ = Σ (f(A) − f(ABᵢ))² / (2N·V) (Jansen 1999), with V
 * the sample variance of f(A) and f(B) together. Bootstrap intervals resample
 * each estimator's N terms with replacement (V fixed) and report the 5th and
 * 95th percentiles (R's type 7), as COINr does.
 *
 * Two designs draw A and B. `design: 'sobol'` (the default) takes them from
 * the first N points of a 2d-dimensional Sobol' low-discrepancy sequence
 * (Joe & Kuo's 2008 direction numbers), randomised by the seed with
 * Matoušek's linear matrix scramble and a digital shift, so that each seed
 * gives a different, equally good sample and repeated seeds show the
 * estimate's spread. Its error falls nearly as 1/N instead of 1/√N: on the
 * Ishigami function, 20 seeds at N = 20,000 give a root-mean-square error of
 * 0.001 (first-order) and 0.0006 (total), against 0.0085 and 0.0070 with
 * COINr's design; at N = 2,000, 0.006 and 0.004 against 0.025 and 0.021
 * (`npm run bench`). It takes at most 20 inputs; powers of 2 for N keep the
 * sequence's balance best.
 *
 * `design: 'coinr'` is COINr's `SA_sample`: independent uniforms from
 * {@link createRandom}, for any number of inputs. Its draws follow COINr's
 * order (the design's 2·d·N uniforms column by column, then per resample each
 * input's first-order terms, then each input's total terms, as R's `sample`
 * draws), so with the same seed the indices equal COINr's `SA_estimate` after
 * `set.seed(seed); X <- SA_sample(N, d)` up to R's extended-precision sums
 * (about 1e-15). Either way estimates are noisy: first-order indices can come
 * out slightly negative.
 *
 * @param model - the model: input values in (0, 1), one per dimension → a finite number.
 * @param dimensions - the number of inputs (≥ 1), or their names.
 * @param options - `samples` (N), `seed` (default {@link DEFAULT_SEED}), `bootstrap`, `design`.
 * @returns the indices per input, the output variance and the number of model runs.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a model that is not a
 *   function, no inputs, repeated names, fewer than 2 samples, a
 *   bad seed or bootstrap count, an unknown design or more than 20 inputs
 *   with the `'sobol'` design, an unknown option, or an output variance of 0
 *   (a constant model); `INVALID_NUMBER` when the model returns something
 *   other than a finite number (naming the run).
 *
 * @example
 * ```ts
 * import { sobolIndices } from 'vn-dx';
 *
 * const { indices } = sobolIndices(([a, b, c]) => a + 2 * b + 3 * c, ['a', 'b', 'c'], {
 *   samples: 20000,
 *   seed: 1,
 * });
 * indices.map((s) => Math.round(s.total * 100) / 100); // [0.07, 0.29, 0.64] (exact: 1/14, 4/14, 9/14)
 * ```
 *
 * @category Analysis
 */
export function sobolIndices(
  model: (x: number[]) => number,
  dimensions: number | readonly string[],
  options: SobolOptions,
): SobolIndices {
  if (typeof model !== 'function')
    raise('INVALID_ARGUMENT', 'model', 'expected a function (x: number[]) => number');
  const names = inputNames(dimensions);
  knownKeys(
    record(options, 'options', '{ samples, seed, bootstrap, design }'),
    SOBOL_OPTIONS,
    'options',
  );
  return estimateSobol(model, names, sobolSettings(options));
}

/** The checked settings of a Sobol estimate, and its seeded stream. */
export interface SobolSettings {
  readonly n: number;
  readonly resamples: number;
  readonly random: Random;
  readonly design: SobolDesign;
}

/** Checks `samples`, `seed`, `bootstrap` and `design`, and starts the seeded stream. */
export function sobolSettings(options: unknown): SobolSettings {
  // Stryker disable StringLiteral: both callers (sobolIndices, rankSensitivity) have refused options that are not a record, naming them alike.
  const { samples, seed, bootstrap, design } = record(
    options,
    'options',
    '{ samples, seed, bootstrap, design }',
  );
  // Stryker restore StringLiteral
  const n = integerBetween(samples, 2, 1e7, 'options.samples');
  const resamples = integerBetween(bootstrap ?? 0, 0, 1e6, 'options.bootstrap');
  const random = seededRandom(seed);
  return {
    n,
    resamples,
    random,
    design: oneOf(design ?? 'sobol', ['sobol', 'coinr'] as const, 'options.design'),
  };
}

/** {@link sobolIndices} on checked arguments, drawing from `random` where it stands. */
export function estimateSobol(
  model: (x: number[]) => number,
  names: readonly string[],
  { n, resamples, random, design: method }: SobolSettings,
): SobolIndices {
  const d = names.length;
  if (method === 'sobol' && d > SOBOL_DESIGN_MAX_INPUTS)
    raise(
      'INVALID_ARGUMENT',
      'options.design',
      `the 'sobol' design takes at most ${SOBOL_DESIGN_MAX_INPUTS} inputs (2 of the ${SOBOL_MAX_DIMENSIONS} embedded Sobol' dimensions per input), got ${d}; pass design: 'coinr' for more`,
    );
  const design = saltelliDesign(basePoints(n, d, random, method), n, d);
  const runs = n * (d + 2);
  const y = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    const value = model(Array.from(design.subarray(r * d, (r + 1) * d)));
    // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the next test refuses it alike.
    if (typeof value !== 'number' || !Number.isFinite(value))
      raise(
        'INVALID_NUMBER',
        'model',
        `run ${r} returned ${String(value)}; expected a finite number`,
      );
    y[r] = value;
  }
  const v = variance(y.subarray(0, 2 * n));
  if (!(v > 0))
    raise('INVALID_ARGUMENT', 'model', 'the output does not vary; there is nothing to apportion');
  const yA = y.subarray(0, n);
  const yB = y.subarray(n, 2 * n);
  const firstTerms = names.map((_, i) => {
    const yAB = y.subarray((2 + i) * n, (3 + i) * n);
    return Float64Array.from(yB, (b, r) => b * ((yAB[r] as number) - (yA[r] as number)));
  });
  const totalTerms = names.map((_, i) => {
    const yAB = y.subarray((2 + i) * n, (3 + i) * n);
    return Float64Array.from(yA, (a, r) => a - (yAB[r] as number));
  });
  const totalOf = (terms: Float64Array, pick?: Int32Array): number => {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += (terms[pick ? (pick[r] as number) : r] as number) ** 2;
    return sum / (2 * n * v);
  };
  const firstOf = (terms: Float64Array, pick?: Int32Array): number => {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += terms[pick ? (pick[r] as number) : r] as number;
    return sum / n / v;
  };
  const indices = names.map((input, i) => ({
    input,
    first: firstOf(firstTerms[i] as Float64Array),
    total: totalOf(totalTerms[i] as Float64Array),
  }));
  if (resamples === 0) return { indices, variance: v, evaluations: runs };
  const firstDraws = names.map(() => new Float64Array(resamples));
  const totalDraws = names.map(() => new Float64Array(resamples));
  const pick = new Int32Array(n);
  const index = indexSampler(random, n);
  const resample = (): Int32Array => {
    for (let r = 0; r < n; r++) pick[r] = index();
    return pick;
  };
  // Stryker disable next-line EqualityOperator: one more resample writes past the end of the typed arrays, which keep nothing, and no draw is read after it.
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < d; i++)
      (firstDraws[i] as Float64Array)[b] = firstOf(firstTerms[i] as Float64Array, resample());
    for (let i = 0; i < d; i++)
      (totalDraws[i] as Float64Array)[b] = totalOf(totalTerms[i] as Float64Array, resample());
  }
  return {
    indices: indices.map((index, i) => ({
      ...index,
      firstInterval: interval(firstDraws[i] as Float64Array),
      totalInterval: interval(totalDraws[i] as Float64Array),
    })),
    variance: v,
    evaluations: runs,
  };
}
