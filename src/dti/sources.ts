// Where the published DTI figures were read, and when each edition was
// published: shared by the overall results (results.ts) and the pillar results
// (pillar-results.ts), so that a source or a date is written once.
import type { RankingEntry } from '../model/ranking.js';

/** Where each figure was read, by a short key: outlet, province or subject, and edition. */
export const DTI_SOURCES = {
  /** Official DTI 2022 ranking (full order; main-index values for the top five). */
  dtiGov2022: 'https://dti.gov.vn/xep-hang-2022',
  /** Trà Vinh provincial portal: DTI 2022, rank 25/63, with pillar values. */
  traVinh2022:
    'https://travinh.gov.vn/1426/37932/73050/691291/chuyen-doi-so/danh-gia-muc-do-chuyen-doi-so-nam-2022-tra-vinh-xep-hang-25-63-tinh-thanh-pho',
  /** Thời báo Tài chính Việt Nam (English): DTI 2021 top ten. */
  tbtc2021:
    'https://thoibaotaichinhvietnam.vn/da-nang-finance-ministry-top-digital-transformation-index-110514.html',
  /** Đảng Cộng sản (English): Bắc Ninh third in DTI 2020, with pillar values. */
  dangcongsanBacNinh2020:
    'https://en.dangcongsan.vn/bac-ninh-province-integration-and-development/bac-ninh-s-provincial-digital-transformation-index-ranked-third-nationwide-585850.html',
  /** Thái Nguyên TV: 8th in DTI 2021, up 4. */
  thaiNguyenTv2021:
    'https://thainguyentv.vn/thai-nguyen-tang-4-bac-xep-thu-863-dia-phuong-ca-nuoc-ve-chi-so-chuyen-doi-so-89597.html',
  /** Báo Mới: Thanh Hóa up 3 in DTI 2021 (also gives Ninh Bình). */
  baomoiThanhHoa2021:
    'https://baomoi.net.vn/thanh-hoa-tang-3-bac-tren-bang-xep-hang-chuyen-doi-so-nam-2021-c43398226.epi',
  /** Thái Nguyên TV: DTI 2020, 3rd in the digital-government pillar. */
  thaiNguyenTv2020:
    'https://thainguyentv.vn/xep-hang-chuyen-doi-so-2020-thai-nguyen-dung-thu-3-o-tru-cot-chinh-quyen-so-87036.html',
  /** Viet-jo (Japanese translation of a Báo Pháp Luật report): DTI 2020 top ten and bottom three. */
  vietJo2020: 'https://www.viet-jo.com/news/social/print_211021185939.html',
  /** Báo Thanh Hóa: DTI 2020 ranks of Thanh Hóa, Hải Phòng, Nghệ An, Hà Nội. */
  baoThanhHoa2020:
    'https://baothanhhoa.vn/chuyen-doi-so/dong-luc-thuc-day-chuyen-doi-so/147341.htm',
  /** Báo Đà Nẵng (English): DTI 2023, Đà Nẵng first. */
  baoDaNang2023:
    'https://baodanang.vn/english/business/202502/da-nangs-efforts-in-comprehensive-digital-transformation-4000609',
  /** Báo Mới: Quảng Ngãi up 5 in DTI 2023 (also gives Hồ Chí Minh City second). */
  baomoiQuangNgai2023:
    'https://baomoi.net.vn/quang-ngai-tang-5-bac-trong-danh-gia-chuyen-doi-so-c51412784.epi',
  /** VnEconomy: DTI 2023 top ten. */
  vneconomy2023: 'https://vneconomy.vn/da-nang-dan-dau-cac-tinh-thanh-ve-chuyen-doi-so.htm',
  /** Người Hà Nội: Hà Nội 6th in DTI 2023. */
  nguoiHaNoi2023:
    'https://nguoihanoi.vn/ha-noi-xep-thu-6-ve-chi-so-chuyen-doi-so-cap-tinh-89443.html',
  /** Lao Động: Thanh Hóa in DTI 2023. */
  laoDong2023:
    'https://news.laodong.vn/cong-nghe/thanh-hoa-thang-hang-ve-chuyen-doi-so-1461936.ldo',
  /** Viet-jo (Japanese, 2023-07-25, from the national news agency TTXVN): DTI 2022 top ten with values, and Hà Nội. */
  vietJo2022: 'https://www.viet-jo.com/news/social/230724182706.html',
  /** Lạng Sơn Department of Information and Communications: "Lạng Sơn 5th in DTI 2021" (headline). */
  langSon2021:
    'https://stttt.langson.gov.vn/index.php/lang-son-xep-hang-5-toan-quoc-ve-chi-so-danh-gia-chuyen-doi-so-dti-2021-ket-qua-cua-su-no-luc-va',
  /** Báo Lạng Sơn: DTI 2020, Lạng Sơn 16th, with pillar ranks. */
  baoLangSon2020:
    'https://baolangson.vn/khoa-hoc-tin-hoc/cong-nghe/455867-llang-son-dung-thu-16-ve-chuyen-doi-so-va-co-100-dich-vu-cong-du-dieu-kien-len-muc-do-4.html',
  /** Xã hội Thông tin (VnMedia, 2022-04-01): Hải Dương in DTI 2020, value and pillar ranks. */
  vnmediaHaiDuong2020:
    'https://xahoithongtin.vnmedia.vn/tin-noi-bat/202204/hai-duong-di-truoc-don-dau-trong-chuyen-doi-so-de-phat-trien-manh-me-8d164c9/',
  /** Báo Hậu Giang (2023-05-24), quoting the deputy head of the National Digital Transformation Agency: Hậu Giang 17th in DTI 2021. */
  baoHauGiang2021:
    'https://baohaugiang.com.vn/xay-dung-chinh-quyen-dien-tu-va-chuyen-doi-so/chuyen-doi-so-tu-chu-truong-den-ket-qua-khoi-nguon-phat-trien-126951.html',
  /** Dân trí: DTI 2024, 34-unit ranking with values. */
  danTri2024:
    'https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm',
  /** VTC News: DTI 2024, 34-unit top and bottom. */
  vtc2024:
    'https://vtcnews.vn/ha-noi-dan-dau-ca-nuoc-ve-chuyen-doi-so-cao-bang-dung-cuoi-bang-ar972306.html',
  /** Báo Mới: Thái Nguyên in DTI 2024 (34 units). */
  baomoiThaiNguyen2024: 'https://lite.baomoi.com/thai-nguyen-tang-toc-tren-ban-do-so-c53710679.epi',
  /**
   * A weak source: a reproduction, on a web-design firm's demo site, of an
   * en.baodanang.vn article on DTI 2024 (both bases). The outlet's own page was
   * not found; the records citing it say so in their notes.
   */
  baoDaNang2024: 'https://demo1022.hasontech.vn/?p=3843',
  /** VnEconomy (2025-10-22): Huế 5th of the 63 in DTI 2024, after Hồ Chí Minh City, Đà Nẵng, Hải Phòng and Hà Nội; 2nd of the 34. */
  vneconomy2024:
    'https://vneconomy.vn/sau-sap-nhap-tinh-thanh-hue-vuon-len-dung-thu-2-toan-quoc-ve-chuyen-doi-so.htm',
  /** Báo Vĩnh Long (2022-08-08): Vĩnh Long 32nd in DTI 2021, up 20 on 52nd in DTI 2020. */
  baoVinhLong2021:
    'https://baovinhlong.com.vn/khao-hoc-cong-nghe/202208/vinh-long-tang-20-bac-ve-chi-so-chuyen-doi-so-3129116/',
  /** VTC News (August 2022): Vĩnh Phúc 12th in DTI 2021, up 43 on 55th in DTI 2020. */
  vtcVinhPhuc2021:
    'https://vtc.vn/vinh-phuc-xep-thu-12-toan-quoc-ve-chi-so-chuyen-doi-so-cap-tinh-nam-2021-ar695066.html',
  /** VietNamNet (English): Đà Nẵng first in DTI 2020 and in all three pillars. */
  vietnamnetDaNang2020:
    'https://vietnamnet.vn/en/why-has-da-nang-taken-the-lead-in-digital-transformation-798683.html',
  /** Báo Bắc Giang (English, 2021-10-25): Bắc Giang 10th in DTI 2020, with pillar values and ranks. */
  baoBacGiang2020:
    'http://m.en.baobacgiang.com.vn/bg/business/370411/bac-giang-continues-to-improve-digital-transformation-ranking.html',
  /**
   * dti.gov.vn home page as stored after August 2022: the DTI 2021 provincial
   * table (overall value and rank, and each pillar's value and rank), readable
   * to its 18th row. The heading names no year; the values are DTI 2021's
   * (Đà Nẵng 0.6419, Ninh Bình 0.5064, Thanh Hóa 0.4880, as the press printed).
   */
  dtiGovHome2021: 'https://dti.gov.vn/',
  /** Doanh nghiệp Hội nhập (English): Quảng Ngãi 26th in DTI 2022, with pillar ranks. */
  dnhnQuangNgai2022:
    'https://en.doanhnghiephoinhap.vn/in-2022-quang-ngai-has-the-greatest-increase-in-terms-of-the-digital-transformation-index-dti-compared-to-the-country.html',
} as const;

/** The day the ministry published each edition's results. */
export const DTI_PUBLISHED: Readonly<Record<number, string>> = {
  2020: '2021-10-19',
  2021: '2022-08-08',
  2022: '2023-07-12',
  2023: '2025-02-06',
  2024: '2025-10-21',
};

/** A web address, or an article of the seed dataset (`SEED_SOURCES` in `vn-dx/seed`) and its paragraph. */
export type Where = string | { readonly source: string; readonly paragraph: number };

/** A figure's `source` field: `{ url }` for a web address, a copy of a seed reference otherwise. */
export function sourceOf(where: Where): RankingEntry['source'] {
  return typeof where === 'string' ? { url: where } : { ...where };
}
