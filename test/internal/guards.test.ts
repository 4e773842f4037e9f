import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/composite/aggregate.js';
import { normalize } from '../../src/composite/normalize.js';
import { type DxErrorCode, isDxError } from '../../src/errors.js';
import {
  arrayLike,
  denseArray,
  fail,
  finiteNumber,
  finiteOrNull,
  integerBetween,
  knownKeys,
  MAX_LENGTH,
  noHoles,
  nonEmpty,
  nonNegativeNumber,
  notHole,
  numberBetween,
  oneOf,
  positiveNumber,
  record,
  sameLength,
  someWeight,
  weight,
} from '../../src/internal/guards.js';
import { dxErrorOf } from '../fixtures/errors.js';

/** Every guard, one failing call, the code it owns and the exact message it gives. */
const FAILURES: readonly (readonly [string, () => unknown, DxErrorCode, string])[] = [
  [
    'fail',
    () => fail('INVALID_DATE', 'at', 'a date', 'x'),
    'INVALID_DATE',
    'at: expected a date, got "x".',
  ],
  [
    'finiteNumber',
    () => finiteNumber(Number.NaN, 'v'),
    'INVALID_NUMBER',
    'v: expected a finite number, got NaN.',
  ],
  [
    'finiteNumber',
    () => finiteNumber('1', 'v'),
    'INVALID_NUMBER',
    'v: expected a finite number, got "1".',
  ],
  [
    'finiteOrNull',
    () => finiteOrNull(undefined, 'v[0]'),
    'INVALID_NUMBER',
    'v[0]: expected a finite number or null, got undefined.',
  ],
  [
    'finiteOrNull',
    () => finiteOrNull(-Infinity, 'v[0]'),
    'INVALID_NUMBER',
    'v[0]: expected a finite number or null, got -Infinity.',
  ],
  [
    'positiveNumber',
    () => positiveNumber(0, 'sd'),
    'INVALID_NUMBER',
    'sd: expected a finite number > 0, got 0.',
  ],
  [
    'nonNegativeNumber',
    () => nonNegativeNumber(-0.1, 'tolerance'),
    'INVALID_NUMBER',
    'tolerance: expected a finite number ≥ 0, got -0.1.',
  ],
  [
    'knownKeys',
    () =>
      knownKeys({ method: 'geometric', minCoverge: 0.5 }, ['method', 'minCoverage'], 'aggregate'),
    'INVALID_ARGUMENT',
    'aggregate.minCoverge: not an option here; expected method, minCoverage.',
  ],
  [
    'weight',
    () => weight(-1, 'weights[1]'),
    'INVALID_NUMBER',
    'weights[1]: expected a finite weight ≥ 0, got -1.',
  ],
  [
    'weight',
    () => weight(Infinity, 'w'),
    'INVALID_NUMBER',
    'w: expected a finite weight ≥ 0, got Infinity.',
  ],
  [
    'someWeight',
    () => someWeight(0, 'weights'),
    'INVALID_ARGUMENT',
    'weights: all weights are 0; give at least one a positive weight.',
  ],
  [
    'someWeight',
    () => someWeight(Number.NaN, 'weights'),
    'INVALID_ARGUMENT',
    'weights: all weights are 0; give at least one a positive weight.',
  ],
  [
    'numberBetween',
    () => numberBetween(1.5, 0, 1, 'minCoverage'),
    'INVALID_ARGUMENT',
    'minCoverage: expected a number from 0 to 1, got 1.5.',
  ],
  [
    'numberBetween',
    () => numberBetween(Number.NaN, 0, 1, 'f'),
    'INVALID_ARGUMENT',
    'f: expected a number from 0 to 1, got NaN.',
  ],
  [
    'integerBetween',
    () => integerBetween(2.5, 1, 10, 'n'),
    'INVALID_ARGUMENT',
    'n: expected an integer from 1 to 10, got 2.5.',
  ],
  [
    'integerBetween',
    () => integerBetween(0, 1, Number.MAX_SAFE_INTEGER, 'n'),
    'INVALID_ARGUMENT',
    'n: expected an integer ≥ 1, got 0.',
  ],
  [
    'oneOf',
    () => oneOf('x', ['a', 'b'] as const, 'kind'),
    'INVALID_ARGUMENT',
    'kind: expected one of "a", "b", got "x".',
  ],
  [
    'record',
    () => record([], 'data'),
    'INVALID_ARGUMENT',
    'data: expected an object, got an array of length 0.',
  ],
  [
    'record',
    () => record(null, 'data', 'unit → value'),
    'INVALID_ARGUMENT',
    'data: expected unit → value, got null.',
  ],
  [
    'arrayLike',
    () => arrayLike(3, 'values'),
    'INVALID_ARGUMENT',
    'values: expected an array, got 3.',
  ],
  [
    'notHole',
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point.
    () => notHole([1, , 3], 1, 'values'),
    'INVALID_ARGUMENT',
    'values[1]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
  ],
  [
    'noHoles',
    () => noHoles(new Array(2), 'options.weights'),
    'INVALID_ARGUMENT',
    'options.weights[0]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
  ],
  [
    'denseArray',
    () => denseArray({ length: 1, 0: 'a' }, 'ids', 'an array of ids'),
    'INVALID_ARGUMENT',
    'ids: expected an array of ids, got { "0": "a", length: 1 }.',
  ],
  [
    'sameLength',
    () => sameLength(2, 3, 'weights', 'weights, one per value'),
    'LENGTH_MISMATCH',
    'weights: expected 3 weights, one per value, got 2.',
  ],
  [
    'nonEmpty',
    () => nonEmpty(0, 'values'),
    'EMPTY_INPUT',
    'values: expected at least one value, got none.',
  ],
];

