import type {
  Dataset,
  IndicatorDefinition,
  LegalDocument,
  PillarId,
  RankingEntry,
  Target,
} from '../index.js';
import type { Lang } from './command.js';

export type { Lang };

/** One target with the latest figure measured against it. */
export interface TargetLine {
  readonly target: Target;
  readonly label: string;
  /** The goal in words: `≥ 80%`, `top 20`. */
  readonly goal: string;
  readonly document: string | null;
  readonly latest: {
    readonly value: number;
    readonly text: string;
    readonly period: string;
  } | null;
  readonly met: boolean | null;
  readonly gap: number | null;
  /** Share of the way from 0 to the target, for `gte` targets. */
  readonly share: number | null;
}

/** Everything the report shows about one province. */
export interface ProvinceReport {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly successor: string;
  readonly sources: readonly string[];
  readonly programmes: readonly string[];
  readonly ranks: readonly { readonly text: string; readonly entries: readonly RankingEntry[] }[];
  /** The published DTI pillar results, one line per pillar (see {@link pillarLines}). */
  readonly pillarResults: readonly string[];
  readonly pillars: readonly {
    readonly pillar: PillarId;
    readonly title: string;
    readonly rows: readonly {
      readonly indicator: string;
      readonly label: string;
      readonly period: string;
      readonly value: string;
    }[];
  }[];
  readonly targets: readonly TargetLine[];
  readonly nationalTargets: readonly TargetLine[];
}

/** The whole report, as `--json` prints it. */
export interface Report {
  readonly title: string;
  /** Lines before the provinces: why a province asked for is shown as it is. */
  readonly notes: readonly string[];
  readonly provinces: readonly ProvinceReport[];
  /** Published ranks of every index (and DTI pillar results) of a province asked for that the seed does not cover. */
  readonly published: readonly {
    readonly province: string;
    readonly text: string;
    readonly pillars: readonly string[];
  }[];
  readonly findings: readonly {
    readonly province: string;
    readonly indicator: string;
    readonly message: string;
  }[];
}

/** What every part of a report reads: the dataset, the language and the lookups built once. */
export interface ReportContext {
  readonly dataset: Dataset;
  readonly lang: Lang;
  readonly catalogue: ReadonlyMap<string, IndicatorDefinition>;
  /** The national documents and the dataset's own, by id. */
  readonly documents: ReadonlyMap<string, LegalDocument>;
}
