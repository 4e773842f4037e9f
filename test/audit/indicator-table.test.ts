import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/audit/indicator-table.js';

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('readTable', () => {
  it('reads the three data forms alike, missing keys as missing values', () => {
    const expected = { units: ['a', 'b'], indicators: ['x', 'y'] };
    const records = readTable({ a: { x: 1, y: null }, b: { x: 2 } });
    const map = readTable(
      new Map([
        ['a', { x: 1 }],
        ['b', { x: 2, y: undefined }],
      ]),
      ['x', 'y'],
    );
    const columns = readTable({
      kind: 'columns',
      units: ['a', 'b'],
      columns: { x: [1, 2], y: [null, null] },
    });
    for (const table of [records, map, columns]) {
      expect(table).toMatchObject(expected);
      expect([...(table.columns[0] as Float64Array)]).toEqual([1, 2]);
      expect([...(table.columns[1] as Float64Array)].every(Number.isNaN)).toBe(true);
    }
    // A key on the prototype is not data.
    expect(() => readTable({ a: { x: 1 } }, ['toString'])).toThrowError(/not an indicator/);
  });

  it('names malformed data', () => {
    rejects(
      () => readTable({ kind: 'columns', units: [1] as never, columns: {} }),
      'INVALID_ARGUMENT',
      'data.units: expected an array of unit names, got an array of length 1.',
    );
    rejects(
      () => readTable({ kind: 'columns', units: ['a', 'a'], columns: {} }),
      'INVALID_ARGUMENT',
      'data.units: a unit appears twice; name each unit once.',
    );
    rejects(
      () => readTable({ a: { x: 1 } }, 'x' as never),
      'INVALID_ARGUMENT',
      'options.indicators: expected an array of indicator ids, got "x".',
    );
  });
});

describe('readTable: edge cases', () => {
  it('reads only own keys of a row, and names a null or short column', () => {
    const table = readTable({ a: { x: 1, valueOf: 2 }, b: { x: 2 } });
    expect([...(table.columns[1] as Float64Array)]).toEqual([2, Number.NaN]);
    rejects(
      () => readTable({ kind: 'columns', units: ['a'], columns: { x: null as never } }),
      'INVALID_ARGUMENT',
      'data.columns["x"]: expected an array of values, one per unit, got null.',
    );
    rejects(
      () => readTable({ kind: 'columns', units: ['a'], columns: 3 as never }),
      'INVALID_ARGUMENT',
      'data.columns: expected indicator → values, got 3.',
    );
    rejects(
      () => readTable({ kind: 'columns', units: ['a', 'b'], columns: { x: [1, '2' as never] } }),
      'INVALID_NUMBER',
      'data["b"]["x"]: expected a finite number or null, got "2".',
    );
    rejects(
      () => readTable({ kind: 'columns', units: 'ab' as never, columns: {} }),
      'INVALID_ARGUMENT',
      'data.units: expected an array of unit names, got "ab".',
    );
    // One unit that is not a string is enough.
    rejects(
      () => readTable({ kind: 'columns', units: ['a', 1] as never, columns: {} }),
      'INVALID_ARGUMENT',
      'data.units: expected an array of unit names, got an array of length 2.',
    );
    rejects(
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
      () => readTable({ kind: 'columns', units: ['a', 'b', 'c'], columns: { x: [1, , 3] } }),
      'INVALID_ARGUMENT',
      'data.columns["x"][1]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
    );
    expect([
      ...(readTable({ kind: 'columns', units: ['a'], columns: { x: [undefined] } })
        .columns[0] as Float64Array),
    ]).toEqual([Number.NaN]);
  });
});
