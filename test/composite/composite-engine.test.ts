import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/composite/aggregate.js';
import { evaluate } from '../../src/composite/composite-engine.js';
import type { FrameworkNode, NormalizeMethod } from '../../src/model/framework-node.js';
import { dxErrorOf } from '../fixtures/errors.js';

const framework = {
  id: 'root',
  children: [
    { id: 'pillar', children: [{ id: 'x', normalize: { method: 'min-max' as const } }, 'y'] },
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
      { id: 'x', normalize: { method: 'min-max' } },
      { impute: { method: 'mean' } },
    );
    expect(result.scores).toEqual([0, 1, 0.5]);
    const target = evaluate(
      { a: { x: 0 }, b: { x: 10 }, c: { x: null } },
      { id: 'x', normalize: { method: 'distance-to-target', target: 20 } },
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
      ).toThrowError(/data\.b\.x: expected a finite number or null/);
    }
  });

  it('checks the imputation settings once, before any value is filled', () => {
    expect(() =>
      evaluate({ a: { x: 1 } }, 'x', { impute: { method: 'mode' as never } }),
    ).toThrowError(/impute\.method: expected one of "mean", "median", got "mode"/);
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
      { method: 'min-max', constant: 'error' },
      { method: 'distance-to-target', target: 0 },
      { method: 'distance-to-target', target: 0, direction: 'lower-is-better' },
    ] as const) {
      const columns = evaluate(
        { kind: 'columns', units: ['x', 'y'], columns: { a: [1, 2], b: [null, null] } },
        fw(normalize),
        {},
      );
      // A leaf that no unit has at all is a misspelt id, not missing data.
      expect(() =>
        evaluate({ kind: 'columns', units: ['x', 'y'], columns: { a: [1, 2] } }, fw(normalize), {}),
      ).toThrowError(expect.objectContaining({ code: 'UNKNOWN_ID' }));
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
      { id: 'a', normalize: { method: 'min-max' } },
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
        { id: 'x', normalize: { method: 'min-max' } },
        {},
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });

  it('z-scores values near the largest number: they are scaled before summing (issue #25)', () => {
    const { scores } = evaluate(
      { a: { x: 1e308 }, b: { x: 1e308 }, c: { x: 1 } },
      { id: 'x', normalize: { method: 'z-score' } },
      {},
    );
    expect(scores[0]).toBeCloseTo(1 / Math.sqrt(3), 14);
    expect(scores[2]).toBeCloseTo(-2 / Math.sqrt(3), 14);
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
      { u: row as never, v: { c: null } },
      { id: 'root', aggregate: { missing: 'reweight' }, children: ['a', 'b', 'c'] },
      {},
    );
    expect(result.scores).toEqual([1.5, null]);
    expect(reads).toBe(1);
  });
});

