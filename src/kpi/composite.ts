import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import type { Label } from '../model/label.js';
import { rank, type TieMethod } from '../ranking/rank.js';
import { type AggregateOptions, aggregateRow, aggregateSettings } from './aggregate.js';
import { fromColumn, type NormalizeMethod, normalizeColumn } from './normalize.js';

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
  readonly impute?: ImputeOptions;
  /** Tie rule for the final ranking; default `competition`. */
  readonly ties?: TieMethod;
}

/**
 * How {@link compositeIndex} fills missing leaf values.
 *
 * @category KPI
 */
export interface ImputeOptions {
  /** Fill with the mean or the median of the present values. */
  readonly method: 'mean' | 'median';
  /** Unit → group (e.g. region): fill from the unit's group only. */
  readonly groups?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
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
  /**
   * Every node's value (after normalisation), by node id. Built on first
   * access (it is an enumerable getter, so spreading and `JSON.stringify`
   * include it), which keeps ranking thousands of units cheap.
   */
  readonly nodes: Readonly<Record<string, number | null>>;
}

/**
 * The data for {@link compositeIndex}, in one of three forms: unit →
 * indicator id → value (or `null`) as a record or a `Map`; or, for large data,
 * columns: `{ kind: 'columns', units, columns }` where each column is aligned
 * with `units` (a plain or typed array, `null` for missing). Results follow the
 * data's order; note that a record whose keys are codes (`'49'`, `'26'`)
 * iterates them in numeric order, so use a `Map` or columns to keep your own.
 *
 * @category KPI
 */
export type CompositeData =
  | Readonly<Record<string, Readonly<Record<string, number | null | undefined>>>>
  | ReadonlyMap<string, Readonly<Record<string, number | null | undefined>>>
  | CompositeColumns;

/**
 * Columnar data for {@link compositeIndex}: the fastest form for large data.
 *
 * @category KPI
 */
export interface CompositeColumns {
  /** Discriminant. */
  readonly kind: 'columns';
  /** The units, in order. */
  readonly units: readonly string[];
  /** Indicator id → values aligned with `units` (`null` for missing; a `Float64Array` is copied fastest). */
  readonly columns: Readonly<Record<string, ArrayLike<number | null | undefined>>>;
}

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
  column: Float64Array,
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
  const groups = units.map(groupOf);
  column.forEach((value, i) => {
    if (Number.isNaN(value)) return;
    const group = groups[i] as string;
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
    if (Number.isNaN(value)) column[i] = fill.get(groups[i] as string) ?? Number.NaN;
  });
}

/** Reads the data into units and a column getter, checking every value. */
function readData(data: CompositeData): {
  units: readonly string[];
  column: (id: string, into: Float64Array) => Float64Array;
} {
  if (data === null || typeof data !== 'object') {
    throw new DxError(
      'INVALID_ARGUMENT',
      `data: expected unit → indicator → value, got ${describe(data)}.`,
    );
  }
  const check = (value: unknown, unit: string, id: string): number => {
    if (value === null || value === undefined) return Number.NaN;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new DxError(
        'INVALID_NUMBER',
        `data[${describe(unit)}][${describe(id)}]: expected a finite number or null, got ${describe(value)}.`,
      );
    }
    return value;
  };
  if (!(data instanceof Map) && (data as { kind?: unknown }).kind === 'columns') {
    const { units, columns } = data as CompositeColumns;
    if (!Array.isArray(units) || typeof columns !== 'object' || columns === null) {
      throw new DxError(
        'INVALID_ARGUMENT',
        "data: expected { kind: 'columns', units: string[], columns: { id: values } }.",
      );
    }
    return {
      units,
      column: (id, column) => {
        const source = Object.hasOwn(columns, id) ? columns[id] : undefined;
        if (source === undefined) return column.fill(Number.NaN);
        if (source === null || typeof source !== 'object' || source.length !== units.length) {
          throw new DxError(
            'LENGTH_MISMATCH',
            `data.columns[${describe(id)}]: expected ${units.length} values, one per unit.`,
          );
        }
        if (source instanceof Float64Array) {
          column.set(source);
          for (let u = 0; u < units.length; u++) {
            if (!Number.isFinite(column[u] as number)) check(column[u], units[u] as string, id);
          }
          return column;
        }
        for (let u = 0; u < units.length; u++) {
          const value = source[u];
          column[u] =
            typeof value === 'number' && Number.isFinite(value)
              ? value
              : check(value, units[u] as string, id);
        }
        return column;
      },
    };
  }
  const entries: [string, unknown][] =
    data instanceof Map
      ? [...data.entries()]
      : Object.keys(data).map((unit) => [unit, (data as Record<string, unknown>)[unit]]);
  for (const [unit, row] of entries) {
    if (typeof row !== 'object' || row === null) {
      throw new DxError(
        'INVALID_ARGUMENT',
        `data[${describe(unit)}]: expected indicator → value, got ${describe(row)}.`,
      );
    }
  }
  return {
    units: entries.map(([unit]) => unit),
    column: (id, column) => {
      entries.forEach(([unit, row], u) => {
        const record = row as Record<string, unknown>;
        column[u] = check(Object.hasOwn(record, id) ? record[id] : null, unit, id);
      });
      return column;
    },
  };
}

