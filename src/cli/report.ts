// The seed dataset as a report, province by province: built here, rendered by report-text.ts.
import { dtiPillarResults, indexHistory } from '../dti.js';
import { INDICATORS, NATIONAL_DOCUMENTS, NATIONAL_TARGETS } from '../framework.js';
import {
  checkConsistency,
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
import { dateText } from './days.js';
import { LAST_DAY_OF_63 } from './eras.js';
import { COMPARATOR_TEXT, pillarLines, T } from './report-text.js';
import type { ProvinceReport, Report, TargetLine } from './report-types.js';

function unitOf(indicator: IndicatorDefinition | undefined): 'percent' | 'vnd' | undefined {
  return indicator?.unit === 'percent' ? 'percent' : indicator?.unit === 'vnd' ? 'vnd' : undefined;
}

function describeTarget(
  target: Target,
  indicator: IndicatorDefinition | undefined,
  lang: Lang,
): string {
  if (target.comparator === 'top-n') return `${T[lang].top} ${target.value}`;
  const unit = unitOf(indicator);
  return `${COMPARATOR_TEXT[target.comparator]} ${formatQuantity({ value: target.value, qualifier: 'exact', ...(unit ? { unit } : {}) }, { lang, maximumFractionDigits: 2 })}`;
}

/** A rank scope in words: nothing for national, the region's name otherwise. */
function scopeText(scope: string, lang: Lang): string {
  if (scope === 'national') return '';
  const region = [...REGIONS, ...MACRO_REGIONS].find((r) => r.id === scope);
  return ` (${region ? region.name[lang] : scope})`;
}

function lineOf(
  target: Target,
  data: { observations: Dataset['observations']; rankings: readonly RankingEntry[] },
  catalogue: ReadonlyMap<string, IndicatorDefinition>,
  documents: ReadonlyMap<string, string>,
  lang: Lang,
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
    const unit = unitOf(indicator);
    latest = {
      value: observation.value,
      text: formatQuantity(
        { value: observation.value, qualifier: observation.qualifier, ...(unit ? { unit } : {}) },
        { lang, maximumFractionDigits: 2 },
      ),
      period: formatPeriod(observation.period, { lang }),
    };
  }
  return {
    target,
    label: indicator?.label[lang] ?? target.indicator,
    goal: describeTarget(target, indicator, lang),
    document:
      target.document === undefined ? null : (documents.get(target.document) ?? target.document),
    latest,
    met: status.met,
    gap: status.gap,
    share: status.share,
  };
}

/** The provinces a dataset covers (63-era codes), in the order they first appear. */
export function coveredCodes(dataset: Dataset): string[] {
  return [
    ...new Set([
      ...dataset.sources.map((s) => s.province),
      ...dataset.observations.map((o) => o.province),
    ]),
  ].filter((code) => code !== 'national');
}

/**
 * Gathers the report's content from a dataset; pure. `only` keeps some
 * provinces (63-era codes); `notes` are shown first (e.g. why those).
 */