describe('evaluate: what each check rejects, with code and message', () => {
  const data = { a: { x: 1, y: 2 } };
  it.each<[string, () => unknown, string, string]>([
    [
      'a node that is no object',
      () => evaluate(data, { id: 'r', children: [5 as never] }, {}),
      'INVALID_ARGUMENT',
      'framework.children[0]: expected a node { id, … } or an indicator id, got 5.',
    ],
    [
      'a node without an id',
      () => evaluate(data, { id: 'r', children: [{} as never] }, {}),
      'INVALID_ARGUMENT',
      'framework.children[0]: expected a node { id, … } or an indicator id, got {}.',
    ],
    [
      'a misspelt aggregate option',
      () =>
        evaluate(
          data,
          { id: 'r', children: ['x', 'y'] },
          { aggregate: { minCoverge: 0.5 } as never },
        ),
      'INVALID_ARGUMENT',
      'aggregate.minCoverge: not an option here; expected method, p, missing, minCoverage, coverage.',
    ],
    [
      'a null node',
      () => evaluate(data, null as never, {}),
      'INVALID_ARGUMENT',
      'framework: expected a node { id, … } or an indicator id, got null.',
    ],
    [
      'a reserved id',
      () => evaluate(data, { id: 'r', children: ['constructor'] }, {}),
      'INVALID_ARGUMENT',
      'framework.children[0]: "constructor" cannot be a node id.',
    ],
    [
      'an id twice',
      () => evaluate(data, { id: 'r', children: ['x', { id: 'p', children: ['x'] }] }, {}),
      'INVALID_ARGUMENT',
      'framework.children[1].children[0]: node id "x" appears twice.',
    ],
    [
      'a weight that is no number',
      () => evaluate(data, { id: 'r', children: [{ id: 'x', weight: '2' as never }] }, {}),
      'INVALID_NUMBER',
      'framework.children[0] (x).weight: expected a finite weight ≥ 0, got "2".',
    ],
    [
      'an infinite weight',
      () =>
        evaluate(data, { id: 'r', children: [{ id: 'x', weight: Number.POSITIVE_INFINITY }] }, {}),
      'INVALID_NUMBER',
      'framework.children[0] (x).weight: expected a finite weight ≥ 0, got Infinity.',
    ],
    [
      'children that are no array',
      () => evaluate(data, { id: 'r', children: 'x' as never }, {}),
      'INVALID_ARGUMENT',
      'framework (r).children: expected a non-empty array.',
    ],
    [
      'children that all weigh 0',
      () =>
        evaluate(
          data,
          {
            id: 'r',
            children: [
              { id: 'x', weight: 0 },
              { id: 'y', weight: 0 },
            ],
          },
          {},
        ),
      'INVALID_ARGUMENT',
      'framework (r): all children weigh 0.',
    ],
    [
      'impute settings that are no object',
      () => evaluate(data, 'x', { impute: 'mean' as never }),
      'INVALID_ARGUMENT',
      'impute: expected { method }, got "mean".',
    ],
    [
      'columns that are no object',
      () => evaluate({ kind: 'columns', units: ['a'], columns: null as never }, 'x', {}),
      'INVALID_ARGUMENT',
      "data: expected { kind: 'columns', units: string[], columns: { id: values } }.",
    ],
    [
      'a null column',
      () => evaluate({ kind: 'columns', units: ['a'], columns: { x: null as never } }, 'x', {}),
      'INVALID_ARGUMENT',
      'data.columns["x"]: expected an array of values, one per unit, got null.',
    ],
    [
      'a text column',
      () => evaluate({ kind: 'columns', units: ['a'], columns: { x: '5' as never } }, 'x', {}),
      'INVALID_ARGUMENT',
      'data.columns["x"]: expected an array of values, one per unit, got "5".',
    ],
    [
      'a null row',
      () => evaluate({ u: null as never }, 'x', {}),
      'INVALID_ARGUMENT',
      'data["u"]: expected indicator → value, got null.',
    ],
    [
      'a number in text',
      () => evaluate({ u: { x: '5' as never } }, 'x', {}),
      'INVALID_NUMBER',
      'data.u.x: expected a finite number or null, got "5".',
    ],
    [
      'data that is text',
      () => evaluate('abc' as never, 'x', {}),
      'INVALID_ARGUMENT',
      'data: expected unit → indicator → value, got "abc".',
    ],
    [
      'options that are no object',
      () => evaluate(data, 'x', 5 as never),
      'INVALID_ARGUMENT',
      'options: expected an object, got 5.',
    ],
  ])('rejects %s', (_, run, code, message) => {
    expect(run).toThrowError(expect.objectContaining({ code, message }));
  });
});

