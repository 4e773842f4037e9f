import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare, weightMatrix } from '../../src/analysis/replicate.js';
import { isDxError } from '../../src/errors.js';
import { compositeIndexColumns } from '../../src/kpi/composite.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { rank } from '../../src/ranking/rank.js';

/** The framework with the weights of a weight set written in. */
function withWeights(node: FrameworkNode, set: Readonly<Record<string, number>>): FrameworkNode {
  const children = node.children?.map((child) =>
    withWeights(typeof child === 'string' ? { id: child } : child, set),
  );
  return {
    ...node,
    ...(set[node.id] === undefined ? {} : { weight: set[node.id] }),
    ...(children ? { children } : {}),
  };
}

const ids = ['a', 'b', 'c', 'd', 'e'];
const framework: FrameworkNode = {
  id: 'index',
  aggregate: { missing: 'reweight' },
  children: [
    {
      id: 'p1',
      weight: 2,
      children: [
        { id: 'a', normalize: { kind: 'minMax' } },
        { id: 'b', normalize: { kind: 'zScore' }, weight: 0.5 },
      ],
    },
    {
      id: 'p2',
      normalize: { kind: 'minMax', range: [1, 100] },
      aggregate: { method: 'geometric', missing: 'reweight', minCoverage: 0.4 },
      children: [
        { id: 'c', normalize: { kind: 'minMax', range: [1, 100] } },
        { id: 'd', normalize: { kind: 'minMax', range: [1, 100] } },
        { id: 'e', normalize: { kind: 'rank' } },
      ],
    },
  ],
};

const columnsArb = (units: number) =>
  fc.tuple(
    ...ids.map(() =>
      fc.array(fc.option(fc.double({ min: -50, max: 50, noNaN: true }), { freq: 8 }), {
        minLength: units,
        maxLength: units,
      }),
    ),
  );
const weightArb = fc.double({ min: 0.01, max: 5, noNaN: true });

describe('prepare().run: a replication equals compositeIndex with the same choices', () => {
  it('for any weights, with missing values, node normalisation and geometric nodes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((n) => fc.tuple(fc.constant(n), columnsArb(n))),
        fc.record({ p1: weightArb, p2: weightArb, a: weightArb, c: weightArb, e: weightArb }),
        ([n, columns], set) => {
          const units = Array.from({ length: n }, (_, u) => `u${u}`);
          const data = {
            kind: 'columns' as const,
            units,
            columns: Object.fromEntries(ids.map((id, k) => [id, columns[k] as (number | null)[]])),
          };
          let expected: ReturnType<typeof compositeIndexColumns> | undefined;
          try {
            expected = compositeIndexColumns(data, withWeights(framework, set));
          } catch {
            return; // a data set the engine rejects (e.g. constant with rank ties) is not the point
          }
          const replicator = prepare(data, framework, {});
          const weights = weightMatrix(replicator.tree, [set], 'w');
          const scores = new Float64Array(n);
          const ranks = new Float64Array(n);
          replicator.run([], weights, scores, ranks);
          expect(Array.from(scores, (s) => (Number.isNaN(s) ? null : s))).toEqual(expected.scores);
          expect(Array.from(ranks, (r) => (Number.isNaN(r) ? null : r))).toEqual(expected.ranks);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for each alternative: normalisation, leaf settings, aggregation, imputation', () => {
    const data = {
      A: { a: 1, b: 5, c: 3, d: null, e: 2 },
      B: { a: 4, b: 2, c: null, d: 7, e: 9 },
      C: { a: 2, b: 8, c: 6, d: 1, e: 4 },
      D: { a: 9, b: 1, c: 2, d: 5, e: null },
    };
    const normalizeChoices = [{ kind: 'minMax' as const }, { kind: 'rank' as const }];
    const aggregateChoices = [{ method: 'arithmetic' as const }, { method: 'harmonic' as const }];
    const imputeChoices = [null, { method: 'median' as const }];
    const alternatives = [
      { kind: 'normalize' as const, nodes: ['a', 'b'], choices: normalizeChoices },
      { kind: 'aggregate' as const, name: 'agg', nodes: ['p2'], choices: aggregateChoices },
      { kind: 'impute' as const, choices: imputeChoices },
      {
        kind: 'leaves' as const,
        name: 'c-scale',
        nodes: ['c'],
        choices: [{}, { normalize: { kind: 'minMax' as const, range: [1, 10] as const } }],
      },
    ];
    const replicator = prepare(data, framework, { alternatives });
    expect(replicator.inputs.map((i) => i.name)).toEqual(['normalize', 'agg', 'impute', 'c-scale']);
    const scores = new Float64Array(4);
    const ranks = new Float64Array(4);
    for (let choice = 0; choice < 16; choice++) {
      const pick = [choice & 1, (choice >> 1) & 1, (choice >> 2) & 1, (choice >> 3) & 1];
      const patched = JSON.parse(JSON.stringify(framework)) as {
        children: {
          id: string;
          aggregate?: object;
          children: { id: string; normalize?: object }[];
        }[];
      };
      for (const pillar of patched.children) {
        for (const leaf of pillar.children) {
          if (leaf.id === 'a' || leaf.id === 'b')
            leaf.normalize = normalizeChoices[pick[0] as number] as object;
          if (leaf.id === 'c' && pick[3] === 1) leaf.normalize = { kind: 'minMax', range: [1, 10] };
        }
        if (pillar.id === 'p2')
          pillar.aggregate = { ...pillar.aggregate, ...aggregateChoices[pick[1] as number] };
      }
      const impute = imputeChoices[pick[2] as number];
      const expected = compositeIndexColumns(
        data,
        patched as unknown as FrameworkNode,
        impute ? { impute } : {},
      );
      replicator.run(pick, replicator.nominalWeights, scores, ranks);
      expect(Array.from(scores, (s) => (Number.isNaN(s) ? null : s))).toEqual(expected.scores);
      expect(Array.from(ranks, (r) => (Number.isNaN(r) ? null : r))).toEqual(expected.ranks);
    }
  });
});

