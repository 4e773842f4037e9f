// pcaWeights against COINr 1.1.14's get_PCA on the ASEM data (scripts/coinr/weights.R): every
// group's eigenvalues, explained variance and loadings of every component to 1e-9, COINr's
// signs aligned to vn-dx's (COINr's are LAPACK's, arbitrary per component).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pcaWeights } from '../../src/audit/pca-weights.js';
import { loadCase } from '../fixtures/coinr/load.js';
import { dxErrorOf } from '../fixtures/errors.js';
import { frameworkFromMeta } from '../sensitivity/coinr-fixtures.js';

type Column = (number | null)[];
interface Group {
  readonly ids: string[];
  readonly units_used: string[];
  readonly loadings: number[][];
  readonly eigenvalues: number[];
  readonly explained: number[];
  readonly weights: number[];
}
interface PcaFixture {
  readonly units: string[];
  readonly meta: {
    iCode: string[];
    Level: number[];
    Parent: (string | null)[];
    Weight: number[];
    Type: string[];
  };
  readonly raw: Record<string, Column>;
  readonly imputed: Record<string, Column>;
  readonly aggregated: Record<string, Column>;
  readonly cases: Record<string, { call: string; groups: Record<string, Group> }>;
}

const fixture = loadCase<PcaFixture>('pca-weights');
const framework = frameworkFromMeta(fixture.meta);
const setups = {
  raw_l1: { data: fixture.raw, level: 1, by: 'parent' },
  imputed_l1: { data: fixture.imputed, level: 1, by: 'parent' },
  aggregated_l2: { data: fixture.aggregated, level: 2, by: 'parent' },
  aggregated_l2_all: { data: fixture.aggregated, level: 2, by: 'level' },
} as const;

const maxAbs = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((worst, x, i) => Math.max(worst, Math.abs(x - (b[i] as number))), 0);
const dot = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);

