import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orient, symmetricEigen } from '../../src/stats/symmetric-eigen.js';

const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, x, i) => s + x * (b[i] as number), 0);

describe('symmetricEigen', () => {
  it('solves a 2 × 2 matrix exactly, largest eigenvalue first', () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 15);
    expect(values[1]).toBeCloseTo(1, 15);
    expect(vectors[0]?.[0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[0]?.[1]).toBeCloseTo(Math.SQRT1_2, 15);
    // The second sums to 0: its largest entry (the first of equal ones) is made positive.
    expect(vectors[1]?.[0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[1]?.[1]).toBeCloseTo(-Math.SQRT1_2, 15);
  });

  it('returns a diagonal matrix’s entries sorted, with unit vectors', () => {
    const { values, vectors } = symmetricEigen([
      [1, 0, 0],
      [0, 3, 0],
      [0, 0, 2],
    ]);
    expect(values).toEqual([3, 2, 1]);
    expect(vectors).toEqual([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
  });

  it('A v = λ v, the vectors are orthonormal and the values sum to the trace (property)', () => {
    const matrix = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc
        .array(fc.double({ min: -10, max: 10, noNaN: true }), {
          minLength: n * n,
          maxLength: n * n,
        })
        .map((xs) =>
          Array.from({ length: n }, (_, i) =>
            Array.from(
              { length: n },
              (_, j) => (xs[i * n + j] as number) + (xs[j * n + i] as number),
            ),
          ),
        ),
    );
    fc.assert(
      fc.property(matrix, (a) => {
        const copy = JSON.stringify(a);
        const { values, vectors } = symmetricEigen(a);
        expect(JSON.stringify(a)).toBe(copy);
        const scale = Math.max(1, ...a.flat().map(Math.abs));
        vectors.forEach((v, k) => {
          const av = a.map((row) => dot(row, v));
          for (const [i, x] of av.entries()) {
            const residual = Math.abs(x - (values[k] as number) * (v[i] as number));
            expect(residual).toBeLessThan(1e-12 * scale * a.length);
          }
          for (const [j, w] of vectors.entries())
            expect(dot(v, w)).toBeCloseTo(k === j ? 1 : 0, 12);
        });
        const trace = a.reduce((s, row, i) => s + (row[i] as number), 0);
        expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(trace, 9);
        values.forEach((x, k) => {
          if (k > 0) expect(x).toBeLessThanOrEqual(values[k - 1] as number);
        });
      }),
    );
  });
});

describe('orient', () => {
  it('makes the sum positive, or else the largest entry', () => {
    expect(orient([-0.6, -0.8])).toEqual([0.6, 0.8]);
    expect(orient([0.6, -0.7, 0.3])).toEqual([0.6, -0.7, 0.3]);
    // Sums to 0 (within rounding): the largest entry, −0.8, is made positive.
    expect(orient([0.6, -0.8, 0.2])).toEqual([-0.6, 0.8, -0.2]);
    expect(orient([0.5, -0.5])).toEqual([0.5, -0.5]);
    expect(orient([-0.5, 0.5])).toEqual([0.5, -0.5]);
    expect(orient([0.3, -0.7, 0.4])).toEqual([-0.3, 0.7, -0.4]);
  });
});

describe('symmetricEigen on equal eigenvalues and zero entries', () => {
  it('keeps the order of equal eigenvalues, and skips a zero entry between equal diagonal ones', () => {
    expect(
      symmetricEigen([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual({
      values: [1, 1],
      vectors: [
        [1, 0],
        [0, 1],
      ],
    });
    // a[0][1] = 0 with a[0][0] = a[1][1]: no rotation there (its angle would be 0 / 0).
    const { values, vectors } = symmetricEigen([
      [2, 0, 1],
      [0, 2, 0],
      [1, 0, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(2, 14);
    expect(values[2]).toBeCloseTo(1, 14);
    expect(vectors[1]).toEqual([0, 1, 0]);
    for (const v of vectors) for (const x of v) expect(Number.isFinite(x)).toBe(true);
  });
});

describe('symmetricEigen, against R and at the scale of its rules', () => {
  it('keeps a tiny coupling in the eigenvectors, to the last bit of R’s eigen (LAPACK)', () => {
    // R 4.2.2: eigen(matrix(c(1, 1e-20, 1e-20, 3), 2), symmetric = TRUE) has the vectors
    // (5e-21, 1) and (−1, 5e-21): first-order perturbation, a12 / (λ1 − λ2). A rotation too
    // small to change the diagonal still turns the vectors, in the first sweeps.
    for (const [coupling, component] of [
      [1e-20, 5e-21],
      [1e-200, 5e-201], // (h / 2a12)² overflows: the angle is taken as a12 / h
    ] as const) {
      expect(
        symmetricEigen([
          [1, coupling],
          [coupling, 3],
        ]),
      ).toEqual({
        values: [3, 1],
        vectors: [
          [component, 1],
          [1, -component],
        ],
      });
    }
  });

  it('decomposes a 40 × 40 matrix, which needs more sweeps than the skip rule waits for', () => {
    const n = 40;
    const a = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => Math.sin(7 * i + 13 * j) + Math.sin(7 * j + 13 * i)),
    );
    const { values, vectors } = symmetricEigen(a);
    vectors.forEach((v, k) => {
      const av = a.map((row) => dot(row, v));
      for (const [i, x] of av.entries())
        expect(Math.abs(x - (values[k] as number) * (v[i] as number))).toBeLessThan(1e-12);
      for (const [j, w] of vectors.entries()) expect(dot(v, w)).toBeCloseTo(k === j ? 1 : 0, 13);
    });
  });
});
