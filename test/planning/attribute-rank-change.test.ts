import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { attributeRankChange } from '../../src/planning/attribute-rank-change.js';
import { dxErrorOf } from '../fixtures/errors.js';

const twoPillars: FrameworkNode = { id: 'index', children: ['government', 'economy'] };

describe('attributeRankChange', () => {
  it('splits a climb that needed both components equally (hand-computed)', () => {
    // A passes B (0.6) only with both components at 0.68: v(∅) = v({g}) = v({e}) = 2, v(all) = 1,
    // so each gets ½ (0 + (−1)).
    const before = { A: { government: 0.5, economy: 0.5 }, B: { government: 0.6, economy: 0.6 } };
    const after = { A: { government: 0.68, economy: 0.68 }, B: { government: 0.6, economy: 0.6 } };
    expect(attributeRankChange(before, after, twoPillars, 'A')).toEqual({
      unit: 'A',
      before: 2,
      after: 1,
      change: -1,
      components: [
        { id: 'government', value: -0.5 },
        { id: 'economy', value: -0.5 },
      ],
    });
  });

  it('charges a fall to the component on which rivals improved', () => {
    const before = new Map([
      ['A', { government: 0.7, economy: 0.6 }],
      ['B', { government: 0.6, economy: 0.6 }],
    ]);
    const after = new Map([
      ['A', { government: 0.7, economy: 0.6 }],
      ['B', { government: 0.6, economy: 0.9 }],
    ]);
    const result = attributeRankChange(before, after, twoPillars, 'A');
    expect(result.change).toBe(1);
    expect(result.components).toEqual([
      { id: 'government', value: 0 },
      { id: 'economy', value: 1 },
    ]);
  });

  it('switches every leaf under a component together', () => {
    const framework: FrameworkNode = {
      id: 'index',
      children: [{ id: 'government', children: ['online', 'signed'] }, 'economy'],
    };
    const before = {
      A: { online: 0.2, signed: 0.2, economy: 0.5 },
      B: { online: 0.5, signed: 0.5, economy: 0.5 },
    };
    const after = {
      A: { online: 0.9, signed: 0.9, economy: 0.5 },
      B: { online: 0.5, signed: 0.5, economy: 0.5 },
    };
    expect(attributeRankChange(before, after, framework, 'A').components).toEqual([
      { id: 'government', value: -1 },
      { id: 'economy', value: 0 },
    ]);
  });

  it('rejects what it cannot attribute', () => {
    const data = { A: { government: 0.5, economy: 0.5 } };
    expect(() => attributeRankChange(data, data, { id: 'index' }, 'A')).toThrowError(
      /framework\.children: expected a non-empty array of components/,
    );
    const wide: FrameworkNode = {
      id: 'i',
      children: Array.from({ length: 17 }, (_, i) => `c${i}`),
    };
    expect(() => attributeRankChange(data, data, wide, 'A')).toThrowError(
      'framework.children: 17 components would take 2^17 evaluations; attribute at most 16, grouping the others under intermediate nodes.',
    );
    expect(() =>
      attributeRankChange(data, { B: { government: 0.5, economy: 0.5 } }, twoPillars, 'A'),
    ).toThrowError(/after: the units differ from before's \("B" is in one only\)/);
    expect(() =>
      attributeRankChange({ ...data, B: { government: 0.5, economy: 0.5 } }, data, twoPillars, 'A'),
    ).toThrowError(/\("B" is in one only\)/);
    const pair = { A: data.A, B: data.A };
    expect(() => attributeRankChange(pair, { A: data.A, C: data.A }, twoPillars, 'A')).toThrowError(
      /\("C" is in one only\)/,
    );
    expect(() =>
      attributeRankChange(data, data, { id: 'i', children: 'ab' as never }, 'A'),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => attributeRankChange(data, data, twoPillars, 'Z')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'unit: "Z" is not in the data; pick one of its units.',
      }),
    );
    const sparse = { A: { government: 0.5 }, B: { government: 0.4, economy: 0.4 } };
    expect(() =>
      attributeRankChange(sparse, sparse, twoPillars, 'A', {
        aggregate: { missing: 'reweight', minCoverage: 0.9 },
      }),
    ).toThrowError(/unit: "A" has no score before; it needs a rank at both dates/);
    expect(() =>
      attributeRankChange(data, { A: { government: 0.5, economy: null } }, twoPillars, 'A', {
        aggregate: { missing: 'reweight', minCoverage: 0.9 },
      }),
    ).toThrowError(/has no score with some of the later values/);
    expect(() => attributeRankChange(data, { A: 3 } as never, twoPillars, 'A')).toThrowError(
      /after\["A"\]: expected a record of leaf id → value/,
    );
    expect(() =>
      attributeRankChange(data, data, { id: 'i', children: [7 as never] }, 'A'),
    ).toThrowError(/framework\.children\[0\]: expected a component id or node/);
    expect(() =>
      attributeRankChange(
        data,
        data,
        { id: 'i', children: [{ id: 'g', children: [7 as never] }] },
        'A',
      ),
    ).toThrowError(/framework: expected a node/);
  });

  /** Brute force over every order of the components: the Shapley definition itself. */
  function byPermutations(
    before: Record<string, Record<string, number>>,
    after: Record<string, Record<string, number>>,
    ids: readonly string[],
    unit: string,
  ): number[] {
    const framework: FrameworkNode = {
      id: 'index',
      children: ids.map((id) => ({ id, weight: ids.indexOf(id) + 1 })),
    };
    const rankWith = (switched: ReadonlySet<string>) => {
      const data = Object.fromEntries(
        Object.keys(before).map((u) => [
          u,
          Object.fromEntries(
            ids.map((id) => [id, (switched.has(id) ? after : before)[u]?.[id] as number]),
          ),
        ]),
      );
      return compositeIndex(data, framework).find((r) => r.unit === unit)?.rank as number;
    };
    const orders: string[][] = [];
    const permute = (rest: readonly string[], prefix: readonly string[]) => {
      if (rest.length === 0) orders.push([...prefix]);
      rest.forEach((id, i) => {
        permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...prefix, id]);
      });
    };
    permute(ids, []);
    const totals = ids.map(() => 0);
    for (const order of orders) {
      const switched = new Set<string>();
      for (const id of order) {
        const was = rankWith(switched);
        switched.add(id);
        const at = ids.indexOf(id);
        totals[at] = (totals[at] as number) + rankWith(switched) - was;
      }
    }
    return totals.map((t) => t / orders.length);
  }

  it('agrees with the permutation definition, adds up to the rank change, and gives a component nobody changed 0 (property)', () => {
    const level = fc.integer({ min: 0, max: 4 }).map((v) => v / 4);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.array(level, { minLength: 40, maxLength: 40 }),
        (n, k, pool) => {
          const ids = Array.from({ length: k }, (_, c) => `c${c}`);
          let next = 0;
          const draw = () => pool[next++ % pool.length] as number;
          const before: Record<string, Record<string, number>> = {};
          const after: Record<string, Record<string, number>> = {};
          for (let u = 0; u < n; u++) {
            before[`u${u}`] = Object.fromEntries(ids.map((id) => [id, draw()]));
            // The last component never changes.
            after[`u${u}`] = Object.fromEntries(
              ids.map((id, c) => [id, c === k - 1 ? (before[`u${u}`]?.[id] as number) : draw()]),
            );
          }
          const framework: FrameworkNode = {
            id: 'index',
            children: ids.map((id, c) => ({ id, weight: c + 1 })),
          };
          const result = attributeRankChange(before, after, framework, 'u0');
          const sum = result.components.reduce((s, c) => s + c.value, 0);
          expect(sum).toBeCloseTo(result.change, 12);
          expect(result.components.at(-1)?.value).toBe(0);
          const expected = byPermutations(before, after, ids, 'u0');
          result.components.forEach((c, i) => {
            expect(c.value).toBeCloseTo(expected[i] as number, 12);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('attributeRankChange on composite results', () => {
  const framework: FrameworkNode = {
    id: 'index',
    children: [
      {
        id: 'government',
        children: [{ id: 'online', normalize: { method: 'min-max' } }, 'signed'],
      },
      { id: 'economy', children: [{ id: 'cashless', treat: true }] },
    ],
  };
  const at2023 = {
    A: { online: 60, signed: 0.8, cashless: 0.3 },
    B: { online: 70, signed: 0.9, cashless: 0.5 },
    C: { online: 50, signed: 0.7, cashless: 0.2 },
    D: { online: 65, signed: 0.6, cashless: 0.6 },
  };
  const at2024 = {
    A: { online: 90, signed: 0.8, cashless: 0.4 },
    B: { online: 75, signed: 0.95, cashless: 0.6 },
    C: { online: 55, signed: 0.7, cashless: 0.1 },
    D: { online: 65, signed: 0.7, cashless: 0.5 },
  };

  it("swaps the leaves' values as each index computed them, from rows or columns", () => {
    const before = compositeIndex(at2023, framework);
    const after = compositeIndex(at2024, framework);
    // The same attribution as on the normalised leaf values with the leaf settings dropped.
    const plain: FrameworkNode = {
      id: 'index',
      children: [
        { id: 'government', children: ['online', 'signed'] },
        { id: 'economy', children: ['cashless'] },
      ],
    };
    const leaves = (rows: typeof before) => Object.fromEntries(rows.map((r) => [r.unit, r.nodes]));
    for (const unit of ['A', 'B', 'C', 'D']) {
      const result = attributeRankChange(before, after, framework, unit);
      expect(result).toEqual(attributeRankChange(leaves(before), leaves(after), plain, unit));
      expect(result.before).toBe(before.find((r) => r.unit === unit)?.rank);
      expect(result.after).toBe(after.find((r) => r.unit === unit)?.rank);
      expect(
        attributeRankChange(
          compositeIndexColumns(at2023, framework),
          compositeIndexColumns(at2024, framework),
          framework,
          unit,
        ),
      ).toEqual(result);
    }
  });

  it('refuses dates in different forms, and a leaf the result lacks', () => {
    const before = compositeIndex(at2023, framework);
    expect(() => attributeRankChange(before, at2024, framework, 'A')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(
          /^after: one date is a composite result and the other leaf values/,
        ),
      }),
    );
    const other: FrameworkNode = { id: 'index', children: ['online', 'x'] };
    expect(() => attributeRankChange(before, before, other, 'A')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
  });
});

describe('attributeRankChange at the edges', () => {
  const framework = { id: 'index', children: ['g', 'e'] };
  const before = { A: { g: 0.6, e: 0.5 }, B: { g: 0.7, e: 0.6 } };
  const after = { A: { g: 0.9, e: 0.5 }, B: { g: 0.7, e: 0.6 } };
  const refusal = (run: () => unknown) => {
    const error = dxErrorOf(run);
    return [error.code, error.message];
  };

  it('aligns results whose units come in another order', () => {
    const expected = {
      unit: 'A',
      before: 2,
      after: 1,
      change: -1,
      components: [
        { id: 'g', value: -1 },
        { id: 'e', value: 0 },
      ],
    };
    const reordered = { B: after.B, A: after.A };
    expect(
      attributeRankChange(
        compositeIndex(before, framework),
        compositeIndex(reordered, framework),
        framework,
        'A',
      ),
    ).toEqual(expected);
    expect(attributeRankChange(before, reordered, framework, 'A')).toEqual(expected);
  });

  it("does not normalise a result's leaves twice: the ranks are the published ones", () => {
    // Min-max with lower-is-better flips a leaf: applied again to the normalised values it would
    // flip back, and A (cheaper, first) would come second.
    const normalized = {
      id: 'index',
      children: [
        { id: 'cost', normalize: { method: 'min-max', direction: 'lower-is-better' } },
        'quality',
      ],
    } satisfies FrameworkNode;
    const in2023 = compositeIndex(
      { A: { cost: 10, quality: 0.3 }, B: { cost: 20, quality: 0.6 } },
      normalized,
    );
    const in2024 = compositeIndex(
      { A: { cost: 10, quality: 0.3 }, B: { cost: 20, quality: 0.9 } },
      normalized,
    );
    expect(in2023.map((row) => row.rank)).toEqual([1, 2]);
    expect(attributeRankChange(in2023, in2024, normalized, 'A')).toEqual({
      unit: 'A',
      before: 1,
      after: 1,
      change: 0,
      components: [
        { id: 'cost', value: 0 },
        { id: 'quality', value: 0 },
      ],
    });
  });

  it('needs a rank for the unit in every coalition', () => {
    const reweight = { aggregate: { missing: 'reweight' } } as const;
    const empty = { A: { g: null, e: null }, B: before.B };
    expect(refusal(() => attributeRankChange(empty, after, framework, 'A', reweight))).toEqual([
      'UNKNOWN_ID',
      'unit: "A" has no score before; it needs a rank at both dates.',
    ]);
    expect(refusal(() => attributeRankChange(after, empty, framework, 'A', reweight))).toEqual([
      'UNKNOWN_ID',
      'unit: "A" has no score with some of the later values; it needs a rank at both dates.',
    ]);
  });

  it('names the code and the place of every refusal', () => {
    expect(
      refusal(() =>
        attributeRankChange(
          before,
          after,
          { id: 'index', children: [{ id: 'x', children: [5] }] } as never,
          'A',
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'framework: expected a node { id, … } or an indicator id, got 5.',
    ]);
    expect(refusal(() => attributeRankChange(3 as never, after, framework, 'A'))).toEqual([
      'INVALID_ARGUMENT',
      'before: expected a record or Map of unit → leaf values, got 3.',
    ]);
    expect(
      refusal(() => attributeRankChange(before, { ...after, C: { g: 1, e: 1 } }, framework, 'A')),
    ).toEqual([
      'INVALID_ARGUMENT',
      'after: the units differ from before\'s ("C" is in one only); give both dates the same units.',
    ]);
    const in2023 = compositeIndex(before, framework);
    const in2024 = compositeIndex(after, framework);
    expect(refusal(() => attributeRankChange(in2023, after, framework, 'A'))).toEqual([
      'INVALID_ARGUMENT',
      'after: one date is a composite result and the other leaf values; give both dates in the same form.',
    ]);
    expect(
      refusal(() =>
        attributeRankChange(in2023, in2024, { id: 'index', children: ['g', 'z'] }, 'A'),
      ),
    ).toEqual(['UNKNOWN_ID', 'before: leaf "z" is not a node of the result.']);
    expect(refusal(() => attributeRankChange(before, in2024, framework, 'A'))).toEqual([
      'INVALID_ARGUMENT',
      'before: one date is a composite result and the other leaf values; give both dates in the same form.',
    ]);
    const wider = { id: 'index', children: ['g', 'e', 'z'] };
    const withZ = compositeIndex(
      { A: { g: 0.6, e: 0.5, z: 1 }, B: { g: 0.7, e: 0.6, z: 1 } },
      wider,
    );
    expect(refusal(() => attributeRankChange(withZ, in2024, wider, 'A'))).toEqual([
      'UNKNOWN_ID',
      'after: leaf "z" is not a node of the result.',
    ]);
    expect(
      refusal(() =>
        attributeRankChange(
          before,
          after,
          { id: 'index', children: [{ id: 'x', children: [null] }] } as never,
          'A',
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'framework: expected a node { id, … } or an indicator id, got null.',
    ]);
    expect(
      refusal(() =>
        attributeRankChange(
          before,
          after,
          { id: 'index', children: Array.from({ length: 17 }, (_, i) => `l${i}`) },
          'A',
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'framework.children: 17 components would take 2^17 evaluations; attribute at most 16, grouping the others under intermediate nodes.',
    ]);
  });
});
