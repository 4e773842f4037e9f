// Imputation inside the composite engine: a missing leaf value filled from its column (the mean
// or median of the other units, overall or within the unit's group) or from its row (the unit's
// other indicators in the same framework group, COINr's `Impute(impute_by = "row")`). The engine
// reads every leaf first, then imputes by row before any node is computed, or by column leaf by
// leaf; NaN marks a missing value, as everywhere in the engine.
import { describe } from '../internal/describe.js';
import { fail, integerBetween, knownKeys, oneOf } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { Direction } from '../model/direction.js';
import { medianSorted } from '../stats/quantile.js';
import { IMPUTE_OPTIONS, type ImputeOptions } from './composite-types.js';

/** What imputation reads of a compiled framework node (the engine's nodes have more). */
interface CompiledNode {
  /** Children's indices in the compiled list (children before parents). */
  readonly children: readonly number[];
  readonly normalize: { readonly direction?: Direction } | undefined;
}

/** The checked `impute` option. */
export type ImputeSettings =
  | {
      readonly by: 'column';
      readonly method: 'mean' | 'median';
      /** Each unit's group ('' for every unit in one group). */
      readonly groups: readonly string[];
    }
  | {
      readonly by: 'row';
      readonly method: 'mean' | 'median';
      readonly level: number;
      readonly normalizeFirst: boolean;
    };

/** Checks the `impute` option against the units and the framework. */
export function imputeSettings(
  units: readonly string[],
  impute: ImputeOptions,
  nodes: readonly CompiledNode[],
): ImputeSettings {
  if (typeof impute !== 'object' || impute === null)
    fail('INVALID_ARGUMENT', 'impute', '{ method }', impute);
  knownKeys(impute, IMPUTE_OPTIONS, 'impute');
  const method = oneOf(impute.method, ['mean', 'median'] as const, 'impute.method');
  const by = oneOf(impute.by ?? 'column', ['column', 'row'] as const, 'impute.by');
  if (by === 'row') {
    if (impute.groups !== undefined)
      raise(
        'INVALID_ARGUMENT',
        'impute.groups',
        `unit groups apply to imputing by column; by: 'row' fills from the unit's own other indicators. Remove groups or by`,
      );
    const { levels } = levelsOf(nodes);
    const top = Math.max(2, levels[nodes.length - 1] as number);
    const level = integerBetween(impute.level ?? 2, 2, top, 'impute.level');
    const normalizeFirst = oneOf(
      impute.normalizeFirst ?? true,
      [true, false] as const,
      'impute.normalizeFirst',
    );
    return { by, method, level, normalizeFirst };
  }
  for (const key of ['level', 'normalizeFirst'] as const)
    if (impute[key] !== undefined)
      raise(
        'INVALID_ARGUMENT',
        `impute.${key}`,
        `applies to imputing by row; add by: 'row' or remove ${key}`,
      );
  const { groups } = impute;
  // Stryker disable next-line ArrowFunction,StringLiteral: without groups every unit shares one group, whose name is never read or shown.
  if (!groups) return { by, method, groups: units.map(() => '') };
  return {
    by,
    method,
    groups: units.map((unit) => {
      const group =
        groups instanceof Map
          ? groups.get(unit)
          : Object.hasOwn(groups, unit)
            ? (groups as Record<string, string>)[unit]
            : undefined;
      if (typeof group !== 'string')
        raise('UNKNOWN_ID', 'impute.groups', `unit ${describe(unit)} has no group`);
      return group;
    }),
  };
}

/** The mean or median of some values (NaN for none). */
function summary(values: number[], method: 'mean' | 'median'): number {
  // Stryker disable next-line ConditionalExpression: the mean of none is 0 / 0 and the median of none (undefined + undefined) / 2, NaN either way.
  if (values.length === 0) return Number.NaN;
  if (method === 'mean') {
    let sum = 0;
    for (const value of values) sum += value;
    return sum / values.length;
  }
  return medianSorted(values.sort((a, b) => a - b));
}

/** Fills missing values from their group's mean or median; returns how many stay missing. */
export function imputeColumn(
  column: Float64Array,
  groups: readonly string[],
  method: 'mean' | 'median',
): number {
  const byGroup = new Map<string, number[]>();
  column.forEach((value, i) => {
    if (Number.isNaN(value)) return;
    const group = groups[i] as string;
    const list = byGroup.get(group) ?? [];
    list.push(value);
    byGroup.set(group, list);
  });
  const fill = new Map<string, number>();
  for (const [group, list] of byGroup) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const value of list) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
    // Rounding can put a mean a hair outside its values; keep it inside, so that the fill
    // never stretches the column's range (the engine scales with the range read before it).
    fill.set(group, Math.min(high, Math.max(low, summary(list, method))));
  }
  let missing = 0;
  column.forEach((value, i) => {
    if (!Number.isNaN(value)) return;
    const filled = fill.get(groups[i] as string) ?? Number.NaN;
    column[i] = filled;
    if (Number.isNaN(filled)) missing++;
  });
  return missing;
}

