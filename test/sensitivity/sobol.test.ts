import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDxError } from '../../src/errors.js';
import { sobolIndices } from '../../src/sensitivity/sobol.js';
import { createRandom } from '../../src/stats/random.js';
import { sobolPoints } from '../../src/stats/sobol-sequence.js';
import { fixture } from './coinr-fixtures.js';

const linear = ([a, b, c]: number[]) => (a as number) + 2 * (b as number) + 3 * (c as number);

interface SobolFixture {
  readonly seed: number;
  readonly samples: number;
  readonly bootstrap: number;
  readonly variance: number;
  readonly Si: readonly number[];
  readonly STi: readonly number[];
  readonly Si_q5: readonly number[];
  readonly Si_q95: readonly number[];
  readonly STi_q5: readonly number[];
  readonly STi_q95: readonly number[];
  readonly first_rows: readonly (readonly number[])[];
}

describe('sobolIndices', () => {
  it('finds the known answer of f = x1 + 2 x2 + 3 x3 (1/14, 4/14, 9/14) at N = 20,000: totals within 0.01, first-order within 0.03', () => {
    const { indices, evaluations } = sobolIndices(linear, ['x1', 'x2', 'x3'], {
      samples: 20_000,
      seed: 3,
    });
    expect(evaluations).toBe(100_000);
    const exact = [1 / 14, 4 / 14, 9 / 14];
    indices.forEach((index, i) => {
      // An additive model has no interactions: first-order and total indices are equal.
      expect(Math.abs(index.first - (exact[i] as number))).toBeLessThan(0.03);
      expect(Math.abs(index.total - (exact[i] as number))).toBeLessThan(0.01);
    });
    expect(indices.map((s) => s.input)).toEqual(['x1', 'x2', 'x3']);
  });

  it('equals COINr SA_sample + SA_estimate with the same seed, bootstrap intervals included', () => {
    const ref = fixture<SobolFixture>('sa-sobol-linear');
    const rows: number[][] = [];
    const result = sobolIndices(
      (x) => {
        if (rows.length < 5) rows.push(x);
        return linear(x);
      },
      3,
      { samples: ref.samples, seed: ref.seed, bootstrap: ref.bootstrap, design: 'coinr' },
    );
    expect(rows).toEqual(ref.first_rows);
    // R sums in extended precision: agreement to about 1e-15, asserted at 1e-13.
    expect(result.variance).toBeCloseTo(ref.variance, 13);
    result.indices.forEach((index, i) => {
      expect(index.input).toBe(String(i));
      expect(index.first).toBeCloseTo(ref.Si[i] as number, 13);
      expect(index.total).toBeCloseTo(ref.STi[i] as number, 13);
      expect(index.firstInterval?.[0]).toBeCloseTo(ref.Si_q5[i] as number, 13);
      expect(index.firstInterval?.[1]).toBeCloseTo(ref.Si_q95[i] as number, 13);
      expect(index.totalInterval?.[0]).toBeCloseTo(ref.STi_q5[i] as number, 13);
      expect(index.totalInterval?.[1]).toBeCloseTo(ref.STi_q95[i] as number, 13);
    });
  });

  it('gives the same output for the same seed, and omits intervals without bootstrap', () => {
    const a = sobolIndices(linear, 3, { samples: 64, seed: 9, bootstrap: 20 });
    const b = sobolIndices(linear, 3, { samples: 64, seed: 9, bootstrap: 20 });
    expect(a).toEqual(b);
    const plain = sobolIndices(linear, 3, { samples: 64, seed: 9 });
    expect(plain.indices[0]).not.toHaveProperty('firstInterval');
    expect(plain.indices.map((s) => s.first)).toEqual(a.indices.map((s) => s.first));
  });

  it('gives an input the model ignores indices of 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const { indices } = sobolIndices(([a, , c]) => (a as number) * (c as number), 3, {
          samples: 32,
          seed,
        });
        expect(indices[1]?.first).toBe(0);
        expect(indices[1]?.total).toBe(0);
      }),
      { numRuns: 20 },
    );
  });

  it('rejects bad input up front', () => {
    const cases: [() => unknown, string][] = [
      [() => sobolIndices(42 as never, 3, { samples: 10, seed: 1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, 0, { samples: 10, seed: 1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, ['a', 'a'], { samples: 10, seed: 1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, ['a', ''], { samples: 10, seed: 1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, 3, { samples: 1, seed: 1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, 3, { samples: 10, seed: 1.5 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, 3, { samples: 10, seed: 1, bootstrap: -1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(linear, 3, null as never), 'INVALID_ARGUMENT'],
      [() => sobolIndices(() => 1, 3, { samples: 10, seed: 1 }), 'INVALID_ARGUMENT'],
      [() => sobolIndices(() => Number.NaN, 3, { samples: 10, seed: 1 }), 'INVALID_NUMBER'],
    ];
    for (const [call, code] of cases) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, code as never), String(caught)).toBe(true);
    }
  });

  it("draws A, B and each ABᵢ from one scrambled 2d-dimensional Sobol' sequence by default", () => {
    const seen: number[][] = [];
    const n = 8;
    const d = 2;
    sobolIndices(
      (x) => {
        seen.push(x);
        return (x[0] as number) + (x[1] as number) ** 2;
      },
      d,
      { samples: n, seed: 5 },
    );
    const base = sobolPoints(n, 2 * d, createRandom(5));
    const point = (r: number) => Array.from(base.subarray(r * 2 * d, (r + 1) * 2 * d));
    expect(seen).toHaveLength(n * (d + 2));
    for (let r = 0; r < n; r++) {
      const [a0, a1, b0, b1] = point(r) as [number, number, number, number];
      expect(seen[r]).toEqual([a0, a1]); // A
      expect(seen[n + r]).toEqual([b0, b1]); // B
      expect(seen[2 * n + r]).toEqual([b0, a1]); // AB₁: A with column 1 from B
      expect(seen[3 * n + r]).toEqual([a0, b1]); // AB₂
    }
  });

  it("uses the same estimators with either design, and 'sobol' is the default", () => {
    const plain = sobolIndices(linear, 3, { samples: 256, seed: 2 });
    expect(sobolIndices(linear, 3, { samples: 256, seed: 2, design: 'sobol' })).toEqual(plain);
    expect(sobolIndices(linear, 3, { samples: 256, seed: 2, design: 'coinr' })).not.toEqual(plain);
    // Another seed scrambles differently: repeated seeds give a spread, not one answer.
    expect(sobolIndices(linear, 3, { samples: 256, seed: 3 }).indices).not.toEqual(plain.indices);
  });

  it('estimates the Ishigami function (a = 7, b = 0.1) closely at N = 1,024 (a loose check; the benchmark measures)', () => {
    const ishigami = (x: number[]) => {
      const [a, b, c] = x.map((u) => -Math.PI + 2 * Math.PI * u) as [number, number, number];
      return Math.sin(a) + 7 * Math.sin(b) ** 2 + 0.1 * c ** 4 * Math.sin(a);
    };
    const { indices } = sobolIndices(ishigami, 3, { samples: 1024, seed: 1 });
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    indices.forEach((s, i) => {
      expect(Math.abs(s.first - (first[i] as number))).toBeLessThan(0.05);
      expect(Math.abs(s.total - (total[i] as number))).toBeLessThan(0.05);
    });
  });

  it("takes up to 20 inputs with the 'sobol' design and refuses more, naming the way out", () => {
    const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
    expect(sobolIndices(sum, 20, { samples: 4, seed: 1 }).indices).toHaveLength(20);
    expect(() => sobolIndices(sum, 21, { samples: 4, seed: 1 })).toThrowError(
      "options.design: the 'sobol' design takes at most 20 inputs (2 of the 40 embedded Sobol' dimensions per input), got 21; pass design: 'coinr' for more.",
    );
    expect(sobolIndices(sum, 21, { samples: 4, seed: 1, design: 'coinr' }).indices).toHaveLength(
      21,
    );
    expect(() =>
      sobolIndices(sum, 2, { samples: 4, seed: 1, design: 'halton' as never }),
    ).toThrowError(/^options\.design: expected one of "sobol", "coinr"/);
  });
});
