import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/kpi/composite-engine.js';

const framework = {
  id: 'root',
  children: [
    { id: 'pillar', children: [{ id: 'x', normalize: { kind: 'minMax' as const } }, 'y'] },
    'z',
  ],
};

describe('evaluate', () => {
  it('lists every node, children before parents and the root last, with one column each', () => {
    const result = evaluate(
      {
        a: { x: 1, y: 0.5, z: 1 },
        b: { x: 3, y: 0.5, z: 0 },
      },
      framework,
      {},
    );
    expect(result.ids).toEqual(['x', 'y', 'pillar', 'z', 'root']);
    expect(result.units).toEqual(['a', 'b']);
    expect(result.columns.map((column) => [...column])).toEqual([
      [0, 1],
      [0.5, 0.5],
      [0.25, 0.75],
      [1, 0],
      [0.625, 0.375],
    ]);
    expect(result.scores).toEqual([0.625, 0.375]);
    expect(result.ranks).toEqual([1, 2]);
  });

  it('reads rows by their own keys: extra indicators are ignored, undefined is missing', () => {
    const inherited = Object.create({ x: 100 }) as Record<string, number>;
    inherited.y = 2;
    const result = evaluate(
      {
        a: JSON.parse('{"x": 1, "y": 2, "extra": "text"}'),
        b: inherited,
        c: { x: 3, y: undefined },
      },
      { id: 'root', aggregate: { missing: 'reweight' }, children: ['x', 'y'] },
      {},
    );
    expect(result.scores).toEqual([1.5, 2, 3]);
  });

  it('scales imputed leaves within the extent of the values read', () => {
    const result = evaluate(
      { a: { x: 0 }, b: { x: 10 }, c: { x: null } },
      { id: 'x', normalize: { kind: 'minMax' } },
      { impute: { method: 'mean' } },
    );
    expect(result.scores).toEqual([0, 1, 0.5]);
    const target = evaluate(
      { a: { x: 0 }, b: { x: 10 }, c: { x: null } },
      { id: 'x', normalize: { kind: 'distanceToTarget', target: 20 } },
      { impute: { method: 'median' } },
    );
    expect(target.scores).toEqual([0, 0.5, 0.25]);
  });

  it('copies the units of columnar data and checks them', () => {
    const units = ['a', 'b'];
    const result = evaluate({ kind: 'columns', units, columns: { x: [1, 2] } }, 'x', {});
    expect(result.units).toEqual(units);
    expect(result.units).not.toBe(units);
    expect(() =>
      evaluate({ kind: 'columns', units: ['a', 7 as never], columns: {} }, 'x', {}),
    ).toThrowError(/data\.units: expected strings, got 7/);
  });

  it('rejects a non-finite value in a typed column, naming unit and indicator', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() =>
        evaluate(
          { kind: 'columns', units: ['a', 'b'], columns: { x: new Float64Array([1, bad]) } },
          'x',
          {},
        ),
      ).toThrowError(/data\["b"\]\["x"\]: expected a finite number or null/);
    }
  });

  it('checks the imputation settings once, before any value is filled', () => {
    expect(() =>
      evaluate({ a: { x: 1 } }, 'x', { impute: { method: 'mode' as never } }),
    ).toThrowError(/impute\.method: expected 'mean' or 'median', got "mode"/);
    expect(() => evaluate({ a: { x: 1 } }, 'x', { impute: null as never })).toThrowError(
      /impute: expected \{ method \}/,
    );
    // Every unit needs a group, even where nothing is missing.
    expect(() =>
      evaluate({ a: { x: 1 }, b: { x: 2 } }, 'x', {
        impute: { method: 'mean', groups: { a: 'north' } },
      }),
    ).toThrowError(expect.objectContaining({ code: 'UNKNOWN_ID' }));
  });
});
