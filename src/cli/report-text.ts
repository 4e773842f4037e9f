// The report as text, in Vietnamese or English: its words, the status of a target line, the
// published ranks, the pillar lines and the whole rendering.
import type { DtiPillarResult } from '../dti.js';
import {
  formatPeriod,
  formatQuantity,
  getProvince,
  PILLARS,
  type RankingEntry,
  type Target,
} from '../index.js';
import type { Lang } from './command.js';
import { LAST_DAY_OF_63 } from './eras.js';
import type { Report, TargetLine } from './report-types.js';
import { formatTable, wrap } from './table.js';

/** The report's words, in Vietnamese and English. */
export const T = {
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
    documents: 'Văn bản',
    noNumber: 'chưa rõ số hiệu',
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
    documents: 'Documents',
    noNumber: 'number not known',
    finding: (reported: string, computed: string, parts: string) =>
      `reported ${reported}, the counts give ${computed} (${parts})`,
    notInSeed: (name: string, covered: string) =>
      `The seed dataset has no records of ${name}; it covers ${covered}.`,
    noPublished: 'No published result (DTI, PCI, PAPI, PAR Index, SIPAS) names this province.',
    predecessors: (name: string, all: string, held: string) =>
      `${name} unites ${all} since 1 July 2025; below are the records of its predecessors in the seed: ${held}.`,
  },
} as const;

/** How a target's comparator is written in the report: `≥ 80%`, `top 20`. */
export const COMPARATOR_TEXT: Readonly<Record<Target['comparator'], string>> = {
  gte: '≥',
  lte: '≤',
  eq: '=',
  'top-n': 'top',
};

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
