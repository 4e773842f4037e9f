import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveWeights } from '../../src/audit/effective-weights.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { frameworkOf, loadCase } from '../fixtures/coinr/load.js';

describe('effectiveWeights', () => {
  it('multiplies normalised weights down the tree, root first', () => {
    const weights = effectiveWeights({
      id: 'index',
      children: [
        { id: 'government', weight: 2, children: ['online', { id: 'signed', weight: 3 }] },
        { id: 'economy', weight: 1, children: ['cashless'] },
      ],
    });
    expect(Object.keys(weights)).toEqual([
      'index',
      'government',
      'online',
      'signed',
      'economy',
      'cashless',
    ]);
    expect(weights.index).toBe(1);
    expect(weights.government).toBeCloseTo(2 / 3, 15);
    expect(weights.online).toBeCloseTo(1 / 6, 15);
    expect(weights.signed).toBeCloseTo(1 / 2, 15);
    expect(weights.cashless).toBeCloseTo(1 / 3, 15);
    expect(effectiveWeights('alone')).toEqual({ alone: 1 });
    expect(Object.isFrozen(weights)).toBe(true);
  });

  it('the leaves of the ASEM framework share the whole index', () => {
    const fixture = loadCase('c_minmax_gmean');
    const weights = effectiveWeights(frameworkOf(fixture, () => ({ method: 'min-max' })));
    const leaves = fixture.meta.iCode.filter((_, k) => fixture.meta.Type[k] === 'Indicator');
    const total = leaves.reduce((sum, id) => sum + (weights[id] as number), 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('checks the framework as compositeIndex does', () => {
    expect(() => effectiveWeights({ id: 'x', children: [{ id: 'a', weight: -1 }] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => effectiveWeights({ id: 'x', children: [{ id: 'a', weight: 0 }] })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'framework (x): all children weigh 0.',
      }),
    );
  });

  it('each level sums to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (groups) => {
          const framework: FrameworkNode = {
            id: 'root',
            children: groups.map((leaves, g) => ({
              id: `g${g}`,
              weight: leaves.length,
              children: leaves.map((w, l) => ({ id: `g${g}l${l}`, weight: w })),
            })),
          };
          const weights = effectiveWeights(framework);
          let pillars = 0;
          let leaves = 0;
          for (const [id, w] of Object.entries(weights)) {
            if (/^g\d+$/.test(id)) pillars += w;
            else if (id !== 'root') leaves += w;
          }
          expect(pillars).toBeCloseTo(1, 12);
          expect(leaves).toBeCloseTo(1, 12);
        },
      ),
      { seed: 7, numRuns: 100 },
    );
  });
});
