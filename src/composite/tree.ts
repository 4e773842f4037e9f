// The framework compiler, the one walk of a framework tree: a flat list of nodes, children
// before parents (the composite engine's order, so that node k here is column k there), with
// each node's parent, nominal weight, level and path. The engine (compile.ts, `compile`)
// reads its settings from this list, and the sensitivity functions read the tree itself. Levels are numbered as COINr numbers them: 1 for the
// indicators, 2 for their parents, up to the index; in an unbalanced tree a node's level is one
// more than its highest child's.

import { describe } from '../internal/describe.js';
import { weight as checkWeight, fail, knownKeys, noHoles } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { FRAMEWORK_NODE_KEYS, type FrameworkNode } from '../model/framework-node.js';

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
  /** Where the node sits, as errors name it: `framework.children[0]`. */
  readonly path: string;
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

const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The checks every walk of a framework makes at each node, in one place: the node is an
 * object with a usable, unique id (or an indicator id), its weight is a weight, and its
 * children, if given, are a non-empty array. Records the id in `seen`.
 */
function readFrameworkNode(
  node: FrameworkNode | string,
  path: string,
  seen: Set<string>,
): { spec: FrameworkNode; weight: number } {
  const spec: FrameworkNode = typeof node === 'string' ? { id: node } : node;
  // Stryker disable next-line ConditionalExpression: a number has no string id either, so the id check refuses it too.
  if (typeof spec !== 'object' || spec === null || typeof spec.id !== 'string' || spec.id === '')
    fail('INVALID_ARGUMENT', path, 'a node { id, … } or an indicator id', node);
  if (FORBIDDEN_IDS.has(spec.id))
    raise('INVALID_ARGUMENT', path, `${describe(spec.id)} cannot be a node id`);
  if (seen.has(spec.id))
    raise('INVALID_ARGUMENT', path, `node id ${describe(spec.id)} appears twice`);
  seen.add(spec.id);
  knownKeys(spec, FRAMEWORK_NODE_KEYS, `${path} (${spec.id})`);
  const weight = checkWeight(spec.weight ?? 1, `${path} (${spec.id}).weight`);
  if (spec.children !== undefined && (!Array.isArray(spec.children) || spec.children.length === 0))
    raise('INVALID_ARGUMENT', '', `${path} (${spec.id}).children: expected a non-empty array`);
  if (spec.children !== undefined) noHoles(spec.children, `${path}.children`);
  return { spec, weight };
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
    // Stryker disable next-line OptionalChaining: every child index was just pushed, so the node is there.
    for (const child of children) level = Math.max(level, (nodes[child]?.level ?? 0) + 1);
    nodes.push({ id: spec.id, spec, weight, level, parent: -1, children, path });
    const self = nodes.length - 1;
    for (const child of children) (nodes[child] as TreeNode & { parent: number }).parent = self;
    index.set(spec.id, self);
    return self;
  };
  visit(framework, where);
  const root = nodes[nodes.length - 1] as TreeNode;
  return { nodes, index, levels: root.level };
}
