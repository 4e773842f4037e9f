// Imputation inside compositeIndex: by column (mean, median, by group) and by row (COINr's
// Impute(impute_by = "row"), checked against COINr in composite-coinr.test.ts, cases y1–y5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { dxErrorOf } from '../fixtures/errors.js';

// Leaves without normalisation report their (imputed) values as given; `down` is lower-is-better,
// which only the row imputation's scaling reads (a goalposts normalisation to the identity).
const identityDown = {
  method: 'goalposts',
  min: 0,
  max: 1,
  clamp: false,
  direction: 'lower-is-better',
} as const;

describe('impute by row', () => {
  const data = {
    kind: 'columns' as const,
    units: ['a', 'b', 'c', 'd'],
    columns: {
      x: [0, 10, 5, null],
      y: [100, 300, null, 200],
      z: [1, 2, 3, 4],
    },
  };
  const framework: FrameworkNode = {
    id: 'index',
    aggregate: { missing: 'reweight' },
    children: [
      { id: 'g', children: ['x', 'y'] },
      { id: 'h', children: ['z'] },
    ],
  };

  it("fills a unit's gap from its siblings, scaled to their ranges and back", () => {
    const result = compositeIndexColumns(data, framework, {
      impute: { method: 'mean', by: 'row' },
    });
    // d: y = 200 is half-way on y's range [100, 300], so x takes half of its range [0, 10].
    expect(result.nodes.x).toEqual([0, 10, 5, 5]);
    // c: x = 5 is half-way on [0, 10], so y = 100 + 0.5 · 200.
    expect(result.nodes.y).toEqual([100, 300, 200, 200]);
  });

  it('reads each leaf’s direction, and can span every indicator (the root’s level)', () => {
    const top = {
      kind: 'columns' as const,
      units: ['a', 'b', 'c', 'd'],
      columns: { x: [0, null, 5, 10], y: [100, 300, 200, 150] },
    };
    // b holds y's best value: x takes its best value too, the largest when higher is better…
    const up = compositeIndexColumns(
      top,
      { id: 'g', children: ['x', 'y'] },
      {
        impute: { method: 'mean', by: 'row' },
      },
    );
    expect(up.nodes.x?.[1]).toBe(10);
    // …and the smallest when lower is better (reported through 1 − x: x = 0 shows as 1).
    const down = compositeIndexColumns(
      top,
      { id: 'g', children: [{ id: 'x', normalize: identityDown }, 'y'] },
      { impute: { method: 'mean', by: 'row' } },
    );
    expect(down.nodes.x?.[1]).toBe(1);
    const all = compositeIndexColumns(data, framework, {
      impute: { method: 'median', by: 'row', level: 3 },
    });
    // d over every indicator: y at 0.5 and z at 1 → median 0.75 of x's range.
    expect(all.nodes.x?.[3]).toBeCloseTo(7.5, 12);
  });

  it('fills from raw values with normalizeFirst: false, and stretches the range it normalises', () => {
    const result = compositeIndexColumns(
      data,
      { id: 'g', children: [{ id: 'x', normalize: { method: 'min-max' } }, 'y'] },
      { impute: { method: 'mean', by: 'row', normalizeFirst: false } },
    );
    // d: x = 200 (y's value), now x's maximum, so min-max gives 1.
    expect(result.nodes.x).toEqual([0, 0.05, 0.025, 1]);
  });

  it('a constant indicator takes no part and fills with its constant; an empty row stays missing', () => {
    const result = compositeIndexColumns(
      {
        kind: 'columns',
        units: ['a', 'b', 'c'],
        columns: { x: [1, null, 3], k: [7, 7, null], w: [null, null, null] },
      },
      { id: 'g', aggregate: { missing: 'reweight' }, children: ['x', 'k', 'w'] },
      { impute: { method: 'mean', by: 'row' } },
    );
    expect(result.nodes.k).toEqual([7, 7, 7]);
    expect(result.nodes.x).toEqual([1, null, 3]);
    expect(result.nodes.w).toEqual([null, null, null]);
  });

  it('names options that do not go together', () => {
    const call = (impute: object) => () =>
      compositeIndexColumns(data, framework, { impute: impute as never });
    expect(call({ method: 'mean', by: 'row', groups: { a: 'n' } })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^impute\.groups: unit groups apply to imputing by column/),
      }),
    );
    expect(call({ method: 'mean', level: 2 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: "impute.level: applies to imputing by row; add by: 'row' or remove level.",
      }),
    );
    expect(call({ method: 'mean', by: 'row', level: 4 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'impute.level: expected an integer from 2 to 3, got 4.',
      }),
    );
    expect(call({ method: 'mean', by: 'diagonal' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(call({ method: 'mean', by: 'row', normalizeFirst: 'yes' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('impute by row: properties', () => {
  const table = fc.array(
    fc.array(fc.option(fc.integer({ min: -100, max: 100 }), { nil: null, freq: 4 }), {
      minLength: 5,
      maxLength: 5,
    }),
    { minLength: 2, maxLength: 5 },
  );
  it('keeps present values, fills inside each column’s range, and leaves the input alone', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('mean' as const, 'median' as const), (columns, method) => {
        const ids = columns.map((_, i) => `c${i}`);
        const data = {
          kind: 'columns' as const,
          units: ['a', 'b', 'c', 'd', 'e'],
          columns: Object.fromEntries(columns.map((c, i) => [`c${i}`, c])),
        };
        const before = JSON.stringify(data);
        const result = compositeIndexColumns(
          data,
          { id: 'g', aggregate: { missing: 'reweight' }, children: ids },
          { impute: { method, by: 'row' } },
        );
        expect(JSON.stringify(data)).toBe(before);
        columns.forEach((column, i) => {
          const present = column.filter((x): x is number => x !== null);
          const filled = result.nodes[`c${i}`] as (number | null)[];
          column.forEach((x, u) => {
            if (x !== null) expect(filled[u]).toBe(x);
            else if (filled[u] !== null) {
              expect(filled[u]).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
              expect(filled[u]).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
            } else {
              // Missing stays missing only where the row has nothing to read, or the column nothing to scale to.
              const rowEmpty = columns.every(
                (c) => c[u] === null || new Set(c.filter((v) => v !== null)).size < 2,
              );
              expect(rowEmpty || present.length === 0).toBe(true);
            }
          });
        });
      }),
    );
  });
});

describe('impute: the option’s messages', () => {
  const data = {
    kind: 'columns' as const,
    units: ['a', 'b', 'c', 'd'],
    columns: { x: [0, 10, 5, null], y: [100, 300, null, 200] },
  };
  const refusal = (impute: object) => {
    const error = dxErrorOf(() =>
      compositeIndexColumns(data, { id: 'g', children: ['x', 'y'] }, { impute: impute as never }),
    );
    return [error.code, error.message];
  };

  it('names the option and the key that is wrong', () => {
    expect(refusal({ method: 'mean', extra: 1 })).toEqual([
      'INVALID_ARGUMENT',
      'impute.extra: not an option here; expected method, by, groups, level, normalizeFirst.',
    ]);
    expect(refusal({ method: 'mean', by: 'diagonal' })).toEqual([
      'INVALID_ARGUMENT',
      'impute.by: expected one of "column", "row", got "diagonal".',
    ]);
    expect(refusal({ method: 'mean', by: 'row', normalizeFirst: 'yes' })).toEqual([
      'INVALID_ARGUMENT',
      'impute.normalizeFirst: expected one of true, false, got "yes".',
    ]);
  });

  it('names the unit without a group, in a record or a Map', () => {
    expect(refusal({ method: 'mean', groups: { a: 'n', b: 'n', c: 'n' } })).toEqual([
      'UNKNOWN_ID',
      'impute.groups: unit "d" has no group.',
    ]);
    expect(refusal({ method: 'mean', groups: new Map([['a', 'n']]) })).toEqual([
      'UNKNOWN_ID',
      'impute.groups: unit "b" has no group.',
    ]);
  });

  it('leaves a value missing when its group has no value to fill it from', () => {
    const error = dxErrorOf(() =>
      compositeIndex(
        { a: { x: 1 }, d: { x: null } },
        { id: 'root', children: ['x'] },
        { impute: { method: 'mean', groups: { a: 'n', d: 's' } } },
      ),
    );
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'unit "d", node "root": "x" is missing; give node "root" aggregate: { missing: \'reweight\' } (or every node, with the aggregate option of compositeIndex), or impute.',
    ]);
  });
});

describe('impute by row: what each step reads', () => {
  it('takes the mean or the median of the siblings, as asked', () => {
    // d: the siblings sit at 1/10, 2/10 and 9/10 of their ranges [0, 10].
    const data = {
      kind: 'columns' as const,
      units: ['a', 'b', 'c', 'd'],
      columns: { x: [0, 10, 5, null], y: [0, 10, 5, 1], w: [0, 10, 5, 2], v: [0, 10, 5, 9] },
    };
    const framework = { id: 'g', children: ['x', 'y', 'w', 'v'] };
    const filled = (method: 'mean' | 'median') =>
      compositeIndexColumns(data, framework, { impute: { method, by: 'row' } }).nodes.x?.[3];
    expect(filled('mean')).toBeCloseTo(4, 12);
    expect(filled('median')).toBe(2);
  });

  it('leaves a constant sibling out of the summary, and fills from the others', () => {
    const result = compositeIndexColumns(
      {
        kind: 'columns',
        units: ['a', 'b', 'c'],
        columns: { x: [0, null, 10], y: [0, 5, 10], k: [7, 7, 7] },
      },
      { id: 'g', children: ['x', 'y', 'k'] },
      { impute: { method: 'mean', by: 'row' } },
    );
    expect(result.nodes.x).toEqual([0, 5, 10]);
  });

  it('scales a lower-is-better leaf over its own range, wherever that range lies', () => {
    // b: y = 150 is a quarter of the way up [100, 300]; x is lower-is-better on [2, 12], so a
    // quarter of the way from its worst (12) to its best (2): 9.5, shown as 1 − 9.5 / 100.
    const down = {
      method: 'goalposts',
      min: 0,
      max: 100,
      clamp: false,
      direction: 'lower-is-better',
    } as const;
    const result = compositeIndexColumns(
      {
        kind: 'columns',
        units: ['a', 'b', 'c', 'd'],
        columns: { x: [2, null, 12, 7], y: [100, 150, 300, 200] },
      },
      { id: 'g', children: [{ id: 'x', normalize: down }, 'y'] },
      { impute: { method: 'mean', by: 'row' } },
    );
    expect(result.nodes.x?.[1]).toBeCloseTo(0.905, 12);
  });

  it('stretches the range below as well as above, from every unit’s value', () => {
    // normalizeFirst: false fills b's x with y's raw 10, below x's smallest (50): the min-max
    // normalisation then reads x over [10, 100], and the last unit (80) is not its maximum.
    const result = compositeIndexColumns(
      {
        kind: 'columns',
        units: ['a', 'b', 'c', 'd'],
        columns: { x: [50, null, 100, 80], y: [0, 10, 5, 1] },
      },
      { id: 'g', children: [{ id: 'x', normalize: { method: 'min-max' } }, 'y'] },
      { impute: { method: 'mean', by: 'row', normalizeFirst: false } },
    );
    expect(result.nodes.x).toEqual([40 / 90, 0, 1, 70 / 90]);
  });
});
