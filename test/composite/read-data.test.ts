import { describe, expect, it } from 'vitest';
import { absentLeaves, readData } from '../../src/composite/read-data.js';
import { dxErrorOf } from '../fixtures/errors.js';

/** Reads `data` for the leaves `ids` and returns what the engine's store would hold. */
function read(data: Parameters<typeof readData>[0], ids: readonly string[]) {
  const { units, read: reader } = readData(data);
  const n = units.length;
  const store = new Float64Array(ids.length * n);
  const missing = new Uint32Array(ids.length);
  const extents = new Float64Array(2 * ids.length);
  for (let k = 0; k < ids.length; k++) {
    extents[2 * k] = Number.POSITIVE_INFINITY;
    extents[2 * k + 1] = Number.NEGATIVE_INFINITY;
  }
  const found = new Uint8Array(ids.length);
  reader(new Map(ids.map((id, k) => [id, k])), store, missing, extents, found);
  return {
    units,
    store: Array.from(store),
    missing: Array.from(missing),
    extents: Array.from(extents),
    found: Array.from(found),
  };
}

describe('readData', () => {
  it('reads records, a Map and columns into the same store, missing as NaN', () => {
    const expected = {
      units: ['a', 'b'],
      store: [1, Number.NaN, 5, 3],
      missing: [1, 0],
      extents: [1, 1, 3, 5],
      found: [1, 1],
    };
    expect(read({ a: { x: 1, y: 5 }, b: { x: null, y: 3 } }, ['x', 'y'])).toEqual(expected);
    expect(
      read(
        new Map([
          ['a', { x: 1, y: 5 }],
          ['b', { y: 3 }],
        ]),
        ['x', 'y'],
      ),
    ).toEqual(expected);
    expect(
      read(
        {
          kind: 'columns',
          units: ['a', 'b'],
          columns: { x: [1, null], y: new Float64Array([5, 3]) },
        },
        ['x', 'y'],
      ),
    ).toEqual(expected);
  });

  it('marks a leaf no unit has as not found, with every value missing', () => {
    expect(read({ a: { x: 1 } }, ['x', 'w'])).toMatchObject({ missing: [0, 1], found: [1, 0] });
    expect(read({ kind: 'columns', units: ['a'], columns: { x: [1] } }, ['x', 'w'])).toMatchObject({
      missing: [0, 1],
      found: [1, 0],
    });
  });

  it('refuses bad data, naming the unit and the indicator', () => {
    expect(() => readData(null as never)).toThrowError(/data/);
    expect(() => readData({ a: 5 } as never)).toThrowError(
      /data\["a"\]: expected indicator → value/,
    );
    expect(() => read({ a: { x: '1' as unknown as number } }, ['x'])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(/data\.a\.x/),
      }),
    );
    expect(() => readData({ kind: 'columns', units: ['a', 'a'], columns: {} })).toThrowError(
      /"a" appears twice/,
    );
    expect(() =>
      read({ kind: 'columns', units: ['a'], columns: { x: [1, 2] } }, ['x']),
    ).toThrowError(expect.objectContaining({ code: 'LENGTH_MISMATCH' }));
    expect(() =>
      read(
        {
          kind: 'columns',
          units: ['a'],
          columns: { x: new Float64Array([Number.POSITIVE_INFINITY]) },
        },
        ['x'],
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });
});

