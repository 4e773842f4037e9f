import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DTI_PILLAR_RESULTS,
  type DtiPillarResult,
  DtiPillarResultSchema,
} from '../../src/dti/pillar-results.js';
import { dtiPillarResults } from '../../src/dti/query.js';
import { DTI_RESULTS } from '../../src/dti/results.js';
import { DTI_PUBLISHED, DTI_SOURCES } from '../../src/dti/sources.js';
import { validate } from '../../src/model/validate.js';
import { getProvince, isCodeEverUsed } from '../../src/provinces/lookup.js';

const valid: DtiPillarResult = {
  id: 'dti-pillar-2022-63-84-economy',
  edition: 2022,
  of: 63,
  province: '84',
  pillar: 'economy',
  rank: 27,
  score: 0.6647,
  inferred: false,
  source: { url: 'https://travinh.gov.vn/' },
};

const find = (edition: number, province: string, pillar: string) =>
  DTI_PILLAR_RESULTS.find(
    (r) => r.edition === edition && r.province === province && r.pillar === pillar,
  );

describe('DtiPillarResultSchema', () => {
  it('accepts a rank and a value, a rank alone, a value alone', () => {
    expect(DtiPillarResultSchema.safeParse(valid).success).toBe(true);
    const { score: _score, ...rankOnly } = valid;
    const { rank: _rank, ...scoreOnly } = valid;
    expect(DtiPillarResultSchema.safeParse(rankOnly).success).toBe(true);
    expect(DtiPillarResultSchema.safeParse(scoreOnly).success).toBe(true);
    expect(
      DtiPillarResultSchema.safeParse({ ...valid, source: { source: 'hg-unknown-2022' } }).success,
    ).toBe(true);
  });

  it('rejects a record with neither rank nor value', () => {
    const { rank: _rank, score: _score, ...neither } = valid;
    const result = DtiPillarResultSchema.safeParse(neither);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected a rank, a score or both');
  });

  it.each([
    ['a foundation pillar', { pillar: 'foundation' }],
    ['an unknown pillar', { pillar: 'smart-city' }],
    ['a rank beyond of', { rank: 64 }],
    ['a rank of 0', { rank: 0 }],
    ['a fractional rank', { rank: 2.5 }],
    ['a value on a 0–100 scale', { score: 66.47 }],
    ['a negative value', { score: -0.1 }],
    ['a basis other than 63 or 34', { of: 62 }],
    ['an edition before the DTI', { edition: 2019 }],
    ['a numeric province', { province: 84 }],
    ['an unknown key', { value: 0.6647 }],
    ['a missing inferred flag', { inferred: undefined }],
    ['an upper-case id', { id: 'DTI-84' }],
  ])('rejects %s', (_what, change) => {
    expect(DtiPillarResultSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('accepts any rank from 1 to of and any value from 0 to 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(63 as const, 34 as const),
        fc.integer({ min: 1, max: 63 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (of, rank, score) => {
          const ok = DtiPillarResultSchema.safeParse({ ...valid, of, rank, score }).success;
          expect(ok).toBe(rank <= of);
        },
      ),
    );
  });
});

describe('DTI_PILLAR_RESULTS', () => {
  it('validates every record', () => {
    DTI_PILLAR_RESULTS.forEach((record, i) => {
      validate(DtiPillarResultSchema, record, `DTI_PILLAR_RESULTS[${i}]`);
    });
  });

  it('holds 96 records: 16 for 2020, 53 for 2021, 15 for 2022, 12 for 2023', () => {
    const count: Record<number, number> = {};
    for (const r of DTI_PILLAR_RESULTS) count[r.edition] = (count[r.edition] ?? 0) + 1;
    expect(count).toEqual({ 2020: 16, 2021: 53, 2022: 15, 2023: 12 });
  });

  it('has one record per edition, basis, province and pillar, with a matching id', () => {
    const ids = DTI_PILLAR_RESULTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of DTI_PILLAR_RESULTS) {
      expect(r.id).toBe(`dti-pillar-${r.edition}-${r.of}-${r.province}-${r.pillar}`);
    }
  });

  it('uses codes valid in their era, and the edition’s publication day', () => {
    for (const r of DTI_PILLAR_RESULTS) {
      expect(getProvince(r.province, { at: `${r.edition}-12-31` }).era).toBe('63');
      expect(r.reportedOn).toBe(DTI_PUBLISHED[r.edition]);
    }
  });

  it('cites only sources of the shared DTI source list', () => {
    const urls = new Set<string>(Object.values(DTI_SOURCES));
    for (const r of DTI_PILLAR_RESULTS) {
      expect('url' in r.source && urls.has(r.source.url), r.id).toBe(true);
    }
  });

  it('finds every province it ranks in DTI_RESULTS too, with the same overall rank', () => {
    for (const r of DTI_PILLAR_RESULTS) {
      const overall = DTI_RESULTS.find(
        (e) => e.edition === r.edition && e.of === r.of && e.province === r.province,
      );
      expect(overall, r.id).toBeDefined();
      if ('url' in r.source && r.source.url === DTI_SOURCES.dtiGovHome2021)
        expect(r.note, r.id).toContain(`overall ${overall?.rank}/63 (${overall?.score})`);
    }
  });

  it('has DTI_RESULTS hold the six provinces the 2021 table added, from the same table', () => {
    // Nam Định, Vĩnh Phúc, Hải Dương, Cần Thơ, Hải Phòng, Phú Thọ: missing from DTI_RESULTS before.
    for (const province of ['36', '26', '30', '92', '31', '25']) {
      const overall = DTI_RESULTS.find(
        (e) => e.edition === 2021 && e.of === 63 && e.province === province,
      );
      const pillar = find(2021, province, 'government');
      expect(overall?.source, province).toEqual(pillar?.source);
      expect(overall?.source).toEqual({ url: DTI_SOURCES.dtiGovHome2021 });
      expect(pillar?.note).toContain(`overall ${overall?.rank}/63 (${overall?.score})`);
      expect(overall?.inferred).toBe(false);
    }
  });

  it('ranks a higher pillar value better, within each edition and pillar', () => {
    for (const edition of [2020, 2021, 2022]) {
      for (const pillar of ['government', 'economy', 'society']) {
        const both = DTI_PILLAR_RESULTS.filter(
          (r) => r.edition === edition && r.pillar === pillar && r.score !== undefined,
        ).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
        const scores = both.map((r) => r.score ?? 0);
        expect(scores, `${edition} ${pillar}`).toEqual([...scores].sort((a, b) => b - a));
      }
    }
  });

  it('holds no worked-out figure', () => {
    expect(DTI_PILLAR_RESULTS.filter((r) => r.inferred)).toEqual([]);
  });

  it.each([
    // [edition, province, pillar, rank, score, source]
    [2020, '27', 'government', 8, 0.4449, DTI_SOURCES.dangcongsanBacNinh2020],
    [2020, '27', 'society', 2, 0.4052, DTI_SOURCES.dangcongsanBacNinh2020],
    [2020, '24', 'economy', 14, 0.3019, DTI_SOURCES.baoBacGiang2020],
    [2020, '20', 'society', 24, undefined, DTI_SOURCES.baoLangSon2020],
    [2020, '30', 'government', 22, undefined, DTI_SOURCES.vnmediaHaiDuong2020],
    [2020, '48', 'economy', 1, undefined, DTI_SOURCES.vietnamnetDaNang2020],
    [2021, '38', 'economy', 22, 0.4552, DTI_SOURCES.dtiGovHome2021],
    [2021, '26', 'society', 3, 0.5634, DTI_SOURCES.dtiGovHome2021],
    [2021, '25', 'economy', 17, undefined, DTI_SOURCES.dtiGovHome2021],
    [2022, '51', 'society', 15, undefined, DTI_SOURCES.dnhnQuangNgai2022],
    [2022, '84', 'government', 29, 0.6683, DTI_SOURCES.traVinh2022],
    [2022, '84', 'society', 26, 0.5991, DTI_SOURCES.traVinh2022],
    [2022, '01', 'government', 40, undefined, DTI_SOURCES.vietJo2022],
    [2022, '79', 'society', 4, undefined, DTI_SOURCES.vietJo2022],
    [2023, '38', 'government', 9, undefined, DTI_SOURCES.laoDong2023],
    [2023, '51', 'society', 14, undefined, DTI_SOURCES.baomoiQuangNgai2023],
    [2023, '48', 'society', 1, undefined, DTI_SOURCES.baoDaNang2023],
  ] as const)(
    'DTI %i, %s, %s: rank %i, value %s',
    (edition, province, pillar, rank, score, url) => {
      const r = find(edition, province, pillar);
      expect(r?.rank).toBe(rank);
      expect(r?.score).toBe(score);
      expect(r?.source).toEqual({ url });
    },
  );

  it('keeps partial rows partial', () => {
    expect(find(2020, '19', 'government')?.rank).toBe(3);
    expect(find(2020, '19', 'economy')).toBeUndefined();
    expect(find(2021, '25', 'society')).toBeUndefined();
  });

  it('reproduces the DTI 2020 overall values from the pillar values weighted 40/30/30', () => {
    // DTI 2020 summed its three pillars (400/300/300 points of 1,000); later
    // editions sum main indices, so Trà Vinh 2022's pillars do not give its 0.6077.
    const weighted = (edition: number, province: string) =>
      0.4 * (find(edition, province, 'government')?.score ?? Number.NaN) +
      0.3 * (find(edition, province, 'economy')?.score ?? Number.NaN) +
      0.3 * (find(edition, province, 'society')?.score ?? Number.NaN);
    const bacNinh = DTI_RESULTS.find((e) => e.edition === 2020 && e.province === '27');
    expect(Math.abs(weighted(2020, '27') - (bacNinh?.score ?? 0))).toBeLessThan(1e-4);
    const bacGiang = DTI_RESULTS.find((e) => e.edition === 2020 && e.province === '24');
    expect(bacGiang?.score).toBe(0.3615); // Bắc Giang, printed by the same source as its pillars
    expect(bacGiang?.source).toEqual(find(2020, '24', 'government')?.source);
    expect(Math.abs(weighted(2020, '24') - (bacGiang?.score ?? 0))).toBeLessThan(1e-4);
    const traVinh = DTI_RESULTS.find((e) => e.edition === 2022 && e.province === '84');
    expect(Math.abs(weighted(2022, '84') - (traVinh?.score ?? 0))).toBeGreaterThan(0.01);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(DTI_PILLAR_RESULTS)).toBe(true);
    for (const r of DTI_PILLAR_RESULTS) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.source)).toBe(true);
    }
  });
});