/** Each node's level (COINr's numbering: 1 for leaves, one above its highest child) and parent (−1 for the root). */
function levelsOf(nodes: readonly CompiledNode[]): { levels: Int32Array; parents: Int32Array } {
  const levels = new Int32Array(nodes.length);
  // Stryker disable next-line UnaryOperator: only the root keeps this start value, and no walk goes past the root (its level is the highest asked for; a lone leaf is its own group either way).
  const parents = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, k) => {
    let own = 1;
    for (const child of node.children) {
      own = Math.max(own, (levels[child] as number) + 1);
      parents[child] = k;
    }
    levels[k] = own;
  });
  return { levels, parents };
}

/** Each leaf's group for row imputation: its nearest ancestor of level ≥ `level`. */
function rowGroups(nodes: readonly CompiledNode[], level: number): Map<number, number[]> {
  const { levels, parents } = levelsOf(nodes);
  const groups = new Map<number, number[]>();
  nodes.forEach((node, k) => {
    if (node.children.length > 0) return;
    let owner = k;
    while ((levels[owner] as number) < level && (parents[owner] as number) >= 0)
      owner = parents[owner] as number;
    groups.set(owner, [...(groups.get(owner) ?? []), k]);
  });
  return groups;
}

/**
 * Row-wise imputation (COINr's `Impute(impute_by = "row")`): a unit's missing leaf value is the
 * mean or median of its other leaves in the same group, each first min-max scaled over the units
 * with its direction applied (`normalizeFirst`, COINr's `normalise_first`), the result scaled
 * back to the leaf's own range. A leaf that is constant has no scaled value: it is left out of
 * the summaries, and a missing value of it is filled with its constant, as in COINr. A unit
 * with no value in the group keeps its missing values. Updates `missing` and the leaves'
 * `extents` (at 2k and 2k + 1), which filling on the raw scale can stretch.
 */
export function imputeRows(
  nodes: readonly CompiledNode[],
  columns: readonly Float64Array[],
  missing: Uint32Array,
  extents: Float64Array,
  settings: Extract<ImputeSettings, { by: 'row' }>,
): void {
  // Stryker disable next-line OptionalChaining: a framework has at least one leaf, so columns[0] exists.
  const n = columns[0]?.length ?? 0;
  for (const leaves of rowGroups(nodes, settings.level).values()) {
    // Stryker disable next-line ConditionalExpression,ArrowFunction: speed only; a group with nothing missing gets no fill and keeps its extents.
    if (leaves.every((k) => missing[k] === 0)) continue;
    // Scale x ↦ (d·x − low) / (high − low), where d is ±1 and [low, high] is d·x's range.
    const scales = leaves.map((k) => {
      const sign = (nodes[k] as CompiledNode).normalize?.direction === 'lower-is-better' ? -1 : 1;
      const min = extents[2 * k] as number;
      const max = extents[2 * k + 1] as number;
      const [low, high] = sign === 1 ? [min, max] : [-max, -min];
      return { sign, low, span: high - low };
    });
    const scaled = (j: number, x: number): number => {
      if (!settings.normalizeFirst) return x;
      const { sign, low, span } = scales[j] as (typeof scales)[number];
      return (sign * x - low) / span;
    };
    const back = (j: number, f: number): number => {
      if (!settings.normalizeFirst) return f;
      const { sign, low, span } = scales[j] as (typeof scales)[number];
      // Stryker disable next-line ArithmeticOperator: sign is ±1, and dividing by ±1 is multiplying by it.
      return (f * span + low) * sign;
    };
    const fills = leaves.map(() => new Float64Array(n).fill(Number.NaN));
    // Stryker disable next-line EqualityOperator: the unit one past the end reads undefined in every column: nothing absent, nothing filled.
    for (let u = 0; u < n; u++) {
      const present: number[] = [];
      // Stryker disable next-line BooleanLiteral: a row with nothing absent gets a summary but no fill (only missing values are filled).
      let absent = false;
      leaves.forEach((k, j) => {
        const x = (columns[k] as Float64Array)[u] as number;
        if (Number.isNaN(x)) absent = true;
        else {
          const value = scaled(j, x);
          if (Number.isFinite(value)) present.push(value);
        }
      });
      // Stryker disable next-line ConditionalExpression: as above, only missing values are filled.
      if (!absent) continue;
      const f = summary(present, settings.method);
      // Stryker disable next-line ConditionalExpression: a NaN summary scales back to NaN, which leaves the value missing.
      if (Number.isNaN(f)) continue;
      leaves.forEach((k, j) => {
        // Stryker disable next-line ConditionalExpression: a fill written for a present value is never read (the loop below fills only missing values).
        if (Number.isNaN((columns[k] as Float64Array)[u] as number))
          (fills[j] as Float64Array)[u] = back(j, f);
      });
    }
    leaves.forEach((k, j) => {
      const column = columns[k] as Float64Array;
      const fill = fills[j] as Float64Array;
      let absent = 0;
      for (let u = 0; u < n; u++) {
        if (Number.isNaN(column[u] as number)) column[u] = fill[u] as number;
        const x = column[u] as number;
        // A leaf without any value has no range to scale back to: it stays missing.
        if (!Number.isFinite(x)) {
          column[u] = Number.NaN;
          absent++;
          continue;
        }
        // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
        if (x < (extents[2 * k] as number)) extents[2 * k] = x;
        // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
        if (x > (extents[2 * k + 1] as number)) extents[2 * k + 1] = x;
      }
      missing[k] = absent;
    });
  }
}