describe('evaluate: aggregation details', () => {
  it('lets a node whose coverage falls short count as missing in its parent', () => {
    const result = evaluate(
      { u: { x: 1, y: null, z: 0.5 }, v: { x: 1, y: 1, z: 0.5 } },
      {
        id: 'root',
        aggregate: { missing: 'reweight' },
        children: [
          { id: 'p', aggregate: { missing: 'reweight', minCoverage: 1 }, children: ['x', 'y'] },
          'z',
        ],
      },
      {},
    );
    expect(result.scores).toEqual([0.5, 0.75]);
  });

  it('accepts a missing value in a child that weighs 0, and some zero weights', () => {
    const result = evaluate(
      { u: { x: 4, y: null } },
      { id: 'root', children: ['x', { id: 'y', weight: 0 }] },
      {},
    );
    expect(result.scores).toEqual([4]);
  });

  it('normalises aggregated nodes with their own extent', () => {
    const result = evaluate(
      { a: { x: 2, y: 4 }, b: { x: 4, y: 8 }, c: { x: 3, y: 6 } },
      { id: 'root', normalize: { method: 'min-max' }, children: ['x', 'y'] },
      {},
    );
    expect(result.scores).toEqual([0, 1, 0.5]);
  });

  it('reads only leaves from the data, whatever else a row holds', () => {
    const result = evaluate(
      { a: { x: 1, root: 'not a number' as never } },
      { id: 'root', children: ['x'] },
      {},
    );
    expect(result.scores).toEqual([1]);
  });

  it('takes undefined in a plain column as missing', () => {
    const result = evaluate(
      { kind: 'columns', units: ['a', 'b'], columns: { x: [1, undefined] } },
      { id: 'x' },
      { impute: { method: 'mean' } },
    );
    expect(result.scores).toEqual([1, 1]);
  });

  it('imputes the median in numeric order, and keeps a group with no values missing', () => {
    const result = evaluate(
      { a: { x: 9 }, b: { x: 100 }, c: { x: 10 }, d: { x: null }, e: { x: null } },
      { id: 'root', aggregate: { missing: 'reweight' }, children: ['x'] },
      { impute: { method: 'median', groups: { a: 'n', b: 'n', c: 'n', d: 'n', e: 's' } } },
    );
    expect(result.scores).toEqual([9, 100, 10, 10, null]);
  });

  it('ranks with the tie rule asked for', () => {
    const data = { a: { x: 3 }, b: { x: 2 }, c: { x: 2 }, d: { x: 1 } };
    expect(evaluate(data, 'x', { ties: 'dense' }).ranks).toEqual([1, 2, 2, 3]);
    expect(evaluate(data, 'x', { ties: 'modified' }).ranks).toEqual([1, 3, 3, 4]);
    expect(evaluate(data, 'x', {}).ranks).toEqual([1, 2, 2, 4]);
  });
});

