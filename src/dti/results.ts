// The published provincial DTI results, 2020–2024, as far as they could be
// read: ranks always, overall values (0–1) where a source prints them. Partial
// tables stay partial; nothing is filled in. A rank worked out rather than
// printed (from listing order, "lowest", or "up N places") is `inferred: true`,
// and its note says how. Each record cites the one source that states it;
// corroborating sources are named in the note.
import { deepFreeze } from '../internal/freeze.js';
import type { RankingEntry } from '../model/ranking.js';
import { DTI_PUBLISHED, DTI_SOURCES as SRC, sourceOf, type Where } from './sources.js';

interface Extra {
  readonly score?: number;
  readonly inferred?: boolean;
  readonly note?: string;
}

function entry(
  edition: number,
  of: 63 | 34,
  province: string,
  rank: number,
  where: Where,
  extra: Extra = {},
): RankingEntry {
  const reportedOn = DTI_PUBLISHED[edition];
  return {
    id: `dti-${edition}-${of}-${province}`,
    index: 'DTI',
    edition,
    province,
    rank,
    of,
    ...(extra.score === undefined ? {} : { score: extra.score }),
    scope: 'national',
    ...(reportedOn === undefined ? {} : { reportedOn }),
    inferred: extra.inferred ?? false,
    source: sourceOf(where),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

// --- DTI 2020 (published 19/10/2021; 63 provinces) ------------------------------

/** The seed articles that give DTI ranks without a web address (`SEED_SOURCES`). */
const HAU_GIANG_SEED = { source: 'hg-unknown-2022', paragraph: 5 } as const;
const QUANG_NAM_SEED = { source: 'qn-viettimes-2023-04', paragraph: 1 } as const;

const BOTTOM_2020 =
  'Rank worked out from the source calling it the {place} of the 63 (assumes no tie at the bottom).';

const DTI_2020: RankingEntry[] = [
  entry(2020, 63, '48', 1, SRC.vietJo2020, {
    score: 0.4874,
    note: 'Đà Nẵng led all three pillars. Score also in en.dangcongsan.vn and vietnamnet.vn (English).',
  }),
  entry(2020, 63, '46', 2, SRC.vietJo2020, { note: 'Thừa Thiên Huế. Also stttt.bacninh.gov.vn.' }),
  entry(2020, 63, '27', 3, SRC.dangcongsanBacNinh2020, {
    score: 0.4096,
    note: 'Bắc Ninh. Pillars: digital government 0.4449 (8th), digital economy 0.3668 (2nd), digital society 0.4052 (2nd).',
  }),
  entry(2020, 63, '22', 4, SRC.vietJo2020, { note: 'Quảng Ninh.' }),
  entry(2020, 63, '79', 5, SRC.vietJo2020, { note: 'Hồ Chí Minh City.' }),
  entry(2020, 63, '82', 6, SRC.vietJo2020, { note: 'Tiền Giang.' }),
  entry(2020, 63, '92', 7, SRC.vietJo2020, { note: 'Cần Thơ.' }),
  entry(2020, 63, '37', 8, SRC.vietJo2020, { note: 'Ninh Bình, tied 8th with Kiên Giang.' }),
  entry(2020, 63, '91', 8, SRC.vietJo2020, { note: 'Kiên Giang, tied 8th with Ninh Bình.' }),
  entry(2020, 63, '24', 10, SRC.baoBacGiang2020, {
    score: 0.3615,
    note: 'Bắc Giang; also 10th in viet-jo.com. Pillars: digital government 0.4455 (7th), digital economy 0.3019 (14th), digital society 0.3092 (25th).',
  }),
  entry(2020, 63, '19', 12, SRC.thaiNguyenTv2020, {
    note: 'Thái Nguyên; 3rd in the digital-government pillar.',
  }),
  entry(2020, 63, '30', 14, SRC.vnmediaHaiDuong2020, {
    score: 0.3504,
    note: 'Hải Dương. Pillar ranks: digital government 22, economy 9, society 13.',
  }),
  entry(2020, 63, '38', 15, SRC.baoThanhHoa2020, { note: 'Thanh Hóa.' }),
  entry(2020, 63, '20', 16, SRC.baoLangSon2020, {
    note: 'Lạng Sơn. Pillar ranks: digital government 18, economy 8, society 24.',
  }),
  entry(2020, 63, '31', 21, SRC.baoThanhHoa2020, { note: 'Hải Phòng.' }),
  entry(2020, 63, '93', 28, HAU_GIANG_SEED, {
    note: 'Hậu Giang, from the seed article hg-unknown-2022 (paragraph 5), which has no outlet or date; no web source was found.',
  }),
  entry(2020, 63, '40', 36, SRC.baoThanhHoa2020, { note: 'Nghệ An.' }),
  entry(2020, 63, '86', 52, SRC.baoVinhLong2021, {
    note: 'Vĩnh Long: "DTI 2020 (52/63)", printed in the report of its DTI 2021 rank (Báo Vĩnh Long, 2022-08-08). Also doanhnghiephoinhap.vn (2022-08-09).',
  }),
  entry(2020, 63, '26', 55, SRC.vtcVinhPhuc2021, {
    note: 'Vĩnh Phúc: "xếp thứ 55/63" in 2020, printed in the report of its DTI 2021 rank (VTC News, August 2022). vnexpress.net gives the same 55/63 "in 2021" (the year the 2020 edition was published), with pillar ranks government 52, economy 42, society 56; vccinews.com ("12th, 43 places higher") agrees.',
  }),
  entry(2020, 63, '01', 43, SRC.baoThanhHoa2020, { note: 'Hà Nội.' }),
  entry(2020, 63, '04', 61, SRC.vietJo2020, {
    inferred: true,
    note: `Cao Bằng. ${BOTTOM_2020.replace('{place}', 'third-lowest')}`,
  }),
  entry(2020, 63, '54', 62, SRC.vietJo2020, {
    inferred: true,
    note: `Phú Yên. ${BOTTOM_2020.replace('{place}', 'second-lowest')}`,
  }),
  entry(2020, 63, '58', 63, SRC.vietJo2020, {
    score: 0.2108,
    inferred: true,
    note: `Ninh Thuận; the score is published. ${BOTTOM_2020.replace('{place}', 'lowest')} The published top–bottom gap of 0.2766 is 0.4874 − 0.2108.`,
  }),
];

// --- DTI 2021 (published 8/8/2022; 63 provinces) --------------------------------

/** Corroboration for ranks 4, 7, 9 and 10, once inferred from a listing order. */
const LISTING_2021 =
  'Its place in the top-ten list of thoibaotaichinhvietnam.vn agrees (before the table was read, the rank was inferred from that listing order).';

/** A record read from the DTI 2021 table of the dti.gov.vn home page (rank and value printed). */
const table2021 = (province: string, rank: number, score: number, note: string) =>
  entry(2021, 63, province, rank, SRC.dtiGovHome2021, { score, note });

const DTI_2021: RankingEntry[] = [
  entry(2021, 63, '48', 1, SRC.tbtc2021, {
    score: 0.6419,
    note: 'Đà Nẵng; up 0.1545 on 2020. The dti.gov.vn table agrees (1st, 0.6419).',
  }),
  entry(2021, 63, '46', 2, SRC.tbtc2021, {
    score: 0.5872,
    note: 'Thừa Thiên Huế. The dti.gov.vn table agrees (2nd, 0.5872).',
  }),
  table2021(
    '79',
    3,
    0.5609,
    'Hồ Chí Minh City; thoibaotaichinhvietnam.vn and kinhdoanhvatiepthi.vn also give 3rd, up 2 places.',
  ),
  table2021('27', 4, 0.5276, `Bắc Ninh. ${LISTING_2021}`),
  table2021(
    '20',
    5,
    0.5242,
    'Lạng Sơn. The rank is also the headline of the province’s digital-transformation page (stttt.langson.gov.vn) and its place in the top-ten list of thoibaotaichinhvietnam.vn.',
  ),
  entry(2021, 63, '37', 6, SRC.baomoiThanhHoa2021, {
    score: 0.5064,
    note: 'Ninh Bình; up 2 on 2020. Pillar ranks: digital government 5, economy 8, society 5. The dti.gov.vn table agrees (6th, 0.5064).',
  }),
  table2021('22', 7, 0.4972, `Quảng Ninh. ${LISTING_2021}`),
  table2021('19', 8, 0.496, 'Thái Nguyên; thainguyentv.vn also gives 8th, up 4 on 2020.'),
  table2021('70', 9, 0.4954, `Bình Phước. ${LISTING_2021}`),
  table2021('24', 10, 0.4933, `Bắc Giang. ${LISTING_2021}`),
  table2021('36', 11, 0.4885, 'Nam Định.'),
  entry(2021, 63, '38', 12, SRC.baomoiThanhHoa2021, {
    score: 0.488,
    note: 'Thanh Hóa; up 3 on 2020. Pillar ranks: digital government 12, economy 22, society 12. The dti.gov.vn table agrees (12th, 0.4880), tied with Vĩnh Phúc.',
  }),
  table2021(
    '26',
    12,
    0.488,
    'Vĩnh Phúc, tied 12th with Thanh Hóa (both 0.4880); the next rank is 14th. vtc.vn also gives 12th, up 43 on 2020 (55th).',
  ),
  table2021('30', 14, 0.4843, 'Hải Dương.'),
  table2021('92', 15, 0.4794, 'Cần Thơ.'),
  table2021('31', 16, 0.4675, 'Hải Phòng.'),
  table2021(
    '93',
    17,
    0.467,
    'Hậu Giang. baohaugiang.com.vn (quoting the deputy head of the National Digital Transformation Agency) and the seed article hg-unknown-2022 (paragraph 5) also give 17th. Hậu Giang was 17th again in DTI 2022.',
  ),
  table2021(
    '25',
    18,
    0.4652,
    'Phú Thọ; the last row of the stored table, whose overall rank and value are complete (its pillar figures are cut off).',
  ),
  entry(2021, 63, '49', 25, QUANG_NAM_SEED, {
    note: 'Quảng Nam, from the seed article qn-viettimes-2023-04 (VietTimes, April 2023), which names the DTI but not the edition: in April 2023 the latest published edition was DTI 2021 (DTI 2022, published in July 2023, placed Quảng Nam 31st). No web source was found; the stored dti.gov.vn table stops at the 18th row.',
  }),
  entry(2021, 63, '84', 26, SRC.traVinh2022, {
    inferred: true,
    note: 'Trà Vinh. Rank worked out from the DTI 2022 report: 25th in 2022, up 1 place. The same report gives 2022 as 0.6077, up 0.1783 on 2021; no 2021 value is printed, so none is recorded.',
  }),
  entry(2021, 63, '86', 32, SRC.baoVinhLong2021, {
    note: 'Vĩnh Long: "xếp hạng 32/63", up 20 places on DTI 2020 (52/63); 8th of the 63 in the cyber-security main index. Also doanhnghiephoinhap.vn (2022-08-09).',
  }),
];

// --- DTI 2022 (published 12/7/2023; 63 provinces, full order) -------------------

/** The order of dti.gov.vn/xep-hang-2022: [rank, 63-era code], with names for the reader. */
const ORDER_2022: readonly (readonly [number, string])[] = [
  [1, '48'], // Đà Nẵng
  [2, '79'], // Hồ Chí Minh City
  [3, '22'], // Quảng Ninh
  [4, '46'], // Thừa Thiên Huế
  [5, '92'], // Cần Thơ
  [6, '20'], // Lạng Sơn
  [7, '27'], // Bắc Ninh
  [8, '19'], // Thái Nguyên
  [9, '24'], // Bắc Giang
  [10, '36'], // Nam Định
  [11, '80'], // Long An
  [12, '70'], // Bình Phước
  [13, '30'], // Hải Dương
  [14, '31'], // Hải Phòng
  [15, '38'], // Thanh Hóa (tied)
  [15, '15'], // Yên Bái (tied)
  [17, '93'], // Hậu Giang
  [18, '26'], // Vĩnh Phúc
  [19, '74'], // Bình Dương
  [20, '82'], // Tiền Giang
  [21, '37'], // Ninh Bình
  [22, '68'], // Lâm Đồng
  [23, '25'], // Phú Thọ
  [24, '01'], // Hà Nội
  [25, '84'], // Trà Vinh
  [26, '51'], // Quảng Ngãi
  [27, '58'], // Ninh Thuận
  [28, '77'], // Bà Rịa - Vũng Tàu
  [29, '52'], // Bình Định
  [30, '86'], // Vĩnh Long
  [31, '49'], // Quảng Nam
  [32, '91'], // Kiên Giang
  [33, '33'], // Hưng Yên
  [34, '35'], // Hà Nam
  [35, '11'], // Điện Biên
  [36, '94'], // Sóc Trăng
  [37, '42'], // Hà Tĩnh
  [38, '10'], // Lào Cai
  [39, '87'], // Đồng Tháp
  [40, '72'], // Tây Ninh
  [41, '56'], // Khánh Hòa
  [42, '17'], // Hòa Bình
  [43, '75'], // Đồng Nai
  [44, '14'], // Sơn La
  [45, '62'], // Kon Tum
  [46, '44'], // Quảng Bình
  [47, '66'], // Đắk Lắk
  [48, '08'], // Tuyên Quang
  [49, '67'], // Đắk Nông
  [50, '60'], // Bình Thuận
  [51, '83'], // Bến Tre
  [52, '40'], // Nghệ An
  [53, '12'], // Lai Châu
  [54, '89'], // An Giang
  [55, '45'], // Quảng Trị
  [56, '34'], // Thái Bình
  [57, '02'], // Hà Giang
  [58, '96'], // Cà Mau
  [59, '54'], // Phú Yên
  [60, '95'], // Bạc Liêu
  [61, '04'], // Cao Bằng
  [62, '64'], // Gia Lai
  [63, '06'], // Bắc Kạn
];

const VIET_JO_2022 =
  'The value is from the national news agency’s report as reprinted by viet-jo.com (2023-07-25); the rank is also in the dti.gov.vn list.';

/** What dti.gov.vn prints beyond the rank, and what other sources add. */
const DETAIL_2022: Readonly<Record<string, Extra>> = {
  '48': { score: 0.8002, note: 'Main-index values in DTI_MAIN_INDEX_VALUES.' },
  '79': {
    score: 0.7163,
    note: 'Main-index values in DTI_MAIN_INDEX_VALUES. Pillar ranks (kinhdoanhvatiepthi.vn): digital government 3, economy 3, society 4.',
  },
  '22': { score: 0.7024, note: 'Main-index values in DTI_MAIN_INDEX_VALUES.' },
  '46': { score: 0.6975, note: 'Main-index values in DTI_MAIN_INDEX_VALUES.' },
  '92': { score: 0.6924, note: 'Main-index values in DTI_MAIN_INDEX_VALUES.' },
  '20': { score: 0.6837, note: `Lạng Sơn. ${VIET_JO_2022}` },
  '27': { score: 0.6736, note: `Bắc Ninh. ${VIET_JO_2022}` },
  '19': { score: 0.6469, note: `Thái Nguyên. ${VIET_JO_2022}` },
  '24': { score: 0.644, note: `Bắc Giang. ${VIET_JO_2022}` },
  '36': { score: 0.639, note: `Nam Định. ${VIET_JO_2022}` },
  '38': { note: 'Tied 15th with Yên Bái; the next rank is 17.' },
  '15': { note: 'Tied 15th with Thanh Hóa; the next rank is 17.' },
  '01': {
    score: 0.6098,
    note: `Hà Nội. Pillar ranks (kinhdoanhvatiepthi.vn, and viet-jo): digital government 40, economy 18, society 30. ${VIET_JO_2022}`,
  },
};

const DTI_2022: RankingEntry[] = ORDER_2022.map(([rank, code]) =>
  code === '84'
    ? entry(2022, 63, code, rank, SRC.traVinh2022, {
        score: 0.6077,
        note: 'Trà Vinh; up 1 place on 2021. Pillars: digital government 0.6683 (29th), economy 0.6647 (27th), society 0.5991 (26th). The rank is also in the dti.gov.vn list.',
      })
    : entry(
        2022,
        63,
        code,
        rank,
        ['20', '27', '19', '24', '36', '01'].includes(code) ? SRC.vietJo2022 : SRC.dtiGov2022,
        DETAIL_2022[code],
      ),
);

// --- DTI 2023 (published 6/2/2025; 63 provinces) ---------------------------------

const LISTING_2023 =
  'Rank inferred from its position in the top-ten lists of vneconomy.vn and nguoihanoi.vn, which the published "Hà Nội 6th" agrees with; baomoi.net.vn lists 6–10 in another order (Bắc Giang, Bà Rịa - Vũng Tàu, Hà Nội, Bình Dương, Hải Phòng).';

const DTI_2023: RankingEntry[] = [
  entry(2023, 63, '48', 1, SRC.baoDaNang2023, {
    score: 0.834,
    note: 'Đà Nẵng; up 0.0338 on 2022. First in all three pillars and in 5 of the 8 main indices (awareness, institutions, human resources, cyber security, digital government activity); 2nd in infrastructure and digital society activity; 6th in digital economy activity.',
  }),
  entry(2023, 63, '79', 2, SRC.baomoiQuangNgai2023, {
    note: 'Hồ Chí Minh City; 2nd in all three pillars.',
  }),
  entry(2023, 63, '46', 3, SRC.vneconomy2023, { note: 'Thừa Thiên Huế. Also baomoi.net.vn.' }),
  entry(2023, 63, '20', 4, SRC.vneconomy2023, {
    inferred: true,
    note: `Lạng Sơn. ${LISTING_2023}`,
  }),
  entry(2023, 63, '92', 5, SRC.vneconomy2023, {
    inferred: true,
    note: `Cần Thơ. ${LISTING_2023}`,
  }),
  entry(2023, 63, '01', 6, SRC.nguoiHaNoi2023, {
    note: 'Hà Nội; up 18 places (24th in 2022). Also laodong.vn.',
  }),
  entry(2023, 63, '74', 7, SRC.vneconomy2023, {
    inferred: true,
    note: `Bình Dương. ${LISTING_2023}`,
  }),
  entry(2023, 63, '31', 8, SRC.vneconomy2023, {
    inferred: true,
    note: `Hải Phòng. ${LISTING_2023}`,
  }),
  entry(2023, 63, '24', 9, SRC.vneconomy2023, {
    inferred: true,
    note: `Bắc Giang. ${LISTING_2023}`,
  }),
  entry(2023, 63, '77', 10, SRC.vneconomy2023, {
    inferred: true,
    note: `Bà Rịa - Vũng Tàu. ${LISTING_2023}`,
  }),
  entry(2023, 63, '38', 11, SRC.laoDong2023, {
    note: 'Thanh Hóa. Pillar ranks: digital government 9, economy 8, society 8.',
  }),
  entry(2023, 63, '51', 21, SRC.baomoiQuangNgai2023, {
    note: 'Quảng Ngãi; up 5 places (26th in 2022). Pillar ranks: digital government 12, economy 13, society 14.',
  }),
];

// --- DTI 2024 (published 21/10/2025) ---------------------------------------------

/** How the records resting on the Đà Nẵng mirror are marked. */
const MIRROR_2024 =
  'Weak source: the value is read only in a reproduction of an en.baodanang.vn article on a web-design firm’s demo site; the outlet’s own page was not found (searched in English and Vietnamese).';

const MERGED_2024 =
  'The value of a merged unit is the arithmetic mean of its pre-merger provinces’ main indices, then ranked.';

/** The ranking of the 34 units formed on 1 July 2025 (34-era codes). */
const DTI_2024_34: RankingEntry[] = [
  entry(2024, 34, '01', 1, SRC.danTri2024, { score: 0.8241, note: 'Hà Nội (not merged).' }),
  entry(2024, 34, '46', 2, SRC.danTri2024, {
    score: 0.7951,
    note: 'Huế (not merged; Thừa Thiên Huế until 2024).',
  }),
  entry(2024, 34, '31', 3, SRC.danTri2024, {
    score: 0.7857,
    note: `Hải Phòng, with the former Hải Dương. ${MERGED_2024}`,
  }),
  entry(2024, 34, '79', 4, SRC.danTri2024, {
    score: 0.777,
    note: `Hồ Chí Minh City, with the former Bình Dương and Bà Rịa - Vũng Tàu. ${MERGED_2024}`,
  }),
  entry(2024, 34, '38', 5, SRC.vtc2024, { note: 'Thanh Hóa (not merged). Also huengaynay.vn.' }),
  entry(2024, 34, '11', 6, SRC.vtc2024, { note: 'Điện Biên (not merged).' }),
  entry(2024, 34, '42', 7, SRC.vtc2024, { note: 'Hà Tĩnh (not merged).' }),
  entry(2024, 34, '19', 8, SRC.baomoiThaiNguyen2024, {
    note: `Thái Nguyên, with the former Bắc Kạn. ${MERGED_2024}`,
  }),
  entry(2024, 34, '48', 17, SRC.baoDaNang2024, {
    score: 0.7069,
    note: `Đà Nẵng, with the former Quảng Nam: the mean of 0.8335 and 0.5803. ${MERGED_2024} ${MIRROR_2024} The rank is also printed by vtcnews.vn (2025-10-21).`,
  }),
];

const LISTING_2024_63 =
  'Rank inferred from listing order: vneconomy.vn prints Huế 5th of the 63 "after Hồ Chí Minh City, Đà Nẵng, Hải Phòng and Hà Nội" (sau …), and vtcnews.vn names Hải Phòng, Hà Nội and Huế "respectively" (lần lượt) after 1st and 2nd; neither numbers places 3 and 4, but both list the two in this order.';

/** The ranking of the 63 pre-merger provinces (63-era codes). */
const DTI_2024_63: RankingEntry[] = [
  entry(2024, 63, '79', 1, SRC.vtc2024, {
    note: 'Hồ Chí Minh City (pre-merger): "TP.HCM đứng đầu" among the 63; its value was not found. Also the en.baodanang.vn reproduction and vneconomy.vn (listed first).',
  }),
  entry(2024, 63, '48', 2, SRC.baoDaNang2024, {
    score: 0.8335,
    note: `Đà Nẵng (pre-merger). ${MIRROR_2024} The rank is also printed by vtcnews.vn (2025-10-21).`,
  }),
  entry(2024, 63, '31', 3, SRC.vneconomy2024, {
    inferred: true,
    note: `Hải Phòng (pre-merger). ${LISTING_2024_63} An English report (vietnam.vn, "Hai Phong rises to top 3") says Hải Phòng rose 5 places on 2023 (8th of the 63) to 3rd, but gives the 34-unit value 0.7857, so its basis is unclear.`,
  }),
  entry(2024, 63, '01', 4, SRC.vneconomy2024, {
    inferred: true,
    note: `Hà Nội. ${LISTING_2024_63}`,
  }),
  entry(2024, 63, '46', 5, SRC.vneconomy2024, {
    note: 'Huế: "đứng vị trí thứ 5" among the 63 before the merger (VnEconomy, 2025-10-22); once inferred from the listing order of vtcnews.vn, which agrees.',
  }),
  entry(2024, 63, '49', 57, SRC.baoDaNang2024, {
    score: 0.5803,
    note: `Quảng Nam (pre-merger). ${MIRROR_2024} Neither the rank nor the value was found elsewhere.`,
  }),
];

/**
 * The published provincial DTI results, 2020–2024: one {@link RankingEntry}
 * per province and edition that a source reports, with its overall value
 * (0–1) where printed. `edition` is the year assessed (DTI 2022 was published
 * in 2023); `reportedOn` is the day the ministry published that edition.
 *
 * - 2020, 2023: the top ten and scattered ranks (63 provinces).
 * - 2021: ranks 1–18 with values, from the DTI 2021 table of the dti.gov.vn
 *   home page (Thanh Hóa and Vĩnh Phúc tied 12th), and three ranks beyond it.
 * - Two ranks come only from a seed article (Hậu Giang 2020, Quảng Nam 2021):
 *   their `source` is a reference to `SEED_SOURCES` (`vn-dx/seed`), not a URL.
 * - 2022: the full order of all 63 (ties: Thanh Hóa and Yên Bái both 15th),
 *   with values for the top ten, Hà Nội (24th) and Trà Vinh (25th).
 * - 2024: two rankings: the 34 units formed on 1 July 2025 (`of: 34`, 34-era
 *   codes; a merged unit's value is the mean of its old provinces' main
 *   indices) and a few ranks among the 63 (`of: 63`, 63-era codes).
 *
 * Ranks worked out rather than printed are `inferred: true`, with a note
 * saying how. Codes are era-specific: `'48'` is the old Đà Nẵng in an
 * `of: 63` entry and the merged Đà Nẵng (with Quảng Nam) in an `of: 34` one.
 *
 * @example
 * ```ts
 * import { DTI_RESULTS } from 'vn-dx/dti';
 *
 * DTI_RESULTS.filter((entry) => entry.edition === 2022).length; // 63
 * DTI_RESULTS.find((entry) => entry.edition === 2021 && entry.rank === 1)?.score; // 0.6419 (Đà Nẵng)
 * DTI_RESULTS.filter((entry) => entry.inferred).length; // 12
 * DTI_RESULTS.find((entry) => entry.id === 'dti-2021-63-26')?.score; // 0.488 (Vĩnh Phúc, tied 12th)
 * ```
 *
 * @category Data
 */
export const DTI_RESULTS: readonly RankingEntry[] = deepFreeze([
  ...DTI_2020,
  ...DTI_2021,
  ...DTI_2022,
  ...DTI_2023,
  ...DTI_2024_34,
  ...DTI_2024_63,
]);
