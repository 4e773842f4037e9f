import {
  COMPOSITE_OPTIONS,
  type CompositeData,
  type CompositeOptions,
} from '../composite/composite-types.js';
import { DxError } from '../errors.js';
import { knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { drawNoisyWeights, type WeightNoiseSpec, type WeightSet } from './noisy-weights.js';
import { prepare } from './replicate.js';
import { readWeightOption } from './replicate-plan.js';
import { estimateSobol, type SobolDesign, type SobolIndices, sobolSettings } from './sobol.js';
import type { UncertainInput } from './uncertain-input.js';
import { meanShift } from './uncertainty.js';

/**
 * Options for {@link rankSensitivity}: the uncertain inputs as for
 * {@link uncertainty}, and the Sobol design as for {@link sobolIndices}.
 *
 * @category Analysis
 */
export interface RankSensitivityOptions extends CompositeOptions {
  /**
   * Weight sets to choose from, or `{ noise }`: then `samples` noisy weight
   * sets are drawn first (as {@link noisyWeights} draws them) and chosen from.
   * Either way the weights are one input, named `weights`.
   */
  readonly weights?: readonly WeightSet[] | WeightNoiseSpec;
  /** Discrete alternatives, one input each, named by their `name` (default their `kind`). */
  readonly alternatives?: readonly UncertainInput[];
  /** N, the base sample size (≥ 2): the index is recomputed N·(d + 2) times for d inputs. */
  readonly samples: number;
  /** The seed of the draws (see {@link createRandom}): default {@link DEFAULT_SEED}. */
  readonly seed?: number;
  /** Bootstrap resamples for 5–95 % intervals (default 0: none). */
  readonly bootstrap?: number;
  /** The sample design, as for {@link sobolIndices}: `'sobol'` (default) or `'coinr'`. */
  readonly design?: SobolDesign;
}

/**
 * What {@link rankSensitivity} returns: the Sobol indices of each uncertain
 * input (`weights` first when weights vary, then the alternatives) for the
 * mean absolute rank shift, as {@link sobolIndices} gives them for a model.
 *
 * @category Analysis
 */
export type RankSensitivity = SobolIndices;

/** The options {@link rankSensitivity} takes, to refuse any other (a misspelt one would be ignored). */
export const RANK_SENSITIVITY_OPTIONS = [
  ...COMPOSITE_OPTIONS,
  'weights',
  'alternatives',
  'samples',
  'seed',
  'bootstrap',
  'design',
] as const satisfies readonly (keyof RankSensitivityOptions)[];

/**
 * Which uncertain choice drives the ranking: first-order and total Sobol
 * indices of each uncertain input (the weights, and each list of
 * alternatives) on the mean absolute rank shift from the nominal ranking.
 * COINr's `get_sensitivity(SA_type = "SA")` with the same target: the design
 * and estimators are those of {@link sobolIndices}; each input's uniform
 * draw u picks the ⌊u·k⌋-th of its k alternatives (or weight sets), and every
 * replication runs on the fast path of {@link uncertainty}.
 *
 * Read a large total index as "this choice moves places"; a total index much
 * above the first-order one as "it matters through interactions with other
 * choices"; both near 0 as "the ranking is robust to it". Estimates carry
 * sampling error (see the bootstrap intervals): a few hundred samples are
 * usually enough to order the inputs, not to pin their indices.
 *
 * @param data - as for `compositeIndex`.
 * @param framework - the tree with its nominal weights and settings.
 * @param options - the uncertain inputs (`weights`, `alternatives`), the
 *   `compositeIndex` options, and `samples`, `seed` (default {@link DEFAULT_SEED}),
 *   `bootstrap`, `design`.
 * @returns the indices per input (`weights` first when weights vary, then the
 *   alternatives in order), the variance of the rank shift and the number of runs.
 * @throws {@link DxError} `INVALID_ARGUMENT` for malformed data, framework or
 *   options (the checks of `uncertainty` and `sobolIndices`, unknown options
 *   included), when nothing
 *   varies, or when the rank shift is the same in every run (nothing to
 *   apportion); `UNKNOWN_ID` for a weight set or alternative naming a node the
 *   framework lacks; `INVALID_NUMBER` for a weight or value that is not a
 *   finite number; `EMPTY_INPUT` for no weight sets or no choices.
 *
 * @example
 * ```ts
 * import { rankSensitivity } from 'vn-dx';
 *
 * const data = {
 *   A: { x: 0.9, y: 0.2 }, B: { x: 0.5, y: 0.5 }, C: { x: 0.1, y: 0.8 }, D: { x: 0.7, y: 0.45 },
 * };
 * const framework = { id: 'index', children: ['x', 'y'] };
 * const { indices } = rankSensitivity(data, framework, {
 *   weights: { noise: [{ level: 1, factor: 0.01 }] },
 *   alternatives: [{ kind: 'aggregate', choices: [{ method: 'arithmetic' }, { method: 'geometric' }] }],
 *   samples: 200,
 *   seed: 1,
 * });
 * indices.map((s) => [s.input, Math.round(s.total * 10) / 10]); // [['weights', 0], ['aggregate', 1]]
 * ```
 *
 * @category Analysis
 */
export function rankSensitivity(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: RankSensitivityOptions,
): RankSensitivity {
  knownKeys(
    record(options, 'options', '{ weights, alternatives, samples, seed }'),
    RANK_SENSITIVITY_OPTIONS,
    'options',
  );
  const settings = sobolSettings(options);
  const { n, random } = settings;
  const replicator = prepare(data, framework, options);
  const { tree, inputs } = replicator;
  const m = tree.nodes.length;
  const weighting = readWeightOption(tree, options.weights);
  let pool: Float64Array | undefined;
  if (weighting && 'sets' in weighting) pool = weighting.sets;
  else if (weighting) {
    // A pool of noisy weight sets, one per sample, drawn before the samples.
    pool = new Float64Array(n * m);
    for (let r = 0; r < n; r++)
      drawNoisyWeights(tree, weighting.noise, random, pool.subarray(r * m, (r + 1) * m));
  }
  const names = [...(pool ? ['weights'] : []), ...inputs.map((input) => input.name)];
  if (names.length === 0)
    raise(
      'INVALID_ARGUMENT',
      'options',
      'nothing varies; give weights or alternatives to apportion the rank shift among',
    );
  const offset = pool ? 1 : 0;
  const sets = pool ? pool.length / m : 0;
  const choice = new Int32Array(inputs.length);
  const weights = new Float64Array(m);
  const units = replicator.units.length;
  const scores = new Float64Array(units);
  const ranks = new Float64Array(units);
  // u < 1 always (neither createRandom nor a scrambled Sobol' point reaches 1), so ⌊u·k⌋ ≤ k − 1.
  const pick = (u: number, k: number): number => Math.floor(u * k);
  const model = (x: number[]): number => {
    for (let i = 0; i < inputs.length; i++)
      choice[i] = pick(
        x[offset + i] as number,
        (inputs[i] as { choices: readonly unknown[] }).choices.length,
      );
    if (pool) {
      const r = pick(x[0] as number, sets);
      weights.set(pool.subarray(r * m, (r + 1) * m));
    } else weights.set(replicator.nominalWeights);
    replicator.run(choice, weights, scores, ranks);
    const shift = meanShift(ranks, replicator.nominalRanks);
    // No unit ranked both ways: the shift is undefined, and no run should hide that.
    if (Number.isNaN(shift))
      raise('INVALID_ARGUMENT', '', 'no unit has a rank both nominally and in a replication');
    return shift;
  };
  return estimateSobol(model, names, settings);
}