describe('absentLeaves', () => {
  it('names the absent leaves and the ids the data has', () => {
    const error = absentLeaves(['w'], { a: { x: 1, y: 2 } });
    expect(error.code).toBe('UNKNOWN_ID');
    expect(error.message).toMatch(/leaf "w" is in no unit's data.*"x", "y"/);
    expect(
      absentLeaves(['v', 'w'], { kind: 'columns', units: [], columns: { x: [] } }).message,
    ).toMatch(/leaf "v", leaf "w" are in no unit's data/);
  });
});

describe('readData: columns, checked and read', () => {
  const message = (run: () => unknown) => dxErrorOf(run).message;
  const shape = "data: expected { kind: 'columns', units: string[], columns: { id: values } }.";

  it('names the shape, the units and each column it refuses', () => {
    expect(message(() => readData({ kind: 'columns', units: 'ab', columns: {} } as never))).toBe(
      shape,
    );
    expect(message(() => readData({ kind: 'columns', units: ['a'], columns: null } as never))).toBe(
      shape,
    );
    expect(
      message(() => readData({ kind: 'columns', units: ['a', 5], columns: {} } as never)),
    ).toBe('data.units: expected strings, got 5.');
    expect(message(() => readData({ kind: 'columns', units: ['a', 'b', 'a'], columns: {} }))).toBe(
      'data.units: "a" appears twice.',
    );
    expect(
      message(() => read({ kind: 'columns', units: ['a'], columns: { x: 5 as never } }, ['x'])),
    ).toBe('data.columns["x"]: expected an array of values, one per unit, got 5.');
    expect(
      message(() => read({ kind: 'columns', units: ['a'], columns: { x: [1, 2] } }, ['x'])),
    ).toBe('data.columns["x"]: expected 1 values, one per unit.');
    expect(
      // biome-ignore lint/suspicious/noSparseArray: a hole is what is refused
      message(() => read({ kind: 'columns', units: ['a', 'b'], columns: { x: [1, ,] } }, ['x'])),
    ).toBe(
      'data.columns["x"][1]: is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number).',
    );
  });

  it('names the unit and indicator of a value that is not finite, in plain and typed columns and in rows', () => {
    for (const x of [[1, Number.NaN], new Float64Array([1, Number.NaN])]) {
      const error = dxErrorOf(() =>
        read({ kind: 'columns', units: ['a', 'b'], columns: { x } }, ['x']),
      );
      expect(error.code).toBe('INVALID_NUMBER');
      expect(error.issues[0]).toMatchObject({
        path: ['data', 'b', 'x'],
        expected: 'a finite number or null',
        received: 'NaN',
      });
    }
    expect(message(() => read({ a: { x: Number.POSITIVE_INFINITY } }, ['x']))).toBe(
      'data.a.x: expected a finite number or null, got Infinity.',
    );
  });

  it("keeps each column's extent, and reads own properties only", () => {
    expect(
      read(
        {
          kind: 'columns',
          units: ['a', 'b', 'c'],
          columns: { x: [3, 1, 2], y: new Float64Array([2, 3, 1]) },
        },
        ['x', 'y', 'toString'],
      ),
    ).toEqual({
      units: ['a', 'b', 'c'],
      store: [3, 1, 2, 2, 3, 1, Number.NaN, Number.NaN, Number.NaN],
      missing: [0, 0, 3],
      extents: [1, 3, 1, 3, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
      found: [1, 1, 0],
    });
    expect(read({ a: { x: 2 }, b: { x: 1 }, c: { x: 3 } }, ['x']).extents).toEqual([1, 3]);
  });

  it('lists at most eight of the ids the data has, from a Map too', () => {
    const many = Object.fromEntries([...'abcdefghij'].map((id) => [id, 1]));
    expect(absentLeaves(['w'], new Map([['u', many]])).message).toBe(
      'framework: leaf "w" is in no unit\'s data; check the spelling (the data has "a", "b", "c", "d", "e", "f", "g", "h", …), or give the units the indicator with null values.',
    );
    expect(absentLeaves(['w'], { u: many }).issues[0]).toMatchObject({
      expected: 'leaves that the data holds',
      candidates: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
    });
    expect(absentLeaves(['w'], { u: { x: 1 } }).message).toBe(
      'framework: leaf "w" is in no unit\'s data; check the spelling (the data has "x"), or give the units the indicator with null values.',
    );
  });
});

describe('readData: what each check and extent reads', () => {
  const message = (run: () => unknown) => dxErrorOf(run).message;

  it('refuses columns that are not an object, and names the unit that appears twice', () => {
    expect(message(() => readData({ kind: 'columns', units: ['a'], columns: 42 } as never))).toBe(
      "data: expected { kind: 'columns', units: string[], columns: { id: values } }.",
    );
    expect(message(() => readData({ kind: 'columns', units: ['a', 'b', 'b'], columns: {} }))).toBe(
      'data.units: "b" appears twice.',
    );
  });

  it('keeps the extent of a typed column whose smallest value is not the last', () => {
    const { extents } = read(
      { kind: 'columns', units: ['a', 'b', 'c'], columns: { x: new Float64Array([1, 5, 3]) } },
      ['x'],
    );
    expect(extents).toEqual([1, 5]);
  });

  it('suggests the column ids of columns data, not its own keys', () => {
    expect(
      absentLeaves(['w'], { kind: 'columns', units: ['a'], columns: { x: [1], y: [2] } }).message,
    ).toBe(
      'framework: leaf "w" is in no unit\'s data; check the spelling (the data has "x", "y"), or give the units the indicator with null values.',
    );
  });
});
