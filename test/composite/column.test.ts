import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extent, fromColumn, presentCount, toColumn } from '../../src/composite/column.js';

describe('typed columns', () => {
  it('toColumn marks null and undefined as NaN and keeps every finite number', () => {
    expect(Array.from(toColumn([1, null, undefined, -2.5]))).toEqual([
      1,
      Number.NaN,
      Number.NaN,
      -2.5,
    ]);
    expect(toColumn(new Float64Array([3, 4]))).toEqual(new Float64Array([3, 4]));
  });

  it('toColumn refuses a non-number, naming the argument and the index', () => {
    expect(() => toColumn([1, Number.NaN], 'years[2]')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringContaining('years[2][1]'),
      }),
    );
    expect(() => toColumn([1, '2' as unknown as number])).toThrowError(/values\[1\]/);
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is refused
    expect(() => toColumn([1, , 3])).toThrowError(/values/);
    expect(() => toColumn(5 as unknown as number[])).toThrowError(/an array of numbers/);
  });

  it('fromColumn turns NaN back into null, before and after the first missing value', () => {
    expect(fromColumn(new Float64Array([1, 2, Number.NaN, 4]))).toEqual([1, 2, null, 4]);
    expect(fromColumn(new Float64Array([Number.NaN, 0]))).toEqual([null, 0]);
    expect(fromColumn(new Float64Array(0))).toEqual([]);
  });

  it('round-trips any list of numbers and nulls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null))),
        (values) => {
          expect(fromColumn(toColumn(values))).toEqual(values);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('extent and presentCount read present values only', () => {
    const column = new Float64Array([Number.NaN, 3, -1, Number.NaN, 2]);
    expect(extent(column)).toEqual([-1, 3]);
    expect(presentCount(column)).toBe(3);
    expect(extent(new Float64Array([Number.NaN]))).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    expect(presentCount(new Float64Array([Number.NaN]))).toBe(0);
  });
});
