// The published pillar results of the provincial DTI: a province's value and/or
// rank in each of the three pillars, as far as a source prints them. A source
// that gives one pillar, or ranks without values, gives a partial row: it stays
// partial. Each record cites the one source that states it.
import * as z from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { DTI_PILLAR_IDS } from '../model/pillar-ids.js';
import { RankingEntrySchema } from '../model/ranking.js';
import { ProvinceCodeSchema } from '../model/scope.js';
import { PartialDateSchema, RecordIdSchema } from '../model/source.js';
import { DTI_PUBLISHED, DTI_SOURCES as SRC, sourceOf, type Where } from './sources.js';

/**
 * The three pillars the DTI reports on: `government` (chính quyền số, digital
 * government), `economy` (kinh tế số, digital economy), `society` (xã hội số,
 * digital society). The `foundation` of {@link vn-dx!PillarIdSchema} has no
 * pillar result of its own.
 *
 * @example
 * ```ts
 * import { DtiPillarIdSchema } from 'vn-dx/dti';
 *
 * DtiPillarIdSchema.options; // ['government', 'economy', 'society']
 * ```
 *
 * @category Data
 */
export const DtiPillarIdSchema = z.enum(DTI_PILLAR_IDS);

/**
 * `government`, `economy` or `society`; see {@link DtiPillarIdSchema}.
 *
 * @category Data
 */
export type DtiPillarId = z.infer<typeof DtiPillarIdSchema>;

/**
 * One province's published result in one DTI pillar and edition: its rank among
 * the provinces ranked (`of`), its value (0–1), or both — at least one.
 *
 * A pillar value is the province's score in the whole pillar (chính quyền số,
 * kinh tế số, xã hội số). It is not the "activity" main index of the same name
 * in `DTI_MAIN_INDEX_VALUES` (hoạt động chính quyền số…), which is one of the
 * eight main indices; a pillar aggregates more than its activity index. In DTI
 * 2020 the overall value was the pillars' 40/30/30 weighted sum; from DTI 2021
 * it is the weighted sum of the main indices, and the pillar values are a
 * separate view of the same components.
 *
 * @example
 * ```ts
 * import { DtiPillarResultSchema } from 'vn-dx/dti';
 *
 * const result = { id: 'dti-pillar-2022-63-84-economy', edition: 2022, of: 63, province: '84', pillar: 'economy', rank: 27, score: 0.6647, inferred: false, source: { url: 'https://travinh.gov.vn/' } };
 * DtiPillarResultSchema.safeParse(result).success; // true
 * DtiPillarResultSchema.safeParse({ ...result, score: undefined }).success; // true
 * DtiPillarResultSchema.safeParse({ ...result, rank: undefined, score: undefined }).success; // false
 * DtiPillarResultSchema.safeParse({ ...result, pillar: 'foundation' }).success; // false
 * ```
 *
 * @category Data
 */
export const DtiPillarResultSchema = z
  .object({
    /** Stable id: `dti-pillar-<edition>-<of>-<province>-<pillar>`. */
    id: RecordIdSchema,
    /** The edition year: the year assessed (DTI 2022 was published in 2023). */
    edition: z.number().int().min(2020).max(2100),
    /** How many were ranked: the 63 provinces, or the 34 units of 1 July 2025. */
    of: z.union([z.literal(63), z.literal(34)]),
    /** Province code valid in that basis's era (63-era codes with `of: 63`). */
    province: ProvinceCodeSchema,
    /** Which pillar. */
    pillar: DtiPillarIdSchema,
    /** 1-based rank in the pillar, when published; 1 is best. */
    rank: z.number().int().positive().optional(),
    /** The pillar value (0–1), as printed (4 decimals), when published. */
    score: z.number().min(0).max(1).optional(),
    /** The day the ministry published the edition, when known. */
    reportedOn: PartialDateSchema.optional(),
    /** `true` when the figure was worked out rather than printed. */
    inferred: z.boolean(),
    /** Where it is printed: a web address, or an article of the seed dataset. */
    source: RankingEntrySchema.shape.source,
    /** Caveats, and other sources that agree or differ. */
    note: z.string().optional(),
  })
  .strict()
  .refine((result) => result.rank !== undefined || result.score !== undefined, {
    message: 'expected a rank, a score or both',
    path: ['rank'],
  })
  .refine((result) => result.rank === undefined || result.rank <= result.of, {
    message: 'rank exceeds of',
    path: ['rank'],
  });

