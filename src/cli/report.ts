import { type DtiPillarResult, dtiPillarResults, indexHistory } from '../dti.js';
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
  type PillarId,
  type RankingEntry,
  REGIONS,
  rankChange,
  successorOf,
  type Target,
  targetStatus,
} from '../index.js';
import type { Lang } from './command.js';
import { LAST_DAY_OF_63 } from './eras.js';
import { formatTable, wrap } from './table.js';

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
    published: 'Xếp hạng đã công bố (DTI, PCI, PAPI, PAR Index, SIPAS)',
    pillarResults: 'Trụ cột DTI đã công bố',
    top: 'tốp',
    finding: (reported: string, computed: string, parts: string) =>
      `báo cáo ${reported}, tính từ số đếm được ${computed} (${parts})`,
    notInSeed: (name: string, covered: string) =>
      `Dữ liệu gốc không có ${name}; dữ liệu gốc gồm: ${covered}.`,
    noPublished: 'Chưa có kết quả công bố (DTI, PCI, PAPI, PAR Index, SIPAS) cho tỉnh này.',
    predecessors: (name: string, all: string, held: string) =>
      `${name} từ 1/7/2025 hợp nhất ${all}; dưới đây là số liệu của tỉnh cũ có trong dữ liệu gốc: ${held}.`,
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
    published: 'Published ranks (DTI, PCI, PAPI, PAR Index, SIPAS)',
    pillarResults: 'Published DTI pillar results',
    top: 'top',
    finding: (reported: string, computed: string, parts: string) =>
      `reported ${reported}, the counts give ${computed} (${parts})`,
    notInSeed: (name: string, covered: string) =>
      `The seed dataset has no records of ${name}; it covers ${covered}.`,
    noPublished: 'No published result (DTI, PCI, PAPI, PAR Index, SIPAS) names this province.',
    predecessors: (name: string, all: string, held: string) =>
      `${name} unites ${all} since 1 July 2025; below are the records of its predecessors in the seed: ${held}.`,
  },
} as const;

const COMPARATOR_TEXT: Readonly<Record<Target['comparator'], string>> = {
  gte: '≥',
  lte: '≤',
  eq: '=',
  topN: 'top',
};

function unitOf(indicator: IndicatorDefinition | undefined): 'percent' | 'vnd' | undefined {
  return indicator?.unit === 'percent' ? 'percent' : indicator?.unit === 'vnd' ? 'vnd' : undefined;
}

