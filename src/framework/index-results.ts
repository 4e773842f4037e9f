// The published results of the provincial indices other than the DTI — PCI,
// PAPI, PAR Index and SIPAS — as far as a retrieved source prints them. Each
// record cites the one source that states it; a rank worked out rather than
// printed (from a list's order, or from printed scores) is `inferred: true`
// and its note says how. Partial tables stay partial: nothing is filled in.
import { deepFreeze } from '../internal/freeze.js';
import type { RankingEntry } from '../model/ranking.js';

interface Extra {
  readonly score?: number;
  readonly inferred?: boolean;
  readonly reportedOn?: string;
  readonly of?: number;
  readonly note: string;
}

function result(
  index: 'PCI' | 'PAPI' | 'PAR' | 'SIPAS',
  edition: number,
  province: string,
  rank: number,
  url: string,
  extra: Extra,
): RankingEntry {
  const of = extra.of ?? 63;
  return {
    id: `${index.toLowerCase()}-${edition}-${of}-${province}`,
    index,
    edition,
    province,
    rank,
    of,
    ...(extra.score === undefined ? {} : { score: extra.score }),
    scope: 'national',
    ...(extra.reportedOn === undefined ? {} : { reportedOn: extra.reportedOn }),
    inferred: extra.inferred ?? false,
    source: { url },
    note: extra.note,
  };
}

// --- PCI (VCCI; 10 sub-indices, 100 points) -------------------------------------

const PCI = {
  /** Thương hiệu & Công luận, tag page: "Quảng Ninh first in PCI 2017, ahead of Đà Nẵng" (published 22/3/2018). */
  thuonghieu2017: 'https://thuonghieucongluan.com.vn/news-tag32854/tin-tuc-c10',
  /** Thương hiệu & Công luận, tag page: Hải Phòng 9th in PCI 2017 with 65.15, up 12 places. */
  thuonghieuHaiPhong2017: 'https://thuonghieucongluan.com.vn/news-tag33022/thuong-hieu-c2',
  /** Công nghiệp Tiêu dùng (2020-05-06): PCI 2019, Quảng Ninh first (73.40), Đồng Tháp second (72.10), Vĩnh Long from 8th to 3rd. */
  congnghieptieudung2019: 'https://congnghieptieudung.vn/tiem-nang-and-the-manh-ttu28/21',
  /** An Giang university news (August 2021): PCI 2020 top ten "in order". */
  agu2020: 'https://shrc.agu.edu.vn/?q=vi/node/550&mini=2021-08',
  /** Tỉnh đoàn Quảng Ninh, from the national news agency (May 2023): PCI 2022, the top five "respectively" (lần lượt). */
  tinhdoan2022: 'https://tinhdoanquangninh.vn/pci-2022-quang-ninh-tiep-tuc-giu-vi-tri-so-1/',
  /** vietnam.vn (English, May 2024): PCI 2023, Quảng Ninh first (71.25; 72.95 in 2022), Long An second (70.94, up 8 places). */
  vietnamVn2023:
    'https://vietnam.vn/en/quang-ninh-lap-ky-luc-bay-nam-dung-dau-xep-hang-nang-luc-canh-tranh-cap-tinh',
  /** Việt Nam News (2025-05-06): PCI 2024, Hải Phòng first with 74.84 and the rest of the top five with their scores. */
  vietnamNews2024:
    'https://vietnamnews.vn/economy/1717104/pci-2024-hai-phong-claims-top-spot-for-the-first-time.html',
  /** Pháp luật Plus (Báo Pháp luật, May 2025): PCI 2024, "Hưng Yên 10th for the first time". */
  phapluatplus2024:
    'https://phapluatplus.baophapluat.vn/hai-phong-lan-dau-dung-ngoi-vi-quan-quan-bang-xep-hang-pci-214685.html',
} as const;

const PCI_2017 = '2018-03-22';
const PCI_2019 = '2020-05-06';
const PCI_2023 = '2024-05-09';
const PCI_2024 = '2025-05-06';

