// The engine behind `compositeIndex` and `compositeIndexColumns`: the framework compiled to a
// flat list of nodes (children before parents), every node's values in one typed column, and
// NaN as the internal mark for "missing" (it never leaves vn-dx).

import type { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { arrayLike, fail, notHole } from '../internal/guards.js';
import { dxError, issue, raise } from '../internal/issue.js';
import type {
  FrameworkNode,
  NodeAggregateOptions,
  NormalizeMethod,
} from '../model/framework-node.js';
import { rank } from '../ranking/rank.js';
import { exactSum } from '../stats/sum.js';
import {
  type AggregateSettings,
  aggregateRow,
  aggregateSettings,
  type NodeAggregateSettings,
} from './aggregate.js';
import { fromColumn } from './column.js';
import type { CompositeColumns, CompositeData, CompositeOptions } from './composite-types.js';
import { imputeColumn, imputeRows, imputeSettings } from './impute.js';
import { checkMethod, normalizeColumn } from './normalize.js';
import { type TreatSettings, treatColumn, treatSettings } from './treat-outliers.js';
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

function invalidValue(value: unknown, unit: unknown, id: string): DxError {
  return dxError(
    'INVALID_NUMBER',
    issue(['data', String(unit), id], `expected a finite number or null, got ${describe(value)}`, {
      expected: 'a finite number or null',
      received: value,
    }),
  );
}

/**
 * Reads every leaf's values into its column of `store` (NaN for missing), counts the missing
 * ones and notes each leaf's smallest and largest value in `extents` (at 2k and 2k + 1, for
 * node k), so that min-max scaling needs no second look; a value that is neither a finite
 * number nor null/undefined throws.
 */
type LeafReader = (
  leaves: ReadonlyMap<string, number>,
  store: Float64Array,
  missing: Uint32Array,
  extents: Float64Array,
  found: Uint8Array,
) => void;

function readColumns(data: CompositeColumns): { units: readonly string[]; read: LeafReader } {
  const { units, columns } = data;
  if (!Array.isArray(units) || typeof columns !== 'object' || columns === null) {
    raise(
      'INVALID_ARGUMENT',
      'data',
      `expected { kind: 'columns', units: string[], columns: { id: values } }`,
    );
  }
  for (const unit of units) {
    if (typeof unit !== 'string') fail('INVALID_ARGUMENT', 'data.units', 'strings', unit);
  }
  // A unit is one place: the same name twice is a data error, and results find units by name.
  if (new Set(units).size !== units.length) {
    const seen = new Set<string>();
    for (const unit of units) {
      if (seen.has(unit))
        raise('INVALID_ARGUMENT', 'data.units', `${describe(unit)} appears twice`);
      seen.add(unit);
    }
  }
  const n = units.length;
  return {
    units: [...units],
    read: (leaves, store, missing, extents, found) => {
      for (const [id, node] of leaves) {
        const column = store.subarray(node * n, (node + 1) * n);
        const source = Object.hasOwn(columns, id) ? columns[id] : undefined;
        if (source === undefined) {
          column.fill(Number.NaN);
          missing[node] = n;
          continue;
        }
        found[node] = 1;
        arrayLike(source, `data.columns[${describe(id)}]`, 'an array of values, one per unit');
        if (source.length !== n) {
          raise(
            'LENGTH_MISMATCH',
            '',
            `data.columns[${describe(id)}]: expected ${n} values, one per unit`,
          );
        }
        let absent = 0;
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        if (source instanceof Float64Array) {
          // A typed column has no null: every value must be finite (x − x is 0 only then).
          for (let u = 0; u < n; u++) {
            const value = source[u] as number;
            if (value - value !== 0) throw invalidValue(value, units[u], id);
            column[u] = value;
            if (value < min) min = value;
            if (value > max) max = value;
          }
        } else {
          for (let u = 0; u < n; u++) {
            const value = source[u];
            if (typeof value === 'number' && value - value === 0) {
              column[u] = value;
              if (value < min) min = value;
              if (value > max) max = value;
            } else if (value === null || value === undefined) {
              if (value === undefined) notHole(source, u, `data.columns[${describe(id)}]`);
              column[u] = Number.NaN;
              absent++;
            } else throw invalidValue(value, units[u], id);
          }
        }
        missing[node] = absent;
        extents[2 * node] = min;
        extents[2 * node + 1] = max;
      }
    },
  };
}

function readRows(data: Exclude<CompositeData, CompositeColumns>): {
  units: readonly string[];
  read: LeafReader;
} {
  const entries: [string, unknown][] =
    data instanceof Map
      ? [...data.entries()]
      : Object.keys(data).map((unit) => [unit, (data as Record<string, unknown>)[unit]]);
  for (const [unit, row] of entries) {
    if (typeof row !== 'object' || row === null) {
      raise(
        'INVALID_ARGUMENT',
        '',
        `data[${describe(unit)}]: expected indicator → value, got ${describe(row)}`,
      );
    }
  }
  const n = entries.length;
  return {
    units: entries.map(([unit]) => unit),
    read: (leaves, store, missing, extents, found) => {
      for (const node of leaves.values()) {
        store.fill(Number.NaN, node * n, (node + 1) * n);
        missing[node] = n;
      }
      // Row by row over each row's own keys: one lookup per value present, not one per leaf.
      for (let u = 0; u < n; u++) {
        const [unit, row] = entries[u] as [string, Record<string, unknown>];
        for (const id of Object.keys(row)) {
          const node = leaves.get(id);
          if (node === undefined) continue;
          found[node] = 1;
          const value = row[id];
          if (value === null || value === undefined) continue;
          if (typeof value !== 'number' || value - value !== 0) throw invalidValue(value, unit, id);
          store[node * n + u] = value;
          missing[node] = (missing[node] as number) - 1;
          if (value < (extents[2 * node] as number)) extents[2 * node] = value;
          if (value > (extents[2 * node + 1] as number)) extents[2 * node + 1] = value;
        }
      }
    },
  };
}

/** The error for framework leaves that no unit has, with the closest ids the data does have. */
function absentLeaves(absent: readonly string[], data: CompositeData): DxError {
  const ids = new Set<string>();
  if (!(data instanceof Map) && (data as { kind?: unknown }).kind === 'columns')
    for (const id of Object.keys((data as CompositeColumns).columns)) ids.add(id);
  else
    for (const row of data instanceof Map ? data.values() : Object.values(data))
      for (const id of Object.keys(row as object)) ids.add(id);
  const shown = [...ids].slice(0, 8).map((id) => describe(id));
  return dxError(
    'UNKNOWN_ID',
    issue(
      'framework',
      `${absent.map((id) => `leaf ${describe(id)}`).join(', ')} ${absent.length === 1 ? 'is' : 'are'} in no unit's data; check the spelling (the data has ${shown.join(', ')}${ids.size > shown.length ? ', …' : ''}), or give the units the indicator with null values`,
      {
        expected: 'leaves that the data holds',
        received: absent,
        candidates: [...ids].slice(0, 8),
      },
    ),
  );
}

function readData(data: CompositeData): { units: readonly string[]; read: LeafReader } {
  if (data === null || typeof data !== 'object') {
    fail('INVALID_ARGUMENT', 'data', 'unit → indicator → value', data);
  }
  return !(data instanceof Map) && (data as { kind?: unknown }).kind === 'columns'
    ? readColumns(data as CompositeColumns)
    : readRows(data as Exclude<CompositeData, CompositeColumns>);
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

/**
 * Copeland scores (COINr's `a_copeland` with `outrankMatrix`): for each pair of units, the
 * weight share of the children where one is higher, plus half where they tie, decides who
 * outranks whom (+1 / −1, 0 on an even split). Weights are shared among the children both
 * units have (all of them with complete data, where this is COINr's computation exactly).
 * Writes each unit's score to `values` and returns how many have none; the replication engine
 * (`sensitivity/replicate.ts`) calls it too, so that a replication scores as `compositeIndex`.
 */
export function copeland(
  children: readonly Float64Array[],
  weights: Float64Array,
  settings: NodeAggregateSettings,
  n: number,
  values: Float64Array,
  checkMissing: (u: number, k: number) => void,
): number {
  // Shares of weights scaled by the largest first, so that no sum of weights overflows.
  let largest = 0;
  for (const weight of weights) if (weight > largest) largest = weight;
  const scaledWeights = weights.map((w) => w / largest);
  const total = exactSum(scaledWeights);
  const shares = scaledWeights.map((w) => w / total);
  let positive = 0;
  for (const share of shares) if (share > 0) positive++;
  // A unit takes part when it passes the node's coverage rule, as for the means.
  const active = new Uint8Array(n);
  const row = new Float64Array(children.length);
  const coverage = { ...settings, method: 'arithmetic' as const };
  for (let u = 0; u < n; u++) {
    for (let k = 0; k < children.length; k++) {
      const value = (children[k] as Float64Array)[u] as number;
      if (Number.isNaN(value)) checkMissing(u, k);
      // Any present value will do: only whether the unit has coverage matters here.
      row[k] = Number.isNaN(value) ? value : 0;
    }
    active[u] = Number.isNaN(aggregateRow(row, weights, coverage)) ? 0 : 1;
  }
  values.fill(0);
  for (let u = 0; u < n; u++) {
    if (active[u] === 0) continue;
    for (let v = u + 1; v < n; v++) {
      if (active[v] === 0) continue;
      let wins = 0;
      let ties = 0;
      let common = 0;
      let compared = 0;
      for (let k = 0; k < children.length; k++) {
        const share = shares[k] as number;
        if (share === 0) continue;
        const a = (children[k] as Float64Array)[u] as number;
        const b = (children[k] as Float64Array)[v] as number;
        if (Number.isNaN(a) || Number.isNaN(b)) continue;
        common += share;
        compared++;
        if (a > b) wins += share;
        else if (a === b) ties += share;
      }
      if (compared === 0) continue;
      // R adds sum(w[>]) and sum(w[==]) / 2 in that order; with every child compared, the
      // shares already sum to 1 and COINr divides by nothing.
      const outranks = (wins + ties / 2) / (compared === positive ? 1 : common);
      const sign = outranks > 0.5 ? 1 : outranks < 0.5 ? -1 : 0;
      values[u] = (values[u] as number) + sign;
      values[v] = (values[v] as number) - sign;
    }
  }
  let absent = 0;
  for (let u = 0; u < n; u++) {
    if (active[u] === 0) {
      values[u] = Number.NaN;
      absent++;
    }
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
