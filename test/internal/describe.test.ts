import { expect, describe as group, it } from 'vitest';
import { describe } from '../../src/internal/describe.js';

group('describe', () => {
  it('names values briefly for error messages', () => {
    expect(describe(null)).toBe('null');
    expect(describe(undefined)).toBe('undefined');
    expect(describe('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describe('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(describe(3)).toBe('3');
    expect(describe(false)).toBe('false');
    expect(describe(10n)).toBe('10');
    expect(describe([1, 2])).toBe('an array of length 2');
    expect(describe(new Date(Number.NaN))).toBe('Date(invalid)');
    expect(describe(new Date(Date.UTC(2025, 6, 1)))).toBe('Date(2025-07-01T00:00:00.000Z)');
    expect(describe(() => 1)).toBe('a function');
    expect(describe(Symbol('s'))).toBe('a symbol');
  });

  it('shows the first keys of a plain object with brief values', () => {
    expect(describe({})).toBe('{}');
    expect(describe({ comparator: 'gte', value: '80' })).toBe('{ comparator: "gte", value: "80" }');
    expect(describe({ a: 1, b: [1, 2], c: { d: 1 }, e: null, f: 2 })).toBe(
      '{ a: 1, b: […2], c: {…}, e: null, … }',
    );
    expect(describe({ 'tỉnh thành': 1, ['k'.repeat(30)]: 2 })).toBe(
      `{ "tỉnh thành": 1, "${'k'.repeat(20)}…": 2 }`,
    );
    expect(describe(Object.assign(Object.create(null), { x: 1 }))).toBe('{ x: 1 }');
    expect(
      describe(
        Object.defineProperty({}, 'bad', {
          enumerable: true,
          get() {
            throw new Error('no');
          },
        }),
      ),
    ).toBe('{ bad: ? }');
  });

  it('names instances of classes by their constructor', () => {
    expect(describe(new Map())).toBe('a Map');
    expect(describe(new Float64Array(2))).toBe('a Float64Array');
    expect(describe(Object.create({}))).toBe('{}');
    expect(describe(Object.create(Object.create(null)))).toBe('an object');
  });
});

group('describe at its edges (issue #25)', () => {
  it('shows four keys without an ellipsis, and marks a fifth', () => {
    expect(describe({ a: 1, b: 2, c: 3, d: 4 })).toBe('{ a: 1, b: 2, c: 3, d: 4 }');
    expect(describe({ a: 1, b: 2, c: 3, d: 4, e: 5 })).toBe('{ a: 1, b: 2, c: 3, d: 4, … }');
  });

  it('names an instance by its class only when that name is a non-empty text', () => {
    expect(describe(new (class Point {})())).toBe('a Point');
    expect(describe(new ((() => class {})())())).toBe('an object');
    expect(describe(Object.create({ constructor: { name: 5 } }))).toBe('an object');
  });
});
