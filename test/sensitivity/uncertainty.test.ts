import { describe, expect, expectTypeOf, it } from 'vitest';
import { compositeIndexColumns } from '../../src/composite/composite.js';
import { isDxError } from '../../src/errors.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { noisyWeights } from '../../src/sensitivity/noisy-weights.js';
import { prepare } from '../../src/sensitivity/replicate.js';
import { weightMatrix } from '../../src/sensitivity/replicate-plan.js';
import { type UncertaintyOptions, uncertainty } from '../../src/sensitivity/uncertainty.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { fixture, frameworkFromMeta, type Meta } from './coinr-fixtures.js';

interface AsemUa {
  readonly meta: Meta;
  readonly units: readonly string[];
  readonly normalised: Readonly<Record<string, readonly number[]>>;
  readonly weight_sets: readonly Readonly<Record<string, number>>[];
  readonly rank_stats: {
    readonly uCode: readonly string[];
    readonly Nominal: readonly number[];
    readonly Mean: readonly number[];
    readonly Median: readonly number[];
    readonly Q5: readonly number[];
    readonly Q95: readonly number[];
  };
  readonly nominal: { readonly uCode: readonly string[]; readonly Score: readonly number[] };
  readonly scores: readonly (readonly number[])[];
  readonly ranks: readonly (readonly number[])[];
}

describe('uncertainty against COINr', () => {
  const asem = fixture<AsemUa>('ua-asem-weights');
  const framework = frameworkFromMeta(asem.meta);
  const data = { kind: 'columns' as const, units: asem.units, columns: asem.normalised };

  it('reproduces COINr UA rank statistics exactly from the weight sets COINr used', () => {
    const result = uncertainty(data, framework, { weights: asem.weight_sets });
    expect(result.replications).toBe(asem.weight_sets.length);
    const byUnit = new Map(result.units.map((u) => [u.unit, u]));
    asem.rank_stats.uCode.forEach((code, i) => {
      const unit = byUnit.get(code);
      expect(unit?.nominal).toBe(asem.rank_stats.Nominal[i]);
      expect(unit?.median).toBe(asem.rank_stats.Median[i]);
      expect(unit?.q05).toBe(asem.rank_stats.Q5[i]);
      expect(unit?.q95).toBe(asem.rank_stats.Q95[i]);
      // R divides an extended-precision sum: the mean of integer ranks can differ in the last bit.
      expect(unit?.mean).toBeCloseTo(asem.rank_stats.Mean[i] as number, 14);
      expect(unit?.score.nominal).toBeCloseTo(asem.nominal.Score[i] as number, 12);
    });
  });
});

describe('uncertainty replications against COINr', () => {
  const asem = fixture<AsemUa>('ua-asem-weights');
  const framework = frameworkFromMeta(asem.meta);
  const data = { kind: 'columns' as const, units: asem.units, columns: asem.normalised };

  it('gives every replication the ranks COINr gave, and its scores to 1e-12', () => {
    const replicator = prepare(data, framework, {});
    const weights = weightMatrix(replicator.tree, asem.weight_sets, 'weights');
    const m = replicator.tree.nodes.length;
    const n = replicator.units.length;
    const scores = new Float64Array(n);
    const ranks = new Float64Array(n);
    // COINr's Scores and Ranks rows are sorted by unit code (merge by uCode).
    const order = asem.rank_stats.uCode.map((code) => replicator.units.indexOf(code));
    asem.weight_sets.forEach((_, r) => {
      replicator.run([], weights.subarray(r * m, (r + 1) * m), scores, ranks);
      expect(order.map((u) => ranks[u])).toEqual(asem.ranks[r]);
      order.forEach((u, i) => {
        expect(scores[u]).toBeCloseTo(asem.scores[r]?.[i] as number, 12);
      });
    });
  });

  it('gives the mean rank exactly too, on this data', () => {
    const result = uncertainty(data, framework, { weights: asem.weight_sets });
    const byUnit = new Map(result.units.map((u) => [u.unit, u.mean]));
    expect(asem.rank_stats.uCode.map((code) => byUnit.get(code))).toEqual(asem.rank_stats.Mean);
  });
});

