import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/report.js';
import { pillarLines, renderReport } from '../../src/cli/report-text.js';
import type { Report } from '../../src/cli/report-types.js';
import { dtiPillarResults } from '../../src/dti/query.js';
import type { Dataset } from '../../src/model/dataset.js';
import { fixture } from './fixture.js';

const year = (value: number) => ({ kind: 'year', year: value }) as const;

/** Records that take the report's less travelled paths: missing names, numbers, units and links. */
const edge: Dataset = {
  sources: [
    {
      id: 'qn-anonymous',
      outlet: null,
      published: null,
      title: null,
      subject: 'An undated clipping.',
      interviewee: null,
      province: '49',
    },
    {
      id: 'vp-report',
      outlet: 'Báo Vĩnh Phúc',
      published: '2021-07',
      title: null,
      subject: 'Half-year results.',
      interviewee: null,
      province: '26',
    },
  ],
  documents: [
    {
      id: 'qn-plan',
      number: null,
      kind: { vi: 'Kế hoạch', en: 'Plan' },
      issuer: { vi: 'UBND tỉnh Quảng Nam', en: 'Quảng Nam People’s Committee' },
      scope: '49',
      issued: null,
      title: { vi: 'Kế hoạch chuyển đổi số', en: 'Digital transformation plan' },
      sources: [],
    },
  ],
  programmes: [
    {
      id: 'qn-programme',
      name: { vi: 'Chuyển đổi số Quảng Nam', en: 'Quảng Nam digital transformation' },
      scope: '49',
      documents: ['qn-plan', 'qn-lost-decree'],
      sources: [{ source: 'qn-anonymous' }],
    },
  ],
  indicators: [],
  observations: [
    {
      province: '49',
      indicator: 'soc.own-measure',
      period: year(2022),
      value: 50,
      qualifier: 'exact',
      source: { source: 'qn-anonymous' },
    },
    {
      province: '49',
      indicator: 'econ.telecom-revenue',
      period: year(2022),
      value: 1_500_000_000,
      qualifier: 'exact',
      source: { source: 'qn-anonymous' },
    },
  ],
  targets: [
    {
      id: 'qn-t-own',
      scope: '49',
      indicator: 'soc.own-measure',
      comparator: 'lte',
      value: 10,
      deadline: year(2025),
      document: 'qn-unlisted',
      verified: false,
    },
    {
      id: 'qn-t-revenue',
      scope: '49',
      indicator: 'econ.telecom-revenue',
      comparator: 'gte',
      value: 2_000_000_000,
      deadline: year(2025),
      document: 'qn-plan',
      verified: true,
    },
  ],
  rankings: [
    {
      index: 'PAR',
      edition: null,
      province: '49',
      rank: 5,
      of: 63,
      scope: 'national',
      source: { source: 'qn-anonymous' },
    },
    {
      index: 'PAR',
      edition: null,
      province: '49',
      rank: 6,
      of: 63,
      scope: 'national',
      source: { source: 'qn-anonymous' },
    },
    {
      index: 'PAR',
      edition: 2021,
      province: '49',
      rank: 5,
      of: 63,
      scope: 'national',
      source: { source: 'qn-anonymous' },
    },
    {
      index: 'PCI',
      edition: 2020,
      province: '49',
      rank: 10,
      of: 63,
      scope: 'national',
      source: { source: 'qn-anonymous' },
    },
    {
      index: 'PCI',
      edition: 2021,
      province: '49',
      rank: 20,
      of: 63,
      scope: 'national',
      source: { source: 'qn-anonymous' },
    },
    {
      index: 'DTI',
      edition: 2021,
      province: '49',
      rank: 2,
      of: 14,
      scope: 'central',
      source: { source: 'qn-anonymous' },
    },
  ],
};

const plain = (text: string) => text;