describe('guards: each rule owns its code and its message shape', () => {
  it.each(FAILURES)('%s rejects with its code and message', (_name, call, code, message) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(isDxError(caught, code)).toBe(true);
    expect((caught as Error).message).toBe(message);
  });

  it('let good values through unchanged', () => {
    expect(finiteNumber(-0.5, 'v')).toBe(-0.5);
    expect(finiteOrNull(null, 'v')).toBeNull();
    expect(finiteOrNull(2, 'v')).toBe(2);
    expect(positiveNumber(1e-300, 'v')).toBe(1e-300);
    expect(weight(0, 'w')).toBe(0);
    expect(() => someWeight(1e-9, 'w')).not.toThrow();
    expect(numberBetween(0, 0, 1, 'v')).toBe(0);
    expect(numberBetween(1, 0, 1, 'v')).toBe(1);
    expect(integerBetween(10, 1, 10, 'n')).toBe(10);
    expect(oneOf('b', ['a', 'b'] as const, 'k')).toBe('b');
    const explicit = [1, undefined, null];
    expect(denseArray(explicit, 'v')).toBe(explicit);
    expect(() => noHoles(new Float64Array(3), 'v')).not.toThrow();
    expect(() => noHoles({ length: 1, 0: undefined }, 'v')).not.toThrow();
    const data = { a: 1 };
    expect(record(data, 'd')).toBe(data);
    const typed = new Float64Array(2);
    expect(arrayLike(typed, 'v')).toBe(typed);
    expect(() => sameLength(3, 3, 'w', 'weights')).not.toThrow();
    expect(() => nonEmpty(1, 'v')).not.toThrow();
    expect(nonNegativeNumber(0, 't')).toBe(0);
    expect(() => knownKeys({ a: 1 }, ['a', 'b'], 'o')).not.toThrow();
    expect(() => knownKeys({}, [], 'o')).not.toThrow();
  });

  it('finiteNumber accepts exactly the finite numbers', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const ok = typeof value === 'number' && Number.isFinite(value);
        let threw = false;
        try {
          finiteNumber(value, 'v');
        } catch (error) {
          threw = isDxError(error, 'INVALID_NUMBER');
        }
        return ok !== threw;
      }),
    );
  });
});

describe('arrayLike: lengths (issue #25)', () => {
  it('refuses a negative, fractional or huge length at once, naming the maximum', () => {
    for (const length of [-1, -5, 1.5, MAX_LENGTH + 1, 2 ** 32, 1e8])
      expect(() => arrayLike({ length }, 'values')).toThrowError(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining(`a length from 0 to ${MAX_LENGTH}`),
        }),
      );
    expect(arrayLike({ length: 0 }, 'values')).toEqual({ length: 0 });
  });

  it('answers rank, normalize and aggregate on such array-likes with the error, at once', () => {
    const start = Date.now();
    for (const call of [
      () => normalize({ length: 2 ** 32 }, { method: 'min-max' }),
      () => aggregate({ length: -1 }, { length: -1 }),
      () => aggregate({ length: 2 ** 32 }, { length: 2 ** 32 }),
    ])
      expect(call).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(Date.now() - start).toBeLessThan(1000);
  });
});

