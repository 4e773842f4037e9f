// The published pillar results of the provincial DTI: a province's value and/or
// rank in each of the three pillars, as far as a source prints them. A source
// that gives one pillar, or ranks without values, gives a partial row: it stays
// partial. Each record cites the one source that states it.
import { z } from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { PillarIdSchema } from '../model/pillar.js';
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
export const DtiPillarIdSchema = PillarIdSchema.exclude(['foundation']);

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

const PILLAR_ORDER = DtiPillarIdSchema.options;

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
  // --- DTI 2021 ------------------------------------------------------------------
  {
    edition: 2021,
    of: 63,
    province: '37',
    where: SRC.baomoiThanhHoa2021,
    government: [5],
    economy: [8],
    society: [5],
    note: 'Ninh Bình, 6th overall (0.5064).',
  },
  {
    edition: 2021,
    of: 63,
    province: '38',
    where: SRC.baomoiThanhHoa2021,
    government: [12],
    economy: [22],
    society: [12],
    note: 'Thanh Hóa, 12th overall (0.488).',
  },
  {
    edition: 2021,
    of: 63,
    province: '84',
    where: SRC.spressTraVinh2021,
    government: [12],
    society: [8],
    note: 'Trà Vinh, 26th overall: up 15 places in digital government and 28 in digital society on 2020; no digital-economy rank is printed.',
  },
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
 * digital-government rank; Trà Vinh 2021 no digital-economy rank). No figure is
 * worked out: every record has `inferred: false`.
 *
 * - 2020: Đà Nẵng (first in all three), Bắc Ninh and Bắc Giang (values and
 *   ranks), Thái Nguyên, Hải Dương, Lạng Sơn (ranks).
 * - 2021: Ninh Bình, Thanh Hóa, Trà Vinh (ranks).
 * - 2022: Đà Nẵng, Hồ Chí Minh City, Hà Nội (ranks); Trà Vinh (values and ranks).
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
 * DTI_PILLAR_RESULTS.length; // 48
 * DTI_PILLAR_RESULTS.find((r) => r.id === 'dti-pillar-2022-63-84-government')?.score; // 0.6683 (Trà Vinh)
 * DTI_PILLAR_RESULTS.filter((r) => r.edition === 2023 && r.rank === 1).map((r) => r.pillar); // ['government', 'economy', 'society'] (Đà Nẵng)
 * ```
 *
 * @category Data
 */
export const DTI_PILLAR_RESULTS: readonly DtiPillarResult[] = deepFreeze(ROWS.flatMap(expand));