describe('buildReport', () => {
  const report = buildReport(edge, 'en');
  const quangNam = report.provinces.find((p) => p.code === '49');
  const vinhPhuc = report.provinces.find((p) => p.code === '26');

  it('keeps every province with a source or an observation, in dataset order', () => {
    expect(report.provinces.map((p) => [p.code, p.name, p.successor])).toEqual([
      ['49', 'Quảng Nam', 'Đà Nẵng (48)'],
      ['26', 'Vĩnh Phúc', 'Phú Thọ (25)'],
    ]);
    expect(buildReport(edge, 'en', ['26']).provinces.map((p) => p.code)).toEqual(['26']);
  });

  it('names a source without outlet or date by its title or id, never ?, and leaves out a missing interviewee', () => {
    expect(quangNam?.sources).toEqual(['qn-anonymous']);
    expect(vinhPhuc?.sources).toEqual(['Báo Vĩnh Phúc · 2021-07']);
  });

  it('names a programme’s documents by number, by title when unnumbered, else by id', () => {
    expect(quangNam?.programmes).toEqual([
      'Quảng Nam digital transformation (Digital transformation plan, qn-lost-decree)',
    ]);
    expect(buildReport(edge, 'vi').provinces[0]?.programmes).toEqual([
      'Chuyển đổi số Quảng Nam (Kế hoạch chuyển đổi số, qn-lost-decree)',
    ]);
  });

  it('orders ranks with unknown editions first and marks up, down, same and regional scopes', () => {
    const texts = quangNam?.ranks.map((r) => r.text) ?? [];
    expect(texts).toContain('PAR 5/63 → PAR 6/63 → PAR 2021 5/63 (=)');
    expect(texts).toContain('PCI 2020 10/63 → PCI 2021 20/63 (▼ 10)');
    // A single entry has no change to show.
    expect(texts).toContain('DTI 2021 2/14 (Central Vietnam)');
    expect(buildReport(edge, 'vi').provinces[0]?.ranks.map((r) => r.text)).toContain(
      'DTI 2021 2/14 (Miền Trung)',
    );
    const par = quangNam?.ranks.find((r) => r.text.startsWith('PAR'));
    expect(par?.entries.map((e) => e.edition)).toEqual([null, null, 2021]);
  });

  it('files an indicator outside the catalogue under foundation, labelled by its id', () => {
    const foundation = quangNam?.pillars.find((group) => group.pillar === 'foundation');
    expect(foundation?.rows).toEqual([
      { indicator: 'soc.own-measure', label: 'soc.own-measure', period: '2022', value: '50' },
    ]);
    const economy = quangNam?.pillars.find((group) => group.pillar === 'economy');
    expect(economy?.rows[0]).toMatchObject({
      label: "Telecom enterprises' revenue",
      value: '1.5 billion VND',
    });
    expect(vinhPhuc?.pillars).toEqual([]);
  });

  it('judges lte and money targets, falling back to the document id and the indicator id', () => {
    const [own, revenue] = quangNam?.targets ?? [];
    expect(own).toMatchObject({
      label: 'soc.own-measure',
      goal: '≤ 10',
      document: 'qn-unlisted',
      latest: { value: 50, text: '50', period: '2022' },
      met: false,
      share: null,
    });
    expect(revenue).toMatchObject({
      goal: '≥ 2 billion VND',
      document: 'Digital transformation plan',
      latest: { value: 1_500_000_000, text: '1.5 billion VND', period: '2022' },
      met: false,
      share: 0.75,
    });
    expect(vinhPhuc?.targets).toEqual([]);
    expect(vinhPhuc?.nationalTargets).toEqual([]);
  });
});

describe('renderReport', () => {
  it('prints a target not met without a share, and skips empty target tables', () => {
    const text = renderReport(buildReport(edge, 'en'), 'en', plain);
    const [quangNam = '', vinhPhuc = ''] = text.split('■ ').slice(1);
    expect(quangNam).toContain('Source: qn-anonymous');
    expect(quangNam).not.toContain('?');
    expect(quangNam).toMatch(/soc\.own-measure\s+≤ 10\s+2025\s+50\s+not met\n/);
    expect(quangNam).toContain('Provincial targets');
    expect(vinhPhuc).not.toContain('Provincial targets');
    expect(vinhPhuc).not.toContain('National targets');
    expect(vinhPhuc).toContain(
      'Ranks\n    DTI 2020 55/63 → DTI 2021 12/63 → DTI 2022 18/63 (▲ 37)\n',
    );
    expect(quangNam).toContain('  Foundation\n');
    expect(renderReport(buildReport(edge, 'vi'), 'vi', plain)).toContain('  Nền tảng\n');
    expect(text).toContain('Inconsistencies (shares against their counts)\n  none\n');
  });

  it('leaves out the ranks heading when a province has no ranks', () => {
    const report = buildReport(fixture, 'vi');
    const [hauGiang] = report.provinces;
    if (!hauGiang) throw new Error('the fixture has Hậu Giang');
    const bare: Report = { ...report, provinces: [{ ...hauGiang, ranks: [] }] };
    expect(renderReport(report, 'vi', plain)).toContain('  Xếp hạng\n');
    expect(renderReport(bare, 'vi', plain)).not.toContain('Xếp hạng');
    expect(renderReport(bare, 'vi', (t) => `*${t}*`)).toContain('*Mục tiêu của tỉnh*');
  });
});

describe('pillarLines', () => {
  it('gives one line per pillar in order, the value after the rank where printed', () => {
    expect(pillarLines(dtiPillarResults('27'), 'vi')).toEqual([
      'Chính quyền số: DTI 2020 8/63 (0,4449) → DTI 2021 4/63 (0,5877)',
      'Kinh tế số: DTI 2020 2/63 (0,3668) → DTI 2021 6/63 (0,532)',
      'Xã hội số: DTI 2020 2/63 (0,4052) → DTI 2021 6/63 (0,5292)',
    ]);
    expect(pillarLines(dtiPillarResults('25'), 'en')).toEqual([
      'Digital government: DTI 2021 20/63 (0.4956)',
      'Digital economy: DTI 2021 17/63',
    ]);
    expect(pillarLines([], 'vi')).toEqual([]);
  });

  it('shows a value without a rank, for a source that prints only the value', () => {
    const [result] = dtiPillarResults('84', { edition: 2022, pillar: 'economy' });
    const { rank: _rank, ...valueOnly } = result ?? { rank: 0 };
    expect(pillarLines([valueOnly as typeof result & {}], 'en')).toEqual([
      'Digital economy: DTI 2022 (0.6647)',
    ]);
  });
});