describe('dtiPillarResults', () => {
  const invalid = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

  it('returns a province’s results oldest first, pillars in order', () => {
    expect(dtiPillarResults('38').map((r) => `${r.edition} ${r.pillar} ${r.rank}`)).toEqual([
      '2021 government 12',
      '2021 economy 22',
      '2021 society 12',
      '2023 government 9',
      '2023 economy 8',
      '2023 society 8',
    ]);
  });

  it('is what the table lists for the province, in the table’s own order', () => {
    // The table is kept in the order dtiPillarResults answers in, so its sort changes nothing today.
    for (const code of new Set(DTI_PILLAR_RESULTS.map((r) => r.province)))
      expect(dtiPillarResults(code)).toEqual(DTI_PILLAR_RESULTS.filter((r) => r.province === code));
  });

  it('filters by pillar and by edition', () => {
    expect(dtiPillarResults('48', { pillar: 'society' }).map((r) => r.edition)).toEqual([
      2020, 2021, 2022, 2023,
    ]);
    expect(dtiPillarResults('25', { edition: 2021 }).map((r) => r.pillar)).toEqual([
      'government',
      'economy',
    ]);
    expect(dtiPillarResults('84', { edition: 2024 })).toEqual([]);
  });

  it('returns an empty frozen list for a province with no published pillar result', () => {
    const none = dtiPillarResults('02');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('matches a filter of the dataset for every code and option (property)', () => {
    const codes = [...new Set(DTI_PILLAR_RESULTS.map((r) => r.province)), '02', '01'];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.option(fc.constantFrom('government' as const, 'economy' as const, 'society' as const), {
          nil: undefined,
        }),
        fc.option(fc.integer({ min: 2019, max: 2025 }), { nil: undefined }),
        (code, pillar, edition) => {
          const options = {
            ...(pillar === undefined ? {} : { pillar }),
            ...(edition === undefined ? {} : { edition }),
          };
          const got = dtiPillarResults(code, options);
          const expected = DTI_PILLAR_RESULTS.filter(
            (r) =>
              r.province === code &&
              (pillar === undefined || r.pillar === pillar) &&
              (edition === undefined || r.edition === edition),
          );
          expect(new Set(got)).toEqual(new Set(expected));
          const editions = got.map((r) => r.edition);
          expect(editions).toEqual([...editions].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('throws INVALID_ARGUMENT for a malformed code or options', () => {
    expect(() => dtiPillarResults('8')).toThrow(invalid);
    expect(() => dtiPillarResults(84 as unknown as string)).toThrow(invalid);
    expect(() => dtiPillarResults('84', null as unknown as object)).toThrow(invalid);
    expect(() => dtiPillarResults('84', { pillar: 'foundation' as 'society' })).toThrow(
      'pillar: expected one of "government", "economy", "society", got "foundation".',
    );
    expect(() => dtiPillarResults('84', { edition: 2022.5 })).toThrow(invalid);
    expect(() => dtiPillarResults('84', { edition: '2022' as unknown as number })).toThrow(invalid);
  });

  it('throws UNKNOWN_PROVINCE for a code no province has had', () => {
    expect(isCodeEverUsed('00')).toBe(false);
    expect(() => dtiPillarResults('00')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
  });

  it('does not change DTI_PILLAR_RESULTS', () => {
    const before = DTI_PILLAR_RESULTS.map((r) => r.id);
    dtiPillarResults('27');
    expect(DTI_PILLAR_RESULTS.map((r) => r.id)).toEqual(before);
  });
});
