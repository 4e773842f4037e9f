import { describe, expect, it } from 'vitest';
import { absentLeaves, readData } from '../../src/composite/read-data.js';

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