/**
 * Every guard's refusal as data (issue #25): the code, the message, and the one issue it carries
 * with its path, what was expected and what was received — a program reads these, not the text.
 */
const ISSUES: readonly (readonly [
  string,
  () => unknown,
  DxErrorCode,
  string,
  Readonly<Record<string, unknown>>,
])[] = [
  [
    'fail with a hint and a catalogue key',
    () => fail('INVALID_ARGUMENT', 'o.x', 'a text', 3, { hint: '; write "3"', key: 'k' }),
    'INVALID_ARGUMENT',
    'o.x: expected a text, got 3; write "3".',
    { path: ['o', 'x'], expected: 'a text', received: '3', key: 'k' },
  ],
  [
    'finiteNumber',
    () => finiteNumber(Number.POSITIVE_INFINITY, 'v'),
    'INVALID_NUMBER',
    'v: expected a finite number, got Infinity.',
    { path: ['v'], expected: 'a finite number', received: 'Infinity' },
  ],
  [
    'finiteOrNull',
    () => finiteOrNull('2', 'v[1]'),
    'INVALID_NUMBER',
    'v[1]: expected a finite number or null, got "2".',
    { path: ['v', 1], expected: 'a finite number or null', received: '"2"' },
  ],
  [
    'positiveNumber',
    () => positiveNumber(Number.NaN, 'sd'),
    'INVALID_NUMBER',
    'sd: expected a finite number > 0, got NaN.',
    { path: ['sd'], expected: 'a finite number > 0', received: 'NaN' },
  ],
  [
    'positiveNumber',
    () => positiveNumber(-2, 'sd'),
    'INVALID_NUMBER',
    'sd: expected a finite number > 0, got -2.',
    { path: ['sd'], expected: 'a finite number > 0', received: '-2' },
  ],
  [
    'nonNegativeNumber',
    () => nonNegativeNumber(Number.NEGATIVE_INFINITY, 't'),
    'INVALID_NUMBER',
    't: expected a finite number ≥ 0, got -Infinity.',
    { path: ['t'], expected: 'a finite number ≥ 0', received: '-Infinity' },
  ],
  [
    'weight',
    () => weight('1', 'weights[0]'),
    'INVALID_NUMBER',
    'weights[0]: expected a finite weight ≥ 0, got "1".',
    { path: ['weights', 0], expected: 'a finite weight ≥ 0', received: '"1"' },
  ],
  [
    'someWeight',
    () => someWeight(-1, 'weights'),
    'INVALID_ARGUMENT',
    'weights: all weights are 0; give at least one a positive weight.',
    { path: ['weights'], expected: 'at least one weight > 0' },
  ],
  [
    // A text that compares as a number in range ('0.5' >= 0) is still not a number.
    'numberBetween',
    () => numberBetween('0.5', 0, 1, 'share'),
    'INVALID_ARGUMENT',
    'share: expected a number from 0 to 1, got "0.5".',
    { path: ['share'], expected: 'a number from 0 to 1', received: '"0.5"' },
  ],
  [
    'numberBetween',
    () => numberBetween(-0.01, 0, 1, 'share'),
    'INVALID_ARGUMENT',
    'share: expected a number from 0 to 1, got -0.01.',
    { path: ['share'], expected: 'a number from 0 to 1', received: '-0.01' },
  ],
  [
    'integerBetween',
    () => integerBetween('3', 1, 10, 'n'),
    'INVALID_ARGUMENT',
    'n: expected an integer from 1 to 10, got "3".',
    { path: ['n'], expected: 'an integer from 1 to 10', received: '"3"' },
  ],
  [
    'integerBetween',
    () => integerBetween(11, 1, 10, 'n'),
    'INVALID_ARGUMENT',
    'n: expected an integer from 1 to 10, got 11.',
    { path: ['n'], expected: 'an integer from 1 to 10', received: '11' },
  ],
  [
    'knownKeys',
    () => knownKeys({ a: 1, b: 2, c: 3 }, ['a', 'z'], 'options'),
    'INVALID_ARGUMENT',
    'options.b: not an option here; expected a, z.',
    { path: ['options', 'b'], expected: 'one of the options a, z', received: '"b"' },
  ],
  [
    'oneOf',
    () => oneOf(2, [1, true, 'x'] as const, 'level'),
    'INVALID_ARGUMENT',
    'level: expected one of 1, true, "x", got 2.',
    { path: ['level'], expected: 'one of 1, true, "x"', received: '2' },
  ],
  [
    'record',
    () => record(3, 'data'),
    'INVALID_ARGUMENT',
    'data: expected an object, got 3.',
    { path: ['data'], expected: 'an object', received: '3' },
  ],
  [
    'record',
    () => record(() => 1, 'data'),
    'INVALID_ARGUMENT',
    'data: expected an object, got a function.',
    { path: ['data'], expected: 'an object', received: 'a function' },
  ],
  [
    // A text has a length, but is no array.
    'arrayLike',
    () => arrayLike('abc', 'values'),
    'INVALID_ARGUMENT',
    'values: expected an array, got "abc".',
    { path: ['values'], expected: 'an array', received: '"abc"' },
  ],
  [
    'nonNegativeNumber',
    () => nonNegativeNumber(Number.NaN, 't'),
    'INVALID_NUMBER',
    't: expected a finite number ≥ 0, got NaN.',
    { path: ['t'], expected: 'a finite number ≥ 0', received: 'NaN' },
  ],
  [
    'weight',
    () => weight(Number.NaN, 'w'),
    'INVALID_NUMBER',
    'w: expected a finite weight ≥ 0, got NaN.',
    { path: ['w'], expected: 'a finite weight ≥ 0', received: 'NaN' },
  ],
  [
    'arrayLike',
    () => arrayLike(null, 'values'),
    'INVALID_ARGUMENT',
    'values: expected an array, got null.',
    { path: ['values'], expected: 'an array', received: 'null' },
  ],
  [
    'arrayLike',
    () => arrayLike({}, 'values', 'an array of numbers'),
    'INVALID_ARGUMENT',
    'values: expected an array of numbers, got {}.',
    { path: ['values'], expected: 'an array of numbers', received: '{}' },
  ],
  [
    'arrayLike',
    () => arrayLike({ length: '2' }, 'values'),
    'INVALID_ARGUMENT',
    'values: expected an array, got { length: "2" }.',
    { path: ['values'], expected: 'an array', received: '{ length: "2" }' },
  ],
  [
    'arrayLike',
    () => arrayLike({ length: MAX_LENGTH + 1 }, 'values'),
    'INVALID_ARGUMENT',
    'values.length: expected a length from 0 to 16777216, got 16777217.',
    { path: ['values', 'length'], expected: 'a length from 0 to 16777216', received: '16777217' },
  ],
  [
    'notHole',
    () => notHole({ length: 3, 0: 1, 2: 3 }, 1, 'options.weights'),
    'INVALID_ARGUMENT',
    'options.weights[1]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
    { path: ['options', 'weights', 1], expected: 'an element' },
  ],
  [
    'denseArray',
    () => denseArray('ab', 'ids'),
    'INVALID_ARGUMENT',
    'ids: expected an array, got "ab".',
    { path: ['ids'], expected: 'an array', received: '"ab"' },
  ],
  [
    'sameLength',
    () => sameLength(4, 3, 'weights', 'weights'),
    'LENGTH_MISMATCH',
    'weights: expected 3 weights, got 4.',
    { path: ['weights'], expected: '3 weights', received: '4' },
  ],
  [
    'nonEmpty',
    () => nonEmpty(0, 'series', 'at least one point'),
    'EMPTY_INPUT',
    'series: expected at least one point, got none.',
    { path: ['series'], expected: 'at least one point', received: '0' },
  ],
];

describe('guards: the issue each refusal carries (issue #25)', () => {
  it.each(ISSUES)('%s', (_name, call, code, message, parts) => {
    const error = dxErrorOf(call);
    expect([error.code, error.message]).toEqual([code, message]);
    const sentence = message.slice(message.indexOf(': ') + 2, -1);
    expect(error.issues).toEqual([{ message: sentence, ...parts }]);
  });

  it('take each bound itself, and a length of exactly MAX_LENGTH', () => {
    expect(positiveNumber(Number.MIN_VALUE, 'v')).toBe(Number.MIN_VALUE);
    expect(nonNegativeNumber(0, 'v')).toBe(0);
    expect(numberBetween(-2, -2, -1, 'v')).toBe(-2);
    expect(integerBetween(1, 1, 10, 'n')).toBe(1);
    expect(integerBetween(Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER, 'n')).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    const longest = { length: MAX_LENGTH };
    expect(arrayLike(longest, 'v')).toBe(longest);
  });
});
