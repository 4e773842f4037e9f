import { describe, expect, it } from 'vitest';
import { SEED_SOURCES } from '../../src/articles/sources.js';
import { DTI_RESULTS } from '../../src/dti/results.js';
import type { RankingEntry } from '../../src/model/ranking.js';
import { RankingEntrySchema } from '../../src/model/ranking.js';
import { validate } from '../../src/model/validate.js';
import { findProvince, getProvince, provincesAt } from '../../src/provinces/lookup.js';
import { SEED_ARTICLES } from '../../src/seed.js';

const seedSourceIds = new Set(SEED_SOURCES.map((source) => source.id));

/** The day a code is read on: the 34-unit map for `of: 34`, else the end of the edition year. */
const dayOf = (entry: RankingEntry) => (entry.of === 34 ? '2025-07-01' : `${entry.edition}-12-31`);
const eraOf = (entry: RankingEntry) => (entry.of === 34 ? '34' : '63');
const groupKey = (entry: RankingEntry) => `${entry.edition}/${entry.of}`;

function groups(): Map<string, RankingEntry[]> {
  const map = new Map<string, RankingEntry[]>();
  for (const entry of DTI_RESULTS)
    map.set(groupKey(entry), [...(map.get(groupKey(entry)) ?? []), entry]);
  return map;
}

function find(edition: number, of: number, province: string): RankingEntry {
  const entry = DTI_RESULTS.find(
    (e) => e.edition === edition && e.of === of && e.province === province,
  );
  if (!entry) throw new Error(`no entry ${edition}/${of}/${province}`);
  return entry;
}

// DTI 2022, ranks 1–63 as listed on https://dti.gov.vn/xep-hang-2022 (reference dti.md § 2.4).
const ORDER_2022 = [
  'Đà Nẵng',
  'Hồ Chí Minh',
  'Quảng Ninh',
  'Thừa Thiên Huế',
  'Cần Thơ',
  'Lạng Sơn',
  'Bắc Ninh',
  'Thái Nguyên',
  'Bắc Giang',
  'Nam Định',
  'Long An',
  'Bình Phước',
  'Hải Dương',
  'Hải Phòng',
  'Thanh Hóa',
  'Yên Bái',
  'Hậu Giang',
  'Vĩnh Phúc',
  'Bình Dương',
  'Tiền Giang',
  'Ninh Bình',
  'Lâm Đồng',
  'Phú Thọ',
  'Hà Nội',
  'Trà Vinh',
  'Quảng Ngãi',
  'Ninh Thuận',
  'Bà Rịa - Vũng Tàu',
  'Bình Định',
  'Vĩnh Long',
  'Quảng Nam',
  'Kiên Giang',
  'Hưng Yên',
  'Hà Nam',
  'Điện Biên',
  'Sóc Trăng',
  'Hà Tĩnh',
  'Lào Cai',
  'Đồng Tháp',
  'Tây Ninh',
  'Khánh Hòa',
  'Hòa Bình',
  'Đồng Nai',
  'Sơn La',
  'Kon Tum',
  'Quảng Bình',
  'Đắk Lắk',
  'Tuyên Quang',
  'Đắk Nông',
  'Bình Thuận',
  'Bến Tre',
  'Nghệ An',
  'Lai Châu',
  'An Giang',
  'Quảng Trị',
  'Thái Bình',
  'Hà Giang',
  'Cà Mau',
  'Phú Yên',
  'Bạc Liêu',
  'Cao Bằng',
  'Gia Lai',
  'Bắc Kạn',
];