const RESPECTIVELY_2022 =
  'Rank inferred from the order of the source\'s list of the five highest, "respectively" (lần lượt): Quảng Ninh, Bắc Giang, Hải Phòng, Bà Rịa - Vũng Tàu, Đồng Tháp.';

const PCI_ORDER_2020: readonly [string, string][] = [
  ['22', 'Quảng Ninh'],
  ['87', 'Đồng Tháp'],
  ['80', 'Long An'],
  ['74', 'Bình Dương'],
  ['48', 'Đà Nẵng'],
  ['86', 'Vĩnh Long'],
  ['31', 'Hải Phòng'],
  ['83', 'Bến Tre'],
  ['01', 'Hà Nội'],
  ['27', 'Bắc Ninh'],
];

const TOP_FIVE_2024 =
  'Rank worked out from the printed scores: the source names the other four of the top five with their scores (Quảng Ninh 73.20, Long An 72.64, Bắc Giang 71.24, Bà Rịa - Vũng Tàu 71.17) without numbering them. Pháp luật Plus prints the same four scores as the top five.';

const PCI_RESULTS: RankingEntry[] = [
  result('PCI', 2017, '22', 1, PCI.thuonghieu2017, {
    reportedOn: PCI_2017,
    note: 'Quảng Ninh, first for the first time, ahead of Đà Nẵng ("quán quân"), as announced on 22 March 2018.',
  }),
  result('PCI', 2017, '31', 9, PCI.thuonghieuHaiPhong2017, {
    score: 65.15,
    reportedOn: PCI_2017,
    note: 'Hải Phòng: 65.15 points, 9th of 63, up 12 places on 2016.',
  }),
  result('PCI', 2018, '86', 8, PCI.congnghieptieudung2019, {
    note: 'Vĩnh Long, printed in the PCI 2019 report ("from 8th to 3rd").',
  }),
  result('PCI', 2019, '22', 1, PCI.congnghieptieudung2019, {
    score: 73.4,
    reportedOn: PCI_2019,
    note: 'Quảng Ninh, first for the third year running, up 3.04 points on 2018.',
  }),
  result('PCI', 2019, '87', 2, PCI.congnghieptieudung2019, {
    score: 72.1,
    reportedOn: PCI_2019,
    note: 'Đồng Tháp, second ("á quân").',
  }),
  result('PCI', 2019, '86', 3, PCI.congnghieptieudung2019, {
    reportedOn: PCI_2019,
    note: 'Vĩnh Long, up from 8th in 2018; its score is not given.',
  }),
  ...PCI_ORDER_2020.map(([code, name], i) =>
    result('PCI', 2020, code, i + 1, PCI.agu2020, {
      inferred: true,
      note: `${name}. Rank inferred from the source's top-ten list "in order" (theo thứ tự); no scores are given.`,
    }),
  ),
  result('PCI', 2022, '22', 1, PCI.tinhdoan2022, {
    score: 72.95,
    note: 'Quảng Ninh, "tiếp tục giữ vị trí số 1" (the headline); its 2022 score, 72.95, is printed in the PCI 2023 report of vietnam.vn. Its fifth first place in a row (daihoidang.baoquangninh.vn).',
  }),
  result('PCI', 2022, '24', 2, PCI.tinhdoan2022, {
    inferred: true,
    note: `Bắc Giang. ${RESPECTIVELY_2022}`,
  }),
  result('PCI', 2022, '31', 3, PCI.tinhdoan2022, {
    inferred: true,
    note: `Hải Phòng. ${RESPECTIVELY_2022}`,
  }),
  result('PCI', 2022, '77', 4, PCI.tinhdoan2022, {
    inferred: true,
    note: `Bà Rịa - Vũng Tàu. ${RESPECTIVELY_2022}`,
  }),
  result('PCI', 2022, '87', 5, PCI.tinhdoan2022, {
    inferred: true,
    note: `Đồng Tháp. ${RESPECTIVELY_2022}`,
  }),
  result('PCI', 2022, '80', 10, PCI.vietnamVn2023, {
    inferred: true,
    note: 'Long An. Rank worked out from the PCI 2023 report: 2nd in 2023, "an increase of 8 places compared to 2022".',
  }),
  result('PCI', 2023, '22', 1, PCI.vietnamVn2023, {
    score: 71.25,
    reportedOn: PCI_2023,
    note: 'Quảng Ninh, first for the seventh year running (a record), down 1.7 points on 2022. PCI 2023 published only the 30 highest-scoring provinces. Also einpresswire.com (Việt Nam News, 2024-05-09).',
  }),
  result('PCI', 2023, '80', 2, PCI.vietnamVn2023, {
    score: 70.94,
    reportedOn: PCI_2023,
    note: 'Long An, "the second locality", up 8 places on 2022.',
  }),
  result('PCI', 2024, '31', 1, PCI.vietnamNews2024, {
    score: 74.84,
    reportedOn: PCI_2024,
    note: 'Hải Phòng, first for the first time. PCI 2024 is the last edition on the 63-province basis; VCCI published the top 30, of which the press names only some (also Thừa Thiên Huế, Hậu Giang, Phú Thọ, Đồng Tháp, Cần Thơ, Bến Tre, Ninh Thuận, without ranks). Also phapluatplus.baophapluat.vn and laodongthudo.vn.',
  }),
  result('PCI', 2024, '22', 2, PCI.vietnamNews2024, {
    score: 73.2,
    inferred: true,
    reportedOn: PCI_2024,
    note: `Quảng Ninh. ${TOP_FIVE_2024}`,
  }),
  result('PCI', 2024, '80', 3, PCI.vietnamNews2024, {
    score: 72.64,
    inferred: true,
    reportedOn: PCI_2024,
    note: `Long An. ${TOP_FIVE_2024}`,
  }),
  result('PCI', 2024, '24', 4, PCI.vietnamNews2024, {
    score: 71.24,
    inferred: true,
    reportedOn: PCI_2024,
    note: `Bắc Giang. ${TOP_FIVE_2024}`,
  }),
  result('PCI', 2024, '77', 5, PCI.vietnamNews2024, {
    score: 71.17,
    inferred: true,
    reportedOn: PCI_2024,
    note: `Bà Rịa - Vũng Tàu. ${TOP_FIVE_2024}`,
  }),
  result('PCI', 2024, '33', 10, PCI.phapluatplus2024, {
    reportedOn: PCI_2024,
    note: 'Hưng Yên, 10th ("đứng thứ 10"), its first time in the top ten; the score is not given.',
  }),
];

