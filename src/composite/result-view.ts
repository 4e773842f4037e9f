// The one reader of composite results. `compositeIndex` returns rows (one object per unit) and
// `compositeIndexColumns` columns (one array per quantity); every function that reads a result
// (strengthsWeaknesses, scoreToReach, attributeRankChange, decomposeChange) takes either, and
// turns it into this view here, so that what counts as a result, and the error for what does
// not, is written once.
import { describe } from '../internal/describe.js';
import { fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { CompositeColumnsResult } from './composite.js';
import type { CompositeResult } from './composite-types.js';

/**
 * What {@link compositeIndex} or {@link compositeIndexColumns} returns: the
 * rows or the columns of one evaluation. Every function that reads a
 * composite result ({@link strengthsWeaknesses}, {@link scoreToReach},
 * {@link attributeRankChange}, {@link decomposeChange}) takes either form as
 * it comes.
 *
 * @category KPI
 */
export type CompositeIndexResult = readonly CompositeResult[] | CompositeColumnsResult;

/** A composite result read the same way whichever form it came in. */
export interface ResultView {
  /** The units, in the result's order. */
  readonly units: readonly string[];
  /** Each unit's score, aligned with `units`. */
  readonly scores: readonly (number | null)[];
  /** Each unit's rank, aligned with `units`. */
  readonly ranks: readonly (number | null)[];
  /** The node ids, in the engine's order (the root last). */
  readonly nodeIds: readonly string[];
  /** Every unit's value of one node, aligned with `units`; `undefined` for an id not in the result. */
  column(id: string): readonly (number | null)[] | undefined;
  /** One unit's value of every node (the unit by its position in `units`). */
  valuesOf(u: number): Readonly<Record<string, number | null>>;
}

const EXPECTED = 'a compositeIndex or compositeIndexColumns result';

/**
 * Whether a value has the shape of a composite result: an array of rows
 * `{ unit, score, rank, nodes }`, or `{ units, scores, ranks, nodes }`. Only
 * the shape is looked at (a row's `nodes` is not built), so it is cheap.
 */
export function isCompositeResult(value: unknown): value is CompositeIndexResult {
  if (Array.isArray(value)) return value.length > 0 && value.every(isRow);
  // Stryker disable next-line ConditionalExpression: a number or string has no units array either, so the checks below refuse it too.
  if (typeof value !== 'object' || value === null) return false;
  const columns = value as Partial<Record<keyof CompositeColumnsResult, unknown>>;
  return (
    Array.isArray(columns.units) &&
    Array.isArray(columns.scores) &&
    Array.isArray(columns.ranks) &&
    typeof columns.nodes === 'object' &&
    columns.nodes !== null
  );
}

function isRow(row: unknown): boolean {
  // Stryker disable next-line ConditionalExpression: a number or string has no string unit either, so the check below refuses it too.
  if (typeof row !== 'object' || row === null) return false;
  const { unit, nodes } = row as Partial<Record<keyof CompositeResult, unknown>>;
  return typeof unit === 'string' && typeof nodes === 'object' && nodes !== null;
}

/**
 * Reads a composite result of either form (`INVALID_ARGUMENT` for anything
 * else, naming `where`).
 */
export function resultView(result: unknown, where: string): ResultView {
  if (!isCompositeResult(result)) fail('INVALID_ARGUMENT', where, EXPECTED, result);
  return Array.isArray(result) ? rowsView(result) : columnsView(result as CompositeColumnsResult);
}

function columnsView(result: CompositeColumnsResult): ResultView {
  const nodes = result.nodes;
  return {
    units: result.units,
    scores: result.scores,
    ranks: result.ranks,
    nodeIds: Object.keys(nodes),
    column: (id) => (Object.hasOwn(nodes, id) ? nodes[id] : undefined),
    valuesOf: (u) =>
      Object.fromEntries(Object.entries(nodes).map(([id, values]) => [id, values[u] ?? null])),
  };
}

function rowsView(rows: readonly CompositeResult[]): ResultView {
  // A row builds its `nodes` on first read; columns are built only for the nodes asked for.
  const first = rows[0] as CompositeResult;
  const nodeIds = Object.keys(first.nodes);
  const built = new Map<string, readonly (number | null)[]>();
  return {
    units: rows.map((row) => row.unit),
    scores: rows.map((row) => row.score),
    ranks: rows.map((row) => row.rank),
    nodeIds,
    column: (id) => {
      if (!nodeIds.includes(id)) return undefined;
      let values = built.get(id);
      // Stryker disable next-line ConditionalExpression: a cache; building the column again gives the same values.
      if (values === undefined) {
        values = rows.map((row) => row.nodes[id] ?? null);
        built.set(id, values);
      }
      return values;
    },
    valuesOf: (u) => (rows[u] as CompositeResult).nodes,
  };
}

/** The position of a unit in a result (`UNKNOWN_ID`, naming `where`, for a unit it does not hold). */
export function unitPosition(view: ResultView, unit: unknown, where: string): number {
  if (typeof unit !== 'string') fail('INVALID_ARGUMENT', where, 'a unit code', unit);
  const u = view.units.indexOf(unit);
  if (u < 0) raise('UNKNOWN_ID', where, `${describe(unit)} is not a unit of the result`);
  return u;
}
