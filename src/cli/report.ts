import { checkConsistency } from '../checks/check-consistency.js';
import { DTI_RESULTS } from '../dti/results.js';
import { NATIONAL_DOCUMENTS } from '../framework/documents.js';
import { INDICATORS } from '../framework/indicators.js';
import { NATIONAL_TARGETS } from '../framework/national-targets.js';
import { toIsoDay } from '../internal/dates.js';
import { progress } from '../kpi/progress.js';
import { evaluateTarget } from '../kpi/target.js';
import type { Dataset } from '../model/dataset.js';
import type { IndicatorDefinition } from '../model/indicator.js';
import type { Observation } from '../model/observation.js';
import { PILLARS, type PillarId } from '../model/pillar.js';
import type { RankingEntry } from '../model/ranking.js';
import type { Target } from '../model/target.js';
import { successorOf } from '../provinces/lineage.js';
import { getProvince } from '../provinces/lookup.js';
import { getRegion } from '../provinces/regions.js';
import { rankChange } from '../ranking/rank-change.js';
import { formatPeriod, toInterval } from '../vi/period.js';
import { formatQuantity } from '../vi/quantity.js';
import { formatTable, wrap } from './table.js';

export type Lang = 'vi' | 'en';

/** One target with the latest figure measured against it. */
export interface TargetStatus {
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
  readonly targets: readonly TargetStatus[];
  readonly nationalTargets: readonly TargetStatus[];
}

/** The whole report, as `--json` prints it. */
export interface Report {
  readonly title: string;
  readonly provinces: readonly ProvinceReport[];
  readonly findings: readonly {
    readonly province: string;
    readonly indicator: string;
    readonly message: string;
  }[];
}

const T = {
  vi: {
    title: 'Chuyển đổi số cấp tỉnh — dữ liệu gốc từ năm bài báo',
    source: 'Nguồn',
    programme: 'Chương trình',
    ranks: 'Xếp hạng',
    targets: 'Mục tiêu của tỉnh',
    national: 'Mục tiêu quốc gia cho các chỉ tiêu trên',
    indicator: 'Chỉ tiêu',
    period: 'Kỳ',
    value: 'Giá trị',
    deadline: 'Hạn',
    target: 'Mục tiêu',
    latest: 'Gần nhất',
    status: 'Đánh giá',
    met: 'đạt',
    notMet: 'chưa đạt',
    noData: 'chưa có số liệu',
    findings: 'Số liệu không khớp (tỷ lệ so với số đếm)',
    none: 'không có',
    now: 'từ 1/7/2025 thuộc',
  },
  en: {
    title: 'Provincial digital transformation — seed data from five articles',
    source: 'Source',
    programme: 'Programme',
    ranks: 'Ranks',
    targets: 'Provincial targets',
    national: 'National targets for these indicators',
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    deadline: 'By',
    target: 'Target',
    latest: 'Latest',
    status: 'Status',
    met: 'met',
    notMet: 'not met',
    noData: 'no data',
    findings: 'Inconsistencies (shares against their counts)',
    none: 'none',
    now: 'from 1 July 2025 part of',
  },
} as const;

const COMPARATOR_TEXT: Readonly<Record<Target['comparator'], string>> = {
  gte: '≥',
  lte: '≤',
  eq: '=',
  topN: 'top',
};

function periodEnd(observation: Observation): string {
  return toIsoDay(toInterval(observation.period).end);
}

function unitOf(indicator: IndicatorDefinition | undefined): 'percent' | 'vnd' | undefined {
  return indicator?.unit === 'percent' ? 'percent' : indicator?.unit === 'vnd' ? 'vnd' : undefined;
}

function describeTarget(
  target: Target,
  indicator: IndicatorDefinition | undefined,
  lang: Lang,
): string {
  if (target.comparator === 'topN') return `top ${target.value}`;
  const unit = unitOf(indicator);
  return `${COMPARATOR_TEXT[target.comparator]} ${formatQuantity({ value: target.value, qualifier: 'exact', ...(unit ? { unit } : {}) }, { lang, maximumFractionDigits: 2 })}`;
}

