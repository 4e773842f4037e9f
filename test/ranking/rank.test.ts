import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import type { TieMethod } from '../../src/model/ties.js';
import { LARGE_RADIX, percentRank, RADIX_THRESHOLD, rank } from '../../src/ranking/rank.js';
import { dxErrorOf } from '../fixtures/errors.js';

const TIES: TieMethod[] = ['competition', 'modified', 'dense', 'ordinal', 'fractional'];
// Few distinct values so that ties are common.
const values = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(null)), {
  maxLength: 40,
});

describe('rank', () => {
  it.each<[TieMethod, (number | null)[]]>([
    ['competition', [1, 2, 2, 4]],
    ['modified', [1, 3, 3, 4]],
    ['dense', [1, 2, 2, 3]],
    ['ordinal', [1, 2, 3, 4]],
    ['fractional', [1, 2.5, 2.5, 4]],
  ])('%s on 90 85 85 70', (ties, expected) => {
    expect(rank([90, 85, 85, 70], { ties })).toEqual(expected);
  });

  it('handles lower-is-better, nulls, typed arrays and empty input', () => {
    expect(rank([3, null, 1, undefined], { direction: 'lower-is-better' })).toEqual([
      2,
      null,
      1,
      null,
    ]);
    expect(rank(new Float64Array([0.5, 0.7]))).toEqual([2, 1]);
    expect(rank([])).toEqual([]);
    expect(rank([-0, 0])).toEqual([1, 1]);
  });

  it('reproduces the DTI 2022 tie: Thanh Hóa and Yên Bái 15th, Hậu Giang 17th', () => {
    expect(rank([0.61, 0.6, 0.6, 0.59]).map((r) => (r ?? 0) + 13)).toEqual([14, 15, 15, 17]);
  });

  it('rejects NaN, infinities, non-numbers and bad options', () => {
    expect(() => rank([1, Number.NaN])).toThrowError(/values\[1\]/);
    expect(() => rank([Number.POSITIVE_INFINITY])).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => rank(['1' as unknown as number])).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => rank(5 as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => rank(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => rank([1], { ties: 'olympic' as TieMethod })).toThrowError(/ties/);
    expect(() => rank([1], { direction: 'up' as never })).toThrowError(/direction/);
    expect(() => rank([1], 'dense' as never)).toThrowError(/options/);
  });

  it('reads undefined as missing wherever it is, and an array-like up to its length', () => {
    expect(rank([undefined, 3, 1])).toEqual([null, 1, 2]);
    expect(rank([undefined, null, 3, undefined, 1], { ties: 'dense' })).toEqual([
      null,
      null,
      1,
      null,
      2,
    ]);
    expect(rank({ length: 2, 0: 1, 1: 2, 2: Number.NaN })).toEqual([2, 1]);
  });

  it('names what is wrong in its errors', () => {
    const rejects = (run: () => unknown, code: string, message: string) =>
      expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
    rejects(
      () => rank([1], null as never),
      'INVALID_ARGUMENT',
      'options: expected an object like { direction, ties }, got null.',
    );
    rejects(
      () => rank([1], 'dense' as never),
      'INVALID_ARGUMENT',
      'options: expected an object like { direction, ties }, got "dense".',
    );
    rejects(
      () => rank([1], { direction: 'up' as never }),
      'INVALID_ARGUMENT',
      `direction: expected 'higher-is-better' or 'lower-is-better', got "up".`,
    );
    rejects(
      () => rank([1], { ties: 'olympic' as TieMethod }),
      'INVALID_ARGUMENT',
      'ties: expected one of competition, modified, dense, ordinal, fractional, got "olympic".',
    );
    rejects(
      () => rank('12' as never),
      'INVALID_ARGUMENT',
      'values: expected an array of numbers, got "12".',
    );
    rejects(
      () => rank({} as never),
      'INVALID_ARGUMENT',
      'values: expected an array of numbers, got {}.',
    );
    rejects(
      () => rank([1, null, Number.NEGATIVE_INFINITY]),
      'INVALID_NUMBER',
      'values[2]: expected a finite number or null, got -Infinity.',
    );
    expect(rank([2, 1], undefined)).toEqual([1, 2]);
    expect(rank([2, 1], {})).toEqual([1, 2]);
  });

  it('does not modify its input', () => {
    const input = Object.freeze([3, 1, 2]);
    rank(input);
    expect(input).toEqual([3, 1, 2]);
  });

  describe('properties', () => {
    const options = { seed: 101, numRuns: 400 };

    it('competition rank is one plus the count strictly better', () => {
      fc.assert(
        fc.property(values, fc.boolean(), (xs, higher) => {
          const ranks = rank(xs, { direction: higher ? 'higher-is-better' : 'lower-is-better' });
          xs.forEach((x, i) => {
            if (x === null) {
              expect(ranks[i]).toBeNull();
              return;
            }
            const better = xs.filter((y) => y !== null && (higher ? y > x : y < x)).length;
            expect(ranks[i]).toBe(better + 1);
          });
        }),
        options,
      );
    });

    it('modified rank is the count at least as good; fractional is their mean', () => {
      fc.assert(
        fc.property(values, (xs) => {
          const modified = rank(xs, { ties: 'modified' });
          const competition = rank(xs);
          const fractional = rank(xs, { ties: 'fractional' });
          xs.forEach((x, i) => {
            if (x === null) return;
            expect(modified[i]).toBe(xs.filter((y) => y !== null && y >= x).length);
            expect(fractional[i]).toBe(((competition[i] as number) + (modified[i] as number)) / 2);
          });
        }),
        options,
      );
    });

    it('dense ranks are contiguous from 1', () => {
      fc.assert(
        fc.property(values, (xs) => {
          const ranks = rank(xs, { ties: 'dense' }).filter((r): r is number => r !== null);
          const distinct = new Set(xs.filter((x) => x !== null)).size;
          expect(new Set(ranks)).toEqual(
            new Set(Array.from({ length: distinct }, (_, k) => k + 1)),
          );
        }),
        options,
      );
    });

    it('ordinal ranks are a permutation, stable among ties', () => {
      fc.assert(
        fc.property(values, (xs) => {
          const ranks = rank(xs, { ties: 'ordinal' });
          const present = ranks.filter((r): r is number => r !== null);
          expect([...present].sort((a, b) => a - b)).toEqual(present.map((_, k) => k + 1));
          xs.forEach((x, i) => {
            xs.forEach((y, j) => {
              if (x !== null && x === y && i < j)
                expect(ranks[i] as number).toBeLessThan(ranks[j] as number);
            });
          });
        }),
        options,
      );
    });

    it('is permutation-equivariant', () => {
      fc.assert(
        fc.property(
          values.chain((xs) =>
            fc.tuple(
              fc.constant(xs),
              fc.shuffledSubarray(
                xs.map((_, i) => i),
                { minLength: xs.length },
              ),
            ),
          ),
          fc.constantFrom(...TIES.filter((t) => t !== 'ordinal')),
          ([xs, order], ties) => {
            const ranks = rank(xs, { ties });
            const permuted = rank(
              order.map((i) => xs[i] ?? null),
              { ties },
            );
            order.forEach((i, k) => {
              expect(permuted[k]).toBe(ranks[i]);
            });
          },
        ),
        options,
      );
    });

    it('ignores a positive scaling and a shift of all values', () => {
      fc.assert(
        fc.property(
          values,
          fc.integer({ min: 1, max: 1000 }),
          fc.integer({ min: -1000, max: 1000 }),
          fc.constantFrom(...TIES),
          (xs, scale, shift, ties) => {
            expect(
              rank(
                xs.map((x) => (x === null ? null : x * scale + shift)),
                { ties },
              ),
            ).toEqual(rank(xs, { ties }));
          },
        ),
        options,
      );
    });

    it('lower-is-better equals ranking the negated values', () => {
      fc.assert(
        fc.property(values, fc.constantFrom(...TIES), (xs, ties) => {
          expect(rank(xs, { ties, direction: 'lower-is-better' })).toEqual(
            rank(
              xs.map((x) => (x === null ? null : -x)),
              { ties },
            ),
          );
        }),
        options,
      );
    });
  });
});

