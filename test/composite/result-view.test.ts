import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import { isCompositeResult, resultView, unitPosition } from '../../src/composite/result-view.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';

const framework: FrameworkNode = {
  id: 'index',
  aggregate: { missing: 'reweight' },
  children: [{ id: 'government', children: ['online', 'signed'] }, 'cashless'],
};
// A Map keeps this order (a record would put the codes that are array indices first).
const data = new Map([
  ['01', { online: 90, signed: 60, cashless: 70 }],
  ['79', { online: 80, signed: 95, cashless: 50 }],
  ['48', { online: 70, signed: 80, cashless: null }],
]);

describe('resultView', () => {
  it('reads rows and columns alike', () => {
    const rows = resultView(compositeIndex(data, framework), 'result');
    const columns = resultView(compositeIndexColumns(data, framework), 'result');
    for (const view of [rows, columns]) {
      expect(view.units).toEqual(['01', '79', '48']);
      expect(view.nodeIds).toEqual(['online', 'signed', 'government', 'cashless', 'index']);
      expect(view.column('cashless')).toEqual([70, 50, null]);
      expect(view.column('nope')).toBeUndefined();
      expect(view.valuesOf(2)).toEqual({
        online: 70,
        signed: 80,
        government: 75,
        cashless: null,
        index: 75,
      });
    }
    expect(rows.scores).toEqual(columns.scores);
    expect(rows.ranks).toEqual(columns.ranks);
    expect(unitPosition(rows, '79', 'unit')).toBe(1);
  });

  it('tells a result by its shape only', () => {
    expect(isCompositeResult(compositeIndex(data, framework))).toBe(true);
    expect(isCompositeResult(compositeIndexColumns(data, framework))).toBe(true);
    for (const other of [null, 1, 'x', [], [{ unit: '01' }], [null], { units: [] }, { a: 1 }])
      expect(isCompositeResult(other)).toBe(false);
  });

  it('names what it refuses', () => {
    expect(() => resultView({ '01': 0.5 }, 'scores')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'scores: expected a compositeIndex or compositeIndexColumns result, got { "01": 0.5 }.',
      }),
    );
    const view = resultView(compositeIndex(data, framework), 'result');
    expect(() => unitPosition(view, '99', 'unit')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'unit: "99" is not a unit of the result.',
      }),
    );
    expect(() => unitPosition(view, 1, 'options.unit')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('gives the same view of rows and of columns for any data (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
            fc.double({ min: 0, max: 100, noNaN: true }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (values) => {
          const input = {
            kind: 'columns' as const,
            units: values.map((_, u) => `u${u}`),
            columns: { a: values.map(([a]) => a), b: values.map(([, b]) => b) },
          };
          const tree: FrameworkNode = {
            id: 'root',
            aggregate: { missing: 'reweight' },
            children: ['a', 'b'],
          };
          const rows = resultView(compositeIndex(input, tree), 'result');
          const columns = resultView(compositeIndexColumns(input, tree), 'result');
          expect(rows.units).toEqual(columns.units);
          expect(rows.scores).toEqual(columns.scores);
          expect(rows.ranks).toEqual(columns.ranks);
          for (const id of columns.nodeIds) expect(rows.column(id)).toEqual(columns.column(id));
          values.forEach((_, u) => {
            expect(rows.valuesOf(u)).toEqual(columns.valuesOf(u));
          });
        },
      ),
      { seed: 23, numRuns: 100 },
    );
  });
});

describe('resultView: each part of the shape', () => {
  it('needs every row to be a row, and every column part to be there', () => {
    const row = { unit: 'a', nodes: {} };
    expect(isCompositeResult([row])).toBe(true);
    for (const rows of [[row, 5], [{ unit: 5, nodes: {} }], [{ unit: 'a', nodes: null }]])
      expect(isCompositeResult(rows)).toBe(false);
    const columns = { units: [], scores: [], ranks: [], nodes: {} };
    expect(isCompositeResult(columns)).toBe(true);
    for (const part of [{ units: 5 }, { scores: 5 }, { ranks: 5 }, { nodes: null }, { nodes: 5 }])
      expect(isCompositeResult({ ...columns, ...part })).toBe(false);
  });

  it('finds the first unit, and names a unit that is not a code', () => {
    const view = resultView(compositeIndexColumns(data, framework), 'result');
    expect(unitPosition(view, '01', 'unit')).toBe(0);
    expect(() => unitPosition(view, 1, 'options.unit')).toThrowError(
      expect.objectContaining({ message: 'options.unit: expected a unit code, got 1.' }),
    );
  });
});
