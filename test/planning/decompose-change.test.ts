import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import { DTI_MAIN_INDEX_VALUES } from '../../src/dti/main-index-values.js';
import { DTI_922_FRAMEWORK } from '../../src/framework/dti-framework.js';
import type {
  AggregateOptions,
  AggregationMethod,
  FrameworkNode,
} from '../../src/model/framework-node.js';
import { decomposeChange } from '../../src/planning/decompose-change.js';
import { dxErrorOf } from '../fixtures/errors.js';

const contributionOf = (result: ReturnType<typeof decomposeChange>, id: string) =>
  result.nodes.find((n) => n.id === id)?.contribution;

describe('decomposeChange', () => {
  it('passes changes up by weight shares under arithmetic means (hand-computed)', () => {
    const framework: FrameworkNode = {
      id: 'dti',
      children: [
        { id: 'government', weight: 2, children: ['online', 'signed'] },
        { id: 'economy', weight: 1, children: ['ecommerce'] },
      ],
    };
    const result = decomposeChange(
      { online: 0.5, signed: 0.7, ecommerce: 0.3 },
      { online: 0.8, signed: 0.6, ecommerce: 0.6 },
      framework,
    );
    // government 0.6 → 0.7, economy 0.3 → 0.6; dti (2 × gov + econ) / 3: 0.5 → 2/3.
    expect(result.before).toBeCloseTo(0.5, 12);
    expect(result.after).toBeCloseTo(2 / 3, 12);
    expect(result.change).toBeCloseTo(1 / 6, 12);
    expect(contributionOf(result, 'online')).toBeCloseTo((2 / 3) * (1 / 2) * 0.3, 12);
    expect(contributionOf(result, 'signed')).toBeCloseTo((2 / 3) * (1 / 2) * -0.1, 12);
    expect(contributionOf(result, 'government')).toBeCloseTo((2 / 3) * 0.1, 12);
    expect(contributionOf(result, 'economy')).toBeCloseTo((1 / 3) * 0.3, 12);
    expect(result.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['dti', null],
      ['government', 'dti'],
      ['online', 'government'],
      ['signed', 'government'],
      ['economy', 'dti'],
      ['ecommerce', 'economy'],
    ]);
  });

  it('is log-additive under a geometric mean (hand-computed)', () => {
    // sqrt(a b): 1 → 4 when a 1 → 4 and b 1 → 4; each child gets half the log change,
    // so half the level change.
    const result = decomposeChange(
      { a: 1, b: 1 },
      { a: 4, b: 4 },
      {
        id: 'g',
        aggregate: { method: 'geometric' },
        children: ['a', 'b'],
      },
    );
    expect(result.change).toBeCloseTo(3, 12);
    expect(contributionOf(result, 'a')).toBeCloseTo(1.5, 12);
    // a doubles and b halves: the mean is unchanged and the contributions cancel.
    const cancel = decomposeChange(
      { a: 1, b: 4 },
      { a: 2, b: 2 },
      {
        id: 'g',
        aggregate: { method: 'geometric' },
        children: ['a', 'b'],
      },
    );
    expect(cancel.change).toBeCloseTo(0, 12);
    expect(contributionOf(cancel, 'a')).toBeCloseTo(-(contributionOf(cancel, 'b') ?? 0), 12);
    expect(contributionOf(cancel, 'a')).toBeCloseTo(2 * 0.5 * Math.log(2), 12);
  });

  it('is additive in powers under a generalised mean (hand-computed)', () => {
    // The quadratic mean of (3, 4) → (6, 8) doubles from 3.5355 to 7.0711; in squares the
    // children add 27/2 and 48/2 to P² = 12.5 → 50, so a takes 27/75 of the level change.
    const result = decomposeChange(
      { a: 3, b: 4 },
      { a: 6, b: 8 },
      { id: 'q', aggregate: { method: 'generalized-mean', p: 2 }, children: ['a', 'b'] },
    );
    expect(result.change).toBeCloseTo(Math.sqrt(50) - Math.sqrt(12.5), 12);
    expect(contributionOf(result, 'a')).toBeCloseTo((27 / 75) * result.change, 12);
    expect(contributionOf(result, 'b')).toBeCloseTo((48 / 75) * result.change, 12);
  });

  it('gives finite contributions when a change is a few ulps under a generalised mean', () => {
    // Found by the property below: 0.05000000000000004 → 0.05000000000000003 gives
    // aᵖ = bᵖ in floating point, so the secant slope was 0 and the contribution 0/0 = NaN.
    const result = decomposeChange(
      { x: 0.05000000000000004 },
      { x: 0.05000000000000003 },
      {
        id: 'root',
        children: [
          {
            id: 'g',
            weight: 0.55,
            aggregate: { method: 'generalized-mean', p: 0.5 },
            children: [{ id: 'x', weight: 0.01 }],
          },
        ],
      },
    );
    for (const node of result.nodes) expect(Number.isFinite(node.contribution)).toBe(true);
    expect(contributionOf(result, 'x')).toBeCloseTo(result.change, 20);
  });

  it('is additive in reciprocals under a harmonic mean', () => {
    const result = decomposeChange(
      { a: 1, b: 1 },
      { a: 2, b: 1 },
      {
        id: 'h',
        aggregate: { method: 'harmonic' },
        children: ['a', 'b'],
      },
    );
    // 2 / (1/2 + 1) = 4/3; all of the change comes from a.
    expect(result.change).toBeCloseTo(1 / 3, 12);
    expect(contributionOf(result, 'a')).toBeCloseTo(1 / 3, 12);
    expect(contributionOf(result, 'b')).toBe(0);
  });

  it('matches compositeIndex on the DTI: Đà Nẵng against Hồ Chí Minh City, 2022', () => {
    const daNang = DTI_MAIN_INDEX_VALUES.find((v) => v.province === '48')?.values ?? {};
    const hcmc = DTI_MAIN_INDEX_VALUES.find((v) => v.province === '79')?.values ?? {};
    const result = decomposeChange(hcmc, daNang, DTI_922_FRAMEWORK);
    const scores = compositeIndex({ '79': hcmc, '48': daNang }, DTI_922_FRAMEWORK);
    const score = (unit: string) => scores.find((r) => r.unit === unit)?.score ?? Number.NaN;
    expect(result.change).toBeCloseTo(score('48') - score('79'), 14);
    // Digital human resources: 0.1 × (0.8487 − 0.6267).
    expect(contributionOf(result, 'digital-human-resources')).toBeCloseTo(0.0222, 12);
  });

  it('rejects what it cannot decompose', () => {
    const flat: FrameworkNode = { id: 'r', children: ['a', 'b'] };
    expect(() => decomposeChange({ a: 1 }, { a: 1, b: 2 }, flat)).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'before: no value for leaf "b"; give every leaf of the framework a value.',
      }),
    );
    expect(() => decomposeChange({ a: 1, b: Number.NaN }, { a: 1, b: 2 }, flat)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(/^before\["b"\]/),
      }),
    );
    expect(() =>
      decomposeChange(
        { a: 0, b: 1 },
        { a: 1, b: 1 },
        { ...flat, aggregate: { method: 'geometric' } },
      ),
    ).toThrowError(
      'a: values 0 and 1 under the geometric node "r"; its decomposition needs values > 0.',
    );
    expect(() =>
      decomposeChange(
        { a: 1, b: 1 },
        { a: 1, b: 1 },
        { ...flat, normalize: { method: 'min-max' } },
      ),
    ).toThrowError(/framework \(r\): normalises across units/);
    expect(() =>
      decomposeChange(
        { a: 1, b: 1 },
        { a: 1, b: 1 },
        {
          id: 'r',
          children: [
            { id: 'a', weight: 0 },
            { id: 'b', weight: 0 },
          ],
        },
      ),
    ).toThrowError(/all weights are 0/);
    expect(() =>
      decomposeChange(
        { a: 1, b: 1 },
        { a: 1, b: 1 },
        { id: 'r', children: [{ id: 'a', weight: -1 }, 'b'] },
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(() =>
      decomposeChange({ a: 1 }, { a: 1 }, { id: 'r', children: ['a', 'a'] }),
    ).toThrowError(/node id "a" appears twice/);
    expect(() =>
      decomposeChange({ a: 1 }, { a: 1 }, { id: 'r', children: 'a' as never }),
    ).toThrowError(/framework\.children: expected an array of nodes/);
    expect(() => decomposeChange({ a: 1 }, { a: 1 }, { id: '' })).toThrowError(
      /framework: expected a node/,
    );
    expect(() =>
      decomposeChange(
        { a: 1, b: 1 },
        { a: 1, b: 1 },
        { ...flat, aggregate: { method: 'median' as never } },
      ),
    ).toThrowError(/aggregate\.method/);
    expect(() => decomposeChange(null as never, { a: 1 }, 'a')).toThrowError(
      /before: expected a record/,
    );
    expect(() =>
      decomposeChange(
        { a: 1, b: 1 },
        { a: 1, b: 0 },
        { ...flat, aggregate: { method: 'harmonic' } },
      ),
    ).toThrowError(
      'b: values 1 and 0 under the harmonic node "r"; its decomposition needs values > 0.',
    );
    for (const child of [null, 7, { id: 3 }]) {
      expect(() =>
        decomposeChange({ a: 1 }, { a: 1 }, { id: 'r', children: ['a', child as never] }),
      ).toThrowError(/framework\.children\[1\]: expected a node/);
    }
    // Zeros are fine under an arithmetic node, and under a geometric one with weight 0.
    expect(decomposeChange({ a: 0, b: 1 }, { a: 0, b: 2 }, flat).change).toBe(0.5);
    const zeroWeight = decomposeChange(
      { a: 0, b: 1 },
      { a: 0, b: 4 },
      {
        id: 'g',
        aggregate: { method: 'geometric' },
        children: [{ id: 'a', weight: 0 }, 'b'],
      },
    );
    expect(zeroWeight.nodes.map((n) => n.contribution)).toEqual([3, 0, 3]);
    // A bare leaf is its own root.
    expect(decomposeChange({ a: 1 }, { a: 3 }, 'a').nodes).toEqual([
      { id: 'a', parent: null, before: 1, after: 3, change: 2, contribution: 2 },
    ]);
  });

  // Random trees of depth ≤ 3 with random methods and weights.
  const methods: fc.Arbitrary<AggregateOptions> = fc.oneof(
    fc.constantFrom<AggregationMethod>('arithmetic', 'geometric', 'harmonic').map((method) => ({
      method,
    })),
    fc.constantFrom(-1, 0, 0.5, 2, 3).map((p) => ({ method: 'generalized-mean' as const, p })),
  );
  const tree = fc
    .array(
      fc.record({
        weight: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 3, noNaN: true })),
        method: methods,
        leaves: fc.array(fc.double({ min: 0, max: 3, noNaN: true }), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .chain((groups) =>
      fc.tuple(
        fc.constant(groups),
        methods,
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), {
          minLength: groups.reduce((n, g) => n + g.leaves.length, 0) * 2,
          maxLength: groups.reduce((n, g) => n + g.leaves.length, 0) * 2,
        }),
      ),
    );

  it('contributions add up: children to their parent, everything to the change (property)', () => {
    fc.assert(
      fc.property(tree, ([groups, rootMethod, values]) => {
        fc.pre(groups.some((g) => g.weight > 0));
        let leaf = 0;
        const before: Record<string, number> = {};
        const after: Record<string, number> = {};
        const framework: FrameworkNode = {
          id: 'root',
          aggregate: rootMethod,
          children: groups.map((g, i) => ({
            id: `g${i}`,
            weight: g.weight,
            aggregate: g.method,
            children: g.leaves.map((w) => {
              const id = `x${leaf}`;
              before[id] = values[2 * leaf] as number;
              after[id] = values[2 * leaf + 1] as number;
              leaf++;
              return { id, weight: w + 0.01 };
            }),
          })),
        };
        const result = decomposeChange(before, after, framework);
        const [old] = compositeIndex({ u: before }, framework);
        const [now] = compositeIndex({ u: after }, framework);
        expect(result.before).toBeCloseTo(old?.score ?? Number.NaN, 12);
        expect(result.after).toBeCloseTo(now?.score ?? Number.NaN, 12);
        expect(result.nodes[0]?.contribution).toBeCloseTo(result.change, 12);
        for (const node of result.nodes) {
          const children = result.nodes.filter((n) => n.parent === node.id);
          if (children.length === 0) continue;
          const sum = children.reduce((s, c) => s + c.contribution, 0);
          expect(sum).toBeCloseTo(node.contribution, 10);
        }
      }),
    );
  });
});

