import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDxError } from '../../src/errors.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { noisyWeights } from '../../src/sensitivity/noisy-weights.js';
import { rankSensitivity } from '../../src/sensitivity/rank-sensitivity.js';
import { sobolIndices } from '../../src/sensitivity/sobol.js';
import { uncertainty } from '../../src/sensitivity/uncertainty.js';
import { createRandom, DEFAULT_SEED, indexSampler, seededRandom } from '../../src/stats/random.js';

describe('createRandom', () => {
  it("draws what R draws after set.seed (R's Mersenne Twister)", () => {
    // R 4.2.2: set.seed(42); runif(3) and set.seed(1); runif(2), printed with %.17g.
    const r42 = createRandom(42);
    expect([r42(), r42(), r42()]).toEqual([
      0.91480604349635541, 0.93707541329786181, 0.28613953478634357,
    ]);
    const r1 = createRandom(1);
    expect([r1(), r1()]).toEqual([0.2655086631421, 0.37212389963679016]);
  });

  it('accepts negative seeds as R does, and keeps draws inside (0, 1) past one twist', () => {
    const random = createRandom(-7);
    for (let i = 0; i < 2000; i++) {
      const u = random();
      expect(u > 0 && u < 1).toBe(true);
    }
  });

  it('is reproducible: the same seed gives the same stream', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 700; i++) expect(a()).toBe(b());
      }),
      { numRuns: 20 },
    );
  });

  it('rejects seeds that are not 32-bit integers', () => {
    for (const seed of [1.5, 2 ** 31, -(2 ** 31) - 1, Number.NaN, '1']) {
      let caught: unknown;
      try {
        createRandom(seed as number);
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, 'INVALID_ARGUMENT')).toBe(true);
    }
  });
});

describe('indexSampler', () => {
  it("draws what R's sample() draws (rejection sampling)", () => {
    // R 4.2.2: set.seed(1); sample(10, 5, replace = TRUE) - 1 and set.seed(1); sample(70000, 3, TRUE) - 1.
    const ten = indexSampler(createRandom(1), 10);
    expect([ten(), ten(), ten(), ten(), ten()]).toEqual([8, 3, 6, 0, 1]);
    const big = indexSampler(createRandom(1), 70000);
    expect([big(), big(), big()]).toEqual([24387, 59520, 43306]);
    // 16 bits exactly (R spends two uniforms per draw from 2^15 + 1 up):
    // set.seed(2); sample(40000, 4, TRUE) - 1 and set.seed(2); sample(65536, 3, TRUE) - 1.
    const sixteen = indexSampler(createRandom(2), 40000);
    expect([sixteen(), sixteen(), sixteen(), sixteen()]).toEqual([11013, 36043, 15656, 11850]);
    const full = indexSampler(createRandom(2), 65536);
    expect([full(), full(), full()]).toEqual([46030, 11013, 61831]);
  });

  it('stays in range and spends one draw per value for n = 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer(), (n, seed) => {
        const next = indexSampler(createRandom(seed | 0), n);
        for (let i = 0; i < 20; i++) {
          const v = next();
          expect(Number.isInteger(v) && v >= 0 && v < n).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
    const random = createRandom(5);
    const one = indexSampler(random, 1);
    const twin = createRandom(5);
    expect(one()).toBe(0);
    twin();
    expect(random()).toBe(twin());
  });
});

describe('the seed rule: an optional seed, one fixed default', () => {
  const framework: FrameworkNode = {
    id: 'index',
    children: [{ id: 'pillar', children: ['a', 'b'] }, 'c'],
  };
  const data = {
    kind: 'columns' as const,
    units: ['u1', 'u2', 'u3', 'u4'],
    columns: { a: [1, 2, 3, 4], b: [4, 1, 3, 2], c: [2, 4, 1, 3] },
  };
  const noise = [{ level: 1, factor: 0.5 }];

  it('every function that draws gives, without a seed, what DEFAULT_SEED gives', () => {
    expect(DEFAULT_SEED).toBe(42);
    const first = (random: () => number) => [random(), random(), random()];
    expect(first(createRandom())).toEqual(first(createRandom(DEFAULT_SEED)));
    expect(first(seededRandom(undefined))).toEqual(first(createRandom(DEFAULT_SEED)));
    expect(noisyWeights(framework, { noise, replications: 3 })).toEqual(
      noisyWeights(framework, { noise, replications: 3, seed: DEFAULT_SEED }),
    );
    expect(uncertainty(data, framework, { weights: { noise }, replications: 5 })).toEqual(
      uncertainty(data, framework, { weights: { noise }, replications: 5, seed: DEFAULT_SEED }),
    );
    const model = (x: readonly number[]) => (x[0] as number) + 2 * (x[1] as number);
    expect(sobolIndices(model, 2, { samples: 16 })).toEqual(
      sobolIndices(model, 2, { samples: 16, seed: DEFAULT_SEED }),
    );
    const options = { weights: { noise }, samples: 8 };
    expect(rankSensitivity(data, framework, options)).toEqual(
      rankSensitivity(data, framework, { ...options, seed: DEFAULT_SEED }),
    );
  });

  it('another seed draws another sample, and a bad seed is refused even when nothing is drawn', () => {
    expect(noisyWeights(framework, { noise, replications: 3, seed: 7 })).not.toEqual(
      noisyWeights(framework, { noise, replications: 3 }),
    );
    expect(() => seededRandom(1.5, 'options.seed')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^options\.seed:/),
      }),
    );
    expect(() =>
      uncertainty(data, framework, { weights: [{ a: 1 }], replications: 1, seed: 0.5 }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('createRandom against a plain MT19937', () => {
  /**
   * The reference generator of Matsumoto & Nishimura's paper, written as one loop with indices
   * taken mod 624 (the source splits it in three), seeded as R seeds it.
   */
  function reference(seed: number): () => number {
    let s = seed >>> 0;
    for (let j = 0; j < 50; j++) s = (Math.imul(69069, s) + 1) >>> 0;
    s = (Math.imul(69069, s) + 1) >>> 0;
    const mt: number[] = [];
    for (let j = 0; j < 624; j++) {
      s = (Math.imul(69069, s) + 1) >>> 0;
      mt.push(s);
    }
    let index = 624;
    return () => {
      if (index === 624) {
        for (let k = 0; k < 624; k++) {
          const y = ((mt[k] as number) & 0x80000000) | ((mt[(k + 1) % 624] as number) & 0x7fffffff);
          mt[k] = ((mt[(k + 397) % 624] as number) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
        }
        index = 0;
      }
      let y = mt[index++] as number;
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return (y >>> 0) / 2 ** 32;
    };
  }

  it('draws what the reference draws, through three twists of the state', () => {
    for (const seed of [42, -7]) {
      const ours = createRandom(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 3 * 624; i++) expect(ours()).toBe(theirs());
    }
  });

  it('names the seed that is out of range, under the name its caller gives', () => {
    expect(() => createRandom(1.5)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'seed: expected an integer from -2147483648 to 2147483647, got 1.5.',
      }),
    );
    expect(() => seededRandom(2 ** 31)).toThrowError(
      expect.objectContaining({
        message:
          'options.seed: expected an integer from -2147483648 to 2147483647, got 2147483648.',
      }),
    );
  });
});