describe('evaluate: Copeland nodes, excluded indicators, treated leaves', () => {
  const fail = (run: () => unknown, code: string, message: string) =>
    expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));

  it('Copeland: +1 per unit outranked, −1 per unit that outranks, 0 on an even split', () => {
    const result = evaluate(
      {
        a: { x: 3, y: 3, z: 1 },
        b: { x: 2, y: 2, z: 2 },
        c: { x: 1, y: 1, z: 3 },
        d: { x: 1, y: 1, z: 3 },
      },
      { id: 'root', aggregate: { method: 'copeland' }, children: ['x', 'y', 'z'] },
      {},
    );
    expect(result.scores).toEqual([3, 1, -2, -2]);
    expect(result.ranks).toEqual([1, 2, 3, 3]);
    const even = evaluate(
      { a: { x: 2, y: 1 }, b: { x: 1, y: 2 } },
      { id: 'root', aggregate: { method: 'copeland' }, children: ['x', 'y'] },
      {},
    );
    expect(even.scores).toEqual([0, 0]);
  });

  it('Copeland with missing values: each pair over the children both have; coverage and policy apply', () => {
    const data = {
      a: { x: 3, y: null, z: 1 },
      b: { x: 2, y: 5, z: 2 },
      c: { x: null, y: null, z: null },
      d: { x: 1, y: 1, z: null },
    };
    const root = (aggregate: object): FrameworkNode => ({
      id: 'root',
      aggregate: { method: 'copeland', ...aggregate },
      children: ['x', 'y', 'z'],
    });
    // a–b on x, z: 1–1 → 0; a–d on x: a; b–d on x, y: b. c has nothing: no score.
    expect(evaluate(data, root({ missing: 'reweight' }), {}).scores).toEqual([1, 1, null, -2]);
    // With at least 2 of 3 values, a, b and d take part: the same pairs.
    expect(
      evaluate(data, root({ missing: 'reweight', minCoverage: 0.6, coverage: 'count' }), {}).scores,
    ).toEqual([1, 1, null, -2]);
    // With all 3, only b: it outranks nobody.
    expect(
      evaluate(data, root({ missing: 'reweight', minCoverage: 0.7, coverage: 'count' }), {}).scores,
    ).toEqual([null, 0, null, null]);
    fail(
      () => evaluate(data, root({}), {}),
      'INVALID_ARGUMENT',
      `unit "a", node "root": "y" is missing; give node "root" aggregate: { missing: 'reweight' } (or every node, with the aggregate option of compositeIndex), or impute.`,
    );
  });

  it("constant: 'exclude' leaves a constant indicator out, and its parent aggregates the rest", () => {
    const flat = { method: 'min-max', constant: 'exclude' } as const;
    const result = evaluate(
      { a: { x: 1, f: 7, g: 2 }, b: { x: 3, f: 7, g: 2 } },
      {
        id: 'root',
        children: [
          { id: 'x', normalize: { method: 'min-max' } },
          { id: 'f', weight: 5, normalize: flat },
          { id: 'p', children: [{ id: 'g', normalize: flat }] },
        ],
      },
      {},
    );
    // f and p (all its children excluded) weigh nothing: root = x.
    expect(result.scores).toEqual([0, 1]);
    expect([...(result.columns[1] as Float64Array)].every(Number.isNaN)).toBe(true);
    const all = evaluate(
      { a: { f: 7 }, b: { f: 7 } },
      { id: 'root', children: [{ id: 'f', normalize: flat }] },
      {},
    );
    expect(all.scores).toEqual([null, null]);
  });

  it('treats a leaf before normalising it, and refuses treat above the leaves', () => {
    const values = [1, 2, 2, 3, 3, 3, 4, 4, 5, 100];
    const data = {
      kind: 'columns' as const,
      units: values.map((_, i) => `u${i}`),
      columns: { x: values },
    };
    const result = evaluate(data, { id: 'x', treat: true, normalize: { method: 'min-max' } }, {});
    expect(result.scores.at(-1)).toBe(1);
    expect(result.scores[8]).toBe(1); // 100 winsorised to 5, the new maximum
    expect(evaluate(data, { id: 'x', treat: false }, {}).scores.at(-1)).toBe(100);
    fail(
      () => evaluate(data, { id: 'root', treat: true, children: ['x'] }, {}),
      'INVALID_ARGUMENT',
      'framework (root).treat: outliers are treated at leaves (indicators), not at a node with children.',
    );
    fail(
      () => evaluate(data, { id: 'root', children: [{ id: 'x', treat: { winMax: -1 } }] }, {}),
      'INVALID_ARGUMENT',
      'framework.children[0] (x).treat.winMax: expected an integer ≥ 0, got -1.',
    );
  });

  it('a node method may be copeland; aggregate() itself refuses it', () => {
    fail(
      () => aggregate([1], [1], { method: 'copeland' as never }),
      'INVALID_ARGUMENT',
      'method: expected one of "arithmetic", "geometric", "harmonic", "generalized-mean", got "copeland".',
    );
  });
});