export function buildReport(
  dataset: Dataset,
  lang: Lang,
  only?: readonly string[],
  notes: readonly string[] = [],
): Report {
  const catalogue = new Map<string, IndicatorDefinition>(
    [...INDICATORS, ...dataset.indicators].map((i) => [i.id, i]),
  );
  const documents = new Map<string, string>(
    [...NATIONAL_DOCUMENTS, ...dataset.documents].map((d) => [d.id, d.number ?? d.title[lang]]),
  );
  const codes = coveredCodes(dataset).filter((code) => only === undefined || only.includes(code));
  const provinces = codes.map((code): ProvinceReport => {
    const province = getProvince(code, { at: LAST_DAY_OF_63 });
    const successor = successorOf(code);
    const observations = dataset.observations.filter((o) => o.province === code);
    // The articles' ranks, completed by the published tables of every index
    // (DTI, PCI, PAPI, PAR Index, SIPAS) for the same code, on the 63 basis.
    const rankings = mergeRankHistory(
      dataset.rankings.filter((r) => r.province === code),
      indexHistory(code, { era: '63' }),
    );
    const byIndex = new Map<string, RankingEntry[]>();
    for (const entry of rankings) {
      const key = `${entry.index}\u0000${entry.scope}`;
      byIndex.set(key, [...(byIndex.get(key) ?? []), entry]);
    }
    const ranks = [...byIndex.values()].map((sorted) => {
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
      return {
        text: `${steps.join(' → ')}${scopeText(first.scope, lang)}${change}`,
        entries: sorted,
      };
    });
    const pillars = PILLARS.map((pillar) => ({
      pillar: pillar.id,
      title: pillar.name[lang],
      rows: observations
        .filter((o) => (catalogue.get(o.indicator)?.pillar ?? 'foundation') === pillar.id)
        .map((o) => {
          const indicator = catalogue.get(o.indicator);
          const unit = unitOf(indicator);
          return {
            indicator: o.indicator,
            label: indicator?.label[lang] ?? o.indicator,
            period: formatPeriod(o.period, { lang }),
            value: formatQuantity(
              { value: o.value, qualifier: o.qualifier, ...(unit ? { unit } : {}) },
              { lang, maximumFractionDigits: 2 },
            ),
          };
        }),
    })).filter((group) => group.rows.length > 0);
    const observed = new Set(observations.map((o) => o.indicator));
    const data = { observations, rankings };
    return {
      code,
      name: province.name,
      region: province.region === null ? '' : getRegion(province.region).name[lang],
      successor: `${successor.name} (${successor.code})`,
      sources: dataset.sources
        .filter((s) => s.province === code)
        .map((s) =>
          [
            s.outlet ?? s.title ?? s.id,
            s.published && dateText(s.published, lang),
            s.interviewee ? `${s.interviewee.name}, ${s.interviewee.role[lang]}` : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      programmes: dataset.programmes
        .filter((p) => p.scope === code)
        .map((p) => {
          const numbers = p.documents.map((id) => documents.get(id) ?? id).join(', ');
          const span = p.period ? `, ${formatPeriod(p.period, { lang })}` : '';
          const vision = p.orientationYear
            ? lang === 'vi'
              ? `, tầm nhìn ${p.orientationYear}`
              : `, vision ${p.orientationYear}`
            : '';
          return `${p.name[lang]} (${numbers}${span}${vision})`;
        }),
      ranks,
      pillarResults: pillarLines(
        dtiPillarResults(code).filter((r) => r.of === 63),
        lang,
      ),
      pillars,
      targets: dataset.targets
        .filter((t) => t.scope === code)
        .map((t) => lineOf(t, data, catalogue, documents, lang)),
      nationalTargets: NATIONAL_TARGETS.filter((t) => observed.has(t.indicator)).map((t) =>
        lineOf(t, data, catalogue, documents, lang),
      ),
    };
  });
  const percent = (value: number) =>
    formatQuantity(
      { value, qualifier: 'exact', unit: 'percent' },
      { lang, maximumFractionDigits: 2 },
    );
  const findings = checkConsistency(dataset, { indicators: INDICATORS })
    .filter((finding) => only === undefined || only.includes(finding.province))
    .map((finding) => {
      const count = (value: number) =>
        formatQuantity({ value, qualifier: 'exact' }, { lang, maximumFractionDigits: 0 });
      const reported = formatQuantity(
        { value: finding.reported.value, qualifier: finding.reported.qualifier, unit: 'percent' },
        { lang },
      );
      const label = catalogue.get(finding.indicator)?.label[lang] ?? finding.indicator;
      return {
        province: finding.province,
        indicator: finding.indicator,
        message: `${label}: ${T[lang].finding(
          reported,
          percent(finding.computed),
          `${count(finding.counts.numerator.value)} / ${count(finding.counts.denominator.value)}`,
        )}`,
      };
    });
  return { title: T[lang].title, notes, provinces, published: [], findings };
}
