// The framework as the analysis layer reads it: a flat list of nodes, children before parents
// (the composite engine's order, so that node k here is column k there), with each node's
// parent, nominal weight and level. Levels are numbered as COINr numbers them: 1 for the
// indicators, 2 for their parents, up to the index; in an unbalanced tree a node's level is one
// more than its highest child's.

import type { FrameworkNode } from '../model/framework-node.js';
import { readFrameworkNode } from './composite-engine.js';

/** One node of a {@link Tree}. */
export interface TreeNode {
  readonly id: string;
  /** The node as given (a bare string becomes `{ id }`). */
  readonly spec: FrameworkNode;
  readonly weight: number;
  readonly level: number;
  /** Index of the parent in `nodes`, −1 for the root. */
  readonly parent: number;
  readonly children: readonly number[];
}

/** A compiled framework. */
export interface Tree {
  /** Children before parents; the root is last. */
  readonly nodes: readonly TreeNode[];
  /** Node id → index in `nodes`. */
  readonly index: ReadonlyMap<string, number>;
  /** The root's level: the number of levels. */
  readonly levels: number;
}

/** Compiles and checks a framework (ids, weights, children), as the engine will read it. */
export function compileTree(framework: FrameworkNode | string, where = 'framework'): Tree {
  const nodes: { -readonly [K in keyof TreeNode]: TreeNode[K] }[] = [];
  const index = new Map<string, number>();
  const seen = new Set<string>();
  const visit = (node: FrameworkNode | string, path: string): number => {
    const { spec, weight } = readFrameworkNode(node, path, seen);
    const children = (spec.children ?? []).map((child, k) =>
      visit(child, `${path}.children[${k}]`),
    );
    let level = 1;
    for (const child of children) level = Math.max(level, (nodes[child]?.level ?? 0) + 1);
    nodes.push({ id: spec.id, spec, weight, level, parent: -1, children });
    const self = nodes.length - 1;
    for (const child of children) (nodes[child] as TreeNode & { parent: number }).parent = self;
    index.set(spec.id, self);
    return self;
  };
  visit(framework, where);
  const root = nodes[nodes.length - 1] as TreeNode;
  return { nodes, index, levels: root.level };
}
