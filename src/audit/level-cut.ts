// A framework cut at one level for weight optimisation: the nodes of the level (and any lower
// node whose parent is above it) become leaves that carry their computed values, so that trying
// new weights at the level recomputes only what lies above it; and the framework as given with
// new weights put back.
import type { Tree, TreeNode } from '../composite/tree.js';
import type { FrameworkNode } from '../model/framework-node.js';

/** The tree cut at `level`, and how to weigh its leaves. */
export function cutAt(tree: Tree, level: number) {
  const nodes = tree.nodes;
  const root = nodes.length - 1;
  // The root (the top level) is above any level cut, so a node at or below the level has a parent.
  const isCut = (k: number) => {
    const node = nodes[k] as TreeNode;
    return node.level <= level && (nodes[node.parent] as TreeNode).level > level;
  };
  const leaves = nodes.flatMap((node, k) => (isCut(k) ? [node.id] : []));
  const weightOf = (node: TreeNode, weights: ReadonlyMap<string, number>) =>
    weights.get(node.id) ?? node.weight;
  const build = (weights: ReadonlyMap<string, number>, k = root): FrameworkNode => {
    const node = nodes[k] as TreeNode;
    if (isCut(k)) return { id: node.id, weight: weightOf(node, weights) };
    // A node above the level keeps its own settings (normalisation, aggregation); a cut node is
    // read as its values, already normalised.
    const { children: _, ...rest } = node.spec;
    return {
      ...rest,
      weight: weightOf(node, weights),
      children: node.children.map((child) => build(weights, child)),
    };
  };
  const parents = [
    ...new Set(nodes.filter((node) => node.level === level).map((node) => node.parent)),
  ];
  /** A parent whose children would all weigh 0 (the engine refuses it). */
  const emptyGroup = (weights: ReadonlyMap<string, number>) =>
    parents.some((p) =>
      (nodes[p] as TreeNode).children.every((c) => weightOf(nodes[c] as TreeNode, weights) === 0),
    );
  /** Rescales each group's weights at the level to the total they have in the framework. */
  const keepTotals = (ids: readonly string[], shares: readonly number[]): number[] => {
    const scale = new Map<number, number>();
    const totals = new Map<number, number>();
    for (const p of parents) {
      let nominal = 0;
      let found = 0;
      for (const c of (nodes[p] as TreeNode).children) {
        const i = ids.indexOf((nodes[c] as TreeNode).id);
        if (i < 0) continue;
        nominal += (nodes[c] as TreeNode).weight;
        found += shares[i] as number;
      }
      scale.set(p, found > 0 ? nominal / found : 1);
      totals.set(p, nominal);
    }
    return ids.map((id, i) => {
      const parent = (nodes[tree.index.get(id) as number] as TreeNode).parent;
      const weight = (shares[i] as number) * (scale.get(parent) as number);
      // A search over squares reaches 0 only in the limit: a weight below 1e-12 of its group's
      // total is 0, not a residue to report.
      // Stryker disable next-line EqualityOperator: the edge of a tolerance; a weight exactly at it is a residue either way
      return weight < 1e-12 * (totals.get(parent) as number) ? 0 : weight;
    });
  };
  return { leaves, build, emptyGroup, keepTotals };
}

/** The framework as given, with new weights for some nodes. */
export function withWeights(
  tree: Tree,
  weights: ReadonlyMap<string, number>,
  k = tree.nodes.length - 1,
): FrameworkNode {
  const node = tree.nodes[k] as TreeNode;
  const weight = weights.get(node.id) ?? node.spec.weight;
  const { children: _, weight: __, ...rest } = node.spec;
  return {
    ...rest,
    ...(weight === undefined ? {} : { weight }),
    ...(node.children.length === 0
      ? {}
      : { children: node.children.map((c) => withWeights(tree, weights, c)) }),
  };
}
