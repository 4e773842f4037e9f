import { describe, expect, it } from 'vitest';
import { compositeIndexColumns } from '../../src/composite/composite.js';
import { isDxError } from '../../src/errors.js';
import { removeEach } from '../../src/sensitivity/remove-each.js';
import { fixture, frameworkFromMeta, type Meta } from './coinr-fixtures.js';

interface RemoveFixture {
  readonly meta: Meta;
  readonly units: readonly string[];
  readonly normalised: Readonly<Record<string, readonly number[]>>;
  readonly levels: readonly {
    readonly level: number;
    readonly uCode: readonly string[];
    readonly nominal_ranks: readonly number[];
    readonly removed: readonly string[];
    readonly ranks: readonly (readonly number[])[];
    readonly mean_abs_diff: readonly number[];
  }[];
}

describe('removeEach', () => {
  const ref = fixture<RemoveFixture>('sa-remove-elements');
  const framework = frameworkFromMeta(ref.meta);
  const data = { kind: 'columns' as const, units: ref.units, columns: ref.normalised };

  it.each(ref.levels.map((l) => [l.level, l] as const))(
    'equals COINr remove_elements at level %i: every rank and every mean absolute shift',
    (level, expected) => {
      const result = removeEach(data, framework, { level });
      const order = expected.uCode.map((code) => result.units.indexOf(code));
      expect(order.map((u) => result.nominal[u])).toEqual(expected.nominal_ranks);
      // Components come in framework order; COINr lists them in iMeta order.
      expect([...result.components.map((c) => c.id)].sort()).toEqual([...expected.removed].sort());
      expected.removed.forEach((id, i) => {
        const component = result.components.find((c) => c.id === id);
        expect(order.map((u) => component?.ranks[u])).toEqual(expected.ranks[i]);
        expect(component?.meanAbsoluteRankShift).toBe(expected.mean_abs_diff[i]);
      });
    },
  );

  it('drops a component by giving it weight 0, as compositeIndex would', () => {
    const small = { A: { x: 3, y: 1, z: 2 }, B: { x: 1, y: 3, z: 2 }, C: { x: 2, y: 2, z: 1 } };
    const tree = { id: 'i', children: [{ id: 'g', children: ['x', 'y'] }, 'z'] };
    const result = removeEach(small, tree, { level: 1 });
    const withoutY = compositeIndexColumns(small, {
      id: 'i',
      children: [{ id: 'g', children: ['x', { id: 'y', weight: 0 }] }, 'z'],
    });
    const y = result.components.find((c) => c.id === 'y');
    expect(y?.ranks).toEqual(withoutY.ranks);
    expect(y?.rankChanges).toEqual(
      result.nominal.map((r, u) => (r as number) - (withoutY.ranks[u] as number)),
    );
  });

  it('applies the compositeIndex options it is given, and refuses alternatives', () => {
    const small = { A: { x: 3, y: 1, z: 2 }, B: { x: 1, y: 3, z: 2 }, C: { x: 2, y: 2, z: 1 } };
    const tree = { id: 'i', children: ['x', 'y', 'z'] };
    const options = {
      level: 1,
      ties: 'dense' as const,
      aggregate: { method: 'geometric' as const },
    };
    const result = removeEach(small, tree, options);
    const expected = compositeIndexColumns(small, tree, {
      ties: 'dense',
      aggregate: { method: 'geometric' },
    });
    expect(result.nominal).toEqual(expected.ranks);
    expect(() =>
      removeEach(small, tree, {
        ...options,
        alternatives: [{ kind: 'normalize', choices: [{ method: 'rank' }] }],
      } as never),
    ).toThrow('options.alternatives: not an option here; expected aggregate, impute, ties, level.');
  });

  it('rejects a level out of range, or a component that is its parent’s only child', () => {
    const small = { A: { x: 3, y: 1 }, B: { x: 1, y: 3 } };
    const cases: [unknown, unknown, string][] = [
      [{ id: 'i', children: ['x', 'y'] }, { level: 2 }, 'INVALID_ARGUMENT'],
      [{ id: 'i', children: ['x', 'y'] }, { level: 0 }, 'INVALID_ARGUMENT'],
      [
        { id: 'i', children: [{ id: 'g', children: ['x'] }, 'y'] },
        { level: 1 },
        'INVALID_ARGUMENT',
      ],
      [{ id: 'i', children: ['x', 'y'] }, null, 'INVALID_ARGUMENT'],
    ];
    for (const [tree, options, code] of cases) {
      let caught: unknown;
      try {
        removeEach(small, tree as never, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, code as never), String(caught)).toBe(true);
    }
  });
});

describe('removeEach and zero weights', () => {
  it('treats a sibling of weight 0 as absent: the other is the only weighted child', () => {
    const data = { A: { x: 3, y: 1, z: 2 }, B: { x: 1, y: 3, z: 2 } };
    const tree = { id: 'i', children: [{ id: 'g', children: ['x', { id: 'y', weight: 0 }] }, 'z'] };
    expect(() => removeEach(data, tree, { level: 1 })).toThrow(
      'options.level: "x" is the only weighted child of "g"; dropping it would leave nothing to aggregate.',
    );
    expect(() => removeEach(data, tree, null as never)).toThrow(
      'options: expected { level }, got null.',
    );
  });
});
