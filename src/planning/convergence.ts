import { DxError } from '../errors.js';
import { type CheckedPoint, datedPoint, yearsBetween } from '../internal/dates.js';
import { arrayLike, fail, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { knownKeysRenamed } from '../internal/renamed.js';
import type { DatedValue } from '../kpi/trend.js';
import { leastSquares } from '../stats/least-squares.js';

/**
 * Each unit's values over time: unit → `{ date, value }[]`, as a record or a `Map`.
 *
 * @category Planning
 */
export type Panel =
  | Readonly<Record<string, readonly DatedValue[]>>
  | ReadonlyMap<string, readonly DatedValue[]>;

/**
 * β-convergence: do units that started lower grow faster? From {@link convergence}.
 *
 * @category Planning
 */
export interface BetaConvergence {
  /** The method that gave it (the discriminant). */
  readonly method: 'beta';
  /** The slope b of annual log growth on the log of the initial level; below 0 the laggards catch up. */
  readonly beta: number;
  /** The regression's intercept. */
  readonly intercept: number;
  /** Share of the variance in growth that the initial level explains (R²); `null` when growth is the same everywhere. */
  readonly rSquared: number | null;
  /** How many units. */
  readonly n: number;
  /** The period in years. */
  readonly years: number;
  /**
   * The implied speed of convergence λ = −ln(1 + bT) / T per year; `null` when 1 + bT ≤ 1e-9
   * (the units end at one level, or overshoot: no finite speed).
   */
  readonly speed: number | null;
  /** Years to close half the gap, ln 2 / λ; `null` unless λ > 0. */
  readonly halfLife: number | null;
  /** Whether b < 0. */
  readonly converging: boolean;
}

/**
 * σ-convergence: does the spread between units narrow? From {@link convergence}.
 *
 * @category Planning
 */
export interface SigmaConvergence {
  /** The method that gave it (the discriminant). */
  readonly method: 'sigma';
  /**
   * For each date, oldest first: the standard deviation (sample, n − 1) of the
   * logs of the units' values, and how many units have a value; `sd` is `null`
   * with fewer than two.
   */
  readonly byDate: readonly {
    /** The date, an ISO day. */
    readonly date: string;
    /** The standard deviation of the logs; `null` with fewer than two units. */
    readonly sd: number | null;
    /** How many units have a value on the date. */
    readonly n: number;
  }[];
  /** The last spread minus the first (among dates with one). */
  readonly change: number;
  /** Whether the spread narrowed: `change` < 0. */
  readonly converging: boolean;
}

/**
 * Options for {@link convergence}.
 *
 * @category Planning
 */
export interface ConvergenceOptions {
  /** `'beta'`: growth against the initial level; `'sigma'`: the spread over time. */
  readonly method: 'beta' | 'sigma';
}

/** The options {@link convergence} takes, to refuse any other (a misspelt one would be ignored). */
export const CONVERGENCE_OPTIONS = [
  'method',
] as const satisfies readonly (keyof ConvergenceOptions)[];

function readPanel(panel: unknown): Map<string, CheckedPoint[]> {
  const entries =
    panel instanceof Map
      ? [...(panel as Map<unknown, unknown>).entries()]
      : Object.entries(record(panel, 'panel', 'a record or Map of unit → { date, value }[]'));
  const units = new Map<string, CheckedPoint[]>();
  for (const [unit, series] of entries) {
    if (typeof unit !== 'string') fail('INVALID_ARGUMENT', 'panel key', 'a unit code', unit);
    const where = `panel[${JSON.stringify(unit)}]`;
    const points = Array.from(arrayLike(series, where, 'an array of { date, value }'), (p, i) => {
      const point = datedPoint(p, `${where}[${i}]`);
      if (!(point.value > 0))
        raise(
          'INVALID_ARGUMENT',
          `${where}[${i}].value`,
          `${point.value} has no logarithm; convergence compares logs and needs values > 0`,
        );
      return point;
    }).sort((a, b) => a.date.getTime() - b.date.getTime());
    points.forEach((p, i) => {
      if (i > 0 && p.day === (points[i - 1] as CheckedPoint).day)
        raise('INVALID_ARGUMENT', where, `two values on ${p.day}; keep one per date`);
    });
    units.set(unit, points);
  }
  return units;
}

/**
 * How close to zero 1 + bT may come and still count as zero (full convergence): rounding leaves
 * about 1e-16 where the exact answer is 0, and a true 1e-9 would mean a speed of 21 / T a year.
 */
const FULL_CONVERGENCE = 1e-9;

function beta(units: Map<string, CheckedPoint[]>): BetaConvergence {
  let span: { first: CheckedPoint; last: CheckedPoint; unit: string } | undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [unit, points] of units) {
    const first = points[0];
    const last = points.at(-1);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: an empty series makes all three tests true (undefined === undefined): any one of them refuses it, and first === last the single point.
    if (first === undefined || last === undefined || first === last)
      raise(
        'INVALID_ARGUMENT',
        `panel[${JSON.stringify(unit)}]`,
        `β-convergence needs two dates per unit, got ${points.length}`,
      );
    span ??= { first, last, unit };
    if (first.day !== span.first.day || last.day !== span.last.day)
      raise(
        'INVALID_ARGUMENT',
        'panel',
        `β-convergence compares growth over one period, but ${JSON.stringify(span.unit)} runs ${span.first.day} to ${span.last.day} and ${JSON.stringify(unit)} ${first.day} to ${last.day}; give every unit the same first and last date`,
      );
    const years = yearsBetween(first.date, last.date);
    xs.push(Math.log(first.value));
    ys.push(Math.log(last.value / first.value) / years);
  }
  // Stryker disable next-line ConditionalExpression: no span means no unit, which xs.length < 2 refuses as well; the test narrows the type.
  if (span === undefined || xs.length < 2)
    raise('EMPTY_INPUT', 'panel', `β-convergence needs at least two units, got ${xs.length}`);
  const n = xs.length;
  const { slope: b, intercept, sxx, sxy, syy } = leastSquares(xs, ys);
  if (sxx === 0)
    raise(
      'INVALID_ARGUMENT',
      'panel',
      'every unit starts at the same level, so growth cannot be regressed on it',
    );
  const years = yearsBetween(span.first.date, span.last.date);
  const remaining = 1 + b * years;
  // Units that all end at one level make 1 + bT zero, which rounding leaves as ±1e-16: read
  // anything within FULL_CONVERGENCE of zero as zero, or a full catch-up would print a speed of
  // about 37 / T a year. 0 − x, not −x: no −0.
  const speed = remaining > FULL_CONVERGENCE ? 0 - Math.log(remaining) / years : null;
  return {
    method: 'beta',
    beta: b,
    intercept,
    rSquared: syy === 0 ? null : (sxy * sxy) / (sxx * syy),
    n,
    years,
    speed,
    // Stryker disable next-line ConditionalExpression: null > 0 is false, so a null speed gives no half-life either way.
    halfLife: speed !== null && speed > 0 ? Math.LN2 / speed : null,
    converging: b < 0,
  };
}