function statusOf(
  target: Target,
  observations: readonly Observation[],
  rankings: readonly RankingEntry[],
  catalogue: ReadonlyMap<string, IndicatorDefinition>,
  documents: ReadonlyMap<string, string>,
  lang: Lang,
): TargetStatus {
  const indicator = catalogue.get(target.indicator);
  const label = indicator?.label[lang] ?? target.indicator;
  const goal = describeTarget(target, indicator, lang);
  const document =
    target.document === undefined ? null : (documents.get(target.document) ?? target.document);
  let latest: TargetStatus['latest'] = null;
  // Judge a target by the latest figure up to its deadline; without one, by the latest there is.
  const deadline = toIsoDay(toInterval(target.deadline).end);
  const latestOf = <T>(items: readonly T[], end: (item: T) => string): T | undefined => {
    const sorted = [...items].sort((a, b) => end(a).localeCompare(end(b)));
    return sorted.filter((item) => end(item) <= deadline).at(-1) ?? sorted.at(-1);
  };
  if (target.indicator.startsWith('dti.') && target.comparator === 'topN') {
    // DTI rank targets are judged on national DTI ranks; other ranks (PCI, PAR…) are observations.
    const rank = latestOf(
      rankings.filter((r) => r.index === 'DTI' && r.scope === 'national' && r.edition !== null),
      (r) => `${r.edition}-12-31`,
    );
    if (rank) {
      latest = { value: rank.rank, text: `${rank.rank}/${rank.of}`, period: `DTI ${rank.edition}` };
    }
  } else {
    const observation = latestOf(
      observations.filter((o) => o.indicator === target.indicator),
      periodEnd,
    );
    if (observation) {
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
  }
  if (!latest) return { target, label, goal, document, latest, met: null, gap: null, share: null };
  const evaluation = evaluateTarget(latest.value, target);
  const share =
    target.comparator === 'gte' && target.value !== 0
      ? progress({ value: latest.value, target: target.value }).share
      : null;
  return { target, label, goal, document, latest, met: evaluation.met, gap: evaluation.gap, share };
}

/** Gathers the report's content from a dataset; pure. */
export function buildReport(dataset: Dataset, lang: Lang, only?: string): Report {
  const catalogue = new Map<string, IndicatorDefinition>(
    [...INDICATORS, ...dataset.indicators].map((i) => [i.id, i]),
  );
  const documents = new Map<string, string>(
    [...NATIONAL_DOCUMENTS, ...dataset.documents].map((d) => [d.id, d.number ?? d.title[lang]]),
  );
  const codes = [
    ...new Set([
      ...dataset.sources.map((s) => s.province),
      ...dataset.observations.map((o) => o.province),
    ]),
  ].filter((code) => code !== 'national' && (only === undefined || code === only));
  const provinces = codes.map((code): ProvinceReport => {
    const province = getProvince(code, { at: '2025-06-30' });
    const successor = successorOf(code);
    const observations = dataset.observations.filter((o) => o.province === code);
    // The articles' ranks, completed by the published DTI tables for the same (63-era) code.
    const reported = dataset.rankings.filter((r) => r.province === code);
    const published = DTI_RESULTS.filter(
      (r) =>
        r.province === code &&
        r.of === 63 &&
        !reported.some(
          (own) => own.index === r.index && own.scope === r.scope && own.edition === r.edition,
        ),
    );
    const rankings = [...reported, ...published];
    const byIndex = new Map<string, RankingEntry[]>();
    for (const entry of rankings) {
      const key = `${entry.index} ${entry.scope}`;
      byIndex.set(key, [...(byIndex.get(key) ?? []), entry]);
    }
    const ranks = [...byIndex.entries()].map(([key, entries]) => {
      const sorted = [...entries].sort((a, b) => (a.edition ?? 0) - (b.edition ?? 0));
      const scope = key.endsWith(' national') ? '' : ` (${key.split(' ')[1]})`;
      const steps = sorted.map(
        (e) => `${e.index}${e.edition === null ? '' : ` ${e.edition}`} ${e.rank}/${e.of}`,
      );
      const first = sorted[0];
      const last = sorted.at(-1);
      let change = '';
      if (first && last && first !== last) {
        const moved = rankChange(first, last);
        change =
          moved.direction === 'same'
            ? ' (=)'
            : ` (${moved.direction === 'up' ? '▲' : '▼'} ${Math.abs(moved.places)})`;
      }
      return { text: `${steps.join(' → ')}${scope}${change}`, entries: sorted };
    });
    const pillars = PILLARS.map((pillar) => ({
      pillar: pillar.id,
      title: `${pillar.name.vi} / ${pillar.name.en}`,
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
    return {
      code,
      name: province.name,
      region: province.region === null ? '' : getRegion(province.region).name[lang],
      successor: `${successor.name} (${successor.code})`,
      sources: dataset.sources
        .filter((s) => s.province === code)
        .map((s) =>
          [
            s.outlet ?? '?',
            s.published ?? '?',
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
      pillars,
      targets: dataset.targets
        .filter((t) => t.scope === code)
        .map((t) => statusOf(t, observations, rankings, catalogue, documents, lang)),
      nationalTargets: NATIONAL_TARGETS.filter((t) => observed.has(t.indicator)).map((t) =>
        statusOf(t, observations, rankings, catalogue, documents, lang),
      ),
    };
  });
  const findings = checkConsistency(dataset, { indicators: INDICATORS })
    .filter((finding) => only === undefined || finding.province === only)
    .map((finding) => ({
      province: finding.province,
      indicator: finding.indicator,
      message: finding.message,
    }));
  return { title: T[lang].title, provinces, findings };
}

function statusText(status: TargetStatus, lang: Lang): string {
  if (status.met === null) return T[lang].noData;
  if (status.met) return T[lang].met;
  const share = status.share === null ? '' : ` (${Math.round(status.share * 100)}%)`;
  return `${T[lang].notMet}${share}`;
}

/** Renders the report as text for an 80-column terminal. */
export function renderReport(report: Report, lang: Lang, bold: (text: string) => string): string {
  const t = T[lang];
  const out: string[] = [bold(report.title), '═'.repeat(Math.min(78, report.title.length)), ''];
  for (const p of report.provinces) {
    out.push(bold(`■ ${p.name} (${p.code}) · ${p.region}`), `  ${t.now} ${p.successor}`);
    for (const source of p.sources) out.push(...wrap(source, 78, `  ${t.source}: `, '    '));
    for (const programme of p.programmes)
      out.push(...wrap(programme, 78, `  ${t.programme}: `, '    '));
    if (p.ranks.length > 0) {
      out.push('', `  ${bold(t.ranks)}`);
      for (const rank of p.ranks) out.push(...wrap(rank.text, 78, '    ', '      '));
    }
    for (const group of p.pillars) {
      out.push('', `  ${bold(group.title)}`);
      out.push(
        formatTable(
          [
            { header: t.indicator, max: 38 },
            { header: t.period, max: 14 },
            { header: t.value, align: 'right', max: 20 },
          ],
          group.rows.map((row) => [row.label, row.period, row.value]),
          '    ',
        ),
      );
    }
    for (const [title, statuses] of [
      [t.targets, p.targets],
      [t.national, p.nationalTargets],
    ] as const) {
      if (statuses.length === 0) continue;
      out.push('', `  ${bold(title)}`);
      out.push(
        formatTable(
          [
            { header: t.indicator, max: 28 },
            { header: t.target, max: 10 },
            { header: t.deadline, max: 6 },
            { header: t.latest, align: 'right', max: 11 },
            { header: t.status, max: 15 },
          ],
          statuses.map((s) => [
            s.label,
            s.goal,
            formatPeriod(s.target.deadline, { lang }).replace(/^năm /, ''),
            s.latest?.text ?? '—',
            statusText(s, lang),
          ]),
          '    ',
        ),
      );
    }
    out.push('');
  }
  out.push(bold(t.findings));
  if (report.findings.length === 0) out.push(`  ${t.none}`);
  for (const finding of report.findings)
    out.push(
      ...wrap(`${finding.province} ${finding.indicator}: ${finding.message}`, 78, '  ', '    '),
    );
  return `${out.join('\n')}\n`;
}
