import { describe, expect, it } from 'vitest';
import { compileTree } from '../../src/composite/tree.js';
import { checkInputs, UNCERTAIN_INPUT_KEYS } from '../../src/sensitivity/uncertain-input.js';

const tree = compileTree({ id: 'index', children: [{ id: 'p', children: ['x', 'y'] }, 'z'] });

describe('checkInputs', () => {
  it('reads no alternatives as none', () => {
    expect(checkInputs(tree, undefined)).toEqual([]);
  });

  it('names each input, and applies it to every leaf, every node with children, or the whole index', () => {
    const inputs = checkInputs(tree, [
      { kind: 'normalize', choices: [{ method: 'rank' }] },
      { kind: 'aggregate', name: 'means', choices: [{ method: 'geometric' }] },
      { kind: 'leaves', nodes: ['z'], choices: [{}] },
      { kind: 'impute', choices: [null] },
    ]);
    expect(inputs.map(({ name, kind, nodes }) => ({ name, kind, nodes }))).toEqual([
      { name: 'normalize', kind: 'normalize', nodes: [0, 1, 3] },
      { name: 'means', kind: 'aggregate', nodes: [2, 4] },
      { name: 'leaves', kind: 'leaves', nodes: [3] },
      { name: 'impute', kind: 'impute', nodes: [] },
    ]);
  });

  it('refuses what it cannot apply, naming the place', () => {
    const refuse = (alternatives: unknown, message: RegExp) =>
      expect(() => checkInputs(tree, alternatives)).toThrowError(message);
    refuse('x', /options\.alternatives/);
    refuse([{ kind: 'weights', choices: [1] }], /options\.alternatives\[0\]\.kind/);
    refuse([{ kind: 'normalize', choices: [], extra: 1 }], /extra/);
    refuse([{ kind: 'normalize', choices: [] }], /expected at least one alternative/);
    refuse(
      [
        { kind: 'normalize', choices: [{}] },
        { kind: 'leaves', name: 'normalize', choices: [{}] },
      ],
      /"normalize" is used twice/,
    );
    refuse([{ kind: 'impute', nodes: ['x'], choices: [null] }], /apply to the whole index/);
    refuse([{ kind: 'normalize', nodes: ['w'], choices: [{}] }], /"w" is not a node/);
    refuse([{ kind: 'normalize', nodes: ['p'], choices: [{}] }], /"p" is not a leaf/);
    refuse([{ kind: 'aggregate', nodes: ['x'], choices: [{}] }], /"x" is a leaf/);
    refuse([{ kind: 'leaves', choices: [{ weight: 2 }] }], /vary weights with options\.weights/);
    refuse([{ kind: 'normalize', name: '', choices: [{}] }], /a non-empty string/);
  });

  it('lists the keys of an input', () => {
    expect(UNCERTAIN_INPUT_KEYS).toEqual(['kind', 'name', 'nodes', 'choices']);
  });
});
