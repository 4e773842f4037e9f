// compositeIndex against COINr 1.1.14 on its ASEM example data: every configuration of the
// shared cases (a–g), of the cases made by scripts/coinr/make-fixtures.R (h–s) and of the
// row-wise imputation cases of scripts/coinr/impute-row.R (y1–y5), with every
// normalised indicator and every aggregate compared to 1e-9.
import { describe, expect, it } from 'vitest';
import { compositeIndexColumns } from '../../src/composite/composite.js';
import type { CompositeOptions } from '../../src/composite/composite-types.js';
import type {
  NodeAggregateOptions,
  NormalizeMethod,
  TreatOptions,
} from '../../src/model/framework-node.js';
import {
  type CoinrCase,
  type Column,
  direction,
  frameworkOf,
  loadCase,
  maxDifference,
} from '../fixtures/coinr/load.js';

interface Setup {
  readonly leaf: (id: string, d: 1 | -1, fixture: CoinrCase) => NormalizeMethod;
  readonly aggregate?: NodeAggregateOptions;
  readonly treat?: boolean | TreatOptions;
  readonly options?: CompositeOptions;
  /** The data COINr normalised, when it is not the raw data. */
  readonly input?: 'imputed';
}

const reweight = { missing: 'reweight' } as const;
const minMax01 = (_: string, d: 1 | -1): NormalizeMethod => ({
  method: 'min-max',
  direction: direction(d),
});

const cases: Record<string, Setup> = {
  a_minmax_amean: { leaf: minMax01, aggregate: reweight },
  b_zscore_amean: {
    leaf: (_, d) => ({ method: 'z-score', direction: direction(d) }),
    aggregate: reweight,
  },
  c_minmax_gmean: {
    leaf: (_, d) => ({ method: 'min-max', range: [1, 100], direction: direction(d) }),
    aggregate: { method: 'geometric', missing: 'reweight' },
  },
  f1_impute_mean: { leaf: minMax01, options: { impute: { method: 'mean' } } },
  g_dat_thresh: {
    leaf: minMax01,
    aggregate: { missing: 'reweight', minCoverage: 0.75, coverage: 'count' },
  },
  h_prank_amean: {
    leaf: (_, d) => ({ method: 'percent-rank', direction: direction(d) }),
    aggregate: reweight,
  },
  i_rank_amean: {
    leaf: (_, d) => ({ method: 'rank', direction: direction(d) }),
    aggregate: reweight,
  },
  j_borda_amean: {
    leaf: (_, d) => ({ method: 'borda', direction: direction(d) }),
    aggregate: reweight,
  },
  k_dist2max_amean: {
    leaf: (_, d) => ({ method: 'dist-to-max', direction: direction(d) }),
    aggregate: reweight,
  },
  l_zscore_msd_amean: {
    leaf: (_, d) => ({ method: 'z-score', output: { mean: 10, sd: 2 }, direction: direction(d) }),
    aggregate: reweight,
  },
  // Every direction is 1 in this case (see the R script): both compute x / max.
  m_fracmax_amean: { leaf: () => ({ method: 'frac-max' }), aggregate: reweight },
  n_dist2ref_amean: {
    leaf: (id, d, fixture) => {
      const unit = fixture.units.indexOf(fixture.ref_unit as string);
      return {
        method: 'dist-to-ref',
        ref: fixture.imputed?.[id]?.[unit] as number,
        direction: direction(d),
      };
    },
    options: { impute: { method: 'mean' } },
  },
  o_genmean_p05: {
    leaf: (_, d) => ({ method: 'min-max', range: [1, 100], direction: direction(d) }),
    aggregate: { method: 'generalized-mean', p: 0.5 },
    options: { impute: { method: 'mean' } },
  },
  p_genmean_pm2: {
    leaf: (_, d) => ({ method: 'min-max', range: [1, 100], direction: direction(d) }),
    aggregate: { method: 'generalized-mean', p: -2 },
    options: { impute: { method: 'mean' } },
  },
  q_dat_thresh_09: {
    leaf: minMax01,
    aggregate: { missing: 'reweight', minCoverage: 0.9, coverage: 'count' },
  },
  r_treat_default: { leaf: minMax01, aggregate: reweight, treat: true },
  // Row-wise imputation (scripts/coinr/impute-row.R): COINr's group_level is vn-dx's level.
  y1_impute_row_mean_pillar: { leaf: minMax01, options: { impute: { method: 'mean', by: 'row' } } },
  y2_impute_row_median_pillar: {
    leaf: minMax01,
    options: { impute: { method: 'median', by: 'row', level: 2 } },
  },
  y3_impute_row_mean_all: {
    leaf: minMax01,
    options: { impute: { method: 'mean', by: 'row', level: 4 } },
  },
  y4_impute_row_mean_subindex: {
    leaf: minMax01,
    options: { impute: { method: 'mean', by: 'row', level: 3 } },
  },
  y5_impute_row_mean_raw_pillar: {
    leaf: minMax01,
    options: { impute: { method: 'mean', by: 'row', normalizeFirst: false } },
  },
  // Two constant indicators: COINr's NaN column is skipped; vn-dx excludes them.
  x_constant_exclude: {
    leaf: (_, d) => ({ method: 'min-max', constant: 'exclude', direction: direction(d) }),
    aggregate: reweight,
  },
  s_treat_boxcox: {
    leaf: minMax01,
    aggregate: reweight,
    treat: { winMax: 3, fallback: 'boxcox', lambda: 0.5 },
  },
};

describe('compositeIndex agrees with COINr 1.1.14 (ASEM data) to 1e-9', () => {
  it.each(Object.entries(cases))('%s', (name, setup) => {
    const fixture = loadCase(name);
    const framework = frameworkOf(fixture, (id, d) => setup.leaf(id, d, fixture), {
      ...(setup.aggregate === undefined ? {} : { aggregate: setup.aggregate }),
      ...(setup.treat === undefined ? {} : { treat: setup.treat }),
    });
    const result = compositeIndexColumns(
      { kind: 'columns', units: fixture.units, columns: fixture.raw },
      framework,
      setup.options ?? {},
    );
    const differences: Record<string, number> = {};
    for (const [id, expected] of Object.entries({
      ...fixture.normalised,
      ...fixture.aggregated,
    })) {
      differences[id] = maxDifference(result.nodes[id] as Column, expected);
    }
    const worst = Math.max(...Object.values(differences));
    expect(
      worst,
      JSON.stringify(Object.entries(differences).filter(([, d]) => d > 1e-9)),
    ).toBeLessThan(1e-9);
    expect(result.ranks).toEqual(fixture.ranks);
  });
});

describe('Copeland node agrees with COINr a_copeland', () => {
  it('v_copeland: eight weighted pillars', () => {
    const fixture = loadCase<{
      units: string[];
      ids: string[];
      weights: number[];
      pillars: Record<string, Column>;
      scores: number[];
    }>('v_copeland');
    const result = compositeIndexColumns(
      { kind: 'columns', units: fixture.units, columns: fixture.pillars },
      {
        id: 'index',
        aggregate: { method: 'copeland' },
        children: fixture.ids.map((id, k) => ({ id, weight: fixture.weights[k] as number })),
      },
    );
    expect(result.scores).toEqual(fixture.scores);
  });
});
