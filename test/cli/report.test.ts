import { describe, expect, it } from 'vitest';
import { buildReport, coveredCodes } from '../../src/cli/report.js';
import type { Dataset } from '../../src/model/dataset.js';
import { edge } from '../fixtures/report.js';
import { fixture } from './fixture.js';

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

  it('names a programme’s documents by number with their title, an unnumbered one as such, else by id', () => {
    expect(quangNam?.programmes).toEqual([
      'Quảng Nam digital transformation. Documents: Digital transformation plan (number not known); qn-lost-decree',
    ]);
    expect(buildReport(edge, 'vi').provinces[0]?.programmes).toEqual([
      'Chuyển đổi số Quảng Nam. Văn bản: Kế hoạch chuyển đổi số (chưa rõ số hiệu); qn-lost-decree',
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

describe('coveredCodes', () => {
  it('lists the provinces of sources and observations once, in the order they first appear, without national', () => {
    expect(coveredCodes(edge)).toEqual(['49', '26']);
    const national: Dataset = {
      ...fixture,
      sources: [],
      observations: [
        ...fixture.observations.map((o) => ({ ...o, province: 'national' })),
        { ...(fixture.observations[0] as Dataset['observations'][number]), province: '01' },
      ],
    };
    expect(coveredCodes(national)).toEqual(['01']);
    expect(coveredCodes({ ...fixture, sources: [], observations: [] })).toEqual([]);
  });
});

describe('buildReport findings and notes', () => {
  it('says which share disagrees with its counts, in the language asked for', () => {
    expect(buildReport(fixture, 'en').findings).toEqual([
      {
        province: '93',
        indicator: 'gov.edocs.outgoing-signed-share',
        message:
          'Share of outgoing documents digitally signed: reported 94%, the counts give 94.93% (129,396 / 136,302)',
      },
    ]);
    expect(buildReport(fixture, 'vi').findings[0]?.message).toBe(
      'Tỷ lệ văn bản đi được ký số: báo cáo 94%, tính từ số đếm được 94,93% (129.396 / 136.302)',
    );
  });

  it('keeps only the findings and provinces asked for, and carries the notes and title', () => {
    const other = buildReport(fixture, 'en', ['01'], ['Only Hà Nội.']);
    expect(other.findings).toEqual([]);
    expect(other.provinces).toEqual([]);
    expect(other.notes).toEqual(['Only Hà Nội.']);
    expect(other.published).toEqual([]);
    expect(other.title).toBe('Provincial digital transformation — seed data from five articles');
    expect(buildReport(fixture, 'vi').title).toMatch(/^Chuyển đổi số cấp tỉnh/);
  });

  it('measures the national targets of the indicators a province reports, and its own targets', () => {
    const [hauGiang] = buildReport(fixture, 'vi').provinces;
    expect(
      hauGiang?.targets.map((t) => [t.goal, t.document, t.latest?.text ?? null, t.met]),
    ).toEqual([
      ['tốp 20', '04-NQ/TU', '17/63', true],
      ['≥ 80%', null, 'khoảng 40%', false],
      ['≥ 80%', null, null, null],
    ]);
    expect(hauGiang?.nationalTargets.map((t) => [t.label, t.goal, t.document])).toEqual([
      ['Tỷ lệ văn bản đi được ký số', '≥ 100%', '942/QĐ-TTg'],
    ]);
  });

  it('does not change the dataset it reads', () => {
    const copy = structuredClone(fixture);
    buildReport(fixture, 'en');
    expect(fixture).toEqual(copy);
  });
});
