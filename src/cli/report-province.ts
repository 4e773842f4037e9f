// One province's part of the report (ranks, pillars, sources, programmes, targets), built for report.ts.
import { dtiPillarResults, indexHistory } from '../dti.js';
import { INDICATORS, NATIONAL_DOCUMENTS, NATIONAL_TARGETS } from '../framework.js';
import {
  type Dataset,
  formatPeriod,
  formatQuantity,
  getProvince,
  getRegion,
  type IndicatorDefinition,
  MACRO_REGIONS,
  mergeRankHistory,
  PILLARS,
  type RankingEntry,
  REGIONS,
  rankChange,
  successorOf,
  type Target,
  targetStatus,
} from '../index.js';
import type { Lang } from './command.js';
import { LAST_DAY_OF_63 } from './eras.js';
import { documentRef, programmeLines, sourceLines } from './report-sources.js';
import { COMPARATOR_TEXT, pillarLines, T } from './report-text.js';
import type { ProvinceReport, ReportContext, TargetLine } from './report-types.js';

/** The context of a report on `dataset`: the catalogue and the national documents, with the dataset's own. */
export function reportContext(dataset: Dataset, lang: Lang): ReportContext {
  return {
    dataset,
    lang,
    catalogue: new Map([...INDICATORS, ...dataset.indicators].map((i) => [i.id, i])),
    documents: new Map([...NATIONAL_DOCUMENTS, ...dataset.documents].map((d) => [d.id, d])),
  };
}

function unitOf(
  indicator: Pick<IndicatorDefinition, 'unit'> | undefined,
): 'percent' | 'vnd' | undefined {
  return indicator?.unit === 'percent' ? 'percent' : indicator?.unit === 'vnd' ? 'vnd' : undefined;
}

/** A value in the unit of its indicator (percent and đồng are shown; others bare), two decimals at most. */
export function quantityText(
  value: number,
  qualifier: Dataset['observations'][number]['qualifier'],
  indicator: Pick<IndicatorDefinition, 'unit'> | undefined,
  lang: Lang,
): string {
  const unit = unitOf(indicator);
  return formatQuantity(
    { value, qualifier, ...(unit ? { unit } : {}) },
    { lang, maximumFractionDigits: 2 },
  );
}

/** A target's goal in words: `≥ 80%`, `top 20`. */
function describeTarget(
  target: Target,
  indicator: IndicatorDefinition | undefined,
  lang: Lang,
): string {
  if (target.comparator === 'top-n') return `${T[lang].top} ${target.value}`;
  return `${COMPARATOR_TEXT[target.comparator]} ${quantityText(target.value, 'exact', indicator, lang)}`;
}

/** A rank scope in words: nothing for national, the region's name otherwise. */
function scopeText(scope: string, lang: Lang): string {
  if (scope === 'national') return '';
  const region = [...REGIONS, ...MACRO_REGIONS].find((r) => r.id === scope);
  return ` (${region ? region.name[lang] : scope})`;
}

/** One target with the latest figure of the province measured against it (see `targetStatus`). */
export function lineOf(
  target: Target,
  data: { observations: Dataset['observations']; rankings: readonly RankingEntry[] },
  { catalogue, documents, lang }: ReportContext,
): TargetLine {
  const indicator = catalogue.get(target.indicator);
  const status = targetStatus(data, target);
  let latest: TargetLine['latest'] = null;
  if (status.latest?.kind === 'rank') {
    const { entry } = status.latest;
    latest = {
      value: entry.rank,
      text: `${entry.rank}/${entry.of}`,
      period: `DTI ${entry.edition}`,
    };
  } else if (status.latest?.kind === 'observation') {
    const { observation } = status.latest;
    latest = {
      value: observation.value,
      text: quantityText(observation.value, observation.qualifier, indicator, lang),
      period: formatPeriod(observation.period, { lang }),
    };
  }
  return {
    target,
    label: indicator?.label[lang] ?? target.indicator,
    goal: describeTarget(target, indicator, lang),
    document: target.document === undefined ? null : documentRef(documents, target.document, lang),
    latest,
    met: status.met,
    gap: status.gap,
    share: status.share,
  };
}

