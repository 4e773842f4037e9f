import {
  COMPOSITE_OPTIONS,
  type CompositeData,
  type CompositeOptions,
} from '../composite/composite-types.js';
import type { TreeNode } from '../composite/tree.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { integerBetween, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { prepare } from './replicate.js';
import { meanShift } from './uncertainty.js';

/** The choices of a replication without uncertain inputs. */
const NO_CHOICES = new Int32Array(0);

/**
 * Options for {@link removeEach}: those of `compositeIndex`, and the level.
 *
 * @category Analysis
 */
export interface RemoveEachOptions extends CompositeOptions {
  /** The level whose components are dropped in turn, numbered as COINr's: 1 = indicators, … below the index. */
  readonly level: number;
}

/** The options {@link removeEach} takes, to refuse any other (a misspelt one would be ignored). */
export const REMOVE_EACH_OPTIONS = [
  ...COMPOSITE_OPTIONS,
  'level',
] as const satisfies readonly (keyof RemoveEachOptions)[];

/**
 * The index without one component; see {@link removeEach}.
 *
 * @category Analysis
 */
export interface RemovedComponent {
  /** The component dropped. */
  readonly id: string;
  /** Every unit's rank without it, aligned with the result's `units`. */
  readonly ranks: readonly (number | null)[];
  /** Every unit's nominal rank minus its rank without the component (positive: it would fall). */
  readonly rankChanges: readonly (number | null)[];
  /** The mean of |rank change| over units ranked both ways (COINr's `MeanAbsDiff`). */
  readonly meanAbsoluteRankShift: number | null;
}

/**
 * The result of {@link removeEach}.
 *
 * @category Analysis
 */
export interface RemoveEachResult {
  /** The units, in the data's order. */
  readonly units: readonly string[];
  /** Their nominal ranks. */
  readonly nominal: readonly (number | null)[];
  /** One entry per component of the level, in framework order. */
  readonly components: readonly RemovedComponent[];
}

/**
 * Drops each component of one level in turn and measures how much the
 * ranking moves: COINr's `remove_elements`. As COINr does it, a component is
 * removed by giving it weight 0, so its siblings share its parent's weight;
 * everything else (normalisation, the other weights) stays nominal. A large
 * mean rank shift marks a component that drives the ranking; a shift near 0,
 * one that adds little (a candidate for simplification, or a sign that it is
 * redundant with its siblings).
 *
 * @param data - as for `compositeIndex`.
 * @param framework - the tree with its nominal weights.
 * @param options - `level`, and the `compositeIndex` options.
 * @returns the nominal ranks and, per component, the ranks without it and the mean absolute rank shift.
 * @throws {@link DxError} as `compositeIndex`; `INVALID_ARGUMENT` for an
 *   unknown option (`alternatives` included: only weights change here), a level
 *   that is not from 1 to one below the root's, or a component that is its
 *   parent's only weighted child (dropping it would leave nothing to aggregate);
 *   `INVALID_NUMBER` for a value in the data that is neither a finite number nor
 *   null; `UNKNOWN_ID` for a leaf of the framework that is in no unit's data.
 *
 * @example
 * ```ts
 * import { removeEach } from 'vn-dx';
 *
 * const data = { A: { x: 0.9, y: 0.2, z: 0.5 }, B: { x: 0.5, y: 0.6, z: 0.4 }, C: { x: 0.1, y: 0.8, z: 0.6 } };
 * const result = removeEach(data, { id: 'index', children: ['x', 'y', 'z'] }, { level: 1 });
 * result.nominal; // [1, 2, 2]
 * result.components.map((c) => [c.id, c.meanAbsoluteRankShift]); // [['x', 1], ['y', 0.3333333333333333], ['z', 0.6666666666666666]]
 * ```
 *
 * @category Analysis
 */
export function removeEach(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: RemoveEachOptions,
): RemoveEachResult {
  const { level } = record(options, 'options', '{ level }');
  knownKeys(options, REMOVE_EACH_OPTIONS, 'options');
  const replicator = prepare(data, framework, options);
  const { tree, units, nominalRanks, nominalWeights } = replicator;
  integerBetween(level, 1, tree.levels - 1, 'options.level');
  const targets: number[] = [];
  tree.nodes.forEach((node, k) => {
    if (node.level !== level) return;
    // The level is below the index, so every node on it has a parent.
    const parent = tree.nodes[node.parent] as TreeNode;
    const others = parent.children.some((c) => c !== k && (nominalWeights[c] as number) > 0);
    if (!others)
      raise(
        'INVALID_ARGUMENT',
        'options.level',
        `${describe(node.id)} is the only weighted child of ${describe(parent.id)}; dropping it would leave nothing to aggregate`,
      );
    targets.push(k);
  });
  const n = units.length;
  const weights = new Float64Array(nominalWeights.length);
  const scores = new Float64Array(n);
  const ranks = new Float64Array(n);
  const toList = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  const components = targets.map((k) => {
    weights.set(nominalWeights);
    weights[k] = 0;
    replicator.run(NO_CHOICES, weights, scores, ranks);
    const shift = meanShift(ranks, nominalRanks);
    return {
      id: (tree.nodes[k] as { id: string }).id,
      ranks: toList(ranks),
      rankChanges: toList(nominalRanks.map((r, u) => r - (ranks[u] as number))),
      meanAbsoluteRankShift: Number.isNaN(shift) ? null : shift,
    };
  });
  return { units, nominal: toList(nominalRanks), components };
}
