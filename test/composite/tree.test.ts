import { describe, expect, it } from 'vitest';
import { compileTree } from '../../src/composite/tree.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';

const framework: FrameworkNode = {
  id: 'index',
  children: [{ id: 'a', weight: 2, children: ['a1', { id: 'a2', weight: 0.5 }] }, 'b'],
};

describe('compileTree', () => {
  it('lists children before parents, the root last, with parents, levels and paths', () => {
    const tree = compileTree(framework);
    expect(tree.nodes.map((n) => n.id)).toEqual(['a1', 'a2', 'a', 'b', 'index']);
    expect(tree.nodes.map((n) => n.weight)).toEqual([1, 0.5, 2, 1, 1]);
    expect(tree.nodes.map((n) => n.parent)).toEqual([2, 2, 4, 4, -1]);
    expect(tree.nodes.map((n) => n.children)).toEqual([[], [], [0, 1], [], [2, 3]]);
    // COINr's levels: 1 for indicators; in an unbalanced tree one more than the highest child.
    expect(tree.nodes.map((n) => n.level)).toEqual([1, 1, 2, 1, 3]);
    expect(tree.levels).toBe(3);
    expect(tree.nodes.map((n) => n.path)).toEqual([
      'framework.children[0].children[0]',
      'framework.children[0].children[1]',
      'framework.children[0]',
      'framework.children[1]',
      'framework',
    ]);
    expect([...tree.index]).toEqual([
      ['a1', 0],
      ['a2', 1],
      ['a', 2],
      ['b', 3],
      ['index', 4],
    ]);
    expect(tree.nodes[0]?.spec).toEqual({ id: 'a1' });
  });

  it('compiles a bare indicator id as a one-node tree, named by `where`', () => {
    const tree = compileTree('x', 'root');
    expect(tree.nodes).toEqual([
      { id: 'x', spec: { id: 'x' }, weight: 1, level: 1, parent: -1, children: [], path: 'root' },
    ]);
  });

  it.each([
    [{ id: '' }, 'framework: expected a node { id, … } or an indicator id, got { id: "" }.'],
    [null, 'framework: expected a node { id, … } or an indicator id, got null.'],
    [{ id: '__proto__' }, 'framework: "__proto__" cannot be a node id.'],
    [{ id: 'i', children: ['a', 'a'] }, 'framework.children[1]: node id "a" appears twice.'],
    [{ id: 'i', children: [] }, 'framework (i).children: expected a non-empty array.'],
    [{ id: 'i', wieght: 2 }, 'framework (i)'],
    [{ id: 5 }, 'framework: expected a node { id, … } or an indicator id, got { id: 5 }.'],
    [5, 'framework: expected a node { id, … } or an indicator id, got 5.'],
    [{ id: 'constructor' }, 'framework: "constructor" cannot be a node id.'],
    [{ id: 'prototype' }, 'framework: "prototype" cannot be a node id.'],
    [{ id: 'i', children: 'ab' }, 'framework (i).children: expected a non-empty array.'],
    [
      // biome-ignore lint/suspicious/noSparseArray: a hole is what is refused
      { id: 'i', children: [, 'a'] },
      'framework.children[0]: is a hole (an index with no element, as in [1, , 3])',
    ],
    [
      { id: 'i', children: [{ id: 'j', children: ['i'] }] },
      'framework.children[0].children[0]: node id "i" appears twice.',
    ],
  ])('refuses %j', (node, message) => {
    expect(() => compileTree(node as FrameworkNode)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining(message),
      }),
    );
  });

  it('refuses a weight that is not a weight, naming the node', () => {
    expect(() => compileTree({ id: 'i', children: [{ id: 'a', weight: -1 }] })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: 'framework.children[0] (a).weight: expected a finite weight ≥ 0, got -1.',
      }),
    );
  });
});
