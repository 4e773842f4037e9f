import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import type { CompositeData } from '../../src/composite/composite-types.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';

const data = {
  '48': { online: 90, signed: 98, broadband: 80 },
  '49': { online: 60, signed: 94, broadband: 70 },
  '93': { online: 75, signed: null, broadband: 40 },
};

const framework: FrameworkNode = {
  id: 'dx',
  children: [
    {
      id: 'government',
      weight: 2,
      aggregate: { missing: 'reweight' },
      children: [
        { id: 'online', weight: 2, normalize: { method: 'goalposts', min: 0, max: 100 } },
        { id: 'signed', normalize: { method: 'goalposts', min: 0, max: 100 } },
      ],
    },
    {
      id: 'society',
      children: [{ id: 'broadband', normalize: { method: 'goalposts', min: 0, max: 100 } }],
    },
  ],
};

describe('compositeIndex', () => {
  it('normalises, aggregates up the tree, and ranks', () => {
    const results = compositeIndex(data, framework);
    const qn = results.find((r) => r.unit === '49');
    expect(qn?.nodes.online).toBeCloseTo(0.6, 12);
    expect(qn?.nodes.government).toBeCloseTo((2 * 0.6 + 0.94) / 3, 12);
    expect(qn?.score).toBeCloseTo((2 * ((2 * 0.6 + 0.94) / 3) + 0.7) / 3, 12);
    expect(results.find((r) => r.unit === '93')?.nodes.government).toBeCloseTo(0.75, 12);
    expect(results.map((r) => [r.unit, r.rank])).toEqual([
      ['48', 1],
      ['49', 2],
      ['93', 3],
    ]);
  });

  it('uses values as given without normalize, and accepts a Map and bare leaf ids', () => {
    const map: CompositeData = new Map([
      ['a', { x: 1, y: 3 }],
      ['b', { x: 2, y: 2 }],
    ]);
    expect(compositeIndex(map, { id: 'root', children: ['x', 'y'] }).map((r) => r.score)).toEqual([
      2, 2,
    ]);
    expect(compositeIndex(map, 'x').map((r) => r.rank)).toEqual([2, 1]);
  });

  it('accepts columns aligned with units, typed or plain', () => {
    const columns = {
      kind: 'columns' as const,
      units: ['48', '49', '93'],
      columns: {
        online: new Float64Array([90, 60, 75]),
        signed: [98, 94, null],
        broadband: [80, 70, 40],
      },
    };
    expect(compositeIndex(columns, framework)).toEqual(compositeIndex(data, framework));
    expect(
      compositeIndex(
        { kind: 'columns', units: ['a'], columns: { x: [null] } },
        { id: 'r', aggregate: { missing: 'reweight' }, children: ['x'] },
      )[0]?.score,
    ).toBeNull();
    // A typo'd leaf is an error that names it and what the data has, never an all-null index.
    expect(() =>
      compositeIndex(
        { kind: 'columns', units: ['a'], columns: { online: [1] } },
        { id: 'r', aggregate: { missing: 'reweight' }, children: ['online', 'onlne'] },
      ),
    ).toThrowError(
      `framework: leaf "onlne" is in no unit's data; check the spelling (the data has "online"), or give the units the indicator with null values.`,
    );
    expect(() =>
      compositeIndex({ kind: 'columns', units: ['a', 'b'], columns: { x: [1] } }, 'x'),
    ).toThrowError(expect.objectContaining({ code: 'LENGTH_MISMATCH' }));
    expect(() =>
      compositeIndex({ kind: 'columns', units: 'ab', columns: {} } as never, 'x'),
    ).toThrowError(/kind: 'columns'/);
    expect(() =>
      compositeIndex({ kind: 'columns', units: ['a'], columns: { x: [Number.NaN] } }, 'x'),
    ).toThrowError(/data\.a\.x: /);
  });

  it('applies a per-node method and the coverage threshold', () => {
    const d = { a: { x: 4, y: 1, z: null }, b: { x: 1, y: null, z: null } };
    const results = compositeIndex(d, {
      id: 'root',
      aggregate: { method: 'geometric', missing: 'reweight', minCoverage: 0.5 },
      children: ['x', 'y', 'z'],
    });
    expect(results[0]?.score).toBeCloseTo(2, 12);
    expect(results[1]?.score).toBeNull();
    expect(results[1]?.rank).toBeNull();
  });

  it('imputes by column or group mean and median', () => {
    const d = { a: { x: 1 }, b: { x: 3 }, c: { x: 8 }, d: { x: null } };
    const fw = { id: 'root', children: ['x'] };
    expect(compositeIndex(d, fw, { impute: { method: 'mean' } })[3]?.score).toBe(4);
    expect(compositeIndex(d, fw, { impute: { method: 'median' } })[3]?.score).toBe(3);
    const groups = { a: 'north', b: 'south', c: 'south', d: 'south' };
    expect(compositeIndex(d, fw, { impute: { method: 'mean', groups } })[3]?.score).toBe(5.5);
    expect(
      compositeIndex(d, fw, {
        impute: { method: 'median', groups: new Map(Object.entries(groups)) },
      })[3]?.score,
    ).toBe(5.5);
    const lonely = { a: { x: 1 }, d: { x: null } };
    expect(() =>
      compositeIndex(lonely, fw, { impute: { method: 'mean', groups: { a: 'n', d: 's' } } }),
    ).toThrowError(/is missing/);
    expect(() =>
      compositeIndex(lonely, fw, { impute: { method: 'mean', groups: { a: 'n' } } }),
    ).toThrowError(expect.objectContaining({ code: 'UNKNOWN_ID' }));
  });

  it('names the unit and node of a missing value under the error policy', () => {
    expect(() =>
      compositeIndex({ '93': { a: 1, b: null } }, { id: 'root', children: ['a', 'b'] }),
    ).toThrowError(/unit "93", node "root": "b" is missing/);
    expect(() => compositeIndex({ u: { a: null } }, { id: 'root', children: ['a'] })).toThrowError(
      /"a" is missing/,
    );
  });

  it('rejects malformed frameworks and values', () => {
    expect(() => compositeIndex(data, { id: 'r', children: ['online', 'online'] })).toThrowError(
      /appears twice/,
    );
    expect(() => compositeIndex(data, { id: 'r', children: [] })).toThrowError(/non-empty array/);
    expect(() => compositeIndex(data, { id: '__proto__' })).toThrowError(/cannot be a node id/);
    expect(() =>
      compositeIndex(data, { id: 'r', children: [{ id: 'online', weight: -1 }] }),
    ).toThrowError(/weight/);
    expect(() =>
      compositeIndex(data, { id: 'r', children: [{ id: 'online', weight: 0 }] }),
    ).toThrowError(/all children weigh 0/);
    expect(() => compositeIndex(data, { id: '' })).toThrowError(/expected a node/);
    expect(() => compositeIndex(data, 3 as never)).toThrowError(/expected a node/);
    expect(() => compositeIndex({ u: { a: Number.NaN } }, 'a')).toThrowError(/data\.u\.a: /);
    expect(() => compositeIndex({ u: 5 as never }, 'a')).toThrowError(/data\["u"\]/);
    expect(() => compositeIndex(null as never, 'a')).toThrowError(/data/);
    expect(() => compositeIndex(data, 'online', null as never)).toThrowError(/options/);
  });

  it('ignores prototype keys in data', () => {
    const hostile = JSON.parse('{"u": {"__proto__": 5, "a": 1}}');
    expect(compositeIndex(hostile, 'a')[0]?.score).toBe(1);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('ranks like rank() on the score, and lies within the leaves with arithmetic means (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          { minLength: 1, maxLength: 15 },
        ),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (rows, weight) => {
          const d = Object.fromEntries(rows.map(([x, y], i) => [`u${i}`, { x, y }]));
          const results = compositeIndex(d, { id: 'root', children: [{ id: 'x', weight }, 'y'] });
          results.forEach((r, i) => {
            const [x, y] = rows[i] as [number, number];
            expect(r.score as number).toBeGreaterThanOrEqual(Math.min(x, y) - 1e-12);
            expect(r.score as number).toBeLessThanOrEqual(Math.max(x, y) + 1e-12);
          });
          for (const a of results) {
            const better = results.filter((b) => (b.score as number) > (a.score as number)).length;
            expect(a.rank).toBe(better + 1);
          }
        },
      ),
      { seed: 223, numRuns: 200 },
    );
  });
});

