import { compositeIndexColumns } from '../composite/composite.js';
import type { CompositeOptions } from '../composite/composite-types.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { frameworkRoot } from './planning-support.js';

/**
 * Every unit's leaf values at one date: unit → leaf id → value, as a record or
 * a `Map` (`null` for a missing value, as in `compositeIndex`).
 *
 * @category Planning
 */
export type UnitLeafValues =
  | Readonly<Record<string, Readonly<Record<string, number | null>>>>
  | ReadonlyMap<string, Readonly<Record<string, number | null>>>;

/**
 * What {@link attributeRankChange} found.
 *
 * @category Planning
 */
export interface RankChangeAttribution {
  /** The unit asked about. */
  readonly unit: string;
  /** Its rank before. */
  readonly before: number;
  /** Its rank after. */
  readonly after: number;
  /** after − before: negative is a climb (from 25th to 20th is −5). */
  readonly change: number;
  /**
   * Each component's Shapley value, in the framework's order: the places it
   * moved the unit, averaged over every order in which the components could
   * have changed. They add up to `change`.
   */
  readonly components: readonly {
    /** The component's id. */
    readonly id: string;
    /** Its Shapley value: the places it moved the unit (negative is a climb). */
    readonly value: number;
  }[];
}

/** The most components a Shapley attribution takes (2^16 composite evaluations). */
const MAX_COMPONENTS = 16;

function leavesOf(node: FrameworkNode | string): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node !== 'object' || node === null)
    fail('INVALID_ARGUMENT', 'framework', 'a node { id, … } or an indicator id', node);
  const children = node.children ?? [];
  return children.length === 0 ? [node.id] : children.flatMap(leavesOf);
}

function rows(
  data: unknown,
  where: string,
): ReadonlyMap<string, Readonly<Record<string, unknown>>> {
  const entries =
    data instanceof Map
      ? [...(data as Map<string, unknown>).entries()]
      : Object.entries(record(data, where, 'a record or Map of unit → leaf values'));
  return new Map(
    entries.map(([unit, row]) => [
      unit,
      record(row, `${where}[${JSON.stringify(unit)}]`, 'a record of leaf id → value'),
    ]),
  );
}

/**
 * Which components moved a unit's rank, by Shapley values: the change in the
 * unit's rank between two dates, split between the framework's components
 * (the children of its root, e.g. the eight DTI main indices). A coalition of
 * components takes every unit's "after" values for the leaves under them and
 * "before" values elsewhere; each component's value is its marginal effect on
 * the unit's rank, averaged over all coalitions with the Shapley weights. That
 * takes 2^k composite evaluations (256 for the DTI), and the values add up to
 * the rank change exactly — the efficiency property of Shapley values. Other
 * units' changes count: a component can cost places because rivals improved
 * on it.
 *
 * @param before - every unit's leaf values at the earlier date.
 * @param after - the same units' leaf values at the later date.
 * @param framework - the tree; its root's children are the components (at most 16).
 * @param unit - the unit whose rank change is explained.
 * @param options - passed to `compositeIndex` (aggregation defaults, imputation, ties).
 * @returns the two ranks, their change, and each component's share of it.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a framework whose root has no
 *   children or more than 16, units that differ between the dates, or data the
 *   composite cannot use (see `compositeIndex`), or an unknown option; `UNKNOWN_ID` for a unit not in
 *   the data or without a rank at either date.
 *
 * @example
 * ```ts
 * import { attributeRankChange } from 'vn-dx';
 *
 * const framework = { id: 'index', children: ['government', 'economy'] };
 * const before = { A: { government: 0.6, economy: 0.5 }, B: { government: 0.7, economy: 0.6 } };
 * const after = { A: { government: 0.9, economy: 0.5 }, B: { government: 0.7, economy: 0.6 } };
 * const result = attributeRankChange(before, after, framework, 'A');
 * [result.before, result.after, result.change]; // [2, 1, -1]
 * result.components; // [{ id: 'government', value: -1 }, { id: 'economy', value: 0 }]
 * ```
 *
 * @category Planning
 */
export function attributeRankChange(
  before: UnitLeafValues,
  after: UnitLeafValues,
  framework: FrameworkNode,
  unit: string,
  options?: CompositeOptions,
): RankChangeAttribution {
  const { children } = frameworkRoot(framework);
  if (children.length > MAX_COMPONENTS)
    raise(
      'INVALID_ARGUMENT',
      'framework.children',
      `${children.length} components would take 2^${children.length} evaluations; attribute at most ${MAX_COMPONENTS}, grouping the others under intermediate nodes`,
    );
  const old = rows(before, 'before');
  const now = rows(after, 'after');
  const units = [...old.keys()];
  const same = units.length === now.size && units.every((u) => now.has(u));
  if (!same)
    raise(
      'INVALID_ARGUMENT',
      'after',
      `the units differ from before's (${describe([...now.keys()].find((u) => !old.has(u)) ?? units.find((u) => !now.has(u)))} is in one only); give both dates the same units`,
    );
  const position = units.indexOf(unit);
  if (position === -1)
    raise('UNKNOWN_ID', 'unit', `${describe(unit)} is not in the data; pick one of its units`);
  const components = children.map((child) => ({
    id: typeof child === 'string' ? child : child.id,
    leaves: leavesOf(child),
  }));
  const column = (side: ReadonlyMap<string, Readonly<Record<string, unknown>>>, leaf: string) =>
    units.map((u) => {
      const value = (side.get(u) as Readonly<Record<string, unknown>>)[leaf];
      return value === undefined ? null : (value as number | null);
    });
  const columns = components.map(({ leaves }) => ({
    before: leaves.map((leaf) => [leaf, column(old, leaf)] as const),
    after: leaves.map((leaf) => [leaf, column(now, leaf)] as const),
  }));
  const k = components.length;
  // The unit's rank for each coalition, a bit mask over the components.
  const ranks = new Float64Array(1 << k);
  for (let mask = 0; mask < 1 << k; mask++) {
    const data: Record<string, readonly (number | null)[]> = {};
    columns.forEach((side, c) => {
      for (const [leaf, values] of (mask >> c) & 1 ? side.after : side.before) data[leaf] = values;
    });
    const rank = compositeIndexColumns(
      { kind: 'columns', units, columns: data },
      framework,
      options,
    ).ranks[position];
    if (rank === null || rank === undefined)
      raise(
        'UNKNOWN_ID',
        'unit',
        `${describe(unit)} has no score ${mask === 0 ? 'before' : 'with some of the later values'}; it needs a rank at both dates`,
      );
    ranks[mask] = rank;
  }
  // Shapley weights |S|! (k − |S| − 1)! / k!: sums of whole numbers over k!, which keeps the
  // sum exact for integer ranks until the final division.
  const factorial = [1];
  for (let i = 1; i <= k; i++) factorial[i] = (factorial[i - 1] as number) * i;
  const values = components.map(({ id }, c) => {
    let numerator = 0;
    for (let mask = 0; mask < 1 << k; mask++) {
      if ((mask >> c) & 1) continue;
      let size = 0;
      for (let m = mask; m; m &= m - 1) size++;
      const delta = (ranks[mask | (1 << c)] as number) - (ranks[mask] as number);
      numerator += (factorial[size] as number) * (factorial[k - size - 1] as number) * delta;
    }
    return { id, value: numerator / (factorial[k] as number) };
  });
  const first = ranks[0] as number;
  const last = ranks[(1 << k) - 1] as number;
  return { unit, before: first, after: last, change: last - first, components: values };
}
