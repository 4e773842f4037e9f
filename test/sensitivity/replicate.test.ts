import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndexColumns } from '../../src/composite/composite.js';
import { isDxError } from '../../src/errors.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { rank } from '../../src/ranking/rank.js';
import { prepare } from '../../src/sensitivity/replicate.js';
import { weightMatrix } from '../../src/sensitivity/replicate-plan.js';

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
        { id: 'a', normalize: { method: 'min-max' } },
        { id: 'b', normalize: { method: 'z-score' }, weight: 0.5 },
      ],
    },
    {
      id: 'p2',
      normalize: { method: 'min-max', range: [1, 100] },
      aggregate: { method: 'geometric', missing: 'reweight', minCoverage: 0.4 },
      children: [
        { id: 'c', normalize: { method: 'min-max', range: [1, 100] } },
        { id: 'd', normalize: { method: 'min-max', range: [1, 100] } },
        { id: 'e', normalize: { method: 'rank' } },
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
    const normalizeChoices = [{ method: 'min-max' as const }, { method: 'rank' as const }];
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
        choices: [{}, { normalize: { method: 'min-max' as const, range: [1, 10] as const } }],
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
          if (leaf.id === 'c' && pick[3] === 1)
            leaf.normalize = { method: 'min-max', range: [1, 10] };
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
    [[{ kind: 'normalize', nodes: ['p1'], choices: [{ method: 'min-max' }] }], 'INVALID_ARGUMENT'],
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
        { kind: 'normalize', choices: [{ method: 'z-score' }] },
        { kind: 'aggregate', nodes: ['p1'], choices: [{ method: 'geometric' }] },
      ],
      'INVALID_ARGUMENT',
    ],
    // Only the trial of each aggregation alternative finds this one: z-scores under p1, whose own
    // mean is arithmetic, and a geometric alternative for p1.
    [
      [
        { kind: 'normalize', nodes: ['a', 'b'], choices: [{ method: 'z-score' }] },
        { kind: 'aggregate', nodes: ['p1'], choices: [{}, { method: 'geometric' }] },
      ],
      'INVALID_ARGUMENT',
    ],
    [
      Array.from({ length: 13 }, (_, i) => ({
        kind: 'normalize',
        name: `n${i}`,
        choices: [{ method: 'min-max' }, { method: 'rank' }],
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

describe('prepare: what each input applies to', () => {
  const data = { A: { a: 1, b: 2, c: 3, d: 4, e: 5 }, B: { a: 2, b: 1, c: 5, d: 3, e: 1 } };
  it('defaults to every leaf, every node with children, and nothing for imputation', () => {
    const replicator = prepare(data, framework, {
      alternatives: [
        { kind: 'normalize', choices: [{ method: 'min-max', range: [1, 100] }] },
        { kind: 'leaves', choices: [{}] },
        { kind: 'aggregate', choices: [{}] },
        { kind: 'impute', choices: [null] },
      ],
    });
    const idsOf = (nodes: readonly number[]) => nodes.map((k) => replicator.tree.nodes[k]?.id);
    const [normalize, leaves, aggregate, impute] = replicator.inputs;
    expect(idsOf(normalize?.nodes ?? [])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(idsOf(leaves?.nodes ?? [])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(idsOf(aggregate?.nodes ?? [])).toEqual(['p1', 'p2', 'index']);
    expect(impute?.nodes).toEqual([]);
    expect(replicator.dataInputs).toEqual([0, 1, 3]);
    expect(replicator.aggregateInputs).toEqual([2]);
  });

  it('loads the drawn data-stage choice even when the first replication draws a later one', () => {
    const normalizeChoices = [{ method: 'min-max' as const }, { method: 'rank' as const }];
    const replicator = prepare(data, framework, {
      alternatives: [{ kind: 'normalize', nodes: ['a', 'b'], choices: normalizeChoices }],
    });
    const scores = new Float64Array(2);
    const ranks = new Float64Array(2);
    const withLeafNormalize = (normalize: object): FrameworkNode => {
      const patched = JSON.parse(JSON.stringify(framework)) as FrameworkNode;
      for (const pillar of patched.children as FrameworkNode[])
        for (const leaf of pillar.children as FrameworkNode[])
          if (leaf.id === 'a' || leaf.id === 'b') Object.assign(leaf, { normalize });
      return patched;
    };
    replicator.run([1], replicator.nominalWeights, scores, ranks);
    expect([...scores]).toEqual(
      compositeIndexColumns(data, withLeafNormalize({ method: 'rank' })).scores,
    );
    replicator.run([0], replicator.nominalWeights, scores, ranks);
    expect([...scores]).toEqual(
      compositeIndexColumns(data, withLeafNormalize({ method: 'min-max' })).scores,
    );
  });

  it('skips a missing child of weight 0 under missing: error, as compositeIndex does', () => {
    const gappy = { A: { x: 1, y: null, z: 3 }, B: { x: 2, y: 4, z: 1 }, C: { x: 3, y: 2, z: 2 } };
    const tree: FrameworkNode = { id: 'root', children: ['x', 'y', 'z'] };
    const replicator = prepare(gappy, { ...tree, aggregate: { missing: 'reweight' } }, {});
    const weights = weightMatrix(replicator.tree, [{ y: 0 }], 'w');
    const scores = new Float64Array(3);
    const ranks = new Float64Array(3);
    const strict = prepare({ B: gappy.B, C: gappy.C }, tree, {});
    expect(strict.units).toEqual(['B', 'C']);
    replicator.run([], weights, scores, ranks);
    const expected = compositeIndexColumns(gappy, {
      id: 'root',
      children: ['x', { id: 'y', weight: 0 }, 'z'],
    });
    expect(Array.from(scores, (v) => (Number.isNaN(v) ? null : v))).toEqual(expected.scores);
    // The same under the default missing: 'error' on a geometric root (the general path).
    const geometric = prepare(
      gappy,
      {
        id: 'root',
        aggregate: { method: 'geometric', missing: 'reweight' },
        children: ['x', 'y', 'z'],
      },
      { aggregate: { missing: 'error' } },
    );
    const expectedGeometric = compositeIndexColumns(gappy, {
      id: 'root',
      aggregate: { method: 'geometric', missing: 'reweight' },
      children: ['x', { id: 'y', weight: 0 }, 'z'],
    });
    geometric.run([], weightMatrix(geometric.tree, [{ y: 0 }], 'w'), scores, ranks);
    expect(Array.from(scores, (v) => (Number.isNaN(v) ? null : v))).toEqual(
      expectedGeometric.scores,
    );
  });
});

describe('prepare: messages say what was wrong and where', () => {
  const data = { A: { a: 1, b: 2, c: 3, d: 4, e: 5 }, B: { a: 2, b: 1, c: 5, d: 3, e: 1 } };
  const message = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      return String((error as Error).message);
    }
    return 'no error';
  };
  it.each<[unknown, string, string?]>([
    [['x'], 'options.alternatives[0]: expected { kind, choices }, got "x".'],
    [[{ kind: 'other', choices: [{}] }], 'options.alternatives[0].kind: expected one of'],
    [[{ kind: 'normalize', choices: 'x' }], 'options.alternatives[0].choices: expected an array'],
    [
      [{ kind: 'normalize', nodes: 'a', choices: [{}] }],
      'options.alternatives[0].nodes: expected an array',
    ],
    [
      [{ kind: 'normalize', nodes: [7], choices: [{}] }],
      'options.alternatives[0].nodes[0]: 7 is not a node of the framework.',
      'UNKNOWN_ID',
    ],
    [[{ kind: 'normalize', choices: [null] }], 'options.alternatives[0].choices[0]: expected'],
    [[{ kind: 'aggregate', choices: ['x'] }], 'options.alternatives[0].choices[0]: expected'],
    [[{ kind: 'impute', choices: ['x'] }], 'options.alternatives[0].choices[0]: expected'],
    [
      [{ kind: 'leaves', choices: [{ id: 'q' }] }],
      'options.alternatives[0].choices[0].id: a leaf alternative cannot set id.',
    ],
    [
      [{ kind: 'leaves', choices: [{ children: ['q'] }] }],
      'options.alternatives[0].choices[0].children: a leaf alternative cannot set children.',
    ],
    [
      [{ kind: 'leaves', choices: [{ weight: 2 }] }],
      'options.alternatives[0].choices[0].weight: a leaf alternative cannot set weight; vary weights with options.weights.',
    ],
    [
      [{ kind: 'impute', nodes: ['a'], choices: [null] }],
      'options.alternatives[0].nodes: impute alternatives apply to the whole index; remove nodes.',
    ],
    [[{ kind: 'aggregate', choices: [{ weight: 1 }] }], 'options.alternatives[0].choices[0].'],
    [
      [
        {
          kind: 'normalize',
          name: 'n',
          choices: Array.from({ length: 17 }, () => ({ method: 'min-max' })),
        },
        { kind: 'leaves', choices: Array.from({ length: 241 }, () => ({})) },
      ],
      'options.alternatives: the data-stage choices make 4097 combinations; at most 4096 are evaluated up front. Vary fewer choices at once.',
    ],
  ])('%j', (alternatives, expected, code = 'INVALID_ARGUMENT') => {
    expect(message(() => prepare(data, framework, { alternatives }))).toContain(expected);
    let caught: unknown;
    try {
      prepare(data, framework, { alternatives });
    } catch (error) {
      caught = error;
    }
    expect(isDxError(caught, code as never)).toBe(true);
  });

  it("keeps the engine's error as the cause of a bad aggregation alternative", () => {
    let caught: unknown;
    try {
      prepare(data, framework, {
        alternatives: [{ kind: 'aggregate', choices: [{ method: 'median' }] }],
      });
    } catch (error) {
      caught = error;
    }
    expect(isDxError(caught, 'INVALID_ARGUMENT')).toBe(true);
    expect(isDxError((caught as Error).cause, 'INVALID_ARGUMENT')).toBe(true);
    expect((caught as Error).message).toMatch(
      /^options\.alternatives\[0\]\.choices\[0\]\.method: expected one of/,
    );
  });

  it('tries each aggregation alternative under every data-stage choice, not only the first', () => {
    const alternatives = [
      // z-scores (the second choice) are negative for some units: no geometric mean of them.
      {
        kind: 'normalize',
        nodes: ['a', 'b'],
        choices: [{ method: 'min-max', range: [1, 100] }, { method: 'z-score' }],
      },
      { kind: 'aggregate', nodes: ['p1'], choices: [{}, { method: 'geometric' }] },
    ];
    expect(message(() => prepare(data, framework, { alternatives }))).toContain(
      'geometric mean needs values > 0',
    );
  });

  it('accepts 4096 combinations', () => {
    const small = { A: { x: 1, y: 2 }, B: { x: 2, y: 1 } };
    const alternatives = [
      { kind: 'leaves' as const, name: 'l1', choices: Array.from({ length: 64 }, () => ({})) },
      { kind: 'leaves' as const, name: 'l2', choices: Array.from({ length: 64 }, () => ({})) },
    ];
    expect(prepare(small, { id: 'r', children: ['x', 'y'] }, { alternatives }).inputs).toHaveLength(
      2,
    );
  });

  it('names the unit and node of a missing child under a Copeland node with missing: error', () => {
    const copeland = {
      id: 'index',
      aggregate: { method: 'copeland' as const, missing: 'error' as const },
      children: ['a', 'b'],
    };
    const gappy = { A: { a: 1, b: 2 }, B: { a: 2, b: null } };
    const engine = message(() => compositeIndexColumns(gappy, copeland));
    expect(engine).toContain('unit "B", node "index": "b" is missing');
    expect(message(() => prepare(gappy, copeland, {}))).toContain(
      'unit "B", node "index": "b" is missing',
    );
  });

  it('names the weight set and node of a bad weight', () => {
    const replicator = prepare(data, framework, {});
    const tree = replicator.tree;
    expect(message(() => weightMatrix(tree, 'x', 'options.weights'))).toBe(
      'options.weights: expected an array of weight sets (node id → weight), got "x".',
    );
    expect(message(() => weightMatrix(tree, [{}, null], 'options.weights'))).toBe(
      'options.weights[1]: expected a weight set (node id → weight), got null.',
    );
    expect(message(() => weightMatrix(tree, [{ a: -1 }], 'options.weights'))).toBe(
      'options.weights[0]["a"]: expected a finite weight ≥ 0, got -1.',
    );
    expect(message(() => weightMatrix(tree, [{ zz: 1 }], 'options.weights'))).toBe(
      'options.weights[0]: "zz" is not a node of the framework.',
    );
    expect(message(() => weightMatrix(tree, [{ a: 0, b: 0 }], 'options.weights'))).toContain(
      'options.weights[0], children of "p1": all weights are 0',
    );
  });
});

describe('a replication through the general path equals compositeIndex', () => {
  it('on a node with fewer children than the widest, after another node (geometric)', () => {
    const wide: FrameworkNode = {
      id: 'root',
      children: [
        { id: 'p1', children: ['a', 'b', 'c'] },
        { id: 'p2', aggregate: { method: 'geometric' }, children: ['d', 'e'] },
      ],
    };
    const data = {
      A: { a: 1, b: 5, c: 3, d: 2, e: 2 },
      B: { a: 4, b: 2, c: 1, d: 7, e: 9 },
      C: { a: 2, b: 8, c: 6, d: 1, e: 4 },
    };
    fc.assert(
      fc.property(fc.record({ p1: weightArb, d: weightArb, e: weightArb, a: weightArb }), (set) => {
        const replicator = prepare(data, wide, {});
        const scores = new Float64Array(3);
        const ranks = new Float64Array(3);
        replicator.run([], weightMatrix(replicator.tree, [set], 'w'), scores, ranks);
        expect([...scores]).toEqual(compositeIndexColumns(data, withWeights(wide, set)).scores);
      }),
      { numRuns: 30 },
    );
  });

  it('under missing: error, complete data passes and a missing child of weight 0 is skipped', () => {
    const gappy = { A: { x: 1, y: null, z: 3 }, B: { x: 2, y: 4, z: 1 }, C: { x: 3, y: 2, z: 2 } };
    const geometric: FrameworkNode = {
      id: 'root',
      aggregate: { method: 'geometric', missing: 'error' },
      children: ['x', 'y', 'z'],
    };
    const scores = new Float64Array(3);
    const ranks = new Float64Array(3);
    const complete = { A: { x: 1, y: 2, z: 3 }, B: { x: 2, y: 4, z: 1 }, C: { x: 3, y: 2, z: 2 } };
    const full = prepare(complete, geometric, {});
    full.run([], full.nominalWeights, scores, ranks);
    expect([...scores]).toEqual(compositeIndexColumns(complete, geometric).scores);
    const zeroY = withWeights(geometric, { y: 0 });
    const skipping = prepare(gappy, zeroY, {});
    skipping.run([], skipping.nominalWeights, scores, ranks);
    expect([...scores]).toEqual(compositeIndexColumns(gappy, zeroY).scores);
  });
});

describe('prepare().run with Copeland nodes: a replication equals compositeIndex', () => {
  const copelandFramework: FrameworkNode = {
    id: 'index',
    aggregate: { method: 'copeland', missing: 'reweight' },
    children: [
      { id: 'p1', weight: 2, children: [{ id: 'a', normalize: { method: 'min-max' } }, 'b'] },
      {
        id: 'p2',
        aggregate: { method: 'copeland', missing: 'reweight', minCoverage: 0.5 },
        normalize: { method: 'min-max' },
        children: ['c', 'd', 'e'],
      },
    ],
  };

  it('for any weights, with missing values and ties, at the root and below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }).chain((n) => fc.tuple(fc.constant(n), columnsArb(n))),
        fc.record({ p1: weightArb, p2: weightArb, a: weightArb, c: weightArb, e: weightArb }),
        ([n, columns], set) => {
          const units = Array.from({ length: n }, (_, u) => `u${u}`);
          const data = {
            kind: 'columns' as const,
            units,
            // Rounded values make ties, which Copeland splits by halves.
            columns: Object.fromEntries(
              ids.map((id, k) => [
                id,
                (columns[k] as (number | null)[]).map((v) =>
                  v === null ? null : Math.round(v / 10),
                ),
              ]),
            ),
          };
          let expected: ReturnType<typeof compositeIndexColumns> | undefined;
          try {
            expected = compositeIndexColumns(data, withWeights(copelandFramework, set));
          } catch {
            return; // data the engine rejects is not the point
          }
          const replicator = prepare(data, copelandFramework, {});
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

  it('as the default aggregation, and as an aggregation alternative', () => {
    const data = {
      A: { a: 1, b: 5, c: 3, d: 4, e: 2 },
      B: { a: 4, b: 2, c: 6, d: 7, e: 9 },
      C: { a: 2, b: 8, c: 6, d: 1, e: 4 },
      D: { a: 9, b: 1, c: 2, d: 5, e: 3 },
    };
    const plain = { id: 'index', children: [{ id: 'p', children: ['a', 'b', 'c'] }, 'd', 'e'] };
    const byDefault = prepare(data, plain, { aggregate: { method: 'copeland' } });
    const scores = new Float64Array(4);
    const ranks = new Float64Array(4);
    byDefault.run([], byDefault.nominalWeights, scores, ranks);
    const expected = compositeIndexColumns(data, plain, { aggregate: { method: 'copeland' } });
    expect(Array.from(scores)).toEqual(expected.scores);
    expect(Array.from(ranks)).toEqual(expected.ranks);

    const choices = [{ method: 'arithmetic' as const }, { method: 'copeland' as const }];
    const replicator = prepare(data, plain, {
      alternatives: [{ kind: 'aggregate', nodes: ['index'], choices }],
    });
    choices.forEach((choice, j) => {
      replicator.run([j], replicator.nominalWeights, scores, ranks);
      const patched = { ...plain, aggregate: choice };
      expect(Array.from(scores)).toEqual(compositeIndexColumns(data, patched).scores);
    });
  });
});