describe('compositeIndex results', () => {
  it('build nodes when first read, keep them, and show them to spreading and JSON', () => {
    const [first] = compositeIndex(data, framework);
    expect(Object.keys(first ?? {})).toEqual(['unit', 'score', 'rank', 'nodes']);
    const nodes = first?.nodes;
    expect(first?.nodes).toBe(nodes);
    expect(Object.keys(nodes ?? {})).toEqual([
      'online',
      'signed',
      'government',
      'broadband',
      'society',
      'dx',
    ]);
    const copy = { ...compositeIndex(data, framework)[0] };
    expect(copy.nodes).toEqual(nodes);
    expect(JSON.parse(JSON.stringify(compositeIndex(data, framework)[0]))).toEqual({
      unit: '48',
      score: first?.score,
      rank: 1,
      nodes,
    });
  });

  it('are plain objects that survive freezing, cloning and strict comparison', () => {
    const [first, second] = compositeIndex(data, framework);
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    const frozen = Object.freeze(first as object) as typeof first;
    expect(frozen?.nodes.online).toBe(0.9);
    expect(frozen?.nodes).toEqual(frozen?.nodes);
    const clone = structuredClone(second);
    expect(clone).toStrictEqual({
      unit: '49',
      score: second?.score,
      rank: 2,
      nodes: second?.nodes,
    });
    expect(second).toStrictEqual(clone);
    expect(Object.create(second as object).nodes).toBe(second?.nodes);
  });

  it('give each unit its own values', () => {
    const results = compositeIndex(data, framework);
    expect(results.map((r) => r.nodes.online)).toEqual([0.9, 0.6, 0.75]);
    expect(results.map((r) => r.nodes.signed)).toEqual([0.98, 0.94, null]);
  });
});

