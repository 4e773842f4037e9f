// The engine behind `compositeIndex` and `compositeIndexColumns`: the framework compiled to a
// flat list of nodes (children before parents), every node's values in one typed column, and
// NaN as the internal mark for "missing" (it never leaves vn-dx).
// Its parts: compile.ts reads the framework, read-data.ts the data, copeland.ts the pairwise
// aggregation; this module runs them in COINr's order (impute, treat, normalise, aggregate).

import { describe } from '../internal/describe.js';
import { fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { rank } from '../ranking/rank.js';
import { type AggregateSettings, aggregateRow } from './aggregate.js';
import { fromColumn } from './column.js';
import { type CompiledNode, compile } from './compile.js';
import type { CompositeData, CompositeOptions } from './composite-types.js';
import { copeland } from './copeland.js';
import { imputeColumn, imputeRows, imputeSettings } from './impute.js';
import { normalizeColumn } from './normalize.js';
import { absentLeaves, readData } from './read-data.js';
import { treatColumn } from './treat-outliers.js';

/** What one evaluation computes: every node's column, the root's scores and their ranks. */
export interface Evaluation {
  readonly units: readonly string[];
  /** Node ids, in the order of `columns`; the root is last. */
  readonly ids: readonly string[];
  /** One column per node, aligned with `units`; NaN marks a missing value. */
  readonly columns: readonly Float64Array[];
  readonly scores: (number | null)[];
  readonly ranks: (number | null)[];
}

/**
 * Aggregates a node's children for every unit into `values`; returns how many units have no
 * value. A child excluded by its normalisation (`constant: 'exclude'`) weighs 0 here.
 */
function aggregateColumns(
  node: CompiledNode,
  nodes: readonly CompiledNode[],
  columns: readonly Float64Array[],
  excluded: Uint8Array,
  units: readonly string[],
  values: Float64Array,
): number {
  const settings = node.aggregate;
  const n = units.length;
  const weights = Float64Array.from(node.children, (child) =>
    excluded[child] === 1 ? 0 : (nodes[child] as CompiledNode).weight,
  );
  const children = node.children.map((child) => columns[child] as Float64Array);
  const checkMissing = (u: number, k: number): void => {
    if (settings.missing === 'error' && (weights[k] as number) > 0) {
      const child = nodes[node.children[k] as number] as CompiledNode;
      raise(
        'INVALID_ARGUMENT',
        '',
        `unit ${describe(units[u])}, node ${describe(node.id)}: ${describe(child.id)} is missing; give node ${describe(node.id)} aggregate: { missing: 'reweight' } (or every node, with the aggregate option of compositeIndex), or impute`,
      );
    }
  };
  if (settings.method === 'copeland')
    return copeland(children, weights, settings, n, values, checkMissing);
  // Every unit goes through aggregateRow: one exact, scaled sum per unit, so that a unit's
  // score depends only on its values and weights (not on their order, nor on another unit).
  const row = new Float64Array(children.length);
  let absent = 0;
  for (let u = 0; u < n; u++) {
    for (let k = 0; k < children.length; k++) {
      const value = (children[k] as Float64Array)[u] as number;
      if (Number.isNaN(value)) checkMissing(u, k);
      row[k] = value;
    }
    const value = aggregateRow(row, weights, settings as AggregateSettings);
    values[u] = value;
    if (Number.isNaN(value)) absent++;
  }
  return absent;
}

/** Checks the arguments, computes every node for every unit, and ranks the root. */
export function evaluate(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions,
): Evaluation {
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_ARGUMENT', 'options', 'an object', options);
  }
  const nodes = compile(framework, options.aggregate);
  const { units, read } = readData(data);
  const n = units.length;
  // One buffer for every node's column: a single allocation, however large the tree.
  const store = new Float64Array(nodes.length * n);
  const columns = nodes.map((_, k) => store.subarray(k * n, (k + 1) * n));
  const missing = new Uint32Array(nodes.length);
  const leaves = new Map<string, number>();
  nodes.forEach((node, k) => {
    if (node.children.length === 0) leaves.set(node.id, k);
  });
  // [+∞, −∞]: the extent of no values, which is what an absent leaf keeps.
  const extents = new Float64Array(2 * nodes.length);
  // Stryker disable next-line EqualityOperator: one step past the end writes past the typed array's end, which is ignored.
  for (let k = 0; k < nodes.length; k++) {
    extents[2 * k] = Number.POSITIVE_INFINITY;
    extents[2 * k + 1] = Number.NEGATIVE_INFINITY;
  }
  const found = new Uint8Array(nodes.length);
  read(leaves, store, missing, extents, found);
  // A leaf that no unit has is a misspelt or foreign id, not missing data: with reweighting it
  // would silently give every unit a score without it (or none at all).
  if (n > 0) {
    const absent = [...leaves].filter(([, k]) => found[k] === 0).map(([id]) => id);
    if (absent.length > 0) throw absentLeaves(absent, data);
  }
  const imputing =
    options.impute === undefined ? undefined : imputeSettings(units, options.impute, nodes);
  // By row, every leaf is filled before any is treated or normalised: a row reads its siblings.
  if (imputing?.by === 'row') imputeRows(nodes, columns, missing, extents, imputing);
  // 1 for a node whose normalisation excluded it (constant: 'exclude'): its parent skips it.
  const excluded = new Uint8Array(nodes.length);
  nodes.forEach((node, k) => {
    const values = columns[k] as Float64Array;
    const leaf = node.children.length === 0;
    if (leaf) {
      // Stryker disable next-line ConditionalExpression: imputing a complete column fills nothing and counts 0 missing; the test is speed only.
      if (imputing?.by === 'column' && missing[k] !== 0)
        missing[k] = imputeColumn(values, imputing.groups, imputing.method);
      // COINr's order: impute, then treat, then normalise.
      if (node.treat) treatColumn(values, node.treat, `data[*][${describe(node.id)}]`);
    } else {
      missing[k] = aggregateColumns(node, nodes, columns, excluded, units, values);
      if (missing[k] === n && node.children.every((child) => excluded[child] === 1))
        excluded[k] = 1;
    }
    // Normalising keeps every missing value missing and every present one present (it throws
    // rather than overflow), unless it excludes a constant column. A leaf's extent holds after
    // imputing too (fills are clamped to the values they summarise), but not after treatment.
    if (node.normalize) {
      normalizeColumn(
        values,
        node.normalize,
        leaf && !node.treat ? [extents[2 * k] as number, extents[2 * k + 1] as number] : undefined,
      );
      if (
        node.normalize.constant === 'exclude' &&
        (missing[k] as number) < n &&
        Number.isNaN(values[0])
      ) {
        if (values.every(Number.isNaN)) {
          excluded[k] = 1;
          missing[k] = n;
        }
      }
    }
  });
  const scores = fromColumn(columns[columns.length - 1] as Float64Array);
  const ranks = rank(scores, { ties: options.ties ?? 'competition' });
  return { units, ids: nodes.map((node) => node.id), columns, scores, ranks };
}
