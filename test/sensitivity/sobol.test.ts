import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDxError } from '../../src/errors.js';
import { sobolIndices } from '../../src/sensitivity/sobol.js';
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
      { samples: ref.samples, seed: ref.seed, bootstrap: ref.bootstrap },
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
});