/**
 * A province's published result in one DTI pillar; see {@link DtiPillarResultSchema}.
 *
 * @category Data
 */
export type DtiPillarResult = z.infer<typeof DtiPillarResultSchema>;

/** A pillar's published figures: its rank, and its value where printed (every source found gives the rank). */
type Figure = readonly [rank: number, score?: number];

interface Row {
  readonly edition: number;
  readonly of: 63 | 34;
  readonly province: string;
  readonly where: Where;
  readonly government?: Figure;
  readonly economy?: Figure;
  readonly society?: Figure;
  /** The province, its overall place, and what the source leaves out. */
  readonly note: string;
}

const PILLAR_ORDER = DTI_PILLAR_IDS;

// One row per province and edition as the source prints it; expanded into one
// record per pillar it gives.
function expand(row: Row): DtiPillarResult[] {
  const reportedOn = DTI_PUBLISHED[row.edition];
  return PILLAR_ORDER.flatMap((pillar) => {
    const figure = row[pillar];
    if (figure === undefined) return [];
    const [rank, score] = figure;
    return [
      {
        id: `dti-pillar-${row.edition}-${row.of}-${row.province}-${pillar}`,
        edition: row.edition,
        of: row.of,
        province: row.province,
        pillar,
        rank,
        ...(score === undefined ? {} : { score }),
        ...(reportedOn === undefined ? {} : { reportedOn }),
        inferred: false,
        source: sourceOf(row.where),
        note: row.note,
      },
    ];
  });
}

const FIRST: Figure = [1];

/** A row of the DTI 2021 table: overall rank and value, then each pillar's. */
function row2021(
  province: string,
  name: string,
  [rank, score]: readonly [number, number],
  government: Figure,
  economy?: Figure,
  society?: Figure,
  more = '',
): Row {
  return {
    edition: 2021,
    of: 63,
    province,
    where: SRC.dtiGovHome2021,
    government,
    ...(economy === undefined ? {} : { economy }),
    ...(society === undefined ? {} : { society }),
    note: `${name}; overall ${rank}/63 (${score}).${more}`,
  };
}

