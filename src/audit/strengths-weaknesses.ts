import { type CompositeIndexResult, resultView, unitPosition } from '../composite/result-view.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import {
  denseArray,
  fail,
  integerBetween,
  knownKeys,
  numberBetween,
  oneOf,
  record,
} from '../internal/guards.js';
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
  readonly indicators?: readonly string[];
  /**
   * Leave out every node where the unit holds the worst rank, ties included
   * (COINr's `min_discard`): default `false`. See {@link strengthsWeaknesses}.
   */
  readonly dropWorst?: boolean;
  /**
   * Leave out nodes whose share of distinct values among the units is at
   * most this (a missing value counts as one value), such as yes/no
   * indicators: COINr's `unq_discard`. Default: keep every node.
   */
  readonly minUniqueShare?: number;
  /**
   * Unit → group (e.g. its region): rank the unit among the units of its own
   * group only (COINr's `use_group`); units not named take no part.
   */
  readonly groups?: Readonly<Record<string, string>>;
}

/** The options {@link strengthsWeaknesses} takes, to refuse any other (a misspelt one would be ignored). */
export const STRENGTHS_WEAKNESSES_OPTIONS = [
  'n',
  'indicators',
  'dropWorst',
  'minUniqueShare',
  'groups',
] as const satisfies readonly (keyof StrengthsWeaknessesOptions)[];

/**
 * A unit's strengths and weaknesses: the nodes where it ranks best and worst
 * among the units — the way DTI reports read ("Hà Nội leads 4 main
 * indices"), and COINr's `get_str_weak` at any level. Ranks are of the values
 * as the index computed them, higher better (normalised leaves are; a leaf
 * without `normalize` is ranked as given, higher better). Ties between nodes
 * of equal rank keep the order of `indicators` (the framework's by default); a node
 * where the unit has no value is left out.
 *
 * **The worst rank.** Where many units share the lowest value (a yes/no
 * indicator, or one that is zero for half the provinces), each holds the
 * worst rank of the tie, which for a weak unit can be one of its best ranks:
 * it would be listed as a strength, and says nothing. `dropWorst: true`
 * leaves out every node where the unit holds the worst rank, ties included —
 * COINr's `get_str_weak` rule (`min_discard = TRUE`, its default), checked
 * against it for every ASEM unit. vn-dx's default is `false`, deliberately:
 * the rule drops those nodes from the weaknesses as well, so a unit that is
 * alone in last place on an indicator — the weakness a DTI report names
 * first — would not be listed. Pass `dropWorst: true` for profiles of many
 * units over indicators with heavy ties, as COINr does. `minUniqueShare`
 * (COINr's `unq_discard`) leaves out nodes with few distinct values.
 *
 * With `groups` (COINr's `use_group`), ranks are among the units of the
 * unit's own group ("third in the Mekong Delta"), and `dropWorst` drops the
 * worst rank of that group. COINr compares with the worst rank any group
 * has, so in a group smaller than the largest its worst placings are never
 * dropped; vn-dx uses the unit's own group, deliberately. `minUniqueShare`
 * counts over all units, as COINr.
 *
 * Where COINr differs: it ranks raw values and flips `lower-is-better`
 * indicators (`adjust_direction`); vn-dx ranks the values as the index
 * sees them (after normalisation), which gives the same ranks (for
 * `adjust_direction = FALSE`, use leaves without `normalize`). Among nodes
 * of equal rank COINr keeps the order of its sorted metadata, strengths
 * first-come and weaknesses last-come (so the same list reversed); vn-dx
 * keeps `indicators`' order for both.
 *
 * @param result - what {@link compositeIndex} or {@link compositeIndexColumns}
 *   returns, as it comes (see {@link CompositeIndexResult}).
 * @param unit - the unit to describe.
 * @param options - `n`, `indicators`, `dropWorst`, `minUniqueShare` and `groups`.
 * @returns the strengths, the weaknesses and the nodes the unit leads (each
 *   without the nodes `dropWorst` and `minUniqueShare` leave out).
 * @throws {@link DxError} `UNKNOWN_ID` for a unit or node id not in the result, or
 *   a unit without a group in `groups`;
 *   `INVALID_ARGUMENT` for a value that is not a composite result, `n` that is
 *   not an integer ≥ 1, `dropWorst` that is not a boolean, `minUniqueShare`
 *   not from 0 to 1, `groups` that is not a record of group names, or
 *   malformed or unknown options.
 *
 * @example
 * ```ts
 * import { compositeIndex, strengthsWeaknesses } from 'vn-dx';
 *
 * const result = compositeIndex(
 *   {
 *     '01': { online: 90, signed: 60, cashless: 70 },
 *     '79': { online: 80, signed: 95, cashless: 50 },
 *     '48': { online: 70, signed: 80, cashless: 60 },
 *   },
 *   { id: 'index', children: ['online', 'signed', 'cashless'] },
 * );
 * const hanoi = strengthsWeaknesses(result, '01', { n: 1 });
 * hanoi.leads; // ['online', 'cashless']
 * hanoi.weaknesses; // [{ id: 'signed', value: 60, rank: 3 }]
 * strengthsWeaknesses(result, '79', { n: 1, indicators: ['online', 'cashless'] }).weaknesses; // [{ id: 'cashless', value: 50, rank: 3 }]
 * ```
 *
 * @category Analysis
 */