function describeTarget(
  target: Target,
  indicator: IndicatorDefinition | undefined,
  lang: Lang,
): string {
  if (target.comparator === 'topN') return `${T[lang].top} ${target.value}`;
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
  const status = targetStatus(target, data);
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
            s.published,
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

/**
 * The published ranks of a code as one line, an index at a time:
 * `DTI 2020 28/63 → DTI 2021 17/63; PCI 2024 1/63`.
 */
export function publishedLine(entries: readonly RankingEntry[]): string {
  const byIndex = new Map<string, string[]>();
  for (const e of entries) {
    const step = `${e.index} ${e.edition ?? ''} ${e.rank}/${e.of}`.replace('  ', ' ');
    byIndex.set(e.index, [...(byIndex.get(e.index) ?? []), step]);
  }
  return [...byIndex.values()].map((steps) => steps.join(' → ')).join('; ');
}

/**
 * A province's published DTI pillar results as one line per pillar, pillars in
 * their usual order, editions oldest first; the value follows the rank where
 * printed: `Chính quyền số: DTI 2020 3/63 → DTI 2022 29/63 (0,6683)`.
 */
export function pillarLines(results: readonly DtiPillarResult[], lang: Lang): string[] {
  return PILLARS.flatMap((pillar) => {
    const steps = results
      .filter((r) => r.pillar === pillar.id)
      .map((r) => {
        const rank = r.rank === undefined ? '' : ` ${r.rank}/${r.of}`;
        const value =
          r.score === undefined
            ? ''
            : ` (${formatQuantity({ value: r.score, qualifier: 'exact' }, { lang, maximumFractionDigits: 4 })})`;
        return `DTI ${r.edition}${rank}${value}`;
      });
    return steps.length === 0 ? [] : [`${pillar.name[lang]}: ${steps.join(' → ')}`];
  });
}

/** The texts of the report in one language, for the command's own lines. */
export function reportWords(lang: Lang) {
  return T[lang];
}

function statusText(status: TargetLine, lang: Lang): string {
  if (status.met === null) return T[lang].noData;
  if (status.met) return T[lang].met;
  const share = status.share === null ? '' : ` (${Math.round(status.share * 100)}%)`;
  return `${T[lang].notMet}${share}`;
}

/** Renders the report as text for an 80-column terminal. */
export function renderReport(report: Report, lang: Lang, bold: (text: string) => string): string {
  const t = T[lang];
  const out: string[] = [bold(report.title), '═'.repeat(Math.min(78, report.title.length)), ''];
  for (const note of report.notes) out.push(...wrap(note, 78, '', ''), '');
  for (const p of report.provinces) {
    out.push(bold(`■ ${p.name} (${p.code}) · ${p.region}`), `  ${t.now} ${p.successor}`);
    for (const source of p.sources) out.push(...wrap(source, 78, `  ${t.source}: `, '    '));
    for (const programme of p.programmes)
      out.push(...wrap(programme, 78, `  ${t.programme}: `, '    '));
    if (p.ranks.length > 0) {
      out.push('', `  ${bold(t.ranks)}`);
      for (const rank of p.ranks) out.push(...wrap(rank.text, 78, '    ', '      '));
    }
    if (p.pillarResults.length > 0) {
      out.push('', `  ${bold(t.pillarResults)}`);
      for (const line of p.pillarResults) out.push(...wrap(line, 78, '    ', '      '));
    }
    for (const group of p.pillars) {
      out.push('', `  ${bold(group.title)}`);
      // Periods and values are never cut; labels take the width that is left.
      const periodWidth = Math.max(t.period.length, ...group.rows.map((r) => [...r.period].length));
      const valueWidth = Math.max(t.value.length, ...group.rows.map((r) => [...r.value].length));
      out.push(
        formatTable(
          [
            { header: t.indicator, max: 80 - 4 - 4 - periodWidth - valueWidth, wrap: true },
            { header: t.period },
            { header: t.value, align: 'right' },
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
      const rows = statuses.map((s) => [
        s.label,
        s.goal,
        formatPeriod(s.target.deadline, { lang }).replace(/^năm /, ''),
        s.latest?.text ?? '—',
        statusText(s, lang),
      ]);
      const headers = [t.indicator, t.target, t.deadline, t.latest, t.status];
      // The other columns are never cut; the indicator takes what is left of 80.
      const widths = [1, 2, 3, 4].map((i) =>
        Math.max(...rows.map((row) => [...(row[i] ?? '')].length), [...(headers[i] ?? '')].length),
      );
      out.push(
        formatTable(
          [
            {
              header: t.indicator,
              max: 80 - 4 - 8 - widths.reduce((a, b) => a + b, 0),
              wrap: true,
            },
            { header: t.target },
            { header: t.deadline },
            { header: t.latest, align: 'right' },
            { header: t.status },
          ],
          rows,
          '    ',
        ),
      );
    }
    out.push('');
  }
  if (report.published.length > 0) {
    out.push(bold(t.published));
    for (const line of report.published) {
      out.push(...wrap(`${line.province}: ${line.text}`, 78, '  ', '    '));
      for (const pillar of line.pillars) out.push(...wrap(pillar, 78, '    ', '      '));
    }
    out.push('');
  }
  out.push(bold(t.findings));
  if (report.findings.length === 0) out.push(`  ${t.none}`);
  for (const finding of report.findings)
    out.push(
      ...wrap(
        `${finding.province === 'national' ? '' : `${getProvince(finding.province, { at: LAST_DAY_OF_63 }).name} (${finding.province}) · `}${finding.message}`,
        78,
        '  ',
        '    ',
      ),
    );
  return `${out.join('\n')}\n`;
}