const DTI_2021: readonly Row[] = [
  row2021('48', 'Đà Nẵng', [1, 0.6419], [1, 0.6868], [1, 0.6312], [1, 0.6483]),
  row2021('46', 'Thừa Thiên Huế', [2, 0.5872], [2, 0.6666], [2, 0.5922], [2, 0.5782]),
  row2021('79', 'Hồ Chí Minh City', [3, 0.5609], [3, 0.6197], [3, 0.5773], [4, 0.5418]),
  row2021('27', 'Bắc Ninh', [4, 0.5276], [4, 0.5877], [6, 0.532], [6, 0.5292]),
  row2021('20', 'Lạng Sơn', [5, 0.5242], [7, 0.5549], [7, 0.5299], [7, 0.5168]),
  row2021(
    '37',
    'Ninh Bình',
    [6, 0.5064],
    [5, 0.5702],
    [8, 0.5239],
    [5, 0.5323],
    ' Also baomoi.net.vn (ranks).',
  ),
  row2021('22', 'Quảng Ninh', [7, 0.4972], [6, 0.5596], [10, 0.4969], [14, 0.478]),
  row2021('19', 'Thái Nguyên', [8, 0.496], [9, 0.5496], [5, 0.5364], [8, 0.5137]),
  row2021('70', 'Bình Phước', [9, 0.4954], [8, 0.5497], [14, 0.4735], [15, 0.4747]),
  row2021('24', 'Bắc Giang', [10, 0.4933], [15, 0.5158], [9, 0.5169], [9, 0.5051]),
  row2021('36', 'Nam Định', [11, 0.4885], [17, 0.5102], [26, 0.4443], [21, 0.4514]),
  row2021(
    '38',
    'Thanh Hóa',
    [12, 0.488],
    [12, 0.5302],
    [22, 0.4552],
    [12, 0.4904],
    ' Tied with Vĩnh Phúc. Also baomoi.net.vn (ranks).',
  ),
  row2021(
    '26',
    'Vĩnh Phúc',
    [12, 0.488],
    [10, 0.5483],
    [4, 0.5671],
    [3, 0.5634],
    ' Tied with Thanh Hóa.',
  ),
  row2021('30', 'Hải Dương', [14, 0.4843], [13, 0.5241], [18, 0.4586], [18, 0.46]),
  row2021('92', 'Cần Thơ', [15, 0.4794], [21, 0.493], [11, 0.4944], [13, 0.4787]),
  row2021('31', 'Hải Phòng', [16, 0.4675], [25, 0.4718], [25, 0.4464], [16, 0.4645]),
  row2021('93', 'Hậu Giang', [17, 0.467], [16, 0.5142], [28, 0.4319], [25, 0.4392]),
  row2021(
    '25',
    'Phú Thọ',
    [18, 0.4652],
    [20, 0.4956],
    [17],
    undefined,
    ' The stored page ends inside this row: the digital-economy value and the digital-society figures are cut off.',
  ),
];

const ROWS: readonly Row[] = [
  // --- DTI 2020: the overall value is the pillars' 40/30/30 weighted sum ---------
  {
    edition: 2020,
    of: 63,
    province: '48',
    where: SRC.vietnamnetDaNang2020,
    government: FIRST,
    economy: FIRST,
    society: FIRST,
    note: 'Đà Nẵng, first overall and in each pillar; no pillar value is printed.',
  },
  {
    edition: 2020,
    of: 63,
    province: '27',
    where: SRC.dangcongsanBacNinh2020,
    government: [8, 0.4449],
    economy: [2, 0.3668],
    society: [2, 0.4052],
    note: 'Bắc Ninh, 3rd overall (0.4096).',
  },
  {
    edition: 2020,
    of: 63,
    province: '24',
    where: SRC.baoBacGiang2020,
    government: [7, 0.4455],
    economy: [14, 0.3019],
    society: [25, 0.3092],
    note: 'Bắc Giang, 10th overall; the same source gives its overall value as 0.3615.',
  },
  {
    edition: 2020,
    of: 63,
    province: '19',
    where: SRC.thaiNguyenTv2020,
    government: [3],
    note: 'Thái Nguyên, 12th overall; only the digital-government rank is printed.',
  },
  {
    edition: 2020,
    of: 63,
    province: '30',
    where: SRC.vnmediaHaiDuong2020,
    government: [22],
    economy: [9],
    society: [13],
    note: 'Hải Dương, 14th overall (0.3504).',
  },
  {
    edition: 2020,
    of: 63,
    province: '20',
    where: SRC.baoLangSon2020,
    government: [18],
    economy: [8],
    society: [24],
    note: 'Lạng Sơn, 16th overall.',
  },
  // --- DTI 2021: the dti.gov.vn table, first 18 rows ----------------------------
  ...DTI_2021,
  // --- DTI 2022 ------------------------------------------------------------------
  {
    edition: 2022,
    of: 63,
    province: '48',
    where: SRC.vietJo2022,
    government: FIRST,
    economy: FIRST,
    society: FIRST,
    note: 'Đà Nẵng, first overall and in each pillar (national news agency report, as reprinted by viet-jo.com).',
  },
  {
    edition: 2022,
    of: 63,
    province: '79',
    where: SRC.vietJo2022,
    government: [3],
    economy: [3],
    society: [4],
    note: 'Hồ Chí Minh City, 2nd overall. Also kinhdoanhvatiepthi.vn and chinhphu.vn. A VnExpress-based report (poste-vn.com) gives it 2nd in digital government and 4th in digital economy: those are its activity main indices, not pillars.',
  },
  {
    edition: 2022,
    of: 63,
    province: '01',
    where: SRC.vietJo2022,
    government: [40],
    economy: [18],
    society: [30],
    note: 'Hà Nội, 24th overall (0.6098). Also kinhdoanhvatiepthi.vn.',
  },
  {
    edition: 2022,
    of: 63,
    province: '84',
    where: SRC.traVinh2022,
    government: [29, 0.6683],
    economy: [27, 0.6647],
    society: [26, 0.5991],
    note: 'Trà Vinh, 25th overall (0.6077).',
  },
  {
    edition: 2022,
    of: 63,
    province: '51',
    where: SRC.dnhnQuangNgai2022,
    government: [17],
    economy: [17],
    society: [15],
    note: 'Quảng Ngãi, 26th overall, up 34 places on 2021.',
  },
  // --- DTI 2023 ------------------------------------------------------------------
  {
    edition: 2023,
    of: 63,
    province: '48',
    where: SRC.baoDaNang2023,
    government: FIRST,
    economy: FIRST,
    society: FIRST,
    note: 'Đà Nẵng, first overall and in each pillar. Also baomoi.net.vn and laodong.vn.',
  },
  {
    edition: 2023,
    of: 63,
    province: '79',
    where: SRC.baomoiQuangNgai2023,
    government: [2],
    economy: [2],
    society: [2],
    note: 'Hồ Chí Minh City, 2nd overall and in each pillar.',
  },
  {
    edition: 2023,
    of: 63,
    province: '38',
    where: SRC.laoDong2023,
    government: [9],
    economy: [8],
    society: [8],
    note: 'Thanh Hóa, 11th overall.',
  },
  {
    edition: 2023,
    of: 63,
    province: '51',
    where: SRC.baomoiQuangNgai2023,
    government: [12],
    economy: [13],
    society: [14],
    note: 'Quảng Ngãi, 21st overall.',
  },
];

