import {
  type CompositeIndexResult,
  isCompositeResult,
  resultView,
} from '../composite/result-view.js';
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import {
  fail,
  finiteNumber,
  knownKeys,
  oneOf,
  positiveNumber,
  record,
  weight,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { Direction } from '../model/direction.js';
import type { AggregationMethod, FrameworkNode } from '../model/framework-node.js';
import { frameworkRoot, readDirection, readOptions, unitEntries } from './planning-support.js';

/**
 * Scores by unit: a record or a `Map` of unit → score, `null` for a unit without one.
 *
 * @category Planning
 */
export type UnitScores =
  | Readonly<Record<string, number | null>>
  | ReadonlyMap<string, number | null>;

/**
 * Options for {@link scoreToReach}.
 *
 * @category Planning
 */
export interface ScoreToReachOptions {
  /** Which scores rank first: default `'higher-is-better'`. */
  readonly direction?: Direction;
}

/** The options {@link scoreToReach} takes, to refuse any other (a misspelt one would be ignored). */
export const SCORE_TO_REACH_OPTIONS = [
  'direction',
] as const satisfies readonly (keyof ScoreToReachOptions)[];

/**
 * What {@link scoreToReach} found.
 *
 * @category Planning
 */
export interface ScoreToReach {
  /** The unit asked about. */
  readonly unit: string;
  /** The rank asked for. */
  readonly rank: number;
  /**
   * The lowest score (highest, when lower is better) that gives the unit this
   * rank or better against the others' scores; `null` when any score does (the
   * rank is the last place).
   */
  readonly score: number | null;
  /** The unit's own score; `null` when it has none. */
  readonly current: number | null;
  /** The unit's rank now (competition ties); `null` without a score. */
  readonly currentRank: number | null;
  /**
   * How far the unit's score must move in the improving direction, 0 when the
   * rank is reached; `null` without a current score.
   */
  readonly gap: number | null;
}

/**
 * The score a unit needs to reach a rank against the others' current scores,
 * and how far it is from it. Ties share the best rank (competition ranking,
 * the DTI's rule), so the unit needs to equal the score of the unit now
 * ranked `rank`-th among the others: with that score, at most `rank − 1`
 * others are strictly ahead. Units with a `null` score are not ranked and do
 * not count.
 *
 * `scores` is unit → score as a record or a `Map`, or a composite result as
 * {@link compositeIndex} or {@link compositeIndexColumns} returns it (its
 * scores are read, higher better).
 *
 * @param scores - every unit's current score: a record or `Map` (the unit's
 *   own entry may be missing or `null`), or a composite result.
 * @param unit - the unit asked about.
 * @param rank - the rank to reach, from 1 to the number of ranked units (the unit included).
 * @param options - `direction`, default higher is better.
 * @returns the score needed, the unit's own score and rank, and the gap.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a rank that is not a whole
 *   number from 1 to the number of units, or malformed scores or options, or an unknown option;
 *   `INVALID_NUMBER` for a score that is not a finite number or `null`.
 *
 * @example
 * ```ts
 * import { scoreToReach } from 'vn-dx';
 *
 * const scores = { A: 0.8, B: 0.7, C: 0.7, D: 0.6, E: 0.5 };
 * scoreToReach(scores, 'E', 2); // { unit: 'E', rank: 2, score: 0.7, current: 0.5, currentRank: 5, gap: 0.19999999999999996 }
 * scoreToReach(scores, 'B', 1).score; // 0.8
 * scoreToReach(scores, 'A', 5).score; // null (last place: any score will do)
 * ```
 *
 * @example
 * ```ts
 * import { compositeIndex, scoreToReach } from 'vn-dx';
 *
 * const index = compositeIndex(
 *   { '01': { online: 90, signed: 60 }, '79': { online: 80, signed: 95 }, '48': { online: 70, signed: 80 } },
 *   { id: 'index', children: ['online', 'signed'] },
 * );
 * scoreToReach(index, '01', 1); // { unit: '01', rank: 1, score: 87.5, current: 75, currentRank: 2, gap: 12.5 }
 * ```
 *
 * @category Planning
 */
export function scoreToReach(
  scores: UnitScores | CompositeIndexResult,
  unit: string,
  rank: number,
  options?: ScoreToReachOptions,
): ScoreToReach {
  const settings = readOptions(options, '{ direction }');
  knownKeys(settings, SCORE_TO_REACH_OPTIONS, 'options');
  const higher = readDirection(settings.direction) === 'higher-is-better';
  if (typeof unit !== 'string') fail('INVALID_ARGUMENT', 'unit', 'a unit code', unit);
  const entries = isCompositeResult(scores) ? resultEntries(scores) : unitEntries(scores, 'scores');
  let current: number | null = null;
  // Others' scores, best first.
  const others: number[] = [];
  for (const [name, score] of entries) {
    if (name === unit) current = score;
    else if (score !== null) others.push(score);
  }
  others.sort((a, b) => (higher ? b - a : a - b));
  const units = others.length + 1;
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for every non-number, so the next test refuses it alike.
  if (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 1 || rank > units) {
    fail(
      'INVALID_ARGUMENT',
      'rank',
      `a whole number from 1 to ${units} (the units with a score, ${describe(unit)} included)`,
      rank,
      { hint: '; ask for a rank within the field' },
    );
  }
  const score = rank === units ? null : (others[rank - 1] as number);
  if (current === null) return { unit, rank, score, current, currentRank: null, gap: null };
  const own = current;
  const currentRank = 1 + others.filter((other) => (higher ? other > own : other < own)).length;
  const gap = score === null ? 0 : Math.max(0, higher ? score - own : own - score);
  return { unit, rank, score, current, currentRank, gap };
}

/** A composite result's scores as unit → score entries. */
function resultEntries(result: CompositeIndexResult): (readonly [string, number | null])[] {
  // Stryker disable next-line StringLiteral: the place names a result that is not one, and the caller has checked that it is.
  const view = resultView(result, 'scores');
  return view.units.map((unit, u) => [unit, view.scores[u] ?? null] as const);
}

/**
 * Options for {@link componentIncreases}.
 *
 * @category Planning
 */
export interface ComponentIncreaseOptions {
  /**
   * The highest value a component can take: one number for all (default 1,
   * the top of a DTI main index), or a record of component id → maximum.
   */
  readonly max?: number | Readonly<Record<string, number>>;
}

/** The options {@link componentIncreases} takes, to refuse any other (a misspelt one would be ignored). */
export const COMPONENT_INCREASE_OPTIONS = [
  'max',
] as const satisfies readonly (keyof ComponentIncreaseOptions)[];

/**
 * How one component would have to move, alone, to lift its parent to a score:
 * one entry of {@link componentIncreases}.
 *
 * @category Planning
 */
export interface ComponentIncrease {
  /** The component (a child of the framework's root). */
  readonly id: string;
  /** Its weight as a share of its siblings' total. */
  readonly share: number;
  /** Its value now. */
  readonly current: number;
  /** The value it would need, the others unchanged; `null` when no value does it. */
  readonly needed: number | null;
  /** needed − current; `null` with `needed`. */
  readonly increase: number | null;
  /** Whether `needed` is reachable: at most the component's maximum. */
  readonly feasible: boolean;
}

const METHODS: readonly AggregationMethod[] = ['arithmetic', 'geometric', 'harmonic'];

/**
 * For a score a framework's root must reach (say from {@link scoreToReach}),
 * how far each component — each child of the root, such as a DTI main index —
 * would have to rise on its own, the others unchanged. Exact for the root's
 * aggregation: arithmetic (a rise of Δ lifts the score by share × Δ),
 * geometric (the value must grow by (target / score)^(1 / share)) and
 * harmonic. A component that would have to pass its maximum, or that no value
 * can make reach the target (weight 0, or a harmonic mean held down by the
 * others), is reported `feasible: false`, never left out. Values are used as
 * given: any normalisation is already applied.
 *
 * @param values - the unit's value of each child of the root, by id.
 * @param framework - the framework whose root's children are the components.
 * @param target - the score the root must reach.
 * @param options - `max`: each component's ceiling (default 1).
 * @returns one entry per component, in the framework's order.
 * @throws {@link DxError} `INVALID_ARGUMENT` for a framework without
 *   children, or one whose children all weigh 0, a bad `max`, an unknown option, or a geometric or
 *   harmonic root with a value ≤ 0; `UNKNOWN_ID` for a component without a
 *   value; `INVALID_NUMBER` for values or weights that are not finite.
 *
 * @example
 * ```ts
 * import { componentIncreases } from 'vn-dx';
 *
 * const framework = { id: 'index', children: [{ id: 'a', weight: 3 }, { id: 'b', weight: 1 }] };
 * // Score now 0.75 × 0.6 + 0.25 × 0.4 = 0.55; to reach 0.6 it needs 0.05 more.
 * componentIncreases({ a: 0.6, b: 0.4 }, framework, 0.6).map((c) => [c.id, c.needed, c.feasible]); // [['a', 0.6666666666666667, true], ['b', 0.6000000000000002, true]]
 * componentIncreases({ a: 0.6, b: 0.4 }, framework, 0.9).map((c) => c.feasible); // [false, false]
 * ```
 *
 * @category Planning
 */
export function componentIncreases(
  values: Readonly<Record<string, number>>,
  framework: FrameworkNode,
  target: number,
  options?: ComponentIncreaseOptions,
): ComponentIncrease[] {
  const { root, children } = frameworkRoot(framework);
  const given = record(values, 'values', 'a record of component id → value');
  const settings = readOptions(options, '{ max }');
  knownKeys(settings, COMPONENT_INCREASE_OPTIONS, 'options');
  const method = oneOf(
    root.aggregate?.method ?? 'arithmetic',
    METHODS,
    'framework.aggregate.method',
  );
  const goal =
    method === 'arithmetic' ? finiteNumber(target, 'target') : positiveNumber(target, 'target');
  const parts = children.map((child, i) => {
    const node = typeof child === 'string' ? { id: child } : child;
    const id = node.id;
    if (!Object.hasOwn(given, id))
      raise(
        'UNKNOWN_ID',
        'values',
        `no value for component ${describe(id)}; give each child of the root a value`,
      );
    const share = weight(node.weight ?? 1, `framework.children[${i}].weight`);
    const value = finiteNumber(given[id], `values[${JSON.stringify(id)}]`);
    if (method !== 'arithmetic' && !(value > 0))
      fail(
        'INVALID_ARGUMENT',
        `values[${JSON.stringify(id)}]`,
        `a value > 0 under a ${method} mean`,
        value,
      );
    return { id, weight: share, value, max: ceiling(settings.max, id) };
  });
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (!(total > 0))
    raise(
      'INVALID_ARGUMENT',
      'framework.children',
      'all weigh 0; give at least one a positive weight',
    );
  // The others' part of the aggregate, then the value that closes it.
  return parts.map(({ id, weight, value, max }) => {
    const share = weight / total;
    let needed: number | null = null;
    if (share > 0) {
      if (method === 'arithmetic') {
        const score = parts.reduce((sum, p) => sum + (p.weight / total) * p.value, 0);
        needed = value + (goal - score) / share;
      } else if (method === 'geometric') {
        const logScore = parts.reduce((sum, p) => sum + (p.weight / total) * Math.log(p.value), 0);
        needed = value * Math.exp((Math.log(goal) - logScore) / share);
      } else {
        const others = parts.reduce(
          (sum, p) => (p.id === id ? sum : sum + p.weight / total / p.value),
          0,
        );
        const room = 1 / goal - others;
        needed = room > 0 ? share / room : null;
      }
    }
    return {
      id,
      share,
      current: value,
      needed,
      increase: needed === null ? null : needed - value,
      feasible: needed !== null && needed <= max,
    };
  });
}

function ceiling(max: unknown, id: string): number {
  if (max === undefined) return 1;
  if (typeof max === 'number') return finiteNumber(max, 'options.max');
  const byId = record(max, 'options.max', 'a number or a record of component id → maximum');
  return byId[id] === undefined ? 1 : finiteNumber(byId[id], `options.max[${JSON.stringify(id)}]`);
}
