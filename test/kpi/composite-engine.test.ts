import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/kpi/aggregate.js';
import type { FrameworkNode } from '../../src/kpi/composite.js';
import { evaluate } from '../../src/kpi/composite-engine.js';
import type { NormalizeMethod } from '../../src/kpi/normalize.js';

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

describe('evaluate: edge cases found in review', () => {
  it('treats a leaf without a column like a leaf whose values are all missing', () => {
    const fw = (normalize?: NormalizeMethod): FrameworkNode => ({
      id: 'root',
      aggregate: { missing: 'reweight' },
      children: ['a', normalize === undefined ? 'b' : { id: 'b', normalize }],
    });
    for (const normalize of [
      { kind: 'minMax', constant: 'error' },
      { kind: 'distanceToTarget', target: 0 },
      { kind: 'distanceToTarget', target: 0, direction: 'lower-is-better' },
    ] as const) {
      const columns = evaluate(
        { kind: 'columns', units: ['x', 'y'], columns: { a: [1, 2] } },
        fw(normalize),
        {},
      );
      const rows = evaluate({ x: { a: 1 }, y: { a: 2, b: null } }, fw(normalize), {});
      expect(columns.scores).toEqual([1, 2]);
      expect(rows.scores).toEqual([1, 2]);
    }
    expect(evaluate({ kind: 'columns', units: [], columns: {} }, fw(), {}).scores).toEqual([]);
  });

  it('keeps imputed values inside the range, however the mean rounds', () => {
    // The mean of these rounds below their minimum: unclamped, min-max gave it −0.2.
    const a = [90.77984732879266, ...Array(9).fill(90.77984732879261), null];
    const result = evaluate(
      { kind: 'columns', units: a.map((_, i) => `u${i}`), columns: { a } },
      { id: 'a', normalize: { kind: 'minMax' } },
      { impute: { method: 'mean' } },
    );
    for (const score of result.scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('gives a unit the same score whether or not another unit has a gap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (u, v, weights) => {
          const fw: FrameworkNode = {
            id: 'root',
            aggregate: { missing: 'reweight' },
            children: ['a', 'b', 'c'].map((id, k) => ({ id, weight: weights[k] as number })),
          };
          const row = (values: number[]) => ({ a: values[0], b: values[1], c: values[2] });
          const complete = evaluate({ u: row(u), v: row(v) }, fw, {});
          const gap = evaluate({ u: row(u), v: { ...row(v), b: null } }, fw, {});
          expect(complete.scores[0]).toBe(gap.scores[0]);
          expect(complete.scores[0]).toBe(aggregate(u, weights));
        },
      ),
      { seed: 41, numRuns: 300 },
    );
  });

  it('throws rather than let normalisation overflow into a missing value', () => {
    expect(() =>
      evaluate(
        { a: { x: -1e308 }, b: { x: 0 }, c: { x: 1e308 } },
        { id: 'x', normalize: { kind: 'minMax' } },
        {},
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(() =>
      evaluate(
        { a: { x: 1e308 }, b: { x: 1e308 }, c: { x: 1 } },
        { id: 'x', normalize: { kind: 'zScore' } },
        {},
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });

  it('reads own enumerable properties only, each once', () => {
    let reads = 0;
    const row = Object.defineProperty({ a: 1 }, 'b', {
      enumerable: true,
      get() {
        reads++;
        return 2;
      },
    });
    Object.defineProperty(row, 'c', { value: 5, enumerable: false });
    const result = evaluate(
      { u: row as never },
      { id: 'root', aggregate: { missing: 'reweight' }, children: ['a', 'b', 'c'] },
      {},
    );
    expect(result.scores).toEqual([1.5]);
    expect(reads).toBe(1);
  });
});
