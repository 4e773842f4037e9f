import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import type { Label } from '../model/label.js';
import { rank, type TieMethod } from '../ranking/rank.js';
import { type AggregateOptions, aggregateChecked, aggregateSettings } from './aggregate.js';
import { type NormalizeMethod, normalize } from './normalize.js';

/**
 * A node of a composite-index framework. A node with `children` aggregates
 * them; a node without is a leaf whose `id` is an indicator id in the data.
 * A bare string stands for a leaf with weight 1.
 *
 * @category KPI
 */
export interface FrameworkNode {
  /** The node's id: an indicator id at a leaf, any unique name above. */
  readonly id: string;
  /** Weight relative to its siblings (default 1). */
  readonly weight?: number;
  /** Normalisation of this node's values across units; none means values are used as given. */
  readonly normalize?: NormalizeMethod;
  /** How this node combines its children; default the `aggregate` option of {@link compositeIndex}. */
  readonly aggregate?: AggregateOptions;
  /** The nodes it aggregates. */
  readonly children?: readonly (FrameworkNode | string)[];
  /** A label for reports. */
  readonly label?: Label;
}

/**
 * Options for {@link compositeIndex}.
 *
 * @category KPI
 */
export interface CompositeOptions {
  /** Default aggregation for nodes without their own (default arithmetic, missing values are errors). */
  readonly aggregate?: AggregateOptions;
  /**
   * Fill missing leaf values before normalising: with the column's `mean` or
   * `median`, over all units or, with `groups`, over the unit's group (unit →
   * group name, e.g. its region). A unit whose group has no value stays missing.
   */
  readonly impute?: {
    readonly method: 'mean' | 'median';
    readonly groups?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  };
  /** Tie rule for the final ranking; default `competition`. */
  readonly ties?: TieMethod;
}

/**
 * One unit's result.
 *
 * @category KPI
 */
export interface CompositeResult {
  /** The unit (province code, commune code…). */
  readonly unit: string;
  /** The root node's value, or `null` when coverage fell short. */
  readonly score: number | null;
  /** Rank by score among the units, 1 best; `null` without a score. */
  readonly rank: number | null;
  /** Every node's value (after normalisation), by node id. */
  readonly nodes: Readonly<Record<string, number | null>>;
}

/**
 * The data for {@link compositeIndex}: unit → indicator id → value (or `null`).
 *
 * @category KPI
 */
export type CompositeData =
  | Readonly<Record<string, Readonly<Record<string, number | null | undefined>>>>
  | ReadonlyMap<string, Readonly<Record<string, number | null | undefined>>>;

interface CompiledNode {
  readonly id: string;
  readonly weight: number;
  readonly normalize: NormalizeMethod | undefined;
  readonly aggregate: Required<AggregateOptions>;
  readonly children: readonly number[];
}

const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);

function compile(
  root: FrameworkNode | string,
  defaults: Required<AggregateOptions>,
): CompiledNode[] {
  const nodes: CompiledNode[] = [];
  const seen = new Set<string>();
  const visit = (node: FrameworkNode | string, path: string): number => {
    const spec: FrameworkNode = typeof node === 'string' ? { id: node } : node;
    if (
      typeof spec !== 'object' ||
      spec === null ||
      typeof spec.id !== 'string' ||
      spec.id === ''
    ) {
      throw new DxError(
        'INVALID_ARGUMENT',
        `${path}: expected a node { id, … } or an indicator id, got ${describe(node)}.`,
      );
    }
    if (FORBIDDEN_IDS.has(spec.id))
      throw new DxError('INVALID_ARGUMENT', `${path}: ${describe(spec.id)} cannot be a node id.`);
    if (seen.has(spec.id))
      throw new DxError('INVALID_ARGUMENT', `${path}: node id ${describe(spec.id)} appears twice.`);
    seen.add(spec.id);
    const weight = spec.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new DxError(
        'INVALID_NUMBER',
        `${path} (${spec.id}).weight: expected a finite number ≥ 0, got ${describe(weight)}.`,
      );
    }
    if (
      spec.children !== undefined &&
      (!Array.isArray(spec.children) || spec.children.length === 0)
    ) {
      throw new DxError(
        'INVALID_ARGUMENT',
        `${path} (${spec.id}).children: expected a non-empty array.`,
      );
    }
    const children = (spec.children ?? []).map((child, index) =>
      visit(child, `${path}.children[${index}]`),
    );
    if (children.length > 0 && children.every((child) => nodes[child]?.weight === 0)) {
      throw new DxError('INVALID_ARGUMENT', `${path} (${spec.id}): all children weigh 0.`);
    }
    nodes.push({
      id: spec.id,
      weight,
      normalize: spec.normalize,
      aggregate:
        spec.aggregate === undefined
          ? defaults
          : aggregateSettings({ ...defaults, ...spec.aggregate }),
      children,
    });
    return nodes.length - 1;
  };
  visit(root, 'framework');
  return nodes;
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function impute(
  column: (number | null)[],
  units: readonly string[],
  impute: NonNullable<CompositeOptions['impute']>,
): void {
  const groupOf = (unit: string): string => {
    if (!impute.groups) return '';
    const group =
      impute.groups instanceof Map
        ? impute.groups.get(unit)
        : Object.hasOwn(impute.groups, unit)
          ? (impute.groups as Record<string, string>)[unit]
          : undefined;
    if (typeof group !== 'string')
      throw new DxError('UNKNOWN_ID', `impute.groups: unit ${describe(unit)} has no group.`);
    return group;
  };
  const byGroup = new Map<string, number[]>();
  column.forEach((value, i) => {
    if (value === null) return;
    const group = groupOf(units[i] as string);
    const list = byGroup.get(group) ?? [];
    list.push(value);
    byGroup.set(group, list);
  });
  const fill = new Map<string, number>();
  for (const [group, list] of byGroup) {
    fill.set(
      group,
      impute.method === 'mean'
        ? list.reduce((a, b) => a + b, 0) / list.length
        : median([...list].sort((a, b) => a - b)),
    );
  }
  column.forEach((value, i) => {
    if (value === null) column[i] = fill.get(groupOf(units[i] as string)) ?? null;
  });
}

