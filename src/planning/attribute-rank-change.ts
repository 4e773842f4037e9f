import { compositeIndexColumns } from '../composite/composite.js';
import type { CompositeOptions } from '../composite/composite-types.js';
import {
  type CompositeIndexResult,
  isCompositeResult,
  type ResultView,
  resultView,
} from '../composite/result-view.js';
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

/**
 * The two dates' data as aligned columns: `units` (before's order) and, for each side, a reader
 * of a leaf's values. Leaf values or composite results, both sides alike.
 */
interface Sides {
  readonly units: readonly string[];
  readonly before: (leaf: string) => readonly (number | null)[];
  readonly after: (leaf: string) => readonly (number | null)[];
  /** Whether the sides are composite results (their leaves already imputed, treated, normalised). */
  readonly results: boolean;
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

function sameUnits(old: readonly string[], now: readonly string[]): void {
  const before = new Set(old);
  const after = new Set(now);
  if (old.length === now.length && old.every((u) => after.has(u))) return;
  raise(
    'INVALID_ARGUMENT',
    'after',
    `the units differ from before's (${describe(now.find((u) => !before.has(u)) ?? old.find((u) => !after.has(u)))} is in one only); give both dates the same units`,
  );
}

function sidesOf(before: unknown, after: unknown): Sides {
  const results = isCompositeResult(before);
  if (results !== isCompositeResult(after))
    raise(
      'INVALID_ARGUMENT',
      results ? 'after' : 'before',
      'one date is a composite result and the other leaf values; give both dates in the same form',
    );
  if (results) {
    // Stryker disable next-line StringLiteral: the place names a result that is not one, and both are checked to be results.
    const old = resultView(before, 'before');
    // Stryker disable next-line StringLiteral: as above.
    const now = resultView(after, 'after');
    sameUnits(old.units, now.units);
    const order = old.units.map((unit) => now.units.indexOf(unit));
    const reader = (view: ResultView, where: string, aligned: boolean) => (leaf: string) => {
      const values = view.column(leaf);
      if (values === undefined)
        raise('UNKNOWN_ID', where, `leaf ${describe(leaf)} is not a node of the result`);
      return aligned ? values : order.map((u) => values[u] ?? null);
    };
    return {
      units: old.units,
      before: reader(old, 'before', true),
      after: reader(now, 'after', false),
      results,
    };
  }
  const old = rows(before, 'before');
  const now = rows(after, 'after');
  const units = [...old.keys()];
  sameUnits(units, [...now.keys()]);
  const column = (side: ReadonlyMap<string, Readonly<Record<string, unknown>>>) => (leaf: string) =>
    units.map((u) => {
      const value = (side.get(u) as Readonly<Record<string, unknown>>)[leaf];
      // Stryker disable next-line ConditionalExpression: compositeIndexColumns reads undefined as a missing value, as null.
      return value === undefined ? null : (value as number | null);
    });
  return { units, before: column(old), after: column(now), results };
}

/**
 * The framework that recomputes a composite result from its leaves' values: the leaves'
 * `normalize` and `treat` (like the `impute` option) are already in those values.
 */
function asComputed(node: FrameworkNode | string): FrameworkNode | string {
  if (typeof node === 'string') return node;
  const children = node.children ?? [];
  if (children.length > 0) return { ...node, children: children.map(asComputed) };
  const { normalize: _normalize, treat: _treat, ...leaf } = node;
  return leaf;
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
 * The dates are given either as every unit's leaf values (raw: the
 * framework's normalisation runs on each coalition's mix of values), or as the
 * two composite results, as {@link compositeIndex} or
 * {@link compositeIndexColumns} return them: then the leaves' values as each
 * index computed them (imputed, treated and normalised within their own
 * date) are swapped, and the framework's leaf `normalize` and `treat` and the
 * `impute` option are not applied again. The two can differ where
 * normalisation is relative to the units (min-max, z-scores): the results'
 * form attributes the change in the published scores.
 *
 * @param before - the earlier date: every unit's leaf values, or a composite result.
 * @param after - the later date, in the same form.
 * @param framework - the tree; its root's children are the components (at most 16).
 * @param unit - the unit whose rank change is explained.
 * @param options - passed to `compositeIndex` (aggregation defaults, imputation, ties).
 * @returns the two ranks, their change, and each component's share of it.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a framework whose root has no
 *   children or more than 16, units that differ between the dates, dates in
 *   different forms, or data the
 *   composite cannot use (see `compositeIndex`), or an unknown option; `UNKNOWN_ID` for a unit not in
 *   the data or without a rank at either date, or a leaf not in a composite result;
 *   `INVALID_NUMBER` for a value in the data that is neither a finite number nor null.
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
 * @example
 * ```ts
 * import { attributeRankChange, compositeIndex } from 'vn-dx';
 *
 * const framework = { id: 'index', children: ['government', 'economy'] };
 * const in2023 = compositeIndex({ A: { government: 0.6, economy: 0.5 }, B: { government: 0.7, economy: 0.6 } }, framework);
 * const in2024 = compositeIndex({ A: { government: 0.9, economy: 0.5 }, B: { government: 0.7, economy: 0.6 } }, framework);
 * attributeRankChange(in2023, in2024, framework, 'A').components; // [{ id: 'government', value: -1 }, { id: 'economy', value: 0 }]
 * ```
 *
 * @category Planning
 */
export function attributeRankChange(
  before: UnitLeafValues | CompositeIndexResult,
  after: UnitLeafValues | CompositeIndexResult,
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
  const sides = sidesOf(before, after);
  const units = sides.units;
  const position = units.indexOf(unit);
  if (position === -1)
    raise('UNKNOWN_ID', 'unit', `${describe(unit)} is not in the data; pick one of its units`);
  const components = children.map((child) => ({
    id: typeof child === 'string' ? child : child.id,
    leaves: leavesOf(child),
  }));
  const columns = components.map(({ leaves }) => ({
    before: leaves.map((leaf) => [leaf, sides.before(leaf)] as const),
    after: leaves.map((leaf) => [leaf, sides.after(leaf)] as const),
  }));
  const { impute: _impute, ...computed } = options ?? {};
  const tree = sides.results ? asComputed(framework) : framework;
  const settings = sides.results ? computed : options;
  const k = components.length;
  // The unit's rank for each coalition, a bit mask over the components.
  const ranks = new Float64Array(1 << k);
  // Stryker disable next-line EqualityOperator: one step past the end writes a rank past the end of a typed array, which keeps nothing.
  for (let mask = 0; mask < 1 << k; mask++) {
    const data: Record<string, readonly (number | null)[]> = {};
    columns.forEach((side, c) => {
      for (const [leaf, values] of (mask >> c) & 1 ? side.after : side.before) data[leaf] = values;
    });
    const rank = compositeIndexColumns({ kind: 'columns', units, columns: data }, tree, settings)
      .ranks[position];
    // Stryker disable next-line ConditionalExpression: position is a unit's index, so ranks[position] is never undefined; that test narrows the type.
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