function sigma(units: Map<string, CheckedPoint[]>): SigmaConvergence {
  const byDay = new Map<string, number[]>();
  for (const points of units.values())
    for (const p of points) byDay.set(p.day, [...(byDay.get(p.day) ?? []), Math.log(p.value)]);
  const byDate = [...byDay.entries()]
    .sort(
      // Stryker disable next-line EqualityOperator: the days are distinct keys of a Map, never equal.
      ([a], [b]) => (a < b ? -1 : 1),
    )
    .map(([date, logs]) => {
      const n = logs.length;
      if (n < 2) return { date, sd: null, n };
      const mean = logs.reduce((a, b) => a + b, 0) / n;
      return { date, sd: Math.sqrt(logs.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)), n };
    });
  const spreads = byDate.flatMap((d) => (d.sd === null ? [] : [d.sd]));
  if (spreads.length < 2)
    raise(
      'EMPTY_INPUT',
      'panel',
      'σ-convergence needs at least two dates with two or more units each',
    );
  const change = (spreads.at(-1) as number) - (spreads[0] as number);
  return { method: 'sigma', byDate, change, converging: change < 0 };
}

/**
 * Are lagging units catching up? `method: 'beta'` regresses each unit's annual
 * log growth, ln(y_T / y_0) / T, on the log of its initial level: a negative
 * slope b means laggards grow faster (β-convergence), with the implied speed
 * λ = −ln(1 + bT) / T and half-life ln 2 / λ (Barro and Sala-i-Martin).
 * `method: 'sigma'` measures the spread — the standard deviation of the logs,
 * sample form (n − 1) — at each date: σ-convergence when it narrows. β is
 * necessary but not sufficient for σ. Logs make both scale-free: values must
 * be > 0.
 *
 * @param panel - unit → its `{ date, value }` observations (any order).
 * @param options - `method`: `'beta'` or `'sigma'`.
 * @returns the β regression with speed and half-life, or the spread by date.
 * @throws {@link DxError} `INVALID_ARGUMENT` for values ≤ 0, two values on one
 *   date, β with units over different periods or all starting level, or bad
 *   or unknown options; `EMPTY_INPUT` for fewer than two units (β) or two comparable
 *   dates (σ); `INVALID_DATE`, `INVALID_NUMBER` for bad dates and values.
 *
 * @example
 * ```ts
 * import { convergence } from 'vn-dx';
 *
 * const panel = {
 *   A: [{ date: '2020-12-31', value: 1 }, { date: '2022-12-31', value: 4 }],
 *   B: [{ date: '2020-12-31', value: 4 }, { date: '2022-12-31', value: 8 }],
 * };
 * const beta = convergence(panel, { method: 'beta' });
 * [beta.converging, Math.round(beta.beta * 1000) / 1000]; // [true, -0.25]
 * const sigma = convergence(panel, { method: 'sigma' });
 * sigma.byDate.map((d) => Math.round((d.sd ?? 0) * 1000) / 1000); // [0.98, 0.49]
 * sigma.converging; // true
 * ```
 *
 * @category Planning
 */
export function convergence(panel: Panel, options: { readonly method: 'beta' }): BetaConvergence;
/** σ-convergence: the spread of the logs by date (see the β signature for the whole story). */
export function convergence(panel: Panel, options: { readonly method: 'sigma' }): SigmaConvergence;
/** Either method, when it is known only at run time. */
export function convergence(
  panel: Panel,
  options: ConvergenceOptions,
): BetaConvergence | SigmaConvergence;
// The implementation behind the three signatures above (its comment is not published).
export function convergence(
  panel: Panel,
  options: ConvergenceOptions,
): BetaConvergence | SigmaConvergence {
  knownKeysRenamed(record(options, 'options', '{ method }'), CONVERGENCE_OPTIONS, 'options');
  const method = oneOf(options.method, ['beta', 'sigma'] as const, 'options.method');
  const units = readPanel(panel);
  return method === 'beta' ? beta(units) : sigma(units);
}