/** One index's ranks of a province as one line: `DTI 2022 12/63 → DTI 2023 8/63 (▲ 4)`. */
function rankLine(sorted: readonly RankingEntry[], lang: Lang): ProvinceReport['ranks'][number] {
  const steps = sorted.map(
    (e) => `${e.index}${e.edition === null ? '' : ` ${e.edition}`} ${e.rank}/${e.of}`,
  );
  const first = sorted[0] as RankingEntry;
  const last = sorted.at(-1) as RankingEntry;
  let change = '';
  if (first !== last) {
    const moved = rankChange(first, last);
    change =
      moved.direction === 'same'
        ? ' (=)'
        : ` (${moved.direction === 'up' ? '▲' : '▼'} ${Math.abs(moved.places)})`;
  }
  return { text: `${steps.join(' → ')}${scopeText(first.scope, lang)}${change}`, entries: sorted };
}

/** A province's ranks grouped by index and scope, one line each, in the order they first appear. */
export function rankLines(rankings: readonly RankingEntry[], lang: Lang): ProvinceReport['ranks'] {
  const byIndex = new Map<string, RankingEntry[]>();
  for (const entry of rankings) {
    const key = `${entry.index}\u0000${entry.scope}`;
    byIndex.set(key, [...(byIndex.get(key) ?? []), entry]);
  }
  return [...byIndex.values()].map((sorted) => rankLine(sorted, lang));
}

/** A province's observations under the DTI pillar of their indicator (unknown ones under foundation). */
function pillarGroups(
  observations: Dataset['observations'],
  { catalogue, lang }: ReportContext,
): ProvinceReport['pillars'] {
  return PILLARS.map((pillar) => ({
    pillar: pillar.id,
    title: pillar.name[lang],
    rows: observations
      .filter((o) => (catalogue.get(o.indicator)?.pillar ?? 'foundation') === pillar.id)
      .map((o) => {
        const indicator = catalogue.get(o.indicator);
        return {
          indicator: o.indicator,
          label: indicator?.label[lang] ?? o.indicator,
          period: formatPeriod(o.period, { lang }),
          value: quantityText(o.value, o.qualifier, indicator, lang),
        };
      }),
  })).filter((group) => group.rows.length > 0);
}

/** Everything the report shows about one province (a 63-era code). */
export function provinceReport(code: string, context: ReportContext): ProvinceReport {
  const { dataset, lang } = context;
  const province = getProvince(code, { at: LAST_DAY_OF_63 });
  const successor = successorOf(code);
  const observations = dataset.observations.filter((o) => o.province === code);
  // The articles' ranks, completed by the published tables of every index
  // (DTI, PCI, PAPI, PAR Index, SIPAS) for the same code, on the 63 basis.
  const rankings = mergeRankHistory(
    dataset.rankings.filter((r) => r.province === code),
    indexHistory(code, { era: '63' }),
  );
  const observed = new Set(observations.map((o) => o.indicator));
  const data = { observations, rankings };
  const line = (t: Target) => lineOf(t, data, context);
  return {
    code,
    name: province.name,
    region: province.region === null ? '' : getRegion(province.region).name[lang],
    successor: `${successor.name} (${successor.code})`,
    sources: sourceLines(context, code),
    programmes: programmeLines(context, code),
    ranks: rankLines(rankings, lang),
    pillarResults: pillarLines(
      dtiPillarResults(code).filter((r) => r.of === 63),
      lang,
    ),
    pillars: pillarGroups(observations, context),
    targets: dataset.targets.filter((t) => t.scope === code).map(line),
    nationalTargets: NATIONAL_TARGETS.filter((t) => observed.has(t.indicator)).map(line),
  };
}