describe('decomposeChange on composite results', () => {
  const framework: FrameworkNode = {
    id: 'index',
    children: [
      {
        id: 'government',
        weight: 2,
        children: [
          { id: 'online', normalize: { method: 'min-max' } },
          { id: 'signed', normalize: { method: 'min-max' } },
        ],
      },
      { id: 'economy', children: [{ id: 'cashless', normalize: { method: 'min-max' } }] },
    ],
  };
  const at2023 = {
    '01': { online: 60, signed: 80, cashless: 30 },
    '79': { online: 70, signed: 90, cashless: 50 },
    '48': { online: 50, signed: 70, cashless: 20 },
  };
  const at2024 = {
    '01': { online: 90, signed: 80, cashless: 40 },
    '79': { online: 75, signed: 95, cashless: 60 },
    '48': { online: 55, signed: 70, cashless: 10 },
  };

  it("splits the unit's change in the results' scores, from rows or columns alike", () => {
    const before = compositeIndex(at2023, framework);
    const after = compositeIndexColumns(at2024, framework);
    for (const unit of ['01', '79', '48']) {
      const result = decomposeChange(before, after, framework, { unit });
      const score = (rows: typeof before, u: string) => rows.find((r) => r.unit === u)?.score;
      expect(result.before).toBeCloseTo(score(before, unit) as number, 12);
      expect(result.after).toBeCloseTo(after.scores[after.units.indexOf(unit)] as number, 12);
      const leaves = (side: typeof before) =>
        side.find((r) => r.unit === unit)?.nodes as Record<string, number>;
      expect(result).toEqual(
        decomposeChange(leaves(before), leaves(compositeIndex(at2024, framework)), framework),
      );
    }
  });

  it('needs the unit with results, and only with them', () => {
    const before = compositeIndex(at2023, framework);
    expect(() => decomposeChange(before, before, framework)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^options\.unit:/),
      }),
    );
    expect(() => decomposeChange(before, before, framework, { unit: '99' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
    expect(() =>
      decomposeChange(
        { online: 1, signed: 1, cashless: 1 },
        { online: 1, signed: 1, cashless: 1 },
        framework,
        { unit: '01' },
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => decomposeChange(before, before, framework, { units: '01' } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('decomposeChange at the edges', () => {
  const contributions = (result: { nodes: readonly { id: string; contribution: number }[] }) =>
    Object.fromEntries(result.nodes.map((n) => [n.id, n.contribution]));

  it('passes 0 through an unchanged arithmetic node, below 0 too', () => {
    const result = decomposeChange(
      { a: -1, b: 1 },
      { a: -1, b: 2 },
      { id: 'index', children: [{ id: 'm', children: ['a'] }, 'b'] },
    );
    expect(contributions(result)).toEqual({ index: 0.5, m: 0, a: 0, b: 0.5 });
  });

  it('weighs offsetting changes under an unchanged node by the derivative of a generalised mean', () => {
    // m = (x + y) / 2 stays 0.5 while z lifts the root, a power mean (p = 2), from Rb to Ra.
    // Each unit of change in m moves the root by ½ · 2m / (Ra + Rb): the derivative of m²
    // (m unchanged) over the secant of R² (R changed).
    const result = decomposeChange(
      { x: 0.4, y: 0.6, z: 0.5 },
      { x: 0.6, y: 0.4, z: 0.9 },
      {
        id: 'index',
        aggregate: { method: 'generalized-mean', p: 2 },
        children: [{ id: 'm', children: ['x', 'y'] }, 'z'],
      },
    );
    const before = Math.sqrt((0.5 ** 2 + 0.5 ** 2) / 2);
    const after = Math.sqrt((0.5 ** 2 + 0.9 ** 2) / 2);
    const factor = (0.5 * 2 * 0.5) / (after + before);
    const shares = contributions(result);
    expect(shares.m).toBe(0);
    expect(shares.x).toBeCloseTo(factor * 0.5 * 0.2, 14);
    expect(shares.y).toBeCloseTo(-factor * 0.5 * 0.2, 14);
    expect(shares.z).toBeCloseTo(after - before, 14);
  });

  it('names the code and the place of every refusal', () => {
    const refusal = (run: () => unknown) => {
      const error = dxErrorOf(run);
      return [error.code, error.message];
    };
    const framework = { id: 'index', children: ['a', 'b'] };
    const values = { a: 1, b: 2 };
    const result = compositeIndex(
      {
        U: { a: 1, b: 2 },
        V: { a: 2, b: 1 },
      },
      framework,
    );
    expect(refusal(() => decomposeChange(values, values, framework, { unit: 'U' }))).toEqual([
      'INVALID_ARGUMENT',
      'options.unit: expected no unit: before is one unit\'s leaf values, not a composite result, got "U".',
    ]);
    expect(refusal(() => decomposeChange(result, result, framework))).toEqual([
      'INVALID_ARGUMENT',
      'options.unit: expected the unit to read from the before result, got undefined.',
    ]);
    expect(refusal(() => decomposeChange(result, result, framework, { unit: 'W' }))).toEqual([
      'UNKNOWN_ID',
      'options.unit: "W" is not a unit of the result.',
    ]);
    expect(refusal(() => decomposeChange(values, values, framework, 3 as never))).toEqual([
      'INVALID_ARGUMENT',
      'options: expected { unit }, got 3.',
    ]);
    expect(
      refusal(() => decomposeChange(values, values, framework, { units: 'U' } as never)),
    ).toEqual(['INVALID_ARGUMENT', 'options.units: not an option here; expected unit.']);
    expect(refusal(() => decomposeChange(values, 3 as never, framework))).toEqual([
      'INVALID_ARGUMENT',
      'after: expected a record of leaf id → value, got 3.',
    ]);
    expect(
      refusal(() =>
        decomposeChange(values, values, { id: 'index', children: ['a', undefined] } as never),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'framework.children[1]: expected a node { id, … } or an indicator id, got undefined.',
    ]);
    expect(
      refusal(() => decomposeChange(values, values, { id: 'index', children: ['a', 'a'] })),
    ).toEqual(['INVALID_ARGUMENT', 'framework.children[1]: node id "a" appears twice.']);
    expect(
      refusal(() => decomposeChange(values, values, { id: 'index', children: 'ab' } as never)),
    ).toEqual(['INVALID_ARGUMENT', 'framework.children: expected an array of nodes, got "ab".']);
    expect(refusal(() => decomposeChange(values, { a: 1 }, framework))).toEqual([
      'UNKNOWN_ID',
      'after: no value for leaf "b"; give every leaf of the framework a value.',
    ]);
    expect(
      refusal(() =>
        decomposeChange(values, values, {
          id: 'index',
          normalize: { method: 'min-max' },
          children: ['a', 'b'],
        } as never),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      "framework (index): normalises across units, which one unit's change cannot follow; normalise the leaf values first and drop the node's normalize.",
    ]);
    expect(
      refusal(() =>
        decomposeChange(values, values, { id: 'index', children: ['a', { id: 'b', weight: -1 }] }),
      ),
    ).toEqual([
      'INVALID_NUMBER',
      'framework.children[1].weight: expected a finite weight ≥ 0, got -1.',
    ]);
    expect(
      refusal(() =>
        decomposeChange(values, values, {
          id: 'index',
          children: [
            { id: 'a', weight: 0 },
            { id: 'b', weight: 0 },
          ],
        }),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'framework (index).children: all weights are 0; give at least one a positive weight.',
    ]);
    expect(
      refusal(() =>
        decomposeChange({ a: 1, b: 0 }, values, {
          ...framework,
          aggregate: { method: 'geometric' },
        }),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'b: values 0 and 2 under the geometric node "index"; its decomposition needs values > 0.',
    ]);
  });
});