describe('the ranks of a replication', () => {
  it('equal rank() (competition) at any size, with ties and missing scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { freq: 10 }), {
          minLength: 1,
          maxLength: 700,
        }),
        (values) => {
          const units = values.map((_, u) => `u${u}`);
          const data = { kind: 'columns' as const, units, columns: { x: values } };
          const replicator = prepare(
            data,
            { id: 'root', aggregate: { missing: 'reweight' }, children: ['x'] },
            {},
          );
          const scores = new Float64Array(values.length);
          const ranks = new Float64Array(values.length);
          replicator.run([], replicator.nominalWeights, scores, ranks);
          expect(Array.from(ranks, (r) => (Number.isNaN(r) ? null : r))).toEqual(rank(values));
          // Again, from the order the first call left behind.
          replicator.run([], replicator.nominalWeights, scores, ranks);
          expect(Array.from(ranks, (r) => (Number.isNaN(r) ? null : r))).toEqual(rank(values));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follow the ties option', () => {
    const data = { A: { x: 1 }, B: { x: 2 }, C: { x: 2 }, D: { x: 0 } };
    const replicator = prepare(data, { id: 'r', children: ['x'] }, { ties: 'dense' });
    const scores = new Float64Array(4);
    const ranks = new Float64Array(4);
    replicator.run([], replicator.nominalWeights, scores, ranks);
    expect([...ranks]).toEqual([2, 1, 1, 3]);
  });
});