// --- PAPI (CECODES, VFF-CRT and UNDP; 8 dimensions) ------------------------------

const PAPI = {
  /** Báo Thừa Thiên Huế (English, 2020-04-29): PAPI 2019, the five highest scores. */
  baoTtHue2019:
    'http://news.baothuathienhue.vn/hue-ranks-in-the-top-group-of-the-viet-nam-provincial-governance-and-public-administration-performance-index-papi-2019-a86077.html',
  /** Báo Pháp luật Việt Nam, tag page: "Thừa Thiên Huế first in PAPI 2021, up 9 places on 2020". */
  baophapluat2021: 'https://baophapluat.vn/hanh-chinh-cong-cap-tinh-tag209793.html',
  /** Hải Dương News (2022-05-11): Hải Dương 25th in PAPI 2021 with 42.68. */
  haiDuong2021: 'https://haiduongnews.com/news/hai-duong-records-high-average-papi-in-2021-203251',
  /** Báo Nghệ An (2023-04-17): Nghệ An 17th in PAPI 2022. */
  baoNgheAn2022:
    'https://baonghean.vn/nghe-an-ranks-17th-on-viet-nam-provincial-governance-and-public-administration-performance-index-papi-post268182.html',
  /** The national news agency (TTXVN, 2024-04-02): PAPI 2023, Thừa Thiên Huế first with 46.0415. */
  vnanet2023:
    'https://nvsk.vnanet.vn/print/infographics-papi-2023-thua-thien-hue-dat-diem-chi-so-cao-nhat-144407.vna',
  /** Hanoi Times (April 2024): PAPI 2023, the five highest scores and Hà Nội 15th. */
  hanoiTimes2023:
    'https://m.hanoitimes.vn/thua-thien-hue-province-tops-nationwide-in-public-administration-2023-papi-report-326500.html',
  /** Vietnam Law Magazine (April 2025): PAPI 2024, Quảng Ninh first, followed by Tây Ninh and Bình Thuận. */
  vietnamLaw2024:
    'https://vietnamlawmagazine.vn/quang-ninh-tops-2024-papi-rankings-citizens-report-higher-satisfaction-with-governance-73992.html',
} as const;

