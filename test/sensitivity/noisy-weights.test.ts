import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDxError } from '../../src/errors.js';
import { noisyWeights } from '../../src/sensitivity/noisy-weights.js';
import { fixture, frameworkFromMeta, type Meta } from './coinr-fixtures.js';

interface NoisyFixture {
  readonly seed: number;
  readonly noise: readonly { level: number; factor: number }[];
  readonly meta: Meta;
  readonly weight_sets: readonly Readonly<Record<string, number>>[];
}

const framework = {
  id: 'index',
  children: [
    { id: 'p1', weight: 2, children: [{ id: 'a', weight: 3 }, 'b'] },
    { id: 'p2', children: ['c', { id: 'd', weight: 0.5 }, 'e'] },
  ],
};

describe('noisyWeights', () => {
  it('equals COINr get_noisy_weights after set.seed, bit for bit', () => {
    const ref = fixture<NoisyFixture>('ua-noisy-weights');
    const sets = noisyWeights(frameworkFromMeta(ref.meta), {
      noise: ref.noise,
      replications: ref.weight_sets.length,
      seed: ref.seed,
    });
    sets.forEach((set, r) => {
      const expected = ref.weight_sets[r] as Record<string, number>;
      expect(Object.keys(set).sort()).toEqual(Object.keys(expected).sort());
      for (const id of Object.keys(expected)) expect(set[id]).toBe(expected[id]);
    });
  });

  it('moves each weight of a noised level at most ±f of its nominal value, and no other', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.constantFrom(1, 2),
        fc.integer(),
        (factor, level, seed) => {
          const sets = noisyWeights(framework, {
            noise: [{ level, factor }],
            replications: 3,
            seed: seed | 0,
          });
          const nominal: Record<string, number> = {
            index: 1,
            p1: 2,
            p2: 1,
            a: 3,
            b: 1,
            c: 1,
            d: 0.5,
            e: 1,
          };
          const atLevel = level === 1 ? ['a', 'b', 'c', 'd', 'e'] : ['p1', 'p2'];
          for (const set of sets) {
            for (const [id, w] of Object.entries(nominal)) {
              if (atLevel.includes(id)) {
                // ±f of w, give or take the rounding of w + (2u − 1)·f·w.
                expect(Math.abs((set[id] as number) - w)).toBeLessThanOrEqual(
                  factor * w + 2 * Number.EPSILON * w,
                );
                expect(set[id]).toBeGreaterThan(0);
              } else expect(set[id]).toBe(w);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('is reproducible, and a different seed gives different weights', () => {
    const options = { noise: [{ level: 1, factor: 0.25 }], replications: 4, seed: 11 };
    expect(noisyWeights(framework, options)).toEqual(noisyWeights(framework, options));
    expect(noisyWeights(framework, { ...options, seed: 12 })).not.toEqual(
      noisyWeights(framework, options),
    );
  });

  it('draws levels in the order listed (COINr loops over noise_specs rows)', () => {
    const both = noisyWeights(framework, {
      noise: [
        { level: 2, factor: 0.2 },
        { level: 1, factor: 0.2 },
      ],
      replications: 1,
      seed: 3,
    })[0];
    const pillarsFirst = noisyWeights(framework, {
      noise: [{ level: 2, factor: 0.2 }],
      replications: 1,
      seed: 3,
    })[0];
    expect(both?.p1).toBe(pillarsFirst?.p1);
    expect(both?.p2).toBe(pillarsFirst?.p2);
  });

  it('numbers levels from the leaves up in an unbalanced tree', () => {
    const unbalanced = { id: 'root', children: ['x', { id: 'g', children: ['y', 'z'] }] };
    const [set] = noisyWeights(unbalanced, {
      noise: [{ level: 2, factor: 0.5 }],
      replications: 1,
      seed: 1,
    });
    expect(set?.g).not.toBe(1);
    expect([set?.x, set?.y, set?.z, set?.root]).toEqual([1, 1, 1, 1]);
  });

  it('rejects bad input with DxError before drawing', () => {
    const ok = { noise: [{ level: 1, factor: 0.25 }], replications: 2, seed: 1 };
    const cases: [unknown, unknown, string][] = [
      [framework, { ...ok, noise: [{ level: 1, factor: 1 }] }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, noise: [{ level: 1, factor: -0.1 }] }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, noise: [{ level: 1, factor: Number.NaN }] }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, noise: [{ level: 4, factor: 0.1 }] }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, noise: [{ level: 0, factor: 0.1 }] }, 'INVALID_ARGUMENT'],
      [
        framework,
        {
          ...ok,
          noise: [
            { level: 1, factor: 0.1 },
            { level: 1, factor: 0.2 },
          ],
        },
        'INVALID_ARGUMENT',
      ],
      [framework, { ...ok, noise: 'x' }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, noise: [null] }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, replications: 0 }, 'INVALID_ARGUMENT'],
      [framework, { ...ok, seed: 0.5 }, 'INVALID_ARGUMENT'],
      [framework, null, 'INVALID_ARGUMENT'],
      [{ id: 'r', children: [{ id: 'a', weight: -1 }] }, ok, 'INVALID_NUMBER'],
      [{ id: 'r', children: ['a', 'a'] }, ok, 'INVALID_ARGUMENT'],
      [{ id: 'r', children: [] }, ok, 'INVALID_ARGUMENT'],
      [{ id: '' }, ok, 'INVALID_ARGUMENT'],
      [42, ok, 'INVALID_ARGUMENT'],
    ];
    for (const [tree, options, code] of cases) {
      let caught: unknown;
      try {
        noisyWeights(tree as never, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, code as never), `${JSON.stringify(options)}: ${caught}`).toBe(true);
    }
  });

  it('accepts a bare indicator id as a one-node framework', () => {
    expect(
      noisyWeights('x', { noise: [{ level: 1, factor: 0 }], replications: 1, seed: 1 }),
    ).toEqual([{ x: 1 }]);
  });
});