describe('uncertainty with Copeland nodes against COINr', () => {
  // Pillars by arithmetic mean, sub-indices and the index by a_copeland (scripts/coinr/ua-copeland.R).
  const cop = fixture<
    AsemUa & { readonly aggregated: Readonly<Record<string, readonly number[]>> }
  >('ua-copeland');
  const withCopeland = (node: FrameworkNode, level: number): FrameworkNode =>
    node.children === undefined
      ? node
      : {
          ...node,
          ...(level >= 3 ? { aggregate: { method: 'copeland' as const } } : {}),
          children: node.children.map((child) =>
            typeof child === 'string' ? child : withCopeland(child, level - 1),
          ),
        };
  const framework = withCopeland(frameworkFromMeta(cop.meta), 4);
  const data = { kind: 'columns' as const, units: cop.units, columns: cop.normalised };

  it("gives COINr's nominal Copeland scores and every replication's scores and ranks", () => {
    const nominal = compositeIndexColumns(data, framework);
    expect(nominal.scores).toEqual(cop.aggregated.Index);
    const replicator = prepare(data, framework, {});
    const weights = weightMatrix(replicator.tree, cop.weight_sets, 'weights');
    const m = replicator.tree.nodes.length;
    const n = replicator.units.length;
    const scores = new Float64Array(n);
    const ranks = new Float64Array(n);
    // COINr's Scores and Ranks rows are sorted by unit code (merge by uCode).
    const order = cop.rank_stats.uCode.map((code) => replicator.units.indexOf(code));
    cop.weight_sets.forEach((_, r) => {
      replicator.run([], weights.subarray(r * m, (r + 1) * m), scores, ranks);
      expect(order.map((u) => ranks[u])).toEqual(cop.ranks[r]);
      order.forEach((u, i) => {
        expect(Math.abs((scores[u] as number) - (cop.scores[r]?.[i] as number))).toBeLessThan(1e-9);
      });
    });
  });

  it("reproduces COINr's UA rank statistics from the weight sets COINr used", () => {
    const result = uncertainty(data, framework, { weights: cop.weight_sets });
    expect(result.replications).toBe(cop.weight_sets.length);
    const byUnit = new Map(result.units.map((u) => [u.unit, u]));
    cop.rank_stats.uCode.forEach((code, i) => {
      const unit = byUnit.get(code);
      expect(unit?.nominal).toBe(cop.rank_stats.Nominal[i]);
      expect(unit?.median).toBe(cop.rank_stats.Median[i]);
      expect(unit?.q05).toBe(cop.rank_stats.Q5[i]);
      expect(unit?.q95).toBe(cop.rank_stats.Q95[i]);
      expect(Math.abs((unit?.mean as number) - (cop.rank_stats.Mean[i] as number))).toBeLessThan(
        1e-9,
      );
      expect(unit?.score.nominal).toBe(cop.nominal.Score[i]);
    });
  });
});