const PAPI_2019 = '2020-04-28';
const PAPI_2021 = '2022-05-10';
const PAPI_2023 = '2024-04-02';
const PAPI_2024 = '2025-04-15';

const FOLLOWED_2019 =
  'Rank worked out from the source\'s list of the five highest scores, "followed by" in descending order (Bến Tre 46.74, Đồng Tháp 46.72, Quảng Ninh 46.66, Bắc Giang 46.04, Thừa Thiên Huế 45.86).';
const FOLLOWED_2023 =
  'Rank worked out from the source\'s list "followed by" in descending order of score (Thái Nguyên 45.78, Bắc Ninh 45.70, Sóc Trăng 45.61, Bạc Liêu 45.57).';
const OF_61 =
  'Ranked among 61: the 2023 report has no scores for Bình Dương and Quảng Ninh (technical problems), as Hanoi Times reports.';
const FOLLOWED_2024 =
  'Rank worked out from the order "followed by Tay Ninh and Binh Thuan"; no scores are given. The basis of 63 is assumed (the 2024 survey covered the pre-merger provinces; the count ranked was not read).';

const PAPI_RESULTS: RankingEntry[] = [
  result('PAPI', 2019, '83', 1, PAPI.baoTtHue2019, {
    score: 46.74,
    reportedOn: PAPI_2019,
    note: 'Bến Tre, "ranked highest".',
  }),
  result('PAPI', 2019, '87', 2, PAPI.baoTtHue2019, {
    score: 46.72,
    inferred: true,
    reportedOn: PAPI_2019,
    note: `Đồng Tháp. ${FOLLOWED_2019}`,
  }),
  result('PAPI', 2019, '22', 3, PAPI.baoTtHue2019, {
    score: 46.66,
    inferred: true,
    reportedOn: PAPI_2019,
    note: `Quảng Ninh. ${FOLLOWED_2019}`,
  }),
  result('PAPI', 2019, '24', 4, PAPI.baoTtHue2019, {
    score: 46.04,
    inferred: true,
    reportedOn: PAPI_2019,
    note: `Bắc Giang. ${FOLLOWED_2019}`,
  }),
  result('PAPI', 2019, '46', 5, PAPI.baoTtHue2019, {
    score: 45.86,
    reportedOn: PAPI_2019,
    note: 'Thừa Thiên Huế, "ranked fifth out of 63" (43rd in 2018).',
  }),
  result('PAPI', 2020, '46', 10, PAPI.baophapluat2021, {
    inferred: true,
    note: 'Thừa Thiên Huế. Rank worked out from the 2021 report: first in 2021, "up 9 places on 2020".',
  }),
  result('PAPI', 2021, '46', 1, PAPI.baophapluat2021, {
    reportedOn: PAPI_2021,
    note: 'Thừa Thiên Huế, first ("dẫn đầu toàn quốc"), up 9 places on 2020, as announced on 10 May 2022.',
  }),
  result('PAPI', 2021, '30', 25, PAPI.haiDuong2021, {
    score: 42.68,
    reportedOn: PAPI_2021,
    note: 'Hải Dương, 25th, in the "high average" group; 42.81 in 2020.',
  }),
  result('PAPI', 2021, '11', 63, PAPI.haiDuong2021, {
    inferred: true,
    reportedOn: PAPI_2021,
    note: 'Điện Biên. Rank worked out from the source calling it "at the bottom" of the 2021 ranking (assumes no tie at the bottom).',
  }),
  result('PAPI', 2022, '40', 17, PAPI.baoNgheAn2022, {
    note: 'Nghệ An, 17th of 63 in the PAPI 2022 report of 12 April 2023.',
  }),
  result('PAPI', 2023, '46', 1, PAPI.vnanet2023, {
    score: 46.0415,
    of: 61,
    reportedOn: PAPI_2023,
    note: `Thừa Thiên Huế, "dẫn đầu với 46,0415 điểm". The province's newspaper and khamphahue.com.vn print 46.0414, Hanoi Times 46.04. ${OF_61}`,
  }),
  result('PAPI', 2023, '19', 2, PAPI.hanoiTimes2023, {
    score: 45.78,
    of: 61,
    inferred: true,
    reportedOn: PAPI_2023,
    note: `Thái Nguyên. ${FOLLOWED_2023} ${OF_61}`,
  }),
  result('PAPI', 2023, '27', 3, PAPI.hanoiTimes2023, {
    score: 45.7,
    of: 61,
    inferred: true,
    reportedOn: PAPI_2023,
    note: `Bắc Ninh. ${FOLLOWED_2023} ${OF_61}`,
  }),
  result('PAPI', 2023, '94', 4, PAPI.hanoiTimes2023, {
    score: 45.61,
    of: 61,
    inferred: true,
    reportedOn: PAPI_2023,
    note: `Sóc Trăng. ${FOLLOWED_2023} ${OF_61}`,
  }),
  result('PAPI', 2023, '95', 5, PAPI.hanoiTimes2023, {
    score: 45.57,
    of: 61,
    inferred: true,
    reportedOn: PAPI_2023,
    note: `Bạc Liêu. ${FOLLOWED_2023} ${OF_61}`,
  }),
  result('PAPI', 2023, '01', 15, PAPI.hanoiTimes2023, {
    score: 43.96,
    of: 61,
    reportedOn: PAPI_2023,
    note: `Hà Nội, "ranks 15th on the list". ${OF_61}`,
  }),
  result('PAPI', 2024, '22', 1, PAPI.vietnamLaw2024, {
    reportedOn: PAPI_2024,
    note: 'Quảng Ninh, "the top spot"; no score is given. The basis of 63 is assumed (the count ranked was not read).',
  }),
  result('PAPI', 2024, '72', 2, PAPI.vietnamLaw2024, {
    inferred: true,
    reportedOn: PAPI_2024,
    note: `Tây Ninh. ${FOLLOWED_2024}`,
  }),
  result('PAPI', 2024, '60', 3, PAPI.vietnamLaw2024, {
    inferred: true,
    reportedOn: PAPI_2024,
    note: `Bình Thuận. ${FOLLOWED_2024}`,
  }),
];

