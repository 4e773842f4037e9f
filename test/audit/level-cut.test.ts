import { describe, expect, it } from 'vitest';
import { cutAt, withWeights } from '../../src/audit/level-cut.js';
import { compileTree } from '../../src/composite/tree.js';

const tree = compileTree({
  id: 'index',
  normalize: { method: 'min-max' },
  children: [
    { id: 'g', weight: 2, children: ['a', { id: 'b', weight: 3 }] },
    { id: 'h', children: ['c'] },
    'd',
  ],
});

describe('cutAt', () => {
  it('makes the level’s nodes (and lower nodes under a higher parent) leaves', () => {
    const cut = cutAt(tree, 2);
    expect(cut.leaves).toEqual(['g', 'h', 'd']);
    expect(cut.build(new Map([['g', 5]]))).toEqual({
      id: 'index',
      normalize: { method: 'min-max' },
      weight: 1,
      children: [
        { id: 'g', weight: 5 },
        { id: 'h', weight: 1 },
        { id: 'd', weight: 1 },
      ],
    });
  });

  it('finds a group that would weigh nothing, and rescales groups to their totals', () => {
    const cut = cutAt(tree, 1);
    expect(
      cut.emptyGroup(
        new Map([
          ['a', 0],
          ['b', 0],
        ]),
      ),
    ).toBe(true);
    expect(cut.emptyGroup(new Map([['a', 0]]))).toBe(false);
    // a and b keep g's total of 1 + 3; c keeps 1; d (level 1 under the root) keeps 1.
    expect(cut.keepTotals(['a', 'b', 'c', 'd'], [0.1, 0.3, 0.2, 0.4])).toEqual([1, 3, 1, 1]);
    // A residue below 1e-12 of its group's total is 0.
    expect(cut.keepTotals(['a', 'b', 'c', 'd'], [1e-15, 0.3, 0.2, 0.4])[0]).toBe(0);
    // The bound is relative to the group's total (4 for g): a weight of 1.3e-12 is a residue,
    // one of 1.3e-10 is not.
    expect(cut.keepTotals(['a', 'b', 'c', 'd'], [1e-13, 0.3, 0.2, 0.4])[0]).toBe(0);
    expect(cut.keepTotals(['a', 'b', 'c', 'd'], [1e-11, 0.3, 0.2, 0.4])[0]).toBeCloseTo(
      (1e-11 * 4) / (0.3 + 1e-11),
      20,
    );
    // A group whose shares are all 0 gets weights of 0 (not 0 × 4 / 0).
    expect(cut.keepTotals(['a', 'b', 'c', 'd'], [0, 0, 0.5, 0.5])).toEqual([0, 0, 1, 1]);
  });
});

describe('withWeights', () => {
  it('puts new weights back into the framework as given', () => {
    const framework = withWeights(tree, new Map([['b', 7]]));
    expect(framework).toEqual({
      id: 'index',
      normalize: { method: 'min-max' },
      children: [
        { id: 'g', weight: 2, children: [{ id: 'a' }, { id: 'b', weight: 7 }] },
        { id: 'h', children: [{ id: 'c' }] },
        { id: 'd' },
      ],
    });
    // A node without a weight gets none (not `weight: undefined`).
    expect(Object.hasOwn(framework.children?.[2] as object, 'weight')).toBe(false);
    expect(Object.hasOwn(framework, 'weight')).toBe(false);
  });
});