describe('uncertainty', () => {
  const data = {
    A: { x: 0.9, y: 0.2, z: 0.5 },
    B: { x: 0.5, y: 0.5, z: 0.4 },
    C: { x: 0.1, y: 0.8, z: 0.6 },
    D: { x: 0.6, y: 0.6, z: null },
  };
  const framework = {
    id: 'index',
    aggregate: { missing: 'reweight' as const },
    children: [{ id: 'g', aggregate: { missing: 'reweight' as const }, children: ['x', 'y'] }, 'z'],
  };
  const noise = [
    { level: 1, factor: 0.25 },
    { level: 2, factor: 0.5 },
  ];

  it('is reproducible: the same seed gives the same output, another seed another', () => {
    const options = { weights: { noise }, replications: 200, seed: 5 };
    const first = uncertainty(data, framework, options);
    expect(uncertainty(data, framework, options)).toEqual(first);
    expect(uncertainty(data, framework, { ...options, seed: 6 })).not.toEqual(first);
    expect(first.replications).toBe(200);
    expect(first.rankShifts).toHaveLength(200);
  });

  it('with noise equals a replay of the weight sets noisyWeights draws with the same seed', () => {
    const drawn = uncertainty(data, framework, { weights: { noise }, replications: 50, seed: 9 });
    const sets = noisyWeights(framework, { noise, replications: 50, seed: 9 });
    expect(uncertainty(data, framework, { weights: sets })).toEqual(drawn);
  });

  it('keeps the nominal ranking when nothing varies, and counts shifts from it', () => {
    const result = uncertainty(data, framework, { replications: 3 });
    for (const unit of result.units) {
      expect([unit.mean, unit.median, unit.q05, unit.q95]).toEqual(Array(4).fill(unit.nominal));
      expect(unit.score.mean).toBe(unit.score.nominal);
    }
    expect(result.meanAbsoluteRankShift).toBe(0);
    expect(result.rankShifts).toEqual([0, 0, 0]);
  });

  it('gives null statistics to a unit that never has a score', () => {
    const gappy = { ...data, E: { x: null, y: null, z: null } };
    const result = uncertainty(gappy, framework, { weights: [{ x: 2 }, { z: 3 }] });
    const e = result.units.find((u) => u.unit === 'E');
    expect(e).toEqual({
      unit: 'E',
      nominal: null,
      mean: null,
      median: null,
      q05: null,
      q95: null,
      score: { nominal: null, mean: null, median: null, q05: null, q95: null },
    });
    expect(result.meanAbsoluteRankShift).not.toBeNull();
  });

  it('draws every alternative, about equally often', () => {
    const result = uncertainty(data, framework, {
      alternatives: [
        {
          kind: 'aggregate',
          nodes: ['g'],
          choices: [{ method: 'arithmetic' }, { method: 'geometric' }],
        },
      ],
      replications: 400,
      seed: 1,
    });
    // Under the geometric mean C's group falls (0.1 and 0.8 are unbalanced): from 2nd to 4th.
    const c = result.units.find((u) => u.unit === 'C');
    expect([c?.q05, c?.q95]).toEqual([2, 4]);
    const moved = result.rankShifts.filter((s) => s !== 0).length;
    expect(moved).toBeGreaterThan(150);
    expect(moved).toBeLessThan(250);
  });

  it('rejects bad input before any replication', () => {
    const cases: [unknown, string][] = [
      [null, 'INVALID_ARGUMENT'],
      [{}, 'INVALID_ARGUMENT'],
      [{ replications: 0 }, 'INVALID_ARGUMENT'],
      [{ weights: [] }, 'EMPTY_INPUT'],
      [{ weights: [{ x: 1 }], replications: 2 }, 'LENGTH_MISMATCH'],
      [
        { weights: { noise: [{ level: 1, factor: 1 }] }, replications: 2, seed: 1 },
        'INVALID_ARGUMENT',
      ],
      [
        { weights: { noise: [{ level: 9, factor: 0.1 }] }, replications: 2, seed: 1 },
        'INVALID_ARGUMENT',
      ],
      [{ weights: { noise }, replications: 2, seed: 'x' }, 'INVALID_ARGUMENT'],
      [{ weights: 'heavy', replications: 2 }, 'INVALID_ARGUMENT'],
      [{ weights: [{ nope: 1 }] }, 'UNKNOWN_ID'],
      [{ alternatives: 'x', replications: 2, seed: 1 }, 'INVALID_ARGUMENT'],
      [
        {
          alternatives: [{ kind: 'normalize', nodes: ['g'], choices: [{ method: 'min-max' }] }],
          replications: 2,
          seed: 1,
        },
        'INVALID_ARGUMENT',
      ],
    ];
    for (const [options, code] of cases) {
      let caught: unknown;
      try {
        uncertainty(data, framework, options as never);
      } catch (error) {
        caught = error;
      }
      expect(isDxError(caught, code as never), `${JSON.stringify(options)}: ${caught}`).toBe(true);
    }
  });

  it('takes and returns plain JSON', () => {
    const options = JSON.parse(
      JSON.stringify({ weights: { noise }, replications: 20, seed: 3 }),
    ) as UncertaintyOptions;
    const result = uncertainty(data, framework, options);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expectTypeOf(result.units[0]?.q05).toEqualTypeOf<number | null | undefined>();
  });
});

