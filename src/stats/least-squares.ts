// The least-squares line, written once: the trend of dated values (projectLinear, onTrack's
// linear trend) and β-convergence's regression of growth on the initial level all fit it.

/** A fitted line y = intercept + slope · x, with the sums it came from. */
export interface LeastSquaresLine {
  /** Δy per unit of x: sxy / sxx (not finite when every x is the same: check `sxx`). */
  readonly slope: number;
  /** The line's value at x = 0. */
  readonly intercept: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ (x − x̄)²: 0 when every x is the same, and then there is no line. */
  readonly sxx: number;
  /** Σ (x − x̄)(y − ȳ). */
  readonly sxy: number;
  /** Σ (y − ȳ)²: 0 when every y is the same. */
  readonly syy: number;
}

/**
 * The ordinary least-squares line of `ys` on `xs` (same length, at least one pair, finite
 * values: not checked, internal). The caller decides what `sxx === 0` means for it.
 */
export function leastSquares(xs: ArrayLike<number>, ys: ArrayLike<number>): LeastSquaresLine {
  const n = xs.length;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += xs[i] as number;
    sumY += ys[i] as number;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    sxx += dx ** 2;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, meanX, meanY, sxx, sxy, syy };
}