describe('prepare rejects bad alternatives up front', () => {
  const data = { A: { a: 1, b: 2, c: 3, d: 4, e: 5 }, B: { a: 2, b: 1, c: 5, d: 3, e: 1 } };
  const cases: [unknown, string][] = [
    ['x', 'INVALID_ARGUMENT'],
    [[{ kind: 'other', choices: [{}] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'normalize', choices: [] }], 'EMPTY_INPUT'],
    [[{ kind: 'normalize', nodes: ['p1'], choices: [{ kind: 'minMax' }] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'aggregate', nodes: ['a'], choices: [{ method: 'geometric' }] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'aggregate', nodes: ['zz'], choices: [{}] }], 'UNKNOWN_ID'],
    [[{ kind: 'aggregate', choices: [{ method: 'median' }] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'normalize', choices: [{ kind: 'nope' }] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'normalize', choices: [null] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'leaves', choices: [{ weight: 2 }] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'leaves', choices: [{ children: ['q'] }] }], 'INVALID_ARGUMENT'],
    [[{ kind: 'impute', choices: [{ method: 'mode' }] }], 'INVALID_ARGUMENT'],
    [
      [
        { kind: 'impute', choices: [null] },
        { kind: 'impute', choices: [null] },
      ],
      'INVALID_ARGUMENT',
    ],
    [[{ kind: 'impute', name: '', choices: [null] }], 'INVALID_ARGUMENT'],
    // z-scores are negative for some units: a geometric mean of them cannot apply.
    [
      [
        { kind: 'normalize', choices: [{ kind: 'zScore' }] },
        { kind: 'aggregate', nodes: ['p1'], choices: [{ method: 'geometric' }] },
      ],
      'INVALID_ARGUMENT',
    ],
    // Only the trial of each aggregation alternative finds this one: z-scores under p1, whose own
    // mean is arithmetic, and a geometric alternative for p1.
    [
      [
        { kind: 'normalize', nodes: ['a', 'b'], choices: [{ kind: 'zScore' }] },
        { kind: 'aggregate', nodes: ['p1'], choices: [{}, { method: 'geometric' }] },
      ],
      'INVALID_ARGUMENT',
    ],
    [
      Array.from({ length: 13 }, (_, i) => ({
        kind: 'normalize',
        name: `n${i}`,
        choices: [{ kind: 'minMax' }, { kind: 'rank' }],
      })),
      'INVALID_ARGUMENT',
    ],
  ];
  it.each(cases)('%j → %s', (alternatives, code) => {
    let caught: unknown;
    try {
      prepare(data, framework, { alternatives });
    } catch (error) {
      caught = error;
    }
    expect(isDxError(caught, code as never), String(caught)).toBe(true);
  });

  it('rejects weight sets naming unknown nodes, bad weights or all-zero children', () => {
    const replicator = prepare(data, framework, {});
    for (const [sets, code] of [
      [[{ zz: 1 }], 'UNKNOWN_ID'],
      [[{ a: -1 }], 'INVALID_NUMBER'],
      [[{ a: 0, b: 0 }], 'INVALID_ARGUMENT'],
      [[null], 'INVALID_ARGUMENT'],
      ['x', 'INVALID_ARGUMENT'],
    ] as const) {
      let caught: unknown;
      try {
        weightMatrix(replicator.tree, sets, 'options.weights');
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, code), String(caught)).toBe(true);
    }
  });
});

describe('the ranks of a large replication', () => {
  const rankOf = (values: (number | null)[]) => {
    const units = values.map((_, u) => `u${u}`);
    const data = { kind: 'columns' as const, units, columns: { x: values } };
    const replicator = prepare(
      data,
      { id: 'root', aggregate: { missing: 'reweight' }, children: ['x'] },
      {},
    );
    const scores = new Float64Array(values.length);
    const ranks = new Float64Array(values.length);
    replicator.run([], replicator.nominalWeights, scores, ranks);
    return Array.from(ranks, (r) => (Number.isNaN(r) ? null : r));
  };

  it('equal rank() above 256 units: ties, gaps, skewed and constant scores', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 257, max: 3000 }),
        fc.integer(),
        fc.constantFrom('uniform', 'ties', 'skewed', 'gaps'),
        (n, seed, shape) => {
          let state = seed | 0;
          const next = () => {
            state = (Math.imul(state, 1103515245) + 12345) | 0;
            return ((state >>> 8) & 0xffff) / 65536;
          };
          const values = Array.from({ length: n }, (): number | null => {
            const u = next();
            if (shape === 'ties') return Math.floor(u * 20);
            if (shape === 'skewed') return Math.exp(12 * u) * 1e-3;
            if (shape === 'gaps') return u < 0.1 ? null : u;
            return u;
          });
          expect(rankOf(values)).toEqual(rank(values));
        },
      ),
      { numRuns: 25 },
    );
    expect(rankOf(Array.from({ length: 300 }, () => 5))).toEqual(Array(300).fill(1));
    expect(rankOf([...Array.from({ length: 299 }, () => null), 2])).toEqual([
      ...Array(299).fill(null),
      1,
    ]);
  });
});

describe('a replication that loses a value a parent cannot skip', () => {
  it('throws DxError naming the unit and node', () => {
    const data = { A: { x: 1, y: null, z: 1 }, B: { x: 2, y: 2, z: 2 } };
    const tree: FrameworkNode = {
      id: 'root',
      children: [
        { id: 'g', aggregate: { missing: 'reweight', minCoverage: 0.5 }, children: ['x', 'y'] },
        'z',
      ],
    };
    const replicator = prepare(data, tree, {});
    const weights = weightMatrix(replicator.tree, [{ x: 0.5 }], 'w');
    let caught: unknown;
    try {
      replicator.run([], weights, new Float64Array(2), new Float64Array(2));
    } catch (error) {
      caught = error;
    }
    expect(isDxError(caught, 'INVALID_ARGUMENT')).toBe(true);
    expect(String(caught)).toContain('unit "A", node "root": "g" is missing');
  });
});
