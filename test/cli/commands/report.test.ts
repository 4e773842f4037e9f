import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { seedDataset } from '../../../src/seed.js';
import { fixture, memoryIo, run } from '../fixture.js';

const ENGLISH_WORDS =
  /\b(municipality|province|rank|ranks|reported|the counts give|central|national|top|Source|Digital|Foundation)\b/;

describe('vn-dx report', () => {
  it('shows programme, ranks, pillars, targets and findings, in Vietnamese throughout', async () => {
    const { code, out, err } = await run(['report']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('■ Hậu Giang (93) · Đồng bằng sông Cửu Long');
    expect(out).toContain('từ 1/7/2025 thuộc Cần Thơ (92)');
    expect(out.replace(/\n\s+/g, ' ')).toContain(
      '(giai đoạn 2021-2025, tầm nhìn 2030). Văn bản: 04-NQ/TU — Nghị quyết về chuyển đổi số',
    );
    expect(out).toContain('DTI 2020 28/63 → DTI 2021 17/63 → DTI 2022 17/63 (▲ 11)');
    expect(out).toContain('khoảng 40%');
    expect(out).toMatch(/tốp 20\s+2025\s+17\/63\s+đạt/);
    expect(out).toMatch(/≥ 80%\s+2025\s+khoảng 40%\s+chưa đạt \(50%\)/);
    expect(out).toMatch(/chưa có số liệu/);
    expect(out.replace(/\n\s+/g, ' ')).toContain(
      'Hậu Giang (93) · Tỷ lệ văn bản đi được ký số: báo cáo 94%, tính từ số đếm được 94,93% (129.396 / 136.302)',
    );
    expect(out).not.toMatch(ENGLISH_WORDS);
    for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\u001b[');
  });

  it('speaks English with --lang en, prints JSON, and is bold only on a terminal without NO_COLOR', async () => {
    const en = (await run(['report', '--lang', 'en'])).out;
    expect(en).toContain('from 1 July 2025 part of Cần Thơ (92)');
    expect(en).toContain('Digital government');
    expect(en.replace(/\n\s+/g, ' ')).toContain(
      'reported 94%, the counts give 94.93% (129,396 / 136,302)',
    );
    const json = JSON.parse((await run(['report', '--json'])).out);
    expect(json.provinces[0].code).toBe('93');
    expect(json.findings).toHaveLength(1);
    expect((await run(['report'], {}, { isTTY: true })).out).toContain('\u001b[1m');
    expect((await run(['report'], {}, { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain(
      '\u001b[',
    );
  });

  it('judges a DTI rank target on DTI ranks only, not on other indices', async () => {
    const withPci = {
      ...fixture,
      rankings: [
        ...fixture.rankings,
        {
          id: 'hg-pci',
          index: 'PCI',
          edition: 2022,
          province: '93',
          rank: 60,
          of: 63,
          scope: 'national' as const,
          source: { source: 'hg-report-2022' },
        },
      ],
    };
    const io = memoryIo();
    await main(['report', '--json'], io.io, withPci);
    const report = JSON.parse(io.out());
    const dtiTarget = report.provinces[0].targets.find(
      (t: { target: { indicator: string } }) => t.target.indicator === 'dti.overall.rank',
    );
    expect(dtiTarget.latest).toEqual({ value: 17, text: '17/63', period: 'DTI 2022' });
  });

  it('keeps one province with --province and completes its ranks from the published tables', async () => {
    const one = await run(['report', '--province', 'hau giang']);
    expect(one.out).toContain('■ Hậu Giang (93)');
    expect(one.out).toMatch(/DTI 2020 28\/63 → DTI 2021 17\/63 → DTI 2022 17\/63/);
    expect(one.out).toContain('báo cáo 94%');
    expect((await run(['report', '--province', 'Atlantis'])).code).toBe(1);
    expect((await run(['report', '--province', 'Atlantis', '--at', '2024-01-01'])).err).toBe(
      'vn-dx report: no province matches "Atlantis" on 2024-01-01\n',
    );
  });

  it('says what the seed covers for another province, and shows its published DTI ranks', async () => {
    const vi = await run(['report', '--province', 'Lạng Sơn'], {}, { dataset: seedDataset });
    expect(vi.code).toBe(0);
    expect(vi.out.replace(/\n/g, ' ')).toContain(
      'Dữ liệu gốc không có Lạng Sơn (20); dữ liệu gốc gồm: An Giang (89), Quảng Nam (49), Vĩnh Phúc (26), Thái Nguyên (19), Hậu Giang (93).',
    );
    expect(vi.out).toMatch(/Lạng Sơn \(20\): DTI 2020 16\/63 → DTI 2021 5\/63 → DTI 2022 6\/63/);
    expect(vi.out).not.toContain('■');
    const en = await run(
      ['report', '--province', 'Lạng Sơn', '--lang', 'en'],
      {},
      { dataset: seedDataset },
    );
    expect(en.out.replace(/\n/g, ' ')).toContain(
      'The seed dataset has no records of Lạng Sơn (20); it covers An Giang (89)',
    );
    const none = await run(['report', '--province', 'Tuyên Quang', '--at', '2025-07-01']);
    expect(none.out.replace(/\n\s*/g, ' ')).toContain(
      'Chưa có kết quả công bố (DTI, PCI, PAPI, PAR Index, SIPAS) cho tỉnh này.',
    );
  });

  it('shows the other indices’ published ranks beside the DTI’s, an index at a time', async () => {
    const haiPhong = await run(
      ['report', '--province', 'Hải Phòng', '--lang', 'en'],
      {},
      { dataset: seedDataset },
    );
    const line = haiPhong.out.replace(/\n\s+/g, ' ');
    expect(line).toContain('Published ranks (DTI, PCI, PAPI, PAR Index, SIPAS)');
    expect(line).toContain(
      'DTI 2023 8/63 → DTI 2024 3/63; PCI 2017 9/63 → PCI 2020 7/63 → PCI 2022 3/63 → PCI 2024 1/63; PAR 2024 1/63',
    );
    // A seed province gets its PAPI and SIPAS rows under Ranks, one line per index.
    const seed = await run(
      ['report', '--province', 'Thái Nguyên', '--lang', 'en'],
      {},
      { dataset: seedDataset },
    );
    expect(seed.out).toContain('    PAPI 2023 2/61\n    SIPAS 2023 2/63\n');
    // After the merger a 34-era code gets only its 34-unit rankings.
    const merged = await run(
      ['report', '--province', 'Hải Phòng', '--at', '2025-07-01', '--lang', 'en'],
      {},
      { dataset: seedDataset },
    );
    expect(merged.out).toContain('Hải Phòng (31): DTI 2024 3/34\n');
  });

  it('shows published DTI pillar results, with the pillar names in the output language', async () => {
    const seed = await run(['report', '--province', 'Thái Nguyên'], {}, { dataset: seedDataset });
    expect(seed.out).toContain(
      '  Trụ cột DTI đã công bố\n    Chính quyền số: DTI 2020 3/63 → DTI 2021 9/63 (0,5496)\n',
    );
    const vi = await run(['report', '--province', 'Trà Vinh'], {}, { dataset: seedDataset });
    expect(vi.out).toContain('    Chính quyền số: DTI 2022 29/63 (0,6683)\n');
    expect(vi.out).toContain('    Kinh tế số: DTI 2022 27/63 (0,6647)\n');
    expect(vi.out).toContain('    Xã hội số: DTI 2022 26/63 (0,5991)\n');
    expect(vi.out).not.toMatch(ENGLISH_WORDS);
    const en = await run(
      ['report', '--province', 'Trà Vinh', '--lang', 'en'],
      {},
      { dataset: seedDataset },
    );
    expect(en.out).toContain('    Digital economy: DTI 2022 27/63 (0.6647)\n');
    const json = JSON.parse(
      (await run(['report', '--province', 'Trà Vinh', '--json'], {}, { dataset: seedDataset })).out,
    );
    expect(json.published[0].pillars).toHaveLength(3);
    const none = await run(['report', '--province', 'Tuyên Quang'], {}, { dataset: seedDataset });
    expect(none.out).not.toContain('Chính quyền số');
  });

  it('shows a post-merger unit through its predecessors in the seed, with a line saying so', async () => {
    const vi = await run(['report', '--province', 'Cần Thơ', '--at', '2025-07-01']);
    expect(vi.out.replace(/\n/g, ' ')).toContain(
      'Cần Thơ (92) từ 1/7/2025 hợp nhất Cần Thơ (92), Hậu Giang (93), Sóc Trăng (94); dưới đây là số liệu của tỉnh cũ có trong dữ liệu gốc: Hậu Giang (93).',
    );
    expect(vi.out).toContain('■ Hậu Giang (93)');
    const en = await run(['report', '--province', 'Cần Thơ', '--at', '2025-07-01', '--lang', 'en']);
    expect(en.out.replace(/\n/g, ' ')).toContain(
      'below are the records of its predecessors in the seed: Hậu Giang (93).',
    );
  });

  it('wraps long labels of the seed report instead of cutting them, in both languages', async () => {
    for (const lang of ['vi', 'en']) {
      const { out } = await run(['report', '--lang', lang], {}, { dataset: seedDataset });
      expect(out).not.toContain('…');
      for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
  });

  it('never truncates a period nor shows a ? source', async () => {
    const half = {
      ...fixture,
      observations: [
        ...fixture.observations,
        {
          id: 'hg-5',
          province: '93',
          indicator: 'gov.dossiers.online-share',
          period: { kind: 'half' as const, year: 2023, half: 1 as const },
          value: 61.5,
          qualifier: 'exact' as const,
          source: { source: 'hg-report-2022' },
        },
      ],
    };
    const { out } = await run(['report'], {}, { dataset: half });
    expect(out).toContain('6 tháng đầu năm 2023');
    expect(out).not.toContain('?');
  });
});
