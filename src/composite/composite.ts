import { knownKeys, record } from '../internal/guards.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { fromColumn } from './column.js';
import { type Evaluation, evaluate } from './composite-engine.js';
import {
  COMPOSITE_OPTIONS,
  type CompositeData,
  type CompositeOptions,
  type CompositeResult,
  type CompositeRow,
} from './composite-types.js';

// Checked here, not in the engine: the uncertainty functions pass the engine their own options,
// which hold more keys than these.
/** Refuses options `compositeIndex` does not take (a misspelt one would be ignored). */
function checkOptions(options: unknown): void {
  knownKeys(record(options, 'options'), COMPOSITE_OPTIONS, 'options');
}

/**
 * Builds a composite index — DTI-style — from indicator values: aggregates up
 * a weighted tree node by node (each node with its own method and
 * missing-data policy), normalises any node's values across units where its
 * `normalize` asks, and ranks the units by the root's value.
 *
 * @param data - unit → indicator id → value as a record or `Map` (a missing key
 *   counts as `null`), or columns; see {@link CompositeData}.
 * @param framework - the tree; leaves are indicator ids.
 * @param options - default aggregation, imputation, tie rule.
 * @returns one result per unit, in the data's order.
 * @throws {@link DxError} `INVALID_ARGUMENT` for malformed data, options or
 *   framework (an unknown option or node key, empty or duplicate ids, children that all weigh 0, unknown
 *   methods, a `generalized-mean` without `p`, `treat` on a node with children
 *   or with bad options, Box-Cox without shift on values ≤ 0), a missing
 *   value where the policy is `'error'` (naming unit and node), a value ≤ 0
 *   under a geometric or harmonic mean (a negative one under a generalised
 *   mean), or a normalisation that cannot
 *   apply (see {@link normalize}: constant values with `constant: 'error'`, a
 *   target at the data's far end); `INVALID_NUMBER` for `NaN` or infinite
 *   values (naming unit and indicator), a weight that is not a finite number
 *   ≥ 0, or values whose normalisation would overflow; `LENGTH_MISMATCH` for a column whose length is not the number of
 *   units; `UNKNOWN_ID` for a unit without a group when imputing by group,
 *   or a framework leaf that no unit has (a misspelt id: the message lists
 *   the ids the data has).
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
 *     { id: 'online', weight: 2, normalize: { method: 'goalposts' as const, min: 0, max: 100 } },
 *     { id: 'signed', weight: 1, normalize: { method: 'goalposts' as const, min: 0, max: 100 } },
 *   ],
 * };
 * compositeIndex(data, framework).map((r) => [r.unit, r.rank]); // [['48', 1], ['49', 3], ['93', 2]]
 * ```
 *
 * @category KPI
 */
export function compositeIndex<Row extends CompositeRow<Row>>(
  data: Readonly<Record<string, Row>> | ReadonlyMap<string, Row>,
  framework: FrameworkNode | string,
  options?: CompositeOptions,
): CompositeResult[];
/** Columns, or data typed as {@link CompositeData}. */
export function compositeIndex(
  data: CompositeData,
  framework: FrameworkNode | string,
  options?: CompositeOptions,
): CompositeResult[];
// The implementation behind both signatures (its comment is not published).
export function compositeIndex(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions = {},
): CompositeResult[] {
  checkOptions(options);
  const { units, ids, columns, scores, ranks } = evaluate(data, framework, options);
  // Plain objects, so that results compare, serialise and freeze like any record. `nodes` is
  // an enumerable accessor (spreading, JSON.stringify and structuredClone see it) that builds
  // the record on first read and keeps it. Measured against a class with a private index (about
  // 1.5× faster at commune scale, but not a plain object) and a shared accessor that looks its
  // unit up (slower): for thousands of units and many years, use compositeIndexColumns.
  return units.map((unit, u) => {
    let nodes: Record<string, number | null> | undefined;
    return {
      unit,
      score: scores[u] ?? null,
      rank: ranks[u] ?? null,
      get nodes() {
        nodes ??= nodesOfUnit(ids, columns, u);
        return nodes;
      },
    };
  });
}

function nodesOfUnit(
  ids: Evaluation['ids'],
  columns: Evaluation['columns'],
  u: number,
): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  ids.forEach((id, k) => {
    const value = (columns[k] as Float64Array)[u] as number;
    values[id] = Number.isNaN(value) ? null : value;
  });
  return values;
}

/**
 * The result of {@link compositeIndexColumns}: one array per quantity, each
 * aligned with `units`.
 *
 * @category KPI
 */
export interface CompositeColumnsResult {
  /** The units, in the data's order. */
  readonly units: readonly string[];
  /** Each unit's score (the root node's value), `null` when coverage fell short. */
  readonly scores: readonly (number | null)[];
  /** Each unit's rank by score, 1 best; `null` without a score. */
  readonly ranks: readonly (number | null)[];
  /**
   * Node id → every unit's value of that node (after normalisation). Built on
   * first access (an enumerable getter, so `JSON.stringify` includes it).
   */
  readonly nodes: Readonly<Record<string, readonly (number | null)[]>>;
}

/**
 * {@link compositeIndex} with its results in columns: from the same data (any
 * form: records, a `Map` or columns), the same scores and ranks, returned as
 * arrays aligned with the units instead of one object per unit. The form for
 * large data — thousands of communes, many years — where per-unit objects
 * cost more than the arithmetic; pass columns too for the fastest path.
 *
 * @param data - as for {@link compositeIndex}: records, a `Map`, or columns.
 * @param framework - the tree; leaves are indicator ids.
 * @param options - default aggregation, imputation, tie rule.
 * @returns units, scores and ranks as aligned arrays, and every node's values by id.
 * @throws {@link DxError} as {@link compositeIndex}.
 *
 * @example
 * ```ts
 * import { compositeIndexColumns } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['48', '49', '93'],
 *   columns: { online: [90, 60, 75], signed: [98, 94, 96] },
 * };
 * const result = compositeIndexColumns(data, { id: 'government', children: ['online', 'signed'] });
 * result.scores; // [94, 77, 85.5]
 * result.ranks; // [1, 3, 2]
 * result.nodes.online; // [90, 60, 75]
 * ```
 *
 * @category KPI
 */
export function compositeIndexColumns<Row extends CompositeRow<Row>>(
  data: Readonly<Record<string, Row>> | ReadonlyMap<string, Row>,
  framework: FrameworkNode | string,
  options?: CompositeOptions,
): CompositeColumnsResult;
/** Columns, or data typed as {@link CompositeData}. */
export function compositeIndexColumns(
  data: CompositeData,
  framework: FrameworkNode | string,
  options?: CompositeOptions,
): CompositeColumnsResult;
// The implementation behind both signatures (its comment is not published).
export function compositeIndexColumns(
  data: CompositeData,
  framework: FrameworkNode | string,
  options: CompositeOptions = {},
): CompositeColumnsResult {
  checkOptions(options);
  const { units, ids, columns, scores, ranks } = evaluate(data, framework, options);
  let nodes: Record<string, (number | null)[]> | undefined;
  return {
    units,
    scores,
    ranks,
    get nodes() {
      nodes ??= Object.fromEntries(
        ids.map((id, k) => [id, fromColumn(columns[k] as Float64Array)]),
      );
      return nodes;
    },
  };
}
