import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ExactSum,
  exactSum,
  powerSafeExponent,
  productSafeExponent,
  scaleExponent,
  timesPowerOfTwo,
} from '../../src/stats/sum.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });

describe('exactSum', () => {
  it('rounds the exact sum once', () => {
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([1, 1e100, 1, -1e100])).toBe(2);
    // Partials must not overflow: callers scale first (aggregate, the z-score, the moments).
    expect(exactSum([2 ** 1022, 2 ** 1022, -(2 ** 1022)])).toBe(2 ** 1022);
    expect(exactSum([])).toBe(0);
    expect(exactSum([Number.NaN, 2, Number.NaN])).toBe(2);
    // Half-way: 1 + 2^-53 is a tie, broken to even by the lower partial.
    expect(exactSum([1, 2 ** -53, 2 ** -80])).toBe(1 + 2 ** -52);
  });

  it('depends only on the multiset of terms, never on their order', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 30 }), fc.nat(), (terms, k) => {
        const sum = exactSum(terms);
        const at = terms.length === 0 ? 0 : k % terms.length;
        expect(exactSum([...terms.slice(at), ...terms.slice(0, at)])).toBe(sum);
        expect(exactSum([...terms].reverse())).toBe(sum);
        expect(exactSum([...terms].sort((a, b) => a - b))).toBe(sum);
      }),
      { seed: 25, numRuns: 300 },
    );
  });

  it('is exact for integers where a naive sum is not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), { maxLength: 20 }),
        (big) => {
          const terms = big.map((b) => Number(b));
          const exact = terms.reduce((s, x) => s + BigInt(x), 0n);
          expect(exactSum(terms)).toBe(Number(exact));
        },
      ),
      { seed: 26, numRuns: 300 },
    );
  });

  it('starts over on reset', () => {
    const sum = new ExactSum();
    sum.add(3);
    expect(sum.reset().value()).toBe(0);
  });
});

describe('scaling by powers of two', () => {
  it('puts the largest magnitude in [1, 2), across the whole range', () => {
    for (const x of [Number.MIN_VALUE, 1e-308, 0.75, 1, 2, 3, 1e308, Number.MAX_VALUE]) {
      const scaled = timesPowerOfTwo(x, -scaleExponent(x));
      expect(scaled).toBeGreaterThanOrEqual(1);
      expect(scaled).toBeLessThan(2);
    }
    expect(scaleExponent(0)).toBe(0);
    expect(timesPowerOfTwo(1, 2000)).toBe(Number.POSITIVE_INFINITY);
    expect(timesPowerOfTwo(2 ** 1000, -2000)).toBe(2 ** -1000);
  });

  it('skips scaling where it changes no bit', () => {
    expect(productSafeExponent(1e100)).toBe(0);
    expect(productSafeExponent(1e300)).toBe(scaleExponent(1e300));
    expect(powerSafeExponent(1e50)).toBe(0);
    expect(powerSafeExponent(1e-100)).toBe(scaleExponent(1e-100));
  });

  it('skips it on the whole stated range, ends included, and scales on both sides of it', () => {
    // productSafeExponent: 2^-500 to 2^500; powerSafeExponent: 2^-200 to 2^200.
    for (const [safe, bound] of [
      [productSafeExponent, 500],
      [powerSafeExponent, 200],
    ] as const) {
      expect(safe(2 ** -bound)).toBe(0);
      expect(safe(2 ** bound)).toBe(0);
      expect(safe(2 ** (-bound - 1))).toBe(-bound - 1);
      expect(safe(2 ** (bound + 1))).toBe(bound + 1);
      expect(safe(2 ** (-bound - 20))).toBe(-bound - 20);
      expect(safe(2 ** (bound + 20))).toBe(bound + 20);
    }
  });
});