describe('percentRank', () => {
  it('is the share of others beaten', () => {
    expect(percentRank([90, 85, 85, 70])).toEqual([1, 1 / 3, 1 / 3, 0]);
    expect(percentRank([5])).toEqual([1]);
    expect(percentRank([1, null, 2], { direction: 'lower-is-better' })).toEqual([1, null, 0]);
    expect(() => percentRank([Number.NaN])).toThrowError(DxError);
  });

  it('rejects options that are not an object rather than ignoring them', () => {
    expect(() => percentRank([1, 2], 'lower-is-better' as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { direction }, got "lower-is-better".',
      }),
    );
  });

  it('lies in [0, 1] (property)', () => {
    fc.assert(
      fc.property(values, (xs) => {
        for (const p of percentRank(xs)) if (p !== null) expect(p >= 0 && p <= 1).toBe(true);
      }),
      { seed: 103, numRuns: 200 },
    );
  });
});

describe('rank on large inputs (the radix path)', () => {
  // An independent oracle: each tie rule from its definition, via a sorted copy and counts.
  function oracle(xs: (number | null)[], ties: TieMethod, higher: boolean): (number | null)[] {
    const present = xs.filter((x): x is number => x !== null).map((x) => (higher ? x : -x));
    const sorted = [...present].sort((a, b) => b - a);
    const firstAt = new Map<number, number>();
    const lastAt = new Map<number, number>();
    sorted.forEach((x, i) => {
      if (!firstAt.has(x)) firstAt.set(x, i);
      lastAt.set(x, i);
    });
    const distinct = [...new Set(sorted)];
    const denseOf = new Map(distinct.map((x, i) => [x, i + 1]));
    const seen = new Map<number, number>();
    return xs.map((raw) => {
      if (raw === null) return null;
      const x = (higher ? raw : -raw) + 0;
      const competition = (firstAt.get(x) as number) + 1;
      const modified = (lastAt.get(x) as number) + 1;
      switch (ties) {
        case 'competition':
          return competition;
        case 'modified':
          return modified;
        case 'fractional':
          return (competition + modified) / 2;
        case 'dense':
          return denseOf.get(x) as number;
        default: {
          const before = seen.get(x) ?? 0;
          seen.set(x, before + 1);
          return competition + before;
        }
      }
    });
  }

  it.each([
    ['8-bit', RADIX_THRESHOLD],
    ['16-bit', LARGE_RADIX],
  ])('agrees with the definitions of every tie rule on the %s radix path (property)', (_, size) => {
    const big = fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: -50, max: 50 }).map((x) => x / 4) },
        { weight: 1, arbitrary: fc.constantFrom(-0, 0, 1e300, -1e300, 5e-324, -5e-324) },
        { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      // About 1 in 11 entries is null: 15 % more entries keep enough present values.
      { minLength: Math.ceil(size * 1.15), maxLength: Math.ceil(size * 1.2) },
    );
    fc.assert(
      fc.property(big, fc.constantFrom(...TIES), fc.boolean(), (xs, ties, higher) => {
        expect(
          rank(xs, { ties, direction: higher ? 'higher-is-better' : 'lower-is-better' }),
        ).toEqual(oracle(xs, ties, higher));
      }),
      // No shrinking: a failing case of thousands of values would take minutes to shrink.
      { seed: 109, numRuns: 12, endOnFailure: true },
    );
  });

  it('ranks all-equal input at each threshold as one tie', () => {
    for (const n of [RADIX_THRESHOLD, LARGE_RADIX]) {
      const same = new Array<number>(n).fill(-2.5);
      expect(new Set(rank(same))).toEqual(new Set([1]));
      expect(rank(same, { ties: 'dense' }).every((r) => r === 1)).toBe(true);
      expect(rank(same, { ties: 'ordinal' })).toEqual(same.map((_, i) => i + 1));
      expect(new Set(rank(same, { ties: 'fractional' }))).toEqual(new Set([(n + 1) / 2]));
    }
  });

  it('switches paths at each threshold without changing a rank', () => {
    for (const present of [RADIX_THRESHOLD - 1, RADIX_THRESHOLD, LARGE_RADIX - 1, LARGE_RADIX]) {
      const xs: (number | null)[] = [];
      for (let i = 0; i < present; i++) {
        if (i % 5 === 0) xs.push(null);
        xs.push(((i * 7919) % 997) - 498);
      }
      for (const ties of TIES) {
        expect(rank(xs, { ties })).toEqual(oracle(xs, ties, true));
        expect(rank(xs, { ties, direction: 'lower-is-better' })).toEqual(oracle(xs, ties, false));
      }
    }
  });

  // 21,000 values sort on 8-bit digits, 35,000 on 16-bit ones.
  it.each([21_000, 35_000])(
    'orders %i values that differ only in their last bits, and skips null and undefined',
    (size) => {
      // 1 + k·ε share their upper 32 bits: only the low half tells them apart.
      const xs: (number | null | undefined)[] = [undefined, null];
      for (let i = 0; i < size; i++) xs.push(1 + (i % 7) * Number.EPSILON);
      xs.push(undefined, -0, 0, null);
      const asNull = xs.map((x) => x ?? null);
      for (const ties of TIES) {
        const ranks = rank(xs, { ties });
        expect(ranks).toEqual(oracle(asNull, ties, true));
        expect(ranks.length).toBe(xs.length);
      }
      const group = size / 7;
      const ranks = rank(xs);
      expect(ranks.slice(0, 9)).toEqual([
        null,
        null,
        ...[6, 5, 4, 3, 2, 1, 0].map((above) => above * group + 1),
      ]);
      expect(ranks.slice(-4)).toEqual([null, size + 1, size + 1, null]);
      expect(rank(xs, { ties: 'dense', direction: 'lower-is-better' }).slice(-4)).toEqual([
        null,
        1,
        1,
        null,
      ]);
    },
  );

  it('matches the small-input path on the same values', () => {
    const xs = Array.from({ length: 25_000 }, (_, i) => ((i * 7919) % 1000) / 10);
    const small = xs.slice(0, 1000);
    for (const ties of TIES) {
      expect(rank(xs, { ties }).slice(0, 10)).toEqual(oracle(xs, ties, true).slice(0, 10));
      expect(rank(small, { ties })).toEqual(oracle(small, ties, true));
    }
  });
});

describe('rank: the input it refuses', () => {
  it('names a hole, an unknown option and a length out of range', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point.
    const hole = dxErrorOf(() => rank([1, , 3]));
    expect([hole.code, hole.message]).toEqual([
      'INVALID_ARGUMENT',
      'values[1]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
    ]);
    expect(rank([1, undefined, 3])).toEqual([2, null, 1]);
    const option = dxErrorOf(() => rank([1], { tie: 'dense' } as never));
    expect([option.code, option.message]).toEqual([
      'INVALID_ARGUMENT',
      'options.tie: not an option here; expected direction, ties.',
    ]);
    const length = dxErrorOf(() => rank({ length: -5 }));
    expect([length.code, length.message]).toEqual([
      'INVALID_ARGUMENT',
      'values.length: expected a length from 0 to 16777216, got -5.',
    ]);
  });

  it('refuses percentRank options it does not take, and a tie rule it fixes', () => {
    const error = dxErrorOf(() => percentRank([1, 2], { ties: 'dense' } as never));
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'options.ties: not an option here; expected direction.',
    ]);
    expect(percentRank([1, 2, 2, 3], {})).toEqual([0, 1 / 3, 1 / 3, 1]);
  });
});
