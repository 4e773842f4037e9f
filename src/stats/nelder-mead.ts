// Nelder–Mead's simplex search for the minimum of a function of a few variables, without
// derivatives: the method COINr's `get_opt_weights` runs (through R's `optim`). The moves are
// those of Lagarias, Reeds, Wright and Wright (1998, SIAM J. Optim. 9(1)): reflection 1,
// expansion 2, contraction ½, shrink ½. The search restarts from its best point until a
// restart no longer improves it (a collapsed simplex can stall away from a minimum: Numerical
// Recipes, 3rd ed., §10.5).

/** How {@link nelderMead} starts and when it stops. */
export interface NelderMeadSettings {
  /** The initial simplex: the start and the start moved by `step` along each axis. */
  readonly step: number;
  /**
   * Stop a run when the values at the simplex's vertices agree within
   * `tolerance × (|best| + tolerance)` (R's `reltol` rule) and every vertex is within
   * `tolerance` of the best one in every coordinate.
   */
  readonly tolerance: number;
  /** Stop anyway after this many evaluations of the function. */
  readonly maxEvaluations: number;
}

/** What {@link nelderMead} found. */
export interface NelderMeadResult {
  /** The best point. */
  readonly x: readonly number[];
  /** The function's value there. */
  readonly value: number;
  /** Evaluations of the function made. */
  readonly evaluations: number;
  /** Runs made (1 + restarts). */
  readonly runs: number;
  /** `false` when `maxEvaluations` stopped the search before the tolerance did. */
  readonly converged: boolean;
}

/** The most runs: restarts end long before this unless the function is very rough. */
const MAX_RUNS = 50;

/** Minimises `f` from `start`; `f` may return `Infinity` for a point outside its domain. */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  settings: NelderMeadSettings,
): NelderMeadResult {
  let evaluations = 0;
  const evaluate = (x: number[]): number => {
    evaluations++;
    const value = f(x);
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  };
  let best = [...start];
  let value = evaluate(best);
  let runs = 0;
  // Stryker disable next-line BooleanLiteral: the loop below runs at least once and sets it.
  let converged = false;
  // Stryker disable next-line EqualityOperator: a 51st run needs 50 restarts that each improve, which no function here comes near.
  while (runs < MAX_RUNS) {
    runs++;
    const run = search(evaluate, best, value, settings, () => evaluations);
    const improved =
      value - run.value > settings.tolerance * (Math.abs(run.value) + settings.tolerance);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a run starts from the best point and its value and accepts only better ones, so its value is never above it.
    if (run.value <= value) {
      best = run.x;
      value = run.value;
    }
    converged = run.converged;
    if (!run.converged || !improved) break;
  }
  return { x: best, value, evaluations, runs, converged };
}

interface Run {
  readonly x: number[];
  readonly value: number;
  readonly converged: boolean;
}

/** One simplex search from `start` (whose value is known). */
function search(
  evaluate: (x: number[]) => number,
  start: readonly number[],
  startValue: number,
  { step, tolerance, maxEvaluations }: NelderMeadSettings,
  spent: () => number,
): Run {
  const n = start.length;
  const points: number[][] = [[...start]];
  const values: number[] = [startValue];
  for (let i = 0; i < n; i++) {
    const point = [...start];
    point[i] = (point[i] as number) + step;
    points.push(point);
    values.push(evaluate(point));
  }
  const order = points.map((_, i) => i);
  const at = (x: number[], towards: number[], factor: number): number[] =>
    x.map((xi, i) => xi + factor * ((towards[i] as number) - xi));
  while (true) {
    order.sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
    const bestIndex = order[0] as number;
    const worstIndex = order[n] as number;
    const best = points[bestIndex] as number[];
    const fBest = values[bestIndex] as number;
    const fWorst = values[worstIndex] as number;
    if (done(points, best, fBest, fWorst, tolerance))
      return { x: best, value: fBest, converged: true };
    if (spent() >= maxEvaluations) return { x: best, value: fBest, converged: false };
    const worst = points[worstIndex] as number[];
    const fSecond = values[order[n - 1] as number] as number;
    const centroid = new Array<number>(n).fill(0);
    for (const i of order.slice(0, n))
      (points[i] as number[]).forEach((x, k) => {
        centroid[k] = (centroid[k] as number) + x / n;
      });
    const reflected = at(centroid, worst, -1);
    const fReflected = evaluate(reflected);
    let next: number[] | undefined;
    let fNext = 0;
    if (fReflected < fBest) {
      const expanded = at(centroid, worst, -2);
      const fExpanded = evaluate(expanded);
      [next, fNext] = fExpanded < fReflected ? [expanded, fExpanded] : [reflected, fReflected];
    } else if (fReflected < fSecond) {
      [next, fNext] = [reflected, fReflected];
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = fReflected < fWorst;
      const contracted = outside ? at(centroid, reflected, 0.5) : at(centroid, worst, 0.5);
      const fContracted = evaluate(contracted);
      if (fContracted < (outside ? fReflected : fWorst)) [next, fNext] = [contracted, fContracted];
    }
    if (next) {
      points[worstIndex] = next;
      values[worstIndex] = fNext;
      continue;
    }
    // Shrink every point halfway towards the best.
    for (const i of order.slice(1)) {
      points[i] = at(best, points[i] as number[], 0.5);
      values[i] = evaluate(points[i] as number[]);
    }
  }
}

/** The stopping rule of {@link NelderMeadSettings.tolerance}. */
function done(
  points: readonly number[][],
  best: readonly number[],
  fBest: number,
  fWorst: number,
  tolerance: number,
): boolean {
  if (!(fWorst - fBest <= tolerance * (Math.abs(fBest) + tolerance))) return false;
  for (const point of points) {
    // Stryker disable next-line EqualityOperator: one past the end reads undefined − undefined = NaN, and NaN > tolerance is false.
    for (let k = 0; k < best.length; k++)
      if (Math.abs((point[k] as number) - (best[k] as number)) > tolerance) return false;
  }
  return true;
}
