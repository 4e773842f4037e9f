import { describe, expect, it } from 'vitest';
import {
  frameworkRoot,
  readDirection,
  readOptions,
  unitEntries,
} from '../../src/planning/planning-support.js';

const refuses = (run: () => unknown, code: string, message: string) =>
  expect(run).toThrowError(expect.objectContaining({ code, message }));

describe('planning support', () => {
  it('reads a direction, higher is better by default', () => {
    expect(readDirection(undefined)).toBe('higher-is-better');
    expect(readDirection('lower-is-better')).toBe('lower-is-better');
    refuses(
      () => readDirection('up', 'options.way'),
      'INVALID_ARGUMENT',
      'options.way: expected one of "higher-is-better", "lower-is-better", got "up".',
    );
  });

  it('reads optional options', () => {
    expect(readOptions(undefined, '{ a }')).toEqual({});
    const given = { a: 1 };
    expect(readOptions(given, '{ a }')).toBe(given);
    refuses(() => readOptions(3, '{ a }'), 'INVALID_ARGUMENT', 'options: expected { a }, got 3.');
  });

  it('reads unit values from a record or a Map, null kept', () => {
    expect(unitEntries({ A: 1, B: null }, 'scores')).toEqual([
      ['A', 1],
      ['B', null],
    ]);
    expect(unitEntries(new Map([['A', 2]]), 'scores')).toEqual([['A', 2]]);
    refuses(
      () => unitEntries(new Map([[1, 2]]), 'scores'),
      'INVALID_ARGUMENT',
      'scores key: expected a unit code, got 1.',
    );
    refuses(
      () => unitEntries({ A: Number.NaN }, 'scores'),
      'INVALID_NUMBER',
      'scores["A"]: expected a finite number or null, got NaN.',
    );
    refuses(
      () => unitEntries([1], 'scores'),
      'INVALID_ARGUMENT',
      'scores: expected a record or Map of unit → value, got an array of length 1.',
    );
  });

  it('reads a framework root and its components', () => {
    const framework = { id: 'index', children: ['a', { id: 'b' }] };
    expect(frameworkRoot(framework)).toEqual({ root: framework, children: ['a', { id: 'b' }] });
    refuses(
      () => frameworkRoot('index'),
      'INVALID_ARGUMENT',
      'framework: expected a framework node { id, children }, got "index".',
    );
    refuses(
      () => frameworkRoot({ id: 'index', children: [] }),
      'INVALID_ARGUMENT',
      'framework.children: expected a non-empty array of components, got an array of length 0.',
    );
    // A component that is not an id or a node is named before any property of it is read.
    for (const [child, got] of [
      [5, '5'],
      [null, 'null'],
      [{ name: 'a' }, '{ name: "a" }'],
    ] as const)
      refuses(
        () => frameworkRoot({ id: 'index', children: ['a', child] }),
        'INVALID_ARGUMENT',
        `framework.children[1]: expected a component id or node { id, … }, got ${got}.`,
      );
  });
});