/**
 * Builds a composite index — DTI-style — from indicator values: normalises
 * leaves where asked, aggregates up a weighted tree node by node (each node
 * with its own method and missing-data policy), and ranks the units by the
 * root's value.
 *
 * @param data - unit → indicator id → value (or `null`); a missing key counts as `null`.
 * @param framework - the tree; leaves are indicator ids.
 * @param options - default aggregation, imputation, tie rule.
 * @returns one result per unit, in the data's order.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a malformed framework (empty
 *   or duplicate ids, bad weights), or a missing value where the policy is
 *   `'error'` (naming unit and node); `INVALID_NUMBER` for `NaN` or infinite
 *   values (naming unit and indicator); `UNKNOWN_ID` for a unit without a
 *   group when imputing by group.
 *
 * @example
 * ```ts
 * import { compositeIndex } from 'vn-dx';
 *
 * const data = {
 *   '48': { online: 90, signed: 98 },
 *   '49': { online: 60, signed: 94 },
 *   '93': { online: 75, signed: null },
 * };
 * const framework = {
 *   id: 'government',
 *   aggregate: { missing: 'reweight' as const },
 *   children: [
 *     { id: 'online', weight: 2, normalize: { kind: 'goalposts' as const, min: 0, max: 100 } },
 *     { id: 'signed', weight: 1, normalize: { kind: 'goalposts' as const, min: 0, max: 100 } },
 *   ],
 * };
 * compositeIndex(data, framework).map((r) => [r.unit, r.rank]); // [['48', 1], ['49', 3], ['93', 2]]
 * ```
 *
 * @category KPI
 */
export function compositeIndex(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions = {},
): CompositeResult[] {
  if (typeof options !== 'object' || options === null) {
    throw new DxError('INVALID_ARGUMENT', `options: expected an object, got ${describe(options)}.`);
  }
  const defaults = aggregateSettings(options.aggregate);
  const nodes = compile(framework, defaults);
  if (data === null || typeof data !== 'object') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `data: expected unit → indicator → value, got ${describe(data)}.`,
    );
  }
  const entries: [string, Readonly<Record<string, unknown>>][] =
    data instanceof Map
      ? [...data.entries()]
      : Object.keys(data).map((unit) => [
          unit,
          (data as Record<string, Record<string, unknown>>)[unit] ?? {},
        ]);
  const units = entries.map(([unit]) => unit);
  const columns: (number | null)[][] = [];
  for (const node of nodes) {
    let column: (number | null)[];
    if (node.children.length === 0) {
      column = entries.map(([unit, row]) => {
        if (typeof row !== 'object' || row === null) {
          throw new DxError(
            'INVALID_ARGUMENT',
            `data[${describe(unit)}]: expected indicator → value, got ${describe(row)}.`,
          );
        }
        const value = Object.hasOwn(row, node.id) ? row[node.id] : null;
        if (value === null || value === undefined) return null;
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw new DxError(
            'INVALID_NUMBER',
            `data[${describe(unit)}][${describe(node.id)}]: expected a finite number or null, got ${describe(value)}.`,
          );
        }
        return value;
      });
      if (options.impute) impute(column, units, options.impute);
    } else {
      const weights = node.children.map((child) => (nodes[child] as CompiledNode).weight);
      const buffer: (number | null)[] = new Array(node.children.length);
      const { method, missing, minCoverage } = node.aggregate;
      column = units.map((unit, u) => {
        node.children.forEach((child, k) => {
          buffer[k] = (columns[child] as (number | null)[])[u] ?? null;
        });
        if (missing === 'error') {
          const gap = buffer.findIndex((value, k) => value === null && (weights[k] as number) > 0);
          if (gap !== -1) {
            const child = nodes[node.children[gap] as number] as CompiledNode;
            throw new DxError(
              'INVALID_ARGUMENT',
              `unit ${describe(unit)}, node ${describe(node.id)}: ${describe(child.id)} is missing; use aggregate: { missing: 'reweight' } or impute.`,
            );
          }
        }
        return aggregateChecked(buffer, weights, method, missing, minCoverage);
      });
    }
    columns.push(node.normalize ? normalize(column, node.normalize) : column);
  }
  const root = columns[columns.length - 1] as (number | null)[];
  const ranks = rank(root, { ties: options.ties ?? 'competition' });
  return units.map((unit, u) => {
    const values: Record<string, number | null> = {};
    nodes.forEach((node, n) => {
      values[node.id] = (columns[n] as (number | null)[])[u] ?? null;
    });
    return { unit, score: root[u] ?? null, rank: ranks[u] ?? null, nodes: values };
  });
}
