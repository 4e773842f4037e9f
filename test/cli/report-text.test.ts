import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/report.js';
import {
  COMPARATOR_TEXT,
  pillarLines,
  publishedLine,
  renderReport,
  reportWords,
} from '../../src/cli/report-text.js';
import type { Report } from '../../src/cli/report-types.js';
import { indexHistory } from '../../src/dti/index-query.js';
import { dtiPillarResults } from '../../src/dti/query.js';
import { edge } from '../fixtures/report.js';
import { fixture } from './fixture.js';

const plain = (text: string) => text;

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

describe('publishedLine', () => {
  const entry = (index: string, edition: number | null, rank: number) => ({
    index,
    edition,
    province: '93',
    rank,
    of: 63,
    scope: 'national' as const,
    source: { source: 's' },
  });

  it('joins the ranks of an index with arrows and the indexes with semicolons', () => {
    expect(
      publishedLine([entry('DTI', 2020, 28), entry('PCI', 2024, 1), entry('DTI', 2021, 17)]),
    ).toBe('DTI 2020 28/63 → DTI 2021 17/63; PCI 2024 1/63');
  });

  it('writes a rank without an edition with one space, and nothing for no ranks', () => {
    expect(publishedLine([entry('PAR', null, 5)])).toBe('PAR 5/63');
    expect(publishedLine([])).toBe('');
  });

  it('reads the published tables as the report shows them', () => {
    expect(publishedLine(indexHistory('93', { era: '63' }))).toMatch(/^DTI 2020 \d+\/63 → /);
  });
});

describe('reportWords and COMPARATOR_TEXT', () => {
  it('gives the words of one language, with the sentences filled in', () => {
    expect(reportWords('en').met).toBe('met');
    expect(reportWords('vi').met).toBe('đạt');
    expect(reportWords('vi').notInSeed('Hà Nội', 'Hậu Giang')).toBe(
      'Dữ liệu gốc không có Hà Nội; dữ liệu gốc gồm: Hậu Giang.',
    );
    expect(reportWords('en').predecessors('Cần Thơ', 'A, B', 'B')).toBe(
      'Cần Thơ unites A, B since 2025-07-01; below are the records of its predecessors in the seed: B.',
    );
  });

  it('writes every comparator as a sign, top-n as a word', () => {
    expect(COMPARATOR_TEXT).toEqual({ gte: '≥', lte: '≤', eq: '=', 'top-n': 'top' });
  });
});

describe('renderReport sections', () => {
  it('shows the share of the way for a target not met, and the status of one without data', () => {
    const text = renderReport(buildReport(fixture, 'en'), 'en', plain);
    expect(text).toMatch(/≥ 80%\s+2025\s+about 40%\s+not met \(50%\)\n/);
    expect(text).toMatch(/≥ 80%\s+2025\s+—\s+no data\n/);
    expect(text).toMatch(/top 20\s+2025\s+17\/63\s+met\n/);
  });

  it('names the province of a finding, but not for a national one, and wraps notes first', () => {
    const report = buildReport(fixture, 'en', undefined, ['A note before the provinces.']);
    const [finding] = report.findings;
    if (!finding) throw new Error('the fixture has a finding');
    const national: Report = {
      ...report,
      findings: [finding, { ...finding, province: 'national', message: 'national figure' }],
    };
    const text = renderReport(national, 'en', plain);
    expect(text.split('\n').slice(0, 4)).toEqual([
      report.title,
      '═'.repeat(report.title.length),
      '',
      'A note before the provinces.',
    ]);
    expect(text).toContain('  Hậu Giang (93) · Share of outgoing documents digitally signed');
    expect(text).toContain('\n  national figure\n');
  });

  it('lists the published ranks and pillar results of provinces the seed does not cover', () => {
    const report: Report = {
      ...buildReport(fixture, 'vi', []),
      published: [
        { province: 'Hà Nội (01)', text: 'DTI 2020 6/63', pillars: ['Kinh tế số: DTI 2021 1/63'] },
      ],
    };
    const text = renderReport(report, 'vi', (t) => `*${t}*`);
    expect(text).toContain(
      '*Xếp hạng đã công bố (DTI, PCI, PAPI, PAR Index, SIPAS)*\n  Hà Nội (01): DTI 2020 6/63\n    Kinh tế số: DTI 2021 1/63\n',
    );
    expect(text).toContain('*Số liệu không khớp (tỷ lệ so với số đếm)*\n  không có\n');
    expect(text).not.toContain('■');
  });
});
