import { describe, expect, it } from 'vitest';
import { prepare, weightMatrix } from '../../src/analysis/replicate.js';
import { uncertainty } from '../../src/analysis/uncertainty.js';
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