// --- PAR Index and SIPAS (Ministry of Home Affairs; percentages) ------------------

const PAR_SIPAS_2023 = '2024-04-18';
const VNANET_PAR_2023 =
  'https://nvsk.vnanet.vn/print/infographics-chi-so-cai-cach-hanh-chinh-2023-par-index-2023-145152.vna';
const BAOGIALAI_2023 =
  'https://m.baogialai.com.vn/gia-lai-dung-dau-khu-vuc-tay-nguyen-ve-chi-so-sipas-post274056.amp';
/** Báo Mới (April 2025), from the Government portal: PAR Index 2024 announced on 6 April 2025. */
const BAOMOI_PAR_2024 =
  'https://baomoi.net.vn/hai-tinh-nao-co-chi-so-cai-cach-hanh-chinh-cao-nhat-c51908021.epi';

/** VietnamPlus (English, May 2020): Quảng Ninh led the PAR Index in 2017, 2018 and 2019. */
const VIETNAMPLUS_PAR_2019 =
  'https://en.vietnamplus.vn/quang-ninh-seeks-ways-to-improve-competitiveness/173863.vnp';

const PAR_SIPAS_RESULTS: RankingEntry[] = [
  ...[2017, 2018, 2019].map((edition) =>
    result('PAR', edition, '22', 1, VIETNAMPLUS_PAR_2019, {
      note: 'Quảng Ninh: "led the country in the Public Administration Reform Index (PAR Index) for three consecutive years (2017, 2018 and 2019)".',
    }),
  ),
  result('PAR', 2023, '22', 1, VNANET_PAR_2023, {
    reportedOn: PAR_SIPAS_2023,
    note: 'Quảng Ninh, first in both the PAR Index and SIPAS 2023.',
  }),
  result('PAR', 2023, '01', 3, VNANET_PAR_2023, {
    score: 91.43,
    reportedOn: PAR_SIPAS_2023,
    note: 'Hà Nội, 3rd for the second year running.',
  }),
  result('PAR', 2024, '31', 1, BAOMOI_PAR_2024, {
    score: 96.17,
    reportedOn: '2025-04-06',
    note: 'Hải Phòng, first ("dẫn đầu bảng xếp hạng năm 2024") with 96.17%, up 4.30 points and one place on 2023. The national mean was 88.37%; 13 provinces scored 90% or more.',
  }),
  result('SIPAS', 2023, '22', 1, BAOGIALAI_2023, { score: 90.61, note: 'Quảng Ninh.' }),
  result('SIPAS', 2023, '19', 2, BAOGIALAI_2023, { score: 90.29, note: 'Thái Nguyên.' }),
  result('SIPAS', 2023, '30', 3, BAOGIALAI_2023, { score: 90.23, note: 'Hải Dương.' }),
  result('SIPAS', 2023, '64', 19, BAOGIALAI_2023, {
    score: 83.84,
    note: 'Gia Lai; down 3 places on 2022, first in the Central Highlands.',
  }),
];