describe('DTI_RESULTS', () => {
  it('validates every record against RankingEntrySchema', () => {
    DTI_RESULTS.forEach((entry, i) => {
      validate(RankingEntrySchema, entry, `DTI_RESULTS[${i}]`);
    });
  });

  it('has the expected number of entries per edition and basis', () => {
    const counts = Object.fromEntries([...groups()].map(([key, list]) => [key, list.length]));
    expect(counts).toEqual({
      '2020/63': 21,
      '2021/63': 20,
      '2022/63': 63,
      '2023/63': 12,
      '2024/34': 9,
      '2024/63': 6,
    });
  });

  it('keeps to the DTI conventions: national ranks of 63, or of 34 for DTI 2024 only', () => {
    for (const entry of DTI_RESULTS) {
      expect(entry.index).toBe('DTI');
      expect(entry.scope).toBe('national');
      expect(entry.edition).toBeGreaterThanOrEqual(2020);
      expect(entry.edition).toBeLessThanOrEqual(2024);
      expect([63, 34]).toContain(entry.of);
      if (entry.of === 34) expect(entry.edition).toBe(2024);
      if (entry.score !== undefined) {
        expect(entry.score).toBeGreaterThan(0);
        expect(entry.score).toBeLessThanOrEqual(1);
      }
      expect(entry.inferred).toBeTypeOf('boolean');
      if ('url' in entry.source) expect(entry.source.url).toMatch(/^https?:\/\//);
      else expect(seedSourceIds, entry.id).toContain(entry.source.source);
      expect(entry.reportedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.id).toBe(`dti-${entry.edition}-${entry.of}-${entry.province}`);
    }
  });

  it('has no duplicate (edition, era, province) and unique ids', () => {
    const keys = DTI_RESULTS.map((e) => `${e.edition}/${eraOf(e)}/${e.province}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = DTI_RESULTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses province codes valid in the era of each ranking', () => {
    for (const entry of DTI_RESULTS) {
      const province = getProvince(entry.province, { at: dayOf(entry) });
      expect(province.era, entry.id).toBe(eraOf(entry));
    }
  });

  it('gives reported publication dates after the year assessed', () => {
    for (const entry of DTI_RESULTS) {
      expect(Number(entry.reportedOn?.slice(0, 4))).toBeGreaterThan(entry.edition ?? 0);
    }
  });

  describe('ranks agree with scores (competition ranking) within each edition', () => {
    it.each([...groups()])('%s', (_key, list) => {
      const scored = list.filter((e) => e.score !== undefined);
      for (const a of scored) {
        for (const b of scored) {
          if ((a.score ?? 0) > (b.score ?? 0))
            expect(a.rank, `${a.id} vs ${b.id}`).toBeLessThan(b.rank);
          if (a.score === b.score) expect(a.rank, `${a.id} vs ${b.id}`).toBe(b.rank);
        }
        // rank = 1 + number with a strictly higher score: with partial tables only
        // a lower bound, and an equality wherever every better rank is present and scored.
        const higher = scored.filter((b) => (b.score ?? 0) > (a.score ?? 0)).length;
        expect(a.rank, a.id).toBeGreaterThanOrEqual(1 + higher);
        const better = list.filter((b) => b.rank < a.rank);
        if (better.length === a.rank - 1 && better.every((b) => b.score !== undefined)) {
          expect(a.rank, a.id).toBe(1 + higher);
        }
      }
      // Tied ranks never carry different published scores.
      for (const a of list) {
        for (const b of list) {
          if (a.rank === b.rank && a.score !== undefined && b.score !== undefined) {
            expect(a.score).toBe(b.score);
          }
        }
      }
    });

    it('checks the exact competition rank of every score-complete prefix', () => {
      // DTI 2021 ranks 1–18, DTI 2022 ranks 1–10 and DTI 2024 (34 units) ranks 1–4 are fully scored.
      const exact = (key: string) => {
        const list = groups().get(key) ?? [];
        return list.filter(
          (a) =>
            a.score !== undefined &&
            list.filter((b) => b.rank < a.rank).length === a.rank - 1 &&
            list.filter((b) => b.rank < a.rank).every((b) => b.score !== undefined),
        ).length;
      };
      expect(exact('2021/63')).toBe(18);
      expect(exact('2022/63')).toBe(10);
      expect(exact('2024/34')).toBe(4);
    });
  });

  describe('DTI 2021', () => {
    const list = DTI_RESULTS.filter((e) => e.edition === 2021);
    const TABLE = 'https://dti.gov.vn/';

    it('holds ranks 1–18 of the dti.gov.vn table, scored, with Thanh Hóa and Vĩnh Phúc tied 12th', () => {
      const top = list.filter((e) => e.rank <= 18).sort((a, b) => a.rank - b.rank);
      expect(top.map((e) => e.rank)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 14, 15, 16, 17, 18,
      ]);
      expect(top.every((e) => e.score !== undefined && e.inferred === false)).toBe(true);
      expect(find(2021, 63, '38')).toMatchObject({ rank: 12, score: 0.488 });
      expect(find(2021, 63, '26')).toMatchObject({ rank: 12, score: 0.488 });
      expect(find(2021, 63, '26').note).toMatch(/tied 12th with Thanh Hóa/);
    });

    it.each([
      // [code, rank, score, source]: the rows the table prints that had no record or no value
      ['79', 3, 0.5609, TABLE], // Hồ Chí Minh City
      ['27', 4, 0.5276, TABLE], // Bắc Ninh (was inferred from listing order)
      ['20', 5, 0.5242, TABLE], // Lạng Sơn
      ['22', 7, 0.4972, TABLE], // Quảng Ninh (was inferred)
      ['19', 8, 0.496, TABLE], // Thái Nguyên
      ['70', 9, 0.4954, TABLE], // Bình Phước (was inferred)
      ['24', 10, 0.4933, TABLE], // Bắc Giang (was inferred)
      ['36', 11, 0.4885, TABLE], // Nam Định
      ['26', 12, 0.488, TABLE], // Vĩnh Phúc
      ['30', 14, 0.4843, TABLE], // Hải Dương
      ['92', 15, 0.4794, TABLE], // Cần Thơ
      ['31', 16, 0.4675, TABLE], // Hải Phòng
      ['93', 17, 0.467, TABLE], // Hậu Giang
      ['25', 18, 0.4652, TABLE], // Phú Thọ (the last, partly cut-off row)
      // rows whose own source prints rank and value, which the table confirms
      [
        '48',
        1,
        0.6419,
        'https://thoibaotaichinhvietnam.vn/da-nang-finance-ministry-top-digital-transformation-index-110514.html',
      ],
      [
        '37',
        6,
        0.5064,
        'https://baomoi.net.vn/thanh-hoa-tang-3-bac-tren-bang-xep-hang-chuyen-doi-so-nam-2021-c43398226.epi',
      ],
    ] as const)('%s: rank %i, value %s, from %s', (code, rank, score, url) => {
      expect(find(2021, 63, code)).toMatchObject({ rank, score, inferred: false, source: { url } });
    });

    it('keeps the listing order that once gave ranks 4, 7, 9 and 10 as corroboration', () => {
      for (const code of ['27', '22', '70', '24']) {
        expect(find(2021, 63, code).note, code).toContain('thoibaotaichinhvietnam.vn');
      }
    });

    it('has the table’s provincial ranks above the ranks beyond it', () => {
      const tableScores = list.filter((e) => e.rank <= 18).map((e) => e.score ?? 0);
      expect(Math.min(...tableScores)).toBe(0.4652);
      expect(list.filter((e) => e.rank > 18).map((e) => e.province)).toEqual(['49', '84']);
    });
  });

  it('gives Bắc Giang’s DTI 2020 value from its own source, the 40/30/30 sum of its pillars', () => {
    const bacGiang = find(2020, 63, '24');
    expect(bacGiang).toMatchObject({ rank: 10, score: 0.3615, inferred: false });
    expect(bacGiang.source).toEqual({
      url: 'http://m.en.baobacgiang.com.vn/bg/business/370411/bac-giang-continues-to-improve-digital-transformation-ranking.html',
    });
    expect(Math.abs(0.4 * 0.4455 + 0.3 * 0.3019 + 0.3 * 0.3092 - 0.3615)).toBeLessThan(1e-4);
  });

  describe('DTI 2022', () => {
    const list = DTI_RESULTS.filter((e) => e.edition === 2022);

    it('is complete: all 63 provinces of the time, once each', () => {
      expect(list).toHaveLength(63);
      const codes = provincesAt('2022-12-31').map((p) => p.code);
      expect(list.map((e) => e.province).sort()).toEqual([...codes].sort());
    });

    it('is a valid competition ranking: 1–63 with Thanh Hóa and Yên Bái tied 15th', () => {
      const ranks = list.map((e) => e.rank).sort((a, b) => a - b);
      ranks.forEach((rank, i) => {
        expect(rank).toBe(1 + ranks.filter((r) => r < rank).length);
        if (i > 0) expect(rank).toBeGreaterThanOrEqual(ranks[i - 1] ?? 0);
      });
      expect(ranks.filter((r) => r === 15)).toHaveLength(2);
      expect(ranks).not.toContain(16);
      expect(ranks.at(-1)).toBe(63);
    });

    it('follows the published order on dti.gov.vn', () => {
      const sorted = [...list].sort(
        (a, b) => a.rank - b.rank || (a.id ?? '').localeCompare(b.id ?? ''),
      );
      const expected = ORDER_2022.map((name) => findProvince(name, { at: '2022-12-31' })?.code);
      // Thanh Hóa (38) and Yên Bái (15) share rank 15; compare as a multiset there.
      expect(sorted.map((e) => e.province).sort()).toEqual([...expected].sort());
      ORDER_2022.forEach((name, i) => {
        const code = expected[i];
        const rank = ['Thanh Hóa', 'Yên Bái'].includes(name) ? 15 : i + 1;
        expect(list.find((e) => e.province === code)?.rank, name).toBe(rank);
      });
    });

    it('has the published scores: the top ten, Hà Nội and Trà Vinh', () => {
      const scored = list.filter((e) => e.score !== undefined).map((e) => [e.rank, e.score]);
      expect(scored).toEqual([
        [1, 0.8002],
        [2, 0.7163],
        [3, 0.7024],
        [4, 0.6975],
        [5, 0.6924],
        [6, 0.6837],
        [7, 0.6736],
        [8, 0.6469],
        [9, 0.644],
        [10, 0.639],
        [24, 0.6098],
        [25, 0.6077],
      ]);
      // Ranks 6–10 and Hà Nội: the national news agency's report, reprinted by viet-jo (2023-07-25).
      for (const code of ['20', '27', '19', '24', '36', '01']) {
        expect(find(2022, 63, code).source).toEqual({
          url: 'https://www.viet-jo.com/news/social/230724182706.html',
        });
      }
      expect(list.every((e) => e.inferred === false)).toBe(true);
    });
  });

  it('marks exactly the worked-out ranks as inferred, each with a note saying how', () => {
    const inferred = DTI_RESULTS.filter((e) => e.inferred).map((e) => e.id);
    expect(inferred).toEqual([
      'dti-2020-63-04',
      'dti-2020-63-54',
      'dti-2020-63-58',
      'dti-2021-63-84',
      'dti-2023-63-20',
      'dti-2023-63-92',
      'dti-2023-63-74',
      'dti-2023-63-31',
      'dti-2023-63-24',
      'dti-2023-63-77',
      'dti-2024-63-31',
      'dti-2024-63-01',
      'dti-2024-63-46',
    ]);
    for (const entry of DTI_RESULTS.filter((e) => e.inferred)) {
      expect(entry.note, entry.id).toMatch(/Rank (inferred|worked out)/);
    }
  });

  it('pins the corrections and additions of issue 17 to their sources', () => {
    // 2021 Lạng Sơn 5th is the headline of the province's page: published, not inferred.
    // The record now cites the dti.gov.vn table, which also prints its value; the page corroborates.
    expect(find(2021, 63, '20')).toMatchObject({ rank: 5, score: 0.5242, inferred: false });
    expect(find(2021, 63, '20').note).toContain('stttt.langson.gov.vn');
    // 2023 Lạng Sơn 4th and Cần Thơ 5th come only from the order of top-ten lists.
    expect(find(2023, 63, '20')).toMatchObject({ rank: 4, inferred: true });
    expect(find(2023, 63, '92')).toMatchObject({ rank: 5, inferred: true });
    // Ranks from provincial sites and the seed.
    expect(find(2020, 63, '20').rank).toBe(16);
    expect(find(2020, 63, '30')).toMatchObject({ rank: 14, score: 0.3504 });
    expect(find(2020, 63, '93')).toMatchObject({
      rank: 28,
      source: { source: 'hg-unknown-2022', paragraph: 5 },
    });
    expect(find(2021, 63, '93').rank).toBe(17);
    expect(find(2021, 63, '49')).toMatchObject({
      rank: 25,
      source: { source: 'qn-viettimes-2023-04', paragraph: 1 },
    });
  });

  it('agrees with the seed dataset wherever both give a DTI rank', () => {
    for (const article of SEED_ARTICLES) {
      for (const seed of article.rankings) {
        if (seed.index !== 'DTI' || seed.scope !== 'national' || seed.edition === null) continue;
        const entry = DTI_RESULTS.find(
          (e) => e.edition === seed.edition && e.of === seed.of && e.province === seed.province,
        );
        if (entry) expect(entry.rank, seed.id).toBe(seed.rank);
      }
    }
  });

  it('records no derived scores (the 2021 Trà Vinh value is not printed)', () => {
    expect(find(2021, 63, '84').score).toBeUndefined();
    // Its 2022 report's "0.6077, up 0.1783" puts 2021 below the table's 18th
    // value (Phú Thọ, 0.4652), as its inferred rank 26 requires.
    const implied = (find(2022, 63, '84').score ?? 0) - 0.1783;
    expect(implied).toBeLessThan(find(2021, 63, '25').score ?? 0);
  });

  it('agrees with the rank changes and gains the sources report', () => {
    const up = (edition: number, code: string, places: number) =>
      expect(find(edition - 1, 63, code).rank - find(edition, 63, code).rank).toBe(places);
    up(2021, '79', 2); // Hồ Chí Minh City, "up 2 places"
    up(2021, '37', 2); // Ninh Bình, "up 2 from 2020"
    up(2021, '19', 4); // Thái Nguyên, "up 4"
    up(2021, '38', 3); // Thanh Hóa, "up 3"
    up(2022, '84', 1); // Trà Vinh, "up 1" (the 2021 rank is inferred from this)
    up(2023, '01', 18); // Hà Nội, "up 18"
    up(2023, '51', 5); // Quảng Ngãi, "up 5"
    const gain = (edition: number, code: string) =>
      Math.round(
        ((find(edition, 63, code).score ?? 0) - (find(edition - 1, 63, code).score ?? 0)) * 1e4,
      ) / 1e4;
    expect(gain(2021, '48')).toBe(0.1545); // Đà Nẵng 2021, "+0.1545"
    expect(gain(2023, '48')).toBe(0.0338); // Đà Nẵng 2023, "+0.0338"
    // DTI 2020: the published spread between top and bottom is 0.2766.
    const spread = (find(2020, 63, '48').score ?? 0) - (find(2020, 63, '58').score ?? 0);
    expect(Math.round(spread * 1e4) / 1e4).toBe(0.2766);
  });

  it('gives the merged Đà Nẵng of DTI 2024 the mean of the old Đà Nẵng and Quảng Nam', () => {
    const mean = ((find(2024, 63, '48').score ?? 0) + (find(2024, 63, '49').score ?? 0)) / 2;
    expect(Math.round(mean * 1e4) / 1e4).toBe(find(2024, 34, '48').score);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(DTI_RESULTS)).toBe(true);
    for (const entry of DTI_RESULTS) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.source)).toBe(true);
    }
    expect(() => {
      (DTI_RESULTS as RankingEntry[]).push(DTI_RESULTS[0] as RankingEntry);
    }).toThrow(TypeError);
  });
});