describe('evaluate: normalisation methods are checked before any value is read', () => {
  it('names a bad kind even when the data would fail later', () => {
    expect(() =>
      evaluate(
        { a: { x: Number.NaN } },
        { id: 'root', children: [{ id: 'x', normalize: { kind: 'log' } as never }] },
        {},
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('evaluate: extents of leaves read from rows', () => {
  it('scales a leaf whose values are all negative within its own extent', () => {
    const { columns } = evaluate(
      { a: { x: -3 }, b: { x: -1 }, c: { x: -2 } },
      { id: 'r', children: [{ id: 'x', normalize: { method: 'min-max' } }] },
      {},
    );
    expect(Array.from(columns[0] as Float64Array)).toEqual([0, 1, 0.5]);
  });
});

describe('evaluate: messages and exclusion, called directly', () => {
  const flat = { method: 'min-max', constant: 'exclude' } as const;
  const minMax = { method: 'min-max' } as const;
  const missingAt = (node: string, child: string) =>
    `unit "a", node "${node}": "${child}" is missing; give node "${node}" aggregate: { missing: 'reweight' } (or every node, with the aggregate option of compositeIndex), or impute.`;
  const message = (run: () => unknown) => dxErrorOf(run).message;

  it('names the options, an absent leaf, a missing value and a bad treatment in its own words', () => {
    expect(message(() => evaluate({ a: { x: 1 } }, 'x', null as never))).toBe(
      'options: expected an object, got null.',
    );
    expect(message(() => evaluate({ a: { x: 1 } }, { id: 'r', children: ['x', 'w'] }, {}))).toBe(
      `framework: leaf "w" is in no unit's data; check the spelling (the data has "x"), or give the units the indicator with null values.`,
    );
    expect(
      message(() => evaluate({ a: { x: 1, y: null } }, { id: 'root', children: ['x', 'y'] }, {})),
    ).toBe(missingAt('root', 'y'));
    expect(
      message(() =>
        evaluate(
          { a: { x: 0 }, b: { x: 1 } },
          { id: 'r', children: [{ id: 'x', treat: { fallback: 'boxcox', shift: false } }] },
          {},
        ),
      ),
    ).toBe(
      `data[*]["x"][0] is 0; Box-Cox without shift needs values > 0. Leave shift on (x − min + 1, as COINr) or choose fallback: 'log-ct'.`,
    );
  });

  it('excludes only what constant: exclude emptied, not a node or leaf without values', () => {
    // A node with a present child keeps its weight.
    expect(
      evaluate(
        { a: { x: 1, y: 3 }, b: { x: 3, y: 1 } },
        {
          id: 'root',
          children: [
            { id: 'q', weight: 3, children: [{ id: 'x', normalize: minMax }] },
            { id: 'y', normalize: minMax },
          ],
        },
        {},
      ).scores,
    ).toEqual([0.25, 0.75]);
    // A node with an excluded child and one without values is missing, not excluded.
    expect(
      message(() =>
        evaluate(
          { a: { x: 1, f: 7, w: null }, b: { x: 3, f: 7, w: null } },
          {
            id: 'root',
            children: [
              { id: 'x', normalize: minMax },
              {
                id: 'p',
                aggregate: { missing: 'reweight' },
                children: [{ id: 'f', normalize: flat }, 'w'],
              },
            ],
          },
          {},
        ),
      ),
    ).toBe(missingAt('root', 'p'));
    // A leaf without values is missing, whatever its constant policy.
    for (const normalize of [flat, minMax])
      expect(
        message(() =>
          evaluate(
            { a: { x: 1, w: null }, b: { x: 3, w: null } },
            {
              id: 'root',
              children: [
                { id: 'x', normalize: minMax },
                { id: 'w', normalize },
              ],
            },
            {},
          ),
        ),
      ).toBe(missingAt('root', 'w'));
    // A leaf whose first unit is missing but which varies is kept.
    expect(
      evaluate(
        { a: { x: null, y: 1 }, b: { x: 1, y: 0 }, c: { x: 3, y: 0 } },
        {
          id: 'root',
          aggregate: { missing: 'reweight' },
          children: [
            { id: 'x', normalize: flat },
            { id: 'y', normalize: minMax },
          ],
        },
        {},
      ).scores,
    ).toEqual([1, 0, 0.5]);
  });
});
