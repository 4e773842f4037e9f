// The engine's reading of a framework: the one walk of the tree (`compileTree`, tree.ts), then
// each node's engine settings (weights, normalisation, aggregation, outlier treatment),
// checked once before any value is read.

import { raise } from '../internal/issue.js';
import type {
  FrameworkNode,
  NodeAggregateOptions,
  NormalizeMethod,
} from '../model/framework-node.js';
import { aggregateSettings, type NodeAggregateSettings } from './aggregate.js';
import { checkMethod } from './normalize.js';
import { type TreatSettings, treatSettings } from './treat-outliers.js';
import { compileTree } from './tree.js';

/** A checked framework node; `children` index the compiled list. */
export interface CompiledNode {
  readonly id: string;
  readonly weight: number;
  readonly normalize: NormalizeMethod | undefined;
  readonly aggregate: NodeAggregateSettings;
  readonly treat: TreatSettings | undefined;
  readonly children: readonly number[];
}

/**
 * Checks a framework and flattens it as {@link compileTree} does (children before parents,
 * the root last), then reads each node's engine settings: weights under a node not all 0,
 * outlier treatment only at leaves, the normalisation method, the aggregation settings.
 */
export function compile(
  root: FrameworkNode | string,
  defaults: NodeAggregateOptions | undefined,
): CompiledNode[] {
  const settings = aggregateSettings(defaults, true);
  const { nodes } = compileTree(root);
  return nodes.map(({ id, spec, weight, children, path }) => {
    const where = `${path} (${id})`;
    // Stryker disable next-line OptionalChaining: every child index is a node of the list.
    if (children.length > 0 && children.every((child) => nodes[child]?.weight === 0)) {
      raise('INVALID_ARGUMENT', where, 'all children weigh 0');
    }
    if (spec.treat !== undefined && spec.treat !== false && children.length > 0) {
      raise(
        'INVALID_ARGUMENT',
        `${where}.treat`,
        'outliers are treated at leaves (indicators), not at a node with children',
      );
    }
    // The method's kind and shared options, before any value is read.
    if (spec.normalize !== undefined) checkMethod(spec.normalize, `${where}.normalize`);
    return {
      id,
      weight,
      normalize: spec.normalize,
      aggregate:
        // Stryker disable next-line ConditionalExpression: spreading no node options over the defaults gives the same settings; sharing them is speed only.
        spec.aggregate === undefined
          ? settings
          : aggregateSettings({ ...defaults, ...spec.aggregate }, true),
      treat:
        spec.treat === undefined || spec.treat === false
          ? undefined
          : treatSettings(spec.treat, `${where}.treat`),
      children,
    };
  });
}
