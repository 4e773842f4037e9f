import type { CompositeColumnsResult } from '../composite/composite.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, integerBetween, knownKeys, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { rank } from '../ranking/rank.js';

/**
 * One node of a unit in {@link strengthsWeaknesses}.
 *
 * @category Analysis
 */
export interface NodeStanding {
  /** The node (indicator, pillar, sub-index). */
  readonly id: string;
  /** The unit's value of it, as the index sees it (after normalisation). */
  readonly value: number;
  /** The unit's rank on it among the units with a value (1 best, ties `competition`). */
  readonly rank: number;
}

/**
 * What {@link strengthsWeaknesses} finds for one unit.
 *
 * @category Analysis
 */
export interface StrengthsWeaknesses {
  /** The unit described. */
  readonly unit: string;
  /** The `n` nodes where the unit ranks best, best first. */
  readonly strengths: readonly NodeStanding[];
  /** The `n` nodes where the unit ranks worst, worst first. */
  readonly weaknesses: readonly NodeStanding[];
  /** Every node where the unit ranks first ("leads 4 main indices"), in framework order. */
  readonly leads: readonly string[];
}

/**
 * Options for {@link strengthsWeaknesses}.
 *
 * @category Analysis
 */
export interface StrengthsWeaknessesOptions {
  /** How many strengths and weaknesses (default 5). */
  readonly n?: number;
  /** The nodes to look at; default every node but the root (e.g. pass the main indices' ids). */
  readonly ids?: readonly string[];
}

/** The options {@link strengthsWeaknesses} takes, to refuse any other (a misspelt one would be ignored). */
export const STRENGTHS_WEAKNESSES_OPTIONS = [
  'n',
  'ids',
] as const satisfies readonly (keyof StrengthsWeaknessesOptions)[];

/**
 * A unit's strengths and weaknesses: the nodes where it ranks best and worst
 * among the units — the way DTI reports read ("Hà Nội leads 4 main
 * indices"), and COINr's `get_str_weak` at any level. Ranks are of the values
 * as the index computed them, higher better (normalised leaves are; a leaf
 * without `normalize` is ranked as given, higher better). Ties between nodes
 * of equal rank keep the framework's order; a node where the unit has no value
 * is left out.
 *
 * @param result - a {@link compositeIndexColumns} result.
 * @param unit - the unit to describe.
 * @param options - `n` and `ids`.
 * @returns the strengths, the weaknesses and the nodes the unit leads.
 * @throws {@link DxError} `UNKNOWN_ID` for a unit or id not in the result;
 *   `INVALID_ARGUMENT` for a result without `units` and `nodes`, `n` that is
 *   not an integer ≥ 1, or malformed or unknown options.
 *
 * @example
 * ```ts
 * import { compositeIndexColumns, strengthsWeaknesses } from 'vn-dx';
 *
 * const result = compositeIndexColumns(
 *   {
 *     kind: 'columns',
 *     units: ['01', '79', '48'],
 *     columns: { online: [90, 80, 70], signed: [60, 95, 80], cashless: [70, 50, 60] },
 *   },
 *   { id: 'index', children: ['online', 'signed', 'cashless'] },
 * );
 * const hanoi = strengthsWeaknesses(result, '01', { n: 1 });
 * hanoi.leads; // ['online', 'cashless']
 * hanoi.weaknesses; // [{ id: 'signed', value: 60, rank: 3 }]
 * ```
 *
 * @category Analysis
 */
export function strengthsWeaknesses(
  result: CompositeColumnsResult,
  unit: string,
  options: StrengthsWeaknessesOptions = {},
): StrengthsWeaknesses {
  record(result, 'result', 'a compositeIndexColumns result');
  if (!Array.isArray(result.units) || typeof result.nodes !== 'object' || result.nodes === null)
    fail('INVALID_ARGUMENT', 'result', 'a compositeIndexColumns result (units and nodes)', result);
  record(options, 'options', 'an object like { n: 5 }');
  knownKeys(options, STRENGTHS_WEAKNESSES_OPTIONS, 'options');
  const n = integerBetween(options.n ?? 5, 1, Number.MAX_SAFE_INTEGER, 'options.n');
  const u = result.units.indexOf(unit);
  if (u < 0) raise('UNKNOWN_ID', 'unit', `${describe(unit)} is not a unit of the result`);
  const nodes = result.nodes;
  const all = Object.keys(nodes);
  if (options.ids !== undefined && !Array.isArray(options.ids))
    fail('INVALID_ARGUMENT', 'options.ids', 'an array of node ids', options.ids);
  // The root is the last node: its ranks are the result's own.
  const ids = options.ids ?? all.slice(0, -1);
  const standings: NodeStanding[] = [];
  for (const id of ids) {
    if (!Object.hasOwn(nodes, id))
      raise('UNKNOWN_ID', 'options.ids', `${describe(id)} is not a node of the result`);
    const values = nodes[id] as readonly (number | null)[];
    const value = values[u];
    if (value === null || value === undefined) continue;
    standings.push({ id, value, rank: rank(values)[u] as number });
  }
  const byRank = [...standings].sort((a, b) => a.rank - b.rank);
  const worstFirst = [...standings].sort((a, b) => b.rank - a.rank);
  return {
    unit,
    strengths: byRank.slice(0, n),
    weaknesses: worstFirst.slice(0, n),
    leads: standings.filter((s) => s.rank === 1).map((s) => s.id),
  };
}