export function strengthsWeaknesses(
  result: CompositeIndexResult,
  unit: string,
  options: StrengthsWeaknessesOptions = {},
): StrengthsWeaknesses {
  const view = resultView(result, 'result');
  record(options, 'options', 'an object like { n: 5 }');
  knownKeys(options, STRENGTHS_WEAKNESSES_OPTIONS, 'options');
  const n = integerBetween(options.n ?? 5, 1, Number.MAX_SAFE_INTEGER, 'options.n');
  const dropWorst = oneOf(options.dropWorst ?? false, [true, false] as const, 'options.dropWorst');
  const minUnique =
    options.minUniqueShare === undefined
      ? undefined
      : numberBetween(options.minUniqueShare, 0, 1, 'options.minUniqueShare');
  const u = unitPosition(view, unit, 'unit');
  const peers =
    options.groups === undefined ? undefined : peersOf(view.units, unit, options.groups);
  const at = peers === undefined ? u : peers.indexOf(u);
  if (options.indicators !== undefined)
    denseArray(options.indicators, 'options.indicators', 'an array of node ids');
  // The root is the last node: its ranks are the result's own.
  const ids = options.indicators ?? view.nodeIds.slice(0, -1);
  const standings: NodeStanding[] = [];
  for (const id of ids) {
    const values = view.column(id);
    if (values === undefined)
      raise('UNKNOWN_ID', 'options.indicators', `${describe(id)} is not a node of the result`);
    // A result built by hand or changed on its way: its values are ranked, so check them here.
    values.forEach((v, k) => {
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
        fail(
          'INVALID_ARGUMENT',
          `result.nodes[${describe(id)}][${k}]`,
          'a finite number or null',
          v,
        );
    });
    const value = values[u];
    if (value === null || value === undefined) continue;
    // Stryker disable next-line ConditionalExpression: without the option the share is compared with undefined, which is false too
    if (minUnique !== undefined && new Set(values).size / values.length <= minUnique) continue;
    const ranks = rank(peers === undefined ? values : peers.map((k) => values[k] ?? null));
    const own = ranks[at] as number;
    if (dropWorst && own === worstOf(ranks)) continue;
    standings.push({ id, value, rank: own });
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

/** The worst (largest) rank held by a unit with a value. */
function worstOf(ranks: readonly (number | null)[]): number {
  let worst = 0;
  // Stryker disable next-line EqualityOperator: taking a rank equal to the worst changes nothing
  for (const r of ranks) if ((r ?? 0) > worst) worst = r as number;
  return worst;
}

/** The indices of the units in `unit`'s group, in the result's order. */
function peersOf(
  units: readonly string[],
  unit: string,
  groups: Readonly<Record<string, string>>,
): number[] {
  record(groups, 'options.groups', 'unit → group name');
  const groupOf = (name: string): string | undefined => {
    if (!Object.hasOwn(groups, name)) return undefined;
    const group = groups[name];
    if (typeof group !== 'string')
      fail('INVALID_ARGUMENT', `options.groups[${describe(name)}]`, 'a group name', group);
    return group;
  };
  const own = groupOf(unit);
  if (own === undefined)
    raise('UNKNOWN_ID', 'options.groups', `unit ${describe(unit)} has no group`);
  // Stryker disable next-line ArrayDeclaration: a stray peer has no value (null), so it takes no rank and moves none
  return units.flatMap((name, k) => (groupOf(name) === own ? [k] : []));
}
