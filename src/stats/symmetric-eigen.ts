// The eigen-decomposition of a real symmetric matrix by the cyclic Jacobi method: a sequence of
// plane rotations that drives the off-diagonal entries to zero. For the matrices vn-dx
// decomposes (correlation matrices of tens of indicators) it is fast enough, needs no library,
// and is accurate to the last digits in every eigenvalue and in each eigenvector whose
// eigenvalue stands apart from the others (Demmel and Veselić 1992).

/** Eigenvalues (largest first) and the matching unit eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  /** The eigenvalues, in decreasing order. */
  readonly values: readonly number[];
  /** `vectors[k]` is the unit eigenvector of `values[k]`, with the sign of {@link orient}. */
  readonly vectors: readonly (readonly number[])[];
}

/** Sweeps after which a rotation too small to change the diagonal is skipped (Numerical Recipes). */
const SKIP_AFTER = 4;
/** A safety bound: Jacobi converges quadratically, in under 10 sweeps for these sizes. */
const MAX_SWEEPS = 60;

/**
 * Gives an eigenvector its sign: the sum of its entries positive, so that a first principal
 * component with every loading of one sign has them all positive. Where the sum is within
 * 1e-9 of 0 (its sign then depends on rounding), the entry largest in magnitude (the first
 * of equal ones) is made positive instead.
 */
export function orient(vector: number[]): number[] {
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < vector.length; i++) {
    sum += vector[i] as number;
    if (Math.abs(vector[i] as number) > Math.abs(vector[largest] as number)) largest = i;
  }
  // Stryker disable next-line EqualityOperator: ≥ differs only at |sum| = 1e-9 exactly, where both rules give a sign within rounding.
  const sign = Math.abs(sum) > 1e-9 ? Math.sign(sum) : Math.sign(vector[largest] as number);
  // Stryker disable next-line EqualityOperator: the sign is 0 only for a zero vector, which no eigenvector is.
  return sign < 0 ? vector.map((x) => -x) : vector;
}

/**
 * The eigenvalues and eigenvectors of the symmetric matrix `matrix` (only read, never changed;
 * its lower triangle is assumed to mirror the upper). Throws nothing: the caller checks that
 * the matrix is square, finite and symmetric.
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): SymmetricEigen {
  const n = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
  // The check for a diagonal matrix only ends the sweeps early: once every off-diagonal entry is
  // 0 (which the rotations and the skip rule reach well before MAX_SWEEPS), a sweep changes
  // nothing, as each rotation returns at once. So its mutants, and the bound's, are equivalent.
  // Stryker disable next-line EqualityOperator,UpdateOperator: see above.
  for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
    let off = 0;
    // Stryker disable next-line EqualityOperator: see above; a row p = n has no q > p.
    for (let p = 0; p < n; p++)
      // Stryker disable next-line ArithmeticOperator,EqualityOperator,AssignmentOperator: see above (a diagonal entry or NaN in the sum only delays the end).
      for (let q = p + 1; q < n; q++) off += Math.abs((a[p] as Float64Array)[q] as number);
    // Stryker disable next-line ConditionalExpression: see above.
    if (off === 0) break;
    // Stryker disable next-line ArithmeticOperator,EqualityOperator: the last row (or one past it) has no q > p to rotate.
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) rotate(a, v, p, q, sweep > SKIP_AFTER);
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) =>
      ((a[j] as Float64Array)[j] as number) - ((a[i] as Float64Array)[i] as number) || i - j,
  );
  return {
    values: order.map((i) => (a[i] as Float64Array)[i] as number),
    vectors: order.map((i) => orient(v.map((row) => row[i] as number))),
  };
}

/** One Jacobi rotation in the (p, q) plane, zeroing a[p][q]; `v` collects the rotations. */
function rotate(a: Float64Array[], v: Float64Array[], p: number, q: number, skip: boolean): void {
  const rowP = a[p] as Float64Array;
  const rowQ = a[q] as Float64Array;
  const apq = rowP[q] as number;
  if (apq === 0) return;
  const app = rowP[p] as number;
  const aqq = rowQ[q] as number;
  const g = 100 * Math.abs(apq);
  // Too small to change either diagonal entry: set it to zero (after a few sweeps only, so
  // that the early ones reduce every entry).
  if (skip && Math.abs(app) + g === Math.abs(app) && Math.abs(aqq) + g === Math.abs(aqq)) {
    rowP[q] = 0;
    rowQ[p] = 0;
    return;
  }
  // The smaller root of t² + 2θt − 1 = 0, for the stable rotation (|angle| ≤ π/4).
  const h = aqq - app;
  let t: number;
  if (Math.abs(h) + g === Math.abs(h)) t = apq / h;
  else {
    const theta = (0.5 * h) / apq;
    t = 1 / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
    if (theta < 0) t = -t;
  }
  const c = 1 / Math.sqrt(1 + t * t);
  const s = t * c;
  const tau = s / (1 + c);
  rowP[p] = app - t * apq;
  rowQ[q] = aqq + t * apq;
  rowP[q] = 0;
  rowQ[p] = 0;
  const n = a.length;
  for (let k = 0; k < n; k++) {
    if (k !== p && k !== q) {
      const rowK = a[k] as Float64Array;
      const akp = rowK[p] as number;
      const akq = rowK[q] as number;
      const kp = akp - s * (akq + tau * akp);
      const kq = akq + s * (akp - tau * akq);
      rowK[p] = kp;
      rowK[q] = kq;
      rowP[k] = kp;
      rowQ[k] = kq;
    }
    const vk = v[k] as Float64Array;
    const vkp = vk[p] as number;
    const vkq = vk[q] as number;
    vk[p] = vkp - s * (vkq + tau * vkp);
    vk[q] = vkq + s * (vkp - tau * vkq);
  }
}
