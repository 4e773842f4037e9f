// National time series that the national targets are measured against: the
// digital economy's share of GDP as the statistics office compiles it (revised
// between releases, so every figure keeps the date it was published) and
// Viet Nam's rank in the UN E-Government Development Index.
import * as z from 'zod';
import { type DateInput, toIsoDay } from '../internal/dates.js';
import { deepFreeze } from '../internal/freeze.js';
import { fail, knownKeys } from '../internal/guards.js';
import { IndicatorIdSchema } from '../model/indicator.js';
import { LabelSchema } from '../model/label.js';
import { PartialDateSchema } from '../model/source.js';
import { getIndicator } from './indicators.js';

/**
 * One published figure of a national series: the value for a year, who
 * published it and when. A later release that revises the figure is another
 * point with the same `indicator` and `year` and a later `published` date.
 *
 * @example
 * ```ts
 * import { NATIONAL_SERIES, NationalSeriesPointSchema } from 'vn-dx/framework';
 *
 * NATIONAL_SERIES.every((point) => NationalSeriesPointSchema.safeParse(point).success); // true
 * ```
 *
 * @category Model
 */
export const NationalSeriesPointSchema = z
  .object({
    /** Catalogue indicator id (`econ.digital-economy.gdp-share`, `gov.egdi.rank`). */
    indicator: IndicatorIdSchema,
    /** The year the value refers to (for a survey, the survey edition). */
    year: z.number().int().min(1990).max(2100),
    /** The value in the indicator's unit (percent 0–100, or a rank). */
    value: z.number(),
    /** For a rank: how many were ranked. */
    of: z.number().int().positive().optional(),
    /** `true` when the publisher calls it an estimate (ước tính) or a trial computation. */
    estimate: z.boolean(),
    /** Who compiled it. */
    publisher: LabelSchema,
    /** When this figure was published (the vintage), as precisely as known. */
    published: PartialDateSchema,
    /** Where it was read. */
    source: z
      .object({
        /** The web address. */
        url: z.string().url(),
      })
      .strict(),
    /** Caveats, and sources that disagree. */
    note: z.string().optional(),
  })
  .strict();

/**
 * One published figure of a national series; see {@link NationalSeriesPointSchema}.
 *
 * @category Model
 */
export type NationalSeriesPoint = z.infer<typeof NationalSeriesPointSchema>;

const GSO = { vi: 'Tổng cục Thống kê (nay là Cục Thống kê)', en: 'General Statistics Office' };
const MIC = {
  vi: 'Bộ Thông tin và Truyền thông',
  en: 'Ministry of Information and Communications',
};
const UN = { vi: 'Liên Hợp Quốc (UN DESA)', en: 'United Nations (UN DESA)' };

const DE = 'econ.digital-economy.gdp-share';
const EGDI = 'gov.egdi.rank';

const SRC = {
  gsoTrial2023: 'https://tapchibaohiemxahoi.gov.vn/print.aspx?id=127617',
  gsoWorkshop2023:
    'https://vietnamnet.vn/kinh-te-so-dang-chiem-ty-trong-nhu-the-nao-trong-gdp-cua-nuoc-ta-2222788.html',
  gsoRelease2024:
    'https://congthuong.vn/kinh-te-so-chiem-20-gdp-vao-nam-2025-thach-thuc-khong-nho-296320.html',
  gsoRelease2025:
    'https://baomoi.net.vn/kinh-te-so-nam-2024-gop-1-5-trieu-ty-dong-chiem-13-17-gdp-c51176088.epi',
  gsoRelease2026:
    'https://thoibaotaichinhvietnam.vn/kinh-te-so-la-dong-luc-tang-truong-quan-trong-trong-nam-2025-190019.html',
  mic2023:
    'https://thoibaotaichinhvietnam.vn/nop-ngan-sach-hon-99300-ty-dong-tu-hoat-dong-thong-tin-truyen-thong-143048.html',
  egdi2018: 'https://en.vietnamplus.vn/national-seminar-talks-egovernment/156815.vnp',
  egdi2020:
    'https://vietnam.vnanet.vn/japanese/tin-van/%E3%83%98%E3%82%99%E3%83%88%E3%83%8A%E3%83%A0%E3%80%81%E5%90%84%E5%9C%B0%E6%96%B9%E3%81%AE%E9%9B%BB%E5%AD%90%E6%94%BF%E5%BA%9C%E3%83%A9%E3%83%B3%E3%82%AD%E3%83%B3%E3%82%AF%E3%82%99%E3%82%92%E3%81%A4%E3%81%91%E3%82%8B%E3%81%B8-239699.html',
  egdi2024: 'https://thongtin.vietnam.vn/ja/viet-nam-tang-15-bac-chi-so-chinh-phu-dien-tu',
  egdi2024dantri:
    'https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm',
} as const;

