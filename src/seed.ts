/**
 * The seed dataset: the facts of five Vietnamese articles on provincial
 * digital transformation (An Giang, Quảng Nam, Vĩnh Phúc, Thái Nguyên, Hậu
 * Giang, 2021–2023), typed, validated by the model schemas and cited to the
 * paragraph. Use {@link seedDataset} for everything at once, or one
 * article's records through its `…_ARTICLE` constant.
 *
 * @module vn-dx/seed
 */

import { AN_GIANG_ARTICLE } from './articles/an-giang.js';
import type { SeedArticle } from './articles/article.js';
import { HAU_GIANG_ARTICLE } from './articles/hau-giang.js';
import { QUANG_NAM_ARTICLE } from './articles/quang-nam.js';
import { SEED_INDICATORS } from './articles/seed-indicators.js';
import { SEED_SOURCES } from './articles/sources.js';
import { THAI_NGUYEN_ARTICLE } from './articles/thai-nguyen.js';
import { VINH_PHUC_ARTICLE } from './articles/vinh-phuc.js';
import { deepFreeze } from './internal/freeze.js';
import type { Dataset } from './model/dataset.js';

export { AN_GIANG_ARTICLE } from './articles/an-giang.js';
export type { SeedArticle, SeedObservation, SeedRankingEntry } from './articles/article.js';
export { HAU_GIANG_ARTICLE } from './articles/hau-giang.js';
export { QUANG_NAM_ARTICLE } from './articles/quang-nam.js';
export { SEED_INDICATORS } from './articles/seed-indicators.js';
export { SEED_SOURCES } from './articles/sources.js';
export { THAI_NGUYEN_ARTICLE } from './articles/thai-nguyen.js';
export { VINH_PHUC_ARTICLE } from './articles/vinh-phuc.js';

/**
 * The records of each article, in the order of {@link SEED_SOURCES}: An Giang,
 * Quảng Nam, Vĩnh Phúc, Thái Nguyên, Hậu Giang.
 *
 * @example
 * ```ts
 * import { SEED_ARTICLES } from 'vn-dx/seed';
 *
 * SEED_ARTICLES.map((article) => article.source); // ['ag-viettimes-2021-12', 'qn-viettimes-2023-04', 'vp-congttgtdt-2021-08', 'tn-baothainguyen-2021-12', 'hg-unknown-2022']
 * SEED_ARTICLES.map((article) => article.observations.length); // [10, 9, 27, 7, 4]
 * ```
 *
 * @category Data
 */
export const SEED_ARTICLES: readonly SeedArticle[] = deepFreeze([
  AN_GIANG_ARTICLE,
  QUANG_NAM_ARTICLE,
  VINH_PHUC_ARTICLE,
  THAI_NGUYEN_ARTICLE,
  HAU_GIANG_ARTICLE,
]);

/**
 * The seed dataset: every fact of the five source articles as a
 * {@link Dataset}. It holds the five sources, the provincial documents and
 * programmes the articles cite (national ones, such as 749/QĐ-TTg, are in
 * `NATIONAL_DOCUMENTS` of `vn-dx/framework` and are not repeated), the
 * reported figures with their qualifiers (`approx` for gần, `over` for trên…),
 * the targets, and the DTI ranks with the edition each refers to (the year
 * assessed) and how it was settled. `indicators` holds the one indicator not
 * in the built-in catalogue.
 *
 * Every record is cited: `source` names an article in `sources` and
 * `paragraph` the non-empty line of the article it comes from. Province codes
 * are those of the 63-unit era the articles were written in. Notes are our own
 * English and flag caveats: inferred dates, ambiguous editions, figures that
 * disagree with the counts they come from. The whole value is deep-frozen.
 *
 * @example
 * ```ts
 * import { seedDataset } from 'vn-dx/seed';
 *
 * seedDataset.sources.length; // 5
 * seedDataset.documents.length; // 24
 * seedDataset.programmes.length; // 5
 * seedDataset.observations.length; // 57
 * seedDataset.targets.length; // 12
 * seedDataset.rankings.length; // 5
 * const signed = seedDataset.observations.find((o) => o.id === 'vp-obs-edocs-outgoing-signed-share');
 * signed?.value; // 94
 * signed?.source; // { source: 'vp-congttgtdt-2021-08', paragraph: 5 }
 * seedDataset.rankings.find((r) => r.province === '19')?.edition; // 2020
 * Object.isFrozen(seedDataset.targets[0]); // true
 * ```
 *
 * @category Data
 */
export const seedDataset: Dataset = deepFreeze({
  sources: [...SEED_SOURCES],
  documents: SEED_ARTICLES.flatMap((article) => article.documents),
  programmes: SEED_ARTICLES.flatMap((article) => article.programmes),
  indicators: [...SEED_INDICATORS],
  observations: SEED_ARTICLES.flatMap((article) => article.observations),
  targets: SEED_ARTICLES.flatMap((article) => article.targets),
  rankings: SEED_ARTICLES.flatMap((article) => article.rankings),
} satisfies Dataset);