describe('uncertainty with fractional ties', () => {
  it('computes rank statistics from half ranks too', () => {
    const data = { A: { x: 1, y: 1 }, B: { x: 1, y: 1 }, C: { x: 0, y: 2 } };
    const result = uncertainty(
      data,
      { id: 'i', children: ['x', 'y'] },
      { ties: 'fractional', weights: [{}, { y: 2 }, {}, {}] },
    );
    // All three tie nominally (2, 2, 2); with y weighing 2, C leads and A, B share 2.5.
    // A's ranks 2, 2.5, 2, 2: R's quantile(c(2, 2.5, 2, 2), 0.95) is 2.425.
    expect(result.units.map((u) => [u.unit, u.nominal, u.median, u.q95])).toEqual([
      ['A', 2, 2, 2.425],
      ['B', 2, 2, 2.425],
      ['C', 2, 2, 2],
    ]);
    expect(result.units[2]?.q05).toBe(1.15);
  });
});

describe('uncertainty with Copeland nodes', () => {
  const copeland = fixture<{
    units: string[];
    ids: string[];
    weights: number[];
    pillars: Record<string, readonly number[]>;
    scores: number[];
  }>('v_copeland');
  const data = { kind: 'columns' as const, units: copeland.units, columns: copeland.pillars };
  const framework = {
    id: 'index',
    aggregate: { method: 'copeland' as const },
    children: copeland.ids.map((id, k) => ({ id, weight: copeland.weights[k] as number })),
  };

  it("with zero noise, every replication gives COINr's a_copeland scores and compositeIndex's ranks", () => {
    const result = uncertainty(data, framework, {
      weights: { noise: [{ level: 1, factor: 0 }] },
      replications: 20,
      seed: 1,
    });
    const nominal = compositeIndexColumns(data, framework);
    expect(result.units.map((u) => u.score.nominal)).toEqual(copeland.scores);
    result.units.forEach((unit, u) => {
      expect(unit.unit).toBe(copeland.units[u]);
      expect([unit.nominal, unit.median, unit.q05, unit.q95, unit.mean]).toEqual(
        Array(5).fill(nominal.ranks[u]),
      );
      expect([unit.score.q05, unit.score.q95]).toEqual([copeland.scores[u], copeland.scores[u]]);
    });
    expect(result.meanAbsoluteRankShift).toBe(0);
  });

  it('replicates a Copeland index under weight noise as compositeIndex with each drawn weight set', () => {
    const noise = [{ level: 1, factor: 0.5 }];
    const result = uncertainty(data, framework, { weights: { noise }, replications: 30, seed: 4 });
    const sets = noisyWeights(framework, { noise, replications: 30, seed: 4 });
    const ranks = sets.map(
      (set) =>
        compositeIndexColumns(data, {
          ...framework,
          children: framework.children.map((child) => ({
            ...child,
            weight: set[child.id] as number,
          })),
        }).ranks as number[],
    );
    result.units.forEach((unit, u) => {
      const sorted = Float64Array.from(ranks, (r) => r[u] as number).sort();
      expect(unit.q05).toBe(quantileSorted(sorted, 0.05));
      expect(unit.median).toBe(quantileSorted(sorted, 0.5));
      expect(unit.q95).toBe(quantileSorted(sorted, 0.95));
    });
    expect(result.meanAbsoluteRankShift).toBeGreaterThan(0);
  });
});