function gso(
  year: number,
  value: number,
  published: string,
  url: string,
  extra: { estimate?: boolean; note?: string } = {},
): NationalSeriesPoint {
  return {
    indicator: DE,
    year,
    value,
    estimate: extra.estimate ?? false,
    publisher: GSO,
    published,
    source: { url },
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

function egdi(year: number, rank: number, published: string, url: string, note: string) {
  return {
    indicator: EGDI,
    year,
    value: rank,
    of: 193,
    estimate: false,
    publisher: UN,
    published,
    source: { url },
    note,
  } satisfies NationalSeriesPoint;
}

const TRIAL = 'The first, trial computation ("tính thử nghiệm sơ bộ").';
const WORKSHOP =
  'Presented by the national-accounts department at the GSO workshop of 4 December 2023 (the year is that of GSO’s press release, gso.gov.vn/tin-tuc-thong-ke/2023/12/…).';
const FIRST_RELEASE =
  'From GSO’s press conference on the fourth quarter and the year 2023, the first official release of the series; reported in an article dated 2024-11-24. Another report of the same release gives 12.88% for 2021 (diendan.dukcoquantwtphcm.vn).';
const SECOND_RELEASE = 'GSO release of 6 January 2025 for 2020–2024 (mean 12.88%).';
const THIRD_RELEASE =
  'GSO’s assessment of 2025 as reported by Thời báo Tài chính Việt Nam on 5 January 2026 ("Kinh tế số là động lực tăng trưởng quan trọng trong năm 2025"): an estimate ("ước đạt") of about 72.1 billion USD, 1.64 times 2020; core digital industries 8.42 points, digitalisation of other sectors 5.6. VnEconomy (2026-01-06, "Tăng thêm 72 tỷ USD, kinh tế số đóng góp hơn 14% vào GDP 2025", quoting GSO deputy head Lê Trung Hiếu) gives the same 14.02% and a 2021–2025 mean of about 13.2%; VietnamPlus (2026-01-18) repeats it. The release restates 2021 as 12.87%; no revised figures for 2022–2024 were read, so none are recorded.';

/**
 * National series with vintages, each figure with its publisher, publication
 * date and source:
 *
 * - **Digital economy share of GDP** (`econ.digital-economy.gdp-share`), as
 *   compiled by the statistics office (GSO), 2020–2025, in five releases
 *   (September 2023 trial, December 2023, January 2024, January 2025,
 *   January 2026: 14.02% estimated for 2025) that revise one another: 2022 was 12.86%, then 12.67%, 12.63% and 12.83%. The
 *   ministry of information's own estimate (16.5% for 2023) is kept as a
 *   separate point with its publisher: it measures differently and is far
 *   above GSO's 12.33–12.87%.
 * - **UN E-Government Development Index rank** (`gov.egdi.rank`): 88th (2018),
 *   86th (2020 and 2022), 71st of 193 (2024, EGDI 0.7709).
 *
 * Compare with `nationalTargetsFor` (20% of GDP by 2025 in 749/411, 30% by
 * 2030 in 411 and 57-NQ/TW; EGDI top 70 by 2025 in 749). Use
 * {@link nationalSeries} for the figures known on a given day.
 *
 * @example
 * ```ts
 * import { NATIONAL_SERIES } from 'vn-dx/framework';
 *
 * const de2022 = NATIONAL_SERIES.filter((p) => p.indicator === 'econ.digital-economy.gdp-share' && p.year === 2022 && p.publisher.en === 'General Statistics Office');
 * de2022.map((p) => [p.published, p.value]); // [['2023-09-14', 12.86], ['2023-12', 12.67], ['2024-01', 12.63], ['2025-01-06', 12.83]]
 * ```
 *
 * @category Data
 */
export const NATIONAL_SERIES: readonly NationalSeriesPoint[] = deepFreeze([
  gso(2022, 12.86, '2023-09-14', SRC.gsoTrial2023, {
    estimate: true,
    note: `${TRIAL} Mean of 2019–2022: 11.53%.`,
  }),
  gso(2022, 12.67, '2023-12', SRC.gsoWorkshop2023, {
    estimate: true,
    note: `${WORKSHOP} Mean of 2020–2022: 12.75%. Also kinhte.congthuong.vn.`,
  }),
  gso(2020, 12.66, '2024-01', SRC.gsoRelease2024, { note: FIRST_RELEASE }),
  gso(2021, 12.87, '2024-01', SRC.gsoRelease2024, { note: FIRST_RELEASE }),
  gso(2022, 12.63, '2024-01', SRC.gsoRelease2024, { note: FIRST_RELEASE }),
  gso(2023, 12.33, '2024-01', SRC.gsoRelease2024, { estimate: true, note: FIRST_RELEASE }),
  gso(2020, 12.66, '2025-01-06', SRC.gsoRelease2025, { note: SECOND_RELEASE }),
  gso(2021, 12.87, '2025-01-06', SRC.gsoRelease2025, { note: SECOND_RELEASE }),
  gso(2022, 12.83, '2025-01-06', SRC.gsoRelease2025, { note: SECOND_RELEASE }),
  gso(2023, 12.87, '2025-01-06', SRC.gsoRelease2025, { note: SECOND_RELEASE }),
  gso(2024, 13.17, '2025-01-06', SRC.gsoRelease2025, {
    estimate: true,
    note: `${SECOND_RELEASE} An estimate ("ước tính"): about 1.5 million billion đồng of value added.`,
  }),
  gso(2025, 14.02, '2026-01-05', SRC.gsoRelease2026, { estimate: true, note: THIRD_RELEASE }),
  {
    indicator: DE,
    year: 2023,
    value: 16.5,
    estimate: true,
    publisher: MIC,
    published: '2024-01',
    source: { url: SRC.mic2023 },
    note: 'The ministry’s own figure, not GSO’s: sources disagree (GSO: 12.33% in its January 2024 release). A 2025 article calls such figures a policy estimate, as against the statistical standard.',
  },
  egdi(
    2018,
    88,
    '2019-07-26',
    SRC.egdi2018,
    'Stated at a national e-government seminar (VNA, English).',
  ),
  egdi(
    2020,
    86,
    '2020',
    SRC.egdi2020,
    'Up 2 places on 2018 (the national news agency, Japanese service). The 2020 survey was published on 10 July 2020.',
  ),
  egdi(
    2022,
    86,
    '2024',
    SRC.egdi2024,
    'Read from the 2024 report: Viet Nam had stayed 86th in the two previous surveys.',
  ),
  egdi(
    2024,
    71,
    '2024',
    SRC.egdi2024,
    'EGDI value 0.7709; up 15 places; 5th in Southeast Asia. Also dantri.com.vn (2025-10-21), which cites it as the main reason for the national DTI’s 2024 rise.',
  ),
] satisfies NationalSeriesPoint[]);

/** The options {@link nationalSeries} takes, to refuse any other (a misspelt one would be ignored). */
export const NATIONAL_SERIES_OPTIONS = [
  'asOf',
  'publisher',
] as const satisfies readonly (keyof NonNullable<Parameters<typeof nationalSeries>[1]>)[];

/**
 * One series as it was known on a day: for each year, the newest figure of one
 * publisher published on or before `asOf`. Without `asOf`, the newest figures.
 *
 * @param indicator - a catalogue id with a series, e.g. `'econ.digital-economy.gdp-share'`.
 * @param options - `asOf`: the day (a `Date` or ISO date string); `publisher`:
 *   the English name of the publisher (default: the statistics office for the
 *   digital economy share, the UN for the EGDI rank, i.e. the first publisher listed).
 * @returns the points by year, frozen; empty when nothing was published by then.
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `indicator` is not a
 *   string, or `options` is not an object or names an unknown option; `UNKNOWN_ID` when the indicator is
 *   not in the catalogue; `INVALID_DATE` when `asOf` is not a valid date.
 *
 * @example
 * ```ts
 * import { nationalSeries } from 'vn-dx/framework';
 *
 * nationalSeries('econ.digital-economy.gdp-share').map((p) => p.value); // [12.66, 12.87, 12.83, 12.87, 13.17, 14.02]
 * nationalSeries('econ.digital-economy.gdp-share', { asOf: '2024-06-30' }).map((p) => p.value); // [12.66, 12.87, 12.63, 12.33]
 * nationalSeries('gov.egdi.rank').map((p) => [p.year, p.value]); // [[2018, 88], [2020, 86], [2022, 86], [2024, 71]]
 * ```
 *
 * @category Data
 */
export function nationalSeries(
  indicator: string,
  options: { readonly asOf?: DateInput; readonly publisher?: string } = {},
): readonly NationalSeriesPoint[] {
  if (typeof indicator !== 'string') {
    fail('INVALID_ARGUMENT', 'indicator', `an indicator id such as 'gov.egdi.rank'`, indicator);
  }
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_ARGUMENT', 'options', 'an object like { asOf, publisher }', options);
  }
  knownKeys(options, NATIONAL_SERIES_OPTIONS, 'options');
  getIndicator(indicator);
  const points = NATIONAL_SERIES.filter((point) => point.indicator === indicator);
  const publisher = options.publisher ?? points[0]?.publisher.en;
  // A partial date (2024-01) counts as published on its first day.
  const day = options.asOf === undefined ? undefined : toIsoDay(options.asOf);
  const known = points.filter(
    (point) => point.publisher.en === publisher && (day === undefined || point.published <= day),
  );
  const newest = new Map<number, NationalSeriesPoint>();
  for (const point of known) {
    const held = newest.get(point.year);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the table lists a year's releases oldest first, one per publisher and day (both tested)
    if (held === undefined || held.published <= point.published) newest.set(point.year, point);
  }
  return Object.freeze([...newest.values()].sort((a, b) => a.year - b.year));
}
