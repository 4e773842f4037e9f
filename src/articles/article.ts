import type { LegalDocument, Programme } from '../model/document.js';
import type { Observation } from '../model/observation.js';
import type { RankingEntry } from '../model/ranking.js';
import type { Target } from '../model/target.js';

/**
 * An observation of the seed dataset: an {@link Observation} that always has
 * an id.
 *
 * @category Data
 */
export type SeedObservation = Observation & {
  /** Stable id, `<article prefix>-obs-<slug>` (`vp-obs-edocs-incoming`). */
  readonly id: string;
};

/**
 * A ranking entry of the seed dataset: a {@link RankingEntry} that always has
 * an id.
 *
 * @category Data
 */
export type SeedRankingEntry = RankingEntry & {
  /** Stable id, `<article prefix>-rank-<index>-<edition>-<scope>` (`tn-rank-dti-2020-national`). */
  readonly id: string;
};

/**
 * The records drawn from one source article: the documents it cites, the
 * province's digital-transformation programme, and the figures, targets and
 * ranks it reports, each cited to a paragraph of the article.
 *
 * @category Data
 */
export interface SeedArticle {
  /** The id of the article in `SEED_SOURCES` (`ag-viettimes-2021-12`). */
  readonly source: string;
  /** Documents the article cites, other than the national ones in `NATIONAL_DOCUMENTS`. */
  readonly documents: readonly LegalDocument[];
  /** The province's digital-transformation programme, as the article describes it. */
  readonly programmes: readonly Programme[];
  /** Figures the article reports. */
  readonly observations: readonly SeedObservation[];
  /** Targets the article states. */
  readonly targets: readonly Target[];
  /** Ranks in index editions the article reports. */
  readonly rankings: readonly SeedRankingEntry[];
}
