import { type CompiledNode, compile } from '../composite/compile.js';
import type { FrameworkNode } from '../model/framework-node.js';
import type { WeightSet } from '../sensitivity/noisy-weights.js';

/**
 * Each node's weight as a share of the whole index: the product of its
 * normalised weights (weight / sum of its siblings' weights) along the path
 * from the root, which has 1. The leaves' shares sum to 1, as do the shares of
 * any level. This is the nominal weight an arithmetic index gives each
 * indicator — what "pillar A weighs 20 %" means in the end — and not its
 * statistical importance (see {@link correlations}).
 *
 * @param framework - the tree, as for {@link compositeIndex}.
 * @returns a frozen record of node id → share of the index (as a
 *   {@link WeightSet} is one of id → weight), the root first, then each node
 *   before its children in framework order.
 * @throws {@link DxError} for a malformed framework (the checks of `compositeIndex`):
 *   `INVALID_ARGUMENT` (empty or duplicate ids, children that all weigh 0,
 *   unknown methods), `INVALID_NUMBER` (a weight that is not a finite number ≥ 0).
 *
 * @example
 * ```ts
 * import { effectiveWeights } from 'vn-dx';
 *
 * const weights = effectiveWeights({
 *   id: 'index',
 *   children: [
 *     { id: 'government', weight: 2, children: ['online', 'signed'] },
 *     { id: 'economy', weight: 1, children: ['cashless'] },
 *   ],
 * });
 * weights.online; // 0.3333333333333333
 * weights.cashless; // 0.3333333333333333
 * Object.keys(weights); // ['index', 'government', 'online', 'signed', 'economy', 'cashless']
 * ```
 *
 * @category Analysis
 */
export function effectiveWeights(framework: FrameworkNode | string): WeightSet {
  const nodes = compile(framework, undefined);
  // Ids are checked unique by compile; a record keeps insertion order for ids that are not
  // array indices (an all-digit id such as '1' would come first, as in any record).
  const shares: Record<string, number> = {};
  const visit = (node: CompiledNode, share: number): void => {
    shares[node.id] = share;
    let total = 0;
    for (const child of node.children) total += (nodes[child] as CompiledNode).weight;
    for (const child of node.children) {
      const next = nodes[child] as CompiledNode;
      visit(next, (share * next.weight) / total);
    }
  };
  visit(nodes[nodes.length - 1] as CompiledNode, 1);
  return Object.freeze(shares);
}
