import { describe, expect, it } from 'vitest';
import {
  lineOf,
  provinceReport,
  quantityText,
  rankLines,
  reportContext,
} from '../../src/cli/report-province.js';
import type { RankingEntry } from '../../src/model/ranking.js';
import { edge } from '../fixtures/report.js';
import { fixture } from './fixture.js';

const rank = (
  index: string,
  edition: number | null,
  value: number,
  scope: RankingEntry['scope'] = 'national',
): RankingEntry => ({
  index,
  edition,
  province: '49',
  rank: value,
  of: 63,
  scope,
  source: { source: 'qn-anonymous' },
});

describe('quantityText', () => {
  it('shows percent and đồng in their unit, other units bare, two decimals at most', () => {
    expect(quantityText(51.166, 'exact', { unit: 'percent' }, 'vi')).toBe('51,17%');
    expect(quantityText(40, 'approx', { unit: 'percent' }, 'en')).toBe('about 40%');
    expect(quantityText(1_500_000_000, 'exact', { unit: 'vnd' }, 'en')).toBe('1.5 billion VND');
    expect(quantityText(1234.5, 'exact', { unit: 'count' }, 'vi')).toBe('1.234,5');
    expect(quantityText(7, 'exact', undefined, 'en')).toBe('7');
  });
});

describe('rankLines', () => {
  it('makes one line per index and scope, in the order met, with the change first to last', () => {
    const lines = rankLines(
      [
        rank('DTI', 2020, 30),
        rank('PCI', 2020, 10),
        rank('DTI', 2021, 12),
        rank('DTI', 2021, 3, 'central'),
      ],
      'en',
    );
    expect(lines.map((line) => line.text)).toEqual([
      'DTI 2020 30/63 → DTI 2021 12/63 (▲ 18)',
      'PCI 2020 10/63',
      'DTI 2021 3/63 (Central Vietnam)',
    ]);
    expect(lines[0]?.entries.map((e) => e.rank)).toEqual([30, 12]);
  });

  it('marks a fall and no change, names a region in Vietnamese, and keeps an unknown scope as written', () => {
    expect(rankLines([rank('PCI', 2020, 10), rank('PCI', 2021, 20)], 'vi')[0]?.text).toBe(
      'PCI 2020 10/63 → PCI 2021 20/63 (▼ 10)',
    );
    expect(rankLines([rank('PAR', null, 5), rank('PAR', 2021, 5)], 'vi')[0]?.text).toBe(
      'PAR 5/63 → PAR 2021 5/63 (=)',
    );
    expect(rankLines([rank('DTI', 2021, 2, 'central')], 'vi')[0]?.text).toBe(
      'DTI 2021 2/63 (Miền Trung)',
    );
    expect(
      rankLines([rank('DTI', 2021, 2, 'somewhere' as RankingEntry['scope'])], 'en')[0]?.text,
    ).toBe('DTI 2021 2/63 (somewhere)');
    expect(rankLines([], 'en')).toEqual([]);
  });
});

describe('lineOf', () => {
  const context = reportContext(fixture, 'en');
  const data = { observations: fixture.observations, rankings: fixture.rankings };
  const [topN, share, noData] = fixture.targets;
  if (!topN || !share || !noData) throw new Error('the fixture has three targets');

  it('measures a rank target by the latest rank, named by its document number', () => {
    expect(lineOf(topN, data, context)).toEqual({
      target: topN,
      label: 'Provincial DTI rank',
      goal: 'top 20',
      document: '04-NQ/TU',
      latest: { value: 17, text: '17/63', period: 'DTI 2021' },
      met: true,
      gap: -3,
      share: null,
    });
  });

  it('measures a share target by the latest observation, with its share of the way', () => {
    expect(lineOf(share, data, reportContext(fixture, 'vi'))).toMatchObject({
      label: 'Tỷ lệ hồ sơ trực tuyến',
      goal: '≥ 80%',
      document: null,
      latest: { value: 40, text: 'khoảng 40%', period: 'năm 2021' },
      met: false,
      share: 0.5,
    });
  });

  it('says nothing is known of a target without data, and falls back to ids', () => {
    expect(lineOf(noData, data, context)).toMatchObject({ latest: null, met: null, gap: null });
    const unknown = { ...share, indicator: 'own.measure', document: 'lost-decree' };
    expect(lineOf(unknown, data, context)).toMatchObject({
      label: 'own.measure',
      goal: '≥ 80',
      document: 'lost-decree',
      latest: null,
    });
  });
});

describe('provinceReport', () => {
  it('gathers one province: region, successor, sources, programmes, ranks, pillars and targets', () => {
    const hauGiang = provinceReport('93', reportContext(fixture, 'en'));
    expect(hauGiang).toMatchObject({
      code: '93',
      name: 'Hậu Giang',
      region: 'Mekong River Delta',
      successor: 'Cần Thơ (92)',
      sources: [
        'Báo Hậu Giang · 2022-10 · Đồng Văn Thanh, Chairman of the Provincial People’s Committee',
      ],
      programmes: [
        'Hậu Giang digital transformation (2021–2025, vision 2030). Documents: 04-NQ/TU — Resolution on digital transformation',
      ],
    });
    expect(hauGiang.ranks[0]?.text).toMatch(/^DTI 2020 28\/63 → DTI 2021 17\/63/);
    expect(hauGiang.pillars.map((group) => group.pillar)).toEqual(['government']);
    expect(hauGiang.targets).toHaveLength(3);
    expect(hauGiang.nationalTargets.map((t) => t.target.indicator)).toEqual([
      'gov.edocs.outgoing-signed-share',
    ]);
  });

  it('writes the vision year in Vietnamese and leaves out what a province has none of', () => {
    const hauGiang = provinceReport('93', reportContext(fixture, 'vi'));
    expect(hauGiang.programmes[0]).toMatch(
      / \(giai đoạn 2021-2025, tầm nhìn 2030\)\. Văn bản: 04-NQ\/TU — /,
    );
    const vinhPhuc = provinceReport('26', reportContext(edge, 'en'));
    expect(vinhPhuc).toMatchObject({
      programmes: [],
      pillars: [],
      targets: [],
      nationalTargets: [],
    });
  });
});
