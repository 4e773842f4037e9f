import { compileTree, type Tree } from '../composite/tree.js';
import { DxError } from '../errors.js';
import { arrayLike, fail, integerBetween, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { type Random, seededRandom } from '../stats/random.js';

/**
 * Noise on the weights of one level of a framework; see {@link noisyWeights}.
 *
 * @category Analysis
 */
export interface WeightNoise {
  /** The level, numbered as COINr's: 1 = indicators, 2 = their parents, … up to the index. */
  readonly level: number;
  /** The largest relative change, from 0 to below 1: 0.25 lets a weight move ±25 %. */
  readonly factor: number;
}

/** The keys of one {@link WeightNoise} entry. */
export const WEIGHT_NOISE_KEYS = [
  'level',
  'factor',
] as const satisfies readonly (keyof WeightNoise)[];

/**
 * Options for {@link noisyWeights}.
 *
 * @category Analysis
 */
export interface NoisyWeightsOptions {
  /** The levels to perturb, each at most once; they are drawn in this order. */
  readonly noise: readonly WeightNoise[];
  /** How many weight sets to draw (≥ 1). */
  readonly replications: number;
  /** The seed of the draws (see {@link createRandom}): default {@link DEFAULT_SEED}. */
  readonly seed?: number;
}

/** The options {@link noisyWeights} takes, to refuse any other (a misspelt one would be ignored). */
export const NOISY_WEIGHTS_OPTIONS = [
  'noise',
  'replications',
  'seed',
] as const satisfies readonly (keyof NoisyWeightsOptions)[];

/**
 * One weight per node id: a framework's weights for one replication.
 *
 * @category Analysis
 */
export type WeightSet = Readonly<Record<string, number>>;

/**
 * Weights drawn with noise, for {@link uncertainty} and {@link rankSensitivity}.
 *
 * @category Analysis
 */
export interface WeightNoiseSpec {
  /** The levels to perturb and by how much, as for {@link noisyWeights}. */
  readonly noise: readonly WeightNoise[];
}

/** The keys of a {@link WeightNoiseSpec}. */
export const WEIGHT_NOISE_SPEC_KEYS = [
  'noise',
] as const satisfies readonly (keyof WeightNoiseSpec)[];

/** A checked noise spec: each entry with the nodes of its level, in framework order. */
export interface NoisePlan {
  readonly levels: readonly { readonly factor: number; readonly nodes: readonly number[] }[];
}

/** Checks a noise spec against a compiled framework. */
export function planNoise(tree: Tree, noise: unknown, where: string): NoisePlan {
  const list = arrayLike(noise, where, 'an array of { level, factor }');
  const seen = new Set<number>();
  const levels = Array.from(list, (entry, i) => {
    const given = record(entry, `${where}[${i}]`, '{ level, factor }');
    knownKeys(given, WEIGHT_NOISE_KEYS, `${where}[${i}]`);
    const { level, factor } = given;
    integerBetween(level, 1, tree.levels, `${where}[${i}].level`);
    if (seen.has(level as number))
      raise('INVALID_ARGUMENT', `${where}[${i}].level`, `level ${level} is listed twice`);
    seen.add(level as number);
    // f < 1 keeps every positive weight positive: w(1 − f) > 0.
    if (typeof factor !== 'number' || !(factor >= 0 && factor < 1))
      fail('INVALID_ARGUMENT', `${where}[${i}].factor`, 'a number from 0 to below 1', factor);
    const nodes: number[] = [];
    tree.nodes.forEach((node, k) => {
      if (node.level === level) nodes.push(k);
    });
    return { factor, nodes };
  });
  return { levels };
}

/**
 * Writes one replication's weights into `target` (one per node, in tree order), drawing from
 * `random` in COINr's order: level by level as listed, node by node within a level, and
 * computing w + ((2u − 1)·f)·w as COINr does, so that the same draws give the same bits.
 */
export function drawNoisyWeights(
  tree: Tree,
  plan: NoisePlan,
  random: Random,
  target: Float64Array,
): void {
  const { nodes } = tree;
  for (let k = 0; k < nodes.length; k++) target[k] = (nodes[k] as { weight: number }).weight;
  for (const { factor, nodes: level } of plan.levels) {
    for (const k of level) {
      const w = target[k] as number;
      target[k] = w + (random() * 2 - 1) * factor * w;
    }
  }
}

/**
 * Draws noisy copies of a framework's weights, COINr's `get_noisy_weights`:
 * at each listed level every node's weight w becomes w′ = w·(1 + f·(2U − 1))
 * with U uniform on (0, 1), so that it moves at most ±f of its nominal value;
 * other levels keep their weights. Weights are relative among siblings, as in
 * `compositeIndex`, so noise at the root's level changes nothing.
 *
 * The draws come from {@link createRandom} in COINr's order (replication by
 * replication, level by level as listed, node by node in framework order), and
 * w′ is computed as COINr computes it (w + (2U − 1)·f·w): with the same seed
 * and levels, the weight sets equal `set.seed(seed);
 * get_noisy_weights(w, noise_specs, Nrep)` in R bit for bit, when the
 * framework lists each level's nodes in the order of COINr's `iMeta`. In an
 * unbalanced framework a node's level is one more than its highest child's
 * (COINr allows only balanced ones).
 *
 * @param framework - the tree, as for `compositeIndex`.
 * @param options - `noise` (levels and factors), `replications`, `seed` (default {@link DEFAULT_SEED}).
 * @returns one {@link WeightSet} per replication, each with every node's weight.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a malformed framework, a level
 *   that is not an integer from 1 to the root's level or appears twice, a
 *   factor outside [0, 1), fewer than one replication, a seed that is not an
 *   integer, or an unknown option (or key of a noise entry); `INVALID_NUMBER` for a framework weight that is not a finite
 *   number ≥ 0.
 *
 * @example
 * ```ts
 * import { noisyWeights } from 'vn-dx';
 *
 * const framework = { id: 'index', children: [{ id: 'a', weight: 2 }, { id: 'b', weight: 1 }] };
 * const [first] = noisyWeights(framework, { noise: [{ level: 1, factor: 0.25 }], replications: 2, seed: 42 });
 * first; // { a: 2.4148060434963554, b: 1.218537706648931, index: 1 }
 * // Without a seed, the default one (42): the same sets.
 * noisyWeights(framework, { noise: [{ level: 1, factor: 0.25 }], replications: 2 })[0]; // { a: 2.4148060434963554, b: 1.218537706648931, index: 1 }
 * ```
 *
 * @category Analysis
 */
export function noisyWeights(
  framework: FrameworkNode | string,
  options: NoisyWeightsOptions,
): WeightSet[] {
  const settings = record(options, 'options', '{ noise, replications, seed }');
  knownKeys(settings, NOISY_WEIGHTS_OPTIONS, 'options');
  const { noise, replications, seed } = settings;
  const tree = compileTree(framework);
  const plan = planNoise(tree, noise, 'options.noise');
  const count = integerBetween(replications, 1, Number.MAX_SAFE_INTEGER, 'options.replications');
  const random = seededRandom(seed);
  const buffer = new Float64Array(tree.nodes.length);
  const sets: WeightSet[] = [];
  for (let r = 0; r < count; r++) {
    drawNoisyWeights(tree, plan, random, buffer);
    const set: Record<string, number> = {};
    tree.nodes.forEach((node, k) => {
      set[node.id] = buffer[k] as number;
    });
    sets.push(set);
  }
  return sets;
}
