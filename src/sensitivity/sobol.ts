import { DxError } from '../errors.js';
import { arrayLike, integerBetween, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { quantileSorted } from '../stats/quantile.js';
import { createRandom, indexSampler, type Random } from '../stats/random.js';

/**
 * Options for {@link sobolIndices}.
 *
 * @category Analysis
 */
export interface SobolOptions {
  /** N, the base sample size (≥ 2): the model runs N·(d + 2) times. */
  readonly samples: number;
  /** The seed of {@link createRandom}. */
  readonly seed: number;
  /** Bootstrap resamples for the 5–95 % intervals (default 0: no intervals). */
  readonly bootstrap?: number;
}

/** The options {@link sobolIndices} takes, to refuse any other (a misspelt one would be ignored). */
export const SOBOL_OPTIONS = [
  'samples',
  'seed',
  'bootstrap',
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
 * The result of {@link sobolIndices}.
 *
 * @category Analysis
 */
export interface SobolResult {
  /** One entry per input, in the order given. */
  readonly indices: readonly SobolIndex[];
  /** The sample variance of the model's output over the A and B samples. */
  readonly variance: number;
  /** How many times the model ran: N·(d + 2). */
  readonly evaluations: number;
}

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

/** COINr's `SA_sample`: A, B and the d matrices A with column i from B, as rows of length d. */
function saltelliDesign(n: number, d: number, random: Random): Float64Array {
  // R fills matrix(runif(2dN), nrow = N) column by column: column c holds draws c·N … c·N + N − 1.
  const base = new Float64Array(2 * d * n);
  for (let c = 0; c < 2 * d; c++) for (let r = 0; r < n; r++) base[r * 2 * d + c] = random();
  const rows = new Float64Array(n * (d + 2) * d);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) {
      const a = base[r * 2 * d + j] as number;
      const b = base[r * 2 * d + d + j] as number;
      rows[r * d + j] = a;
      rows[(n + r) * d + j] = b;
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
 * distributions inside the model). The design and estimators are COINr's
 * (`SA_sample`, `SA_estimate`), after Saltelli et al. (2010): two N × d
 * uniform samples A and B and, for each input i, A with column i taken from
 * B; then Sᵢ = mean(f(B)·(f(ABᵢ) − f(A))) / V (Saltelli 2010) and
 * Sᵀᵢ = Σ (f(A) − f(ABᵢ))² / (2N·V) (Jansen 1999), with V the sample
 * variance of f(A) and f(B) together. Bootstrap intervals resample each
 * estimator's N terms with replacement (V fixed) and report the 5th and 95th
 * percentiles (R's type 7), as COINr does.
 *
 * Draws come from {@link createRandom} in COINr's order (the design's
 * 2·d·N uniforms column by column, then per resample each input's
 * first-order terms, then each input's total terms, as R's `sample` draws), so
 * with the same seed the indices equal COINr's `SA_estimate` after
 * `set.seed(seed); X <- SA_sample(N, d)` up to R's extended-precision sums
 * (about 1e-15). Estimates are noisy: first-order indices can come out
 * slightly negative, and the error shrinks as 1/√N.
 *
 * @param model - the model: input values in (0, 1), one per dimension → a finite number.
 * @param dimensions - the number of inputs (≥ 1), or their names.
 * @param options - `samples` (N), `seed`, `bootstrap`.
 * @returns the indices per input, the output variance and the number of model runs.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a model that is not a
 *   function, no inputs, repeated names, fewer than 2 samples, a
 *   bad seed or bootstrap count, an unknown option, or an output variance of 0 (a constant model);
 *   `INVALID_NUMBER` when the model returns something other than a finite
 *   number (naming the run).
 *
 * @example
 * ```ts
 * import { sobolIndices } from 'vn-dx';
 *
 * const { indices } = sobolIndices(([a, b, c]) => a + 2 * b + 3 * c, ['a', 'b', 'c'], {
 *   samples: 20000,
 *   seed: 1,
 * });
 * indices.map((s) => Math.round(s.total * 10) / 10); // [0.1, 0.3, 0.6] (exact: 1/14, 4/14, 9/14)
 * ```
 *
 * @category Analysis
 */
export function sobolIndices(
  model: (x: number[]) => number,
  dimensions: number | readonly string[],
  options: SobolOptions,
): SobolResult {
  if (typeof model !== 'function')
    raise('INVALID_ARGUMENT', 'model', 'expected a function (x: number[]) => number');
  const names = inputNames(dimensions);
  knownKeys(record(options, 'options', '{ samples, seed, bootstrap }'), SOBOL_OPTIONS, 'options');
  const { n, resamples, random } = sobolSettings(options);
  return estimateSobol(model, names, n, resamples, random);
}

/** Checks `samples`, `seed` and `bootstrap`, and starts the seeded stream. */
export function sobolSettings(options: unknown): { n: number; resamples: number; random: Random } {
  const { samples, seed, bootstrap } = record(options, 'options', '{ samples, seed, bootstrap }');
  const n = integerBetween(samples, 2, 1e7, 'options.samples');
  const resamples = integerBetween(bootstrap ?? 0, 0, 1e6, 'options.bootstrap');
  const random = createRandom(integerBetween(seed, -0x80000000, 0x7fffffff, 'options.seed'));
  return { n, resamples, random };
}

/** {@link sobolIndices} on checked arguments, drawing from `random` where it stands. */
export function estimateSobol(
  model: (x: number[]) => number,
  names: readonly string[],
  n: number,
  resamples: number,
  random: Random,
): SobolResult {
  const d = names.length;
  const design = saltelliDesign(n, d, random);
  const runs = n * (d + 2);
  const y = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    const value = model(Array.from(design.subarray(r * d, (r + 1) * d)));
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