describe('pcaWeights against COINr get_PCA', () => {
  for (const [name, setup] of Object.entries(setups)) {
    it(`${name}: ${fixture.cases[name]?.call}`, () => {
      const expected = fixture.cases[name]?.groups as Record<string, Group>;
      const result = pcaWeights(
        { kind: 'columns', units: fixture.units, columns: setup.data },
        framework,
        { level: setup.level, by: setup.by },
      );
      // COINr names the one group of by_groups = FALSE "All"; vn-dx names it by the root.
      const keys = Object.keys(expected).map((key) => (key === 'All' ? 'Index' : key));
      expect(Object.keys(result.groups).sort()).toEqual([...keys].sort());
      for (const [key, want] of Object.entries(expected)) {
        const got = result.groups[key === 'All' ? 'Index' : key];
        if (got === undefined) throw new Error(`no group ${key}`);
        // COINr's get_data lists a group's codes alphabetically; vn-dx keeps framework order.
        expect([...got.indicators].sort()).toEqual([...want.ids].sort());
        const at = got.indicators.map((id) => want.ids.indexOf(id));
        const reorder = (vector: readonly number[]) => at.map((i) => vector[i] as number);
        expect(got.units).toEqual(want.units_used);
        expect(got.dropped.length + got.units.length).toBe(fixture.units.length);
        expect(maxAbs(got.eigenvalues, want.eigenvalues)).toBeLessThan(1e-9);
        expect(maxAbs(got.explainedVariance, want.explained)).toBeLessThan(1e-9);
        got.loadings.forEach((vector, k) => {
          const coinr = reorder(want.loadings[k] as number[]);
          const sign = Math.sign(dot(vector, coinr));
          expect(
            maxAbs(
              vector,
              coinr.map((x) => sign * x),
            ),
          ).toBeLessThan(1e-9);
          // vn-dx's convention: the loadings sum to a positive number.
          expect(vector.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        });
        const sign = Math.sign(dot(got.loadings[0] as number[], reorder(want.weights)));
        want.ids.forEach((id, i) => {
          expect(
            Math.abs((result.weights[id] as number) - sign * (want.weights[i] as number)),
          ).toBeLessThan(1e-9);
        });
      }
    });
  }

  it('drops the units with a missing value in the group, as COINr (na.omit)', () => {
    const result = pcaWeights(
      { kind: 'columns', units: fixture.units, columns: fixture.raw },
      framework,
    );
    const social = result.groups.Social;
    expect(social?.units.length).toBe(37);
    expect(social?.dropped.length).toBe(14);
  });
});

// Random groups: 3–6 columns of 6–12 units with values drawn from a few levels (ties included).
const table = fc
  .record({ width: fc.integer({ min: 1, max: 5 }), height: fc.integer({ min: 6, max: 12 }) })
  .chain(({ width, height }) =>
    fc.array(
      fc.array(fc.integer({ min: -50, max: 50 }), { minLength: height, maxLength: height }),
      {
        minLength: width,
        maxLength: width,
      },
    ),
  )
  .filter((columns) => columns.every((c) => new Set(c).size > 1));

const run = (columns: number[][], order = columns.map((_, i) => i)) => {
  const ids = order.map((i) => `x${i}`);
  return pcaWeights(
    {
      kind: 'columns',
      units: (columns[0] as number[]).map((_, u) => `u${u}`),
      columns: Object.fromEntries(order.map((i) => [`x${i}`, columns[i] as number[]])),
    },
    { id: 'root', children: ids },
  ).groups.root;
};

describe('pcaWeights: properties', () => {
  it('eigenvalues fall, are ≥ 0 and sum to the number of nodes; loadings are orthonormal', () => {
    fc.assert(
      fc.property(table, (columns) => {
        const group = run(columns);
        if (group === undefined) return false;
        const p = columns.length;
        const values = group.eigenvalues;
        values.forEach((v, k) => {
          expect(v).toBeGreaterThanOrEqual(0);
          if (k > 0) expect(v).toBeLessThanOrEqual((values[k - 1] as number) + 1e-12);
        });
        expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(p, 10);
        expect(group.explainedVariance.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        group.loadings.forEach((a, i) => {
          group.loadings.forEach((b, j) => {
            expect(dot(a, b)).toBeCloseTo(i === j ? 1 : 0, 10);
          });
        });
        return true;
      }),
    );
  });

  it('does not depend on the units of measurement, nor on the order of the nodes', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 1000 }), (columns, factor) => {
        const base = run(columns);
        const scaled = run(columns.map((c, i) => (i === 0 ? c.map((x) => x * factor + 7) : c)));
        expect(maxAbs(scaled?.eigenvalues ?? [], base?.eigenvalues ?? [])).toBeLessThan(1e-9);
        const reversed = run(
          columns,
          columns.map((_, i) => columns.length - 1 - i),
        );
        expect(maxAbs(reversed?.eigenvalues ?? [], base?.eigenvalues ?? [])).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('pcaWeights: bad input', () => {
  const data = {
    kind: 'columns' as const,
    units: ['a', 'b', 'c'],
    columns: { x: [1, 2, 3], y: [2, 2, 2], z: [1, null, null] },
  };
  it('names a constant node, a group without 2 complete units, and bad options', () => {
    expect(() => pcaWeights(data, { id: 'r', children: ['x', 'y'] })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'group "r": "y" is constant over the 3 units with every value, so it cannot be scaled; leave it out of the analysis.',
      }),
    );
    expect(() => pcaWeights(data, { id: 'r', children: ['x', 'z'] })).toThrowError(
      expect.objectContaining({
        code: 'EMPTY_INPUT',
        message:
          'group "r": 1 unit has a value on every one of "x", "z"; principal components need at least 2.',
      }),
    );
    expect(() => pcaWeights(data, { id: 'r', children: ['x', 'w'] })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
    expect(() => pcaWeights(data, { id: 'r', children: ['x'] }, { level: 2 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.level: expected an integer from 1 to 1, got 2.',
      }),
    );
    expect(() =>
      pcaWeights(data, { id: 'r', children: ['x'] }, { by: 'all' as 'level' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => pcaWeights(data, 'x')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('says which argument is wrong, and how many complete units there are', () => {
    const gappy = { ...data, columns: { ...data.columns, v: [1, null, 5], n: [null, null, null] } };
    const one = { id: 'r', children: ['x'] };
    expect(dxErrorOf(() => pcaWeights(data, one, 5 as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'options: expected an object like { level: 1 }, got 5.',
    });
    expect(dxErrorOf(() => pcaWeights(data, one, { seed: 1 } as never)).message).toBe(
      'options.seed: not an option here; expected level, by.',
    );
    expect(dxErrorOf(() => pcaWeights(data, one, { by: 'all' as 'level' })).message).toBe(
      'options.by: expected one of "parent", "level", got "all".',
    );
    expect(dxErrorOf(() => pcaWeights(data, 'x')).message).toBe(
      'framework: a single node has no groups to weight; give it children.',
    );
    expect(dxErrorOf(() => pcaWeights(gappy, { id: 'r', children: ['x', 'n'] }))).toMatchObject({
      code: 'EMPTY_INPUT',
      message:
        'group "r": 0 units have a value on every one of "x", "n"; principal components need at least 2.',
    });
    // Two complete units are enough: two points make one component.
    const two = pcaWeights(gappy, { id: 'r', children: ['x', 'v'] });
    expect(two.groups.r?.units).toEqual(['a', 'c']);
    expect(two.groups.r?.dropped).toEqual(['b']);
    expect(two.groups.r?.explainedVariance).toEqual([1, 0]);
    expect(two.weights.x).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('returns frozen results, and a group of one node is its own first component', () => {
    const result = pcaWeights(data, { id: 'r', children: ['x'] });
    expect(Object.isFrozen(result.groups.r?.loadings)).toBe(true);
    expect(result.weights).toEqual({ x: 1 });
    expect(result.groups.r?.explainedVariance).toEqual([1]);
  });
});
