import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDxError } from '../../src/errors.js';
import { createRandom } from '../../src/stats/random.js';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from '../../src/stats/sobol-sequence.js';

/** Rows of a point set, for readable comparisons. */
function rows(points: Float64Array, dimensions: number): number[][] {
  return Array.from({ length: points.length / dimensions }, (_, i) =>
    Array.from(points.subarray(i * dimensions, (i + 1) * dimensions)),
  );
}

/** Whether each of the 2^m cells [k/2^m, (k+1)/2^m) of coordinate j holds exactly one of the first 2^m points. */
function stratified(points: Float64Array, dimensions: number, j: number, m: number): boolean {
  const cells = new Uint8Array(2 ** m);
  for (let i = 0; i < 2 ** m; i++) {
    const cell = Math.floor((points[i * dimensions + j] as number) * 2 ** m);
    cells[cell] = (cells[cell] as number) + 1;
  }
  return cells.every((c) => c === 1);
}

describe('sobolPoints', () => {
  it('gives the published first points in 2 dimensions (scipy test_qmc.py, TestSobol.unscramble_nd)', () => {
    expect(rows(sobolPoints(8, 2), 2)).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.375, 0.375],
      [0.875, 0.875],
      [0.625, 0.125],
      [0.125, 0.625],
    ]);
  });

  it("gives the first 10 points in 3 dimensions as Joe & Kuo's program does (as transcribed in Paddy3118's sobol_point_gen.py)", () => {
    expect(rows(sobolPoints(10, 3), 3)).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
      [0.1875, 0.3125, 0.9375],
      [0.6875, 0.8125, 0.4375],
    ]);
  });

  it('starts every dimension at 0 and then 1/2 (every row of the table has m₁ = 1)', () => {
    const d = SOBOL_MAX_DIMENSIONS;
    const points = rows(sobolPoints(2, d), d);
    expect(points).toEqual([Array(d).fill(0), Array(d).fill(0.5)]);
  });

  it('stratifies every coordinate of every dimension: each of 2^m cells gets one of the first 2^m points, scrambled or not', () => {
    const d = SOBOL_MAX_DIMENSIONS;
    const plain = sobolPoints(1024, d);
    const scrambled = sobolPoints(1024, d, createRandom(5));
    for (let j = 0; j < d; j++)
      for (const m of [1, 4, 10]) {
        expect(stratified(plain, d, j, m)).toBe(true);
        expect(stratified(scrambled, d, j, m)).toBe(true);
      }
  });

  it('makes the first two dimensions a (0, m, 2)-net: every 2^a × 2^(m−a) box holds one point, scrambled too', () => {
    for (const points of [sobolPoints(256, 2), sobolPoints(256, 2, createRandom(11))])
      for (let a = 0; a <= 8; a++) {
        const boxes = new Uint8Array(256);
        for (let i = 0; i < 256; i++) {
          const x = Math.floor((points[2 * i] as number) * 2 ** a);
          const y = Math.floor((points[2 * i + 1] as number) * 2 ** (8 - a));
          const box = x * 2 ** (8 - a) + y;
          boxes[box] = (boxes[box] as number) + 1;
        }
        expect(boxes.every((b) => b === 1)).toBe(true);
      }
  });

  it('randomises by the stream: the same seed gives the same points, strictly inside (0, 1); another seed others', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (seed) => {
        const a = sobolPoints(64, 5, createRandom(seed));
        expect(sobolPoints(64, 5, createRandom(seed))).toEqual(a);
        expect(a.every((x) => x > 0 && x < 1)).toBe(true);
        expect(sobolPoints(64, 5, createRandom(seed + 1))).not.toEqual(a);
      }),
      { numRuns: 20 },
    );
  });

  it('averages a smooth integrand far better than its count of random points would', () => {
    // ∫ Π 2xⱼ over [0, 1]⁴ = 1; with 4096 scrambled points the error is well below 1e-3.
    const d = 4;
    const n = 4096;
    const points = sobolPoints(n, d, createRandom(1));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let p = 1;
      for (let j = 0; j < d; j++) p *= 2 * (points[i * d + j] as number);
      sum += p;
    }
    expect(Math.abs(sum / n - 1)).toBeLessThan(1e-3);
  });

  it('refuses more dimensions than the embedded table holds, and bad counts', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isDxError(error) ? [error.code, error.message] : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => sobolPoints(4, 41))).toEqual([
      'INVALID_ARGUMENT',
      "dimensions: the Sobol' sequence here has at most 40 dimensions (the embedded rows of Joe & Kuo's table), got 41.",
    ]);
    expect(codeOf(() => sobolPoints(4, 0))?.[0]).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => sobolPoints(-1, 2))?.[0]).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => sobolPoints(1.5, 2))?.[0]).toBe('INVALID_ARGUMENT');
    expect(sobolPoints(0, 3)).toEqual(new Float64Array(0));
  });
});

describe('sobolPoints: the scramble and its draws', () => {
  /** The 32-bit word of a scrambled coordinate, (k + ½)·2⁻³² → k. */
  const word = (x: number) => x * 2 ** 32 - 0.5;

  it('draws 32 words for the matrix and then the shift, per dimension, and starts at the shift', () => {
    let draws = 0;
    const stream = createRandom(9);
    const counted = () => {
      draws++;
      return stream();
    };
    const points = sobolPoints(4, 3, counted);
    expect(draws).toBe(3 * 33);
    const replay = createRandom(9);
    for (let j = 0; j < 3; j++) {
      for (let r = 0; r < 32; r++) replay();
      const shift = Math.floor(replay() * 2 ** 32);
      expect(word(points[j] as number)).toBe(shift);
    }
  });

  it('scrambles the direction numbers, not only shifts the points', () => {
    const plain = sobolPoints(8, 2);
    const scrambled = sobolPoints(8, 2, createRandom(3));
    // A shift alone would keep every point's XOR with the first equal to the unscrambled point.
    const differs = Array.from(plain, (x, i) => {
      const xor = (word(scrambled[i] as number) ^ word(scrambled[i % 2] as number)) >>> 0;
      return xor !== x * 2 ** 32;
    });
    expect(differs.some(Boolean)).toBe(true);
  });

  it('names the argument out of range', () => {
    for (const [run, message] of [
      [() => sobolPoints(-1, 2), 'count: expected an integer from 0 to 2147483648, got -1.'],
      [() => sobolPoints(4, 0), 'dimensions: expected an integer from 1 to 40, got 0.'],
      [() => sobolPoints(4, 40.5), 'dimensions: expected an integer from 1 to 40, got 40.5.'],
      [
        () => sobolPoints(4, '41' as never),
        'dimensions: expected an integer from 1 to 40, got "41".',
      ],
    ] as const)
      expect(run).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', message }));
  });
});