/**
 * The published results of the other provincial indices, as ranking entries
 * that the same queries as the DTI's read (`indexHistory`, `indexRanking` in
 * `vn-dx/dti`): `index` is `PCI`, `PAPI`, `PAR` or `SIPAS`, codes are those of
 * the 63 provinces, and scores are on each index's own scale (PCI points of
 * 100, PAPI points, PAR and SIPAS percentages), never 0–1.
 *
 * - **PCI**: 2017 (Quảng Ninh 1st, Hải Phòng 9th), 2018–2019 (Quảng Ninh,
 *   Đồng Tháp, Vĩnh Long), the 2020 top ten (list order, `inferred`), the 2022
 *   top five (list order) and Long An, 2023 (Quảng Ninh 71.25, Long An 70.94), and 2024,
 *   the last edition of 63 (Hải Phòng 1st with 74.84; ranks 2–5 worked out
 *   from the printed scores; Hưng Yên 10th).
 * - **PAPI**: 2019 top five, Thừa Thiên Huế's 2020–2023 places, 2021–2022
 *   scattered ranks, 2023 (Thừa Thiên Huế 1st with 46.0415 of 61 ranked; the
 *   next four from printed scores; Hà Nội 15th) and 2024 (Quảng Ninh 1st).
 * - **PAR Index**: Quảng Ninh 1st in 2017–2019 and 2023 (Hà Nội 3rd), Hải Phòng 1st in 2024 (96.17%).
 * - **SIPAS**: 2023, the top three and Gia Lai.
 *
 * @example
 * ```ts
 * import { INDEX_RESULTS } from 'vn-dx/framework';
 *
 * INDEX_RESULTS.filter((entry) => entry.index === 'SIPAS').map((entry) => entry.score); // [90.61, 90.29, 90.23, 83.84]
 * INDEX_RESULTS.find((entry) => entry.id === 'pci-2024-63-31')?.score; // 74.84 (Hải Phòng)
 * INDEX_RESULTS.find((entry) => entry.id === 'papi-2023-61-46')?.score; // 46.0415 (Thừa Thiên Huế)
 * ```
 *
 * @category Data
 */
export const INDEX_RESULTS: readonly RankingEntry[] = deepFreeze([
  ...PCI_RESULTS,
  ...PAPI_RESULTS,
  ...PAR_SIPAS_RESULTS,
]);