/**
 * The published pillar results of the provincial DTI: one
 * {@link DtiPillarResult} per edition, basis, province and pillar that a
 * source reports: its rank and, where printed, its value (0–1). Rows are
 * partial where the source is (Thái Nguyên 2020 gives only its
 * digital-government rank; the stored DTI 2021 table ends inside Phú Thọ's
 * row). No figure is worked out: every record has `inferred: false`.
 *
 * - 2020: Đà Nẵng (first in all three), Bắc Ninh and Bắc Giang (values and
 *   ranks), Thái Nguyên, Hải Dương, Lạng Sơn (ranks).
 * - 2021: the first 18 rows of the dti.gov.vn table (values and ranks).
 * - 2022: Đà Nẵng, Hồ Chí Minh City, Hà Nội, Quảng Ngãi (ranks); Trà Vinh
 *   (values and ranks).
 * - 2023: Đà Nẵng, Hồ Chí Minh City, Thanh Hóa, Quảng Ngãi (ranks).
 * - 2024: none found.
 *
 * Pillar values are not the activity main indices of `DTI_MAIN_INDEX_VALUES`;
 * see {@link DtiPillarResultSchema}. Look a province up with
 * {@link dtiPillarResults}.
 *
 * @example
 * ```ts
 * import { DTI_PILLAR_RESULTS } from 'vn-dx/dti';
 *
 * DTI_PILLAR_RESULTS.length; // 96
 * DTI_PILLAR_RESULTS.find((r) => r.id === 'dti-pillar-2022-63-84-government')?.score; // 0.6683 (Trà Vinh)
 * DTI_PILLAR_RESULTS.filter((r) => r.edition === 2023 && r.rank === 1).map((r) => r.pillar); // ['government', 'economy', 'society'] (Đà Nẵng)
 * ```
 *
 * @category Data
 */
export const DTI_PILLAR_RESULTS: readonly DtiPillarResult[] = deepFreeze(ROWS.flatMap(expand));