function hasMissing(column: Float64Array): boolean {
  for (let u = 0; u < column.length; u++) if (Number.isNaN(column[u] as number)) return true;
  return false;
}

/** Aggregates a node's children for every unit; a column-wise fast path when nothing is missing. */
function aggregateColumns(
  children: readonly Float64Array[],
  weights: Float64Array,
  node: CompiledNode,
  nodes: readonly CompiledNode[],
  units: readonly string[],
  values: Float64Array,
): Float64Array {
  const { method, missing, minCoverage } = node.aggregate;
  const n = units.length;
  const complete = children.every(
    (column, k) => (weights[k] as number) === 0 || !hasMissing(column),
  );
  if (complete && method === 'arithmetic') {
    let total = 0;
    for (const weight of weights) total += weight;
    children.forEach((column, k) => {
      const share = (weights[k] as number) / total;
      if (share === 0) return;
      for (let u = 0; u < n; u++) values[u] = (values[u] as number) + share * (column[u] as number);
    });
    return values;
  }
  const row = new Float64Array(children.length);
  for (let u = 0; u < n; u++) {
    for (let k = 0; k < children.length; k++) {
      const value = (children[k] as Float64Array)[u] as number;
      if (Number.isNaN(value) && missing === 'error' && (weights[k] as number) > 0) {
        const child = nodes[node.children[k] as number] as CompiledNode;
        throw new DxError(
          'INVALID_ARGUMENT',
          `unit ${describe(units[u])}, node ${describe(node.id)}: ${describe(child.id)} is missing; use aggregate: { missing: 'reweight' } or impute.`,
        );
      }
      row[k] = value;
    }
    values[u] = aggregateRow(row, weights, method, missing, minCoverage);
  }
  return values;
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
  const { units, column } = readData(data);
  // One buffer for every node's column: a single allocation, however large the tree.
  const store = new Float64Array(nodes.length * units.length);
  const columns: Float64Array[] = [];
  for (const node of nodes) {
    let values: Float64Array = store.subarray(
      columns.length * units.length,
      (columns.length + 1) * units.length,
    );
    if (node.children.length === 0) {
      values = column(node.id, values);
      if (options.impute) impute(values, units, options.impute);
    } else {
      const weights = Float64Array.from(
        node.children,
        (child) => (nodes[child] as CompiledNode).weight,
      );
      const children = node.children.map((child) => columns[child] as Float64Array);
      values = aggregateColumns(children, weights, node, nodes, units, values);
    }
    columns.push(node.normalize ? normalizeColumn(values, node.normalize) : values);
  }
  const root = fromColumn(columns[columns.length - 1] as Float64Array);
  const ranks = rank(root, { ties: options.ties ?? 'competition' });
  const ids = nodes.map((node) => node.id);
  // Most callers read score and rank; `nodes` (one entry per node) is built on first access.
  const nodesOf = (u: number): Record<string, number | null> => {
    const values: Record<string, number | null> = {};
    for (let n = 0; n < ids.length; n++) {
      const value = (columns[n] as Float64Array)[u] as number;
      values[ids[n] as string] = Number.isNaN(value) ? null : value;
    }
    return values;
  };
  return units.map((unit, u) => {
    let nodes: Record<string, number | null> | undefined;
    return {
      unit,
      score: root[u] ?? null,
      rank: ranks[u] ?? null,
      get nodes() {
        nodes ??= nodesOf(u);
        return nodes;
      },
    };
  });
}