describe('compositeIndexColumns', () => {
  it('gives the same scores, ranks and node values as compositeIndex, in columns', () => {
    const rows = compositeIndex(data, framework, { ties: 'dense' });
    const columns = compositeIndexColumns(data, framework, { ties: 'dense' });
    expect(columns.units).toEqual(rows.map((r) => r.unit));
    expect(columns.scores).toEqual(rows.map((r) => r.score));
    expect(columns.ranks).toEqual(rows.map((r) => r.rank));
    for (const id of Object.keys(rows[0]?.nodes ?? {})) {
      expect(columns.nodes[id]).toEqual(rows.map((r) => r.nodes[id]));
    }
    expect(columns.nodes).toBe(columns.nodes);
    expect(Object.keys(JSON.parse(JSON.stringify(columns)))).toEqual([
      'units',
      'scores',
      'ranks',
      'nodes',
    ]);
  });

  it('agrees with compositeIndex on random data in every form (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const units = rows.map((_, i) => `u${i}`);
          const records = new Map(
            units.map((unit, i) => [unit, { x: rows[i]?.[0], y: rows[i]?.[1] }]),
          );
          const columnar = {
            kind: 'columns' as const,
            units,
            columns: { x: rows.map(([x]) => x), y: Float64Array.from(rows, ([, y]) => y) },
          };
          const fw: FrameworkNode = {
            id: 'root',
            aggregate: { missing: 'reweight' },
            children: [
              { id: 'x', normalize: { method: 'min-max' } },
              { id: 'y', weight: 2, normalize: { method: 'z-score' } },
            ],
          };
          const expected = compositeIndex(records, fw);
          for (const input of [records, columnar]) {
            const result = compositeIndexColumns(input, fw);
            expect(result.scores).toEqual(expected.map((r) => r.score));
            expect(result.ranks).toEqual(expected.map((r) => r.rank));
          }
        },
      ),
      { seed: 331, numRuns: 200 },
    );
  });

  it('throws as compositeIndex does', () => {
    expect(() => compositeIndexColumns(data, { id: 'r', children: [] })).toThrowError(
      /non-empty array/,
    );
    expect(() => compositeIndexColumns({ u: { a: Number.NaN } }, 'a')).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });
});

describe('compositeIndex purity', () => {
  it('leaves deep-frozen data and frameworks untouched and gives the same result twice', () => {
    const frozen = JSON.parse(JSON.stringify(data));
    const deepFreeze = (value: unknown): unknown => {
      if (typeof value === 'object' && value !== null) {
        Object.freeze(value);
        for (const inner of Object.values(value)) deepFreeze(inner);
      }
      return value;
    };
    deepFreeze(frozen);
    const fw = deepFreeze(JSON.parse(JSON.stringify(framework))) as FrameworkNode;
    const first = compositeIndex(frozen, fw, { impute: { method: 'median' } });
    const second = compositeIndex(frozen, fw, { impute: { method: 'median' } });
    expect(first).toEqual(second);
    expect(frozen).toEqual(JSON.parse(JSON.stringify(data)));
    const columns = {
      kind: 'columns' as const,
      units: Object.freeze(['a', 'b']),
      columns: Object.freeze({ x: Object.freeze([1, null]) }),
    };
    compositeIndex(
      columns,
      {
        id: 'r',
        aggregate: { missing: 'reweight' },
        children: [{ id: 'x', normalize: { method: 'min-max' } }],
      },
      { impute: { method: 'mean' } },
    );
    expect(columns.columns.x).toEqual([1, null]);
    // Typed arrays cannot be frozen: check that the engine copies before it scales.
    const typed = new Float64Array([3, 1, 2]);
    const result = compositeIndexColumns(
      { kind: 'columns', units: ['a', 'b', 'c'], columns: { x: typed } },
      { id: 'x', normalize: { method: 'min-max' } },
    );
    expect(result.scores).toEqual([1, 0, 0.5]);
    expect([...typed]).toEqual([3, 1, 2]);
  });
});
