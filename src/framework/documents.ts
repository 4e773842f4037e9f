// National legal documents behind Vietnam's digital transformation and the
// web sources that the national framework cites.
//
// The documents are the national programme and strategies (749/QĐ-TTg,
// 942/QĐ-TTg, 411/QĐ-TTg), the Politburo's Resolution 57-NQ/TW, the DTI schemes (1726/QĐ-BTTTT, 922/QĐ-BTTTT,
// 405/QĐ-BKHCN), the decrees on online public service levels (43/2011/NĐ-CP,
// 42/2022/NĐ-CP) and the acts of the 2025 reorganisation (55/2025/NĐ-CP,
// 175/2024/QH15, 60-NQ/TW, 202/2025/QH15, 19/2025/QĐ-TTg). Only facts stated by
// the sources are recorded; a missing day is `null` or a year-only date.
//
// A source's `outlet` is the web site's host name, and its `published` date is
// given only when the page or its address states it.

import { deepFreeze } from '../internal/freeze.js';
import type { LegalDocument } from '../model/document.js';
import type { Label } from '../model/label.js';
import type { Source } from '../model/source.js';

function web(
  id: string,
  url: string,
  subject: string,
  extra: { published?: string; note?: string } = {},
): Source {
  const host = new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
  return {
    id,
    outlet: host,
    published: extra.published ?? null,
    title: null,
    subject,
    interviewee: null,
    province: 'national',
    url,
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

/**
 * The web sources cited by the national documents, DTI structures, national
 * targets and service levels: official pages, legal databases and news
 * reports. Each has `province: 'national'` and a `url`; mirrors and other
 * outlets carrying the same report are listed in `note`.
 *
 * @example
 * ```ts
 * import { NATIONAL_SOURCES } from 'vn-dx/framework';
 *
 * NATIONAL_SOURCES.find((source) => source.id === 'src-dti-gov-vn-2022')?.url; // 'https://dti.gov.vn/xep-hang-2022'
 * ```
 *
 * @category Data
 */
export const NATIONAL_SOURCES: readonly Source[] = deepFreeze([
  // DTI methodology and results
  web(
    'src-dti-gov-vn-2022',
    'https://dti.gov.vn/xep-hang-2022',
    "The ministry's official DTI 2022 ranking page: the full provincial rank order and, for the leading provinces, the eight main-index values and the overall value.",
  ),
  web(
    'src-thuviennhadat-qd-922',
    'https://thuviennhadat.vn/vbpl/quyet-dinh-922-qd-btttt-2022-xac-dinh-bo-chi-so-danh-gia-chuyen-doi-so-cua-cac-bo-514140.html',
    'Text of Decision 922/QĐ-BTTTT (2022) on the DTI scheme, including the documents it is based on.',
  ),
  web(
    'src-123doc-qd-922',
    'https://123doc.top/document/10696568-qd-btttt-2022-de-an-xac-dinh-bo-chi-so-danh-gia-chuyen-doi-so-cua-cac-bo-co-quan-ngang-bo.htm',
    'A copy of Decision 922/QĐ-BTTTT (2022).',
  ),
  web(
    'src-stttt-daknong-dti-922',
    'https://stttt.daknong.gov.vn/cong-nghe-thong-tin/bo-chi-so-danh-gia-muc-do-chuyen-doi-so.html',
    'A provincial department summary of the 922 provincial DTI: three pillars, 9 main and 98 component indices, 1,000 points.',
  ),
  web(
    'src-eballsviet-dti-922',
    'http://eballsviet.com/bo-chi-so-danh-gia-chuyen-doi-so-cap-tinh-59970',
    'Reproduction of the structure table in Appendix 1 of Decision 922/QĐ-BTTTT: groups, main indices, component counts and points.',
    { note: 'The table was read only up to the start of the ninth row.' },
  ),
  web(
    'src-travinh-gov-vn-dti-2022',
    'https://travinh.gov.vn/1426/37932/73050/691291/chuyen-doi-so/danh-gia-muc-do-chuyen-doi-so-nam-2022-tra-vinh-xep-hang-25-63-tinh-thanh-pho',
    "Trà Vinh's DTI 2022 result: overall value, pillar values and pillar ranks.",
  ),
  web(
    'src-vccidanang-dti-2022',
    'https://vccidanang.com.vn/tin-tuc/da-nang-3-nam-lien-tiep-dan-dau-xep-hang-chuyen-doi-so-cap-tinh/',
    'Report on the DTI 2022 results, with Đà Nẵng first among provinces for a third year and ministries ranked in two groups.',
  ),
  web(
    'src-thuvienphapluat-qd-1726',
    'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Decision-1726-QD-BTTTT-2020-scheme-for-creation-of-digital-transformation-indexes-applicable-to-ministries-457069.aspx',
    'English rendering of Decision 1726/QĐ-BTTTT (2020), the first DTI scheme.',
  ),
  web(
    'src-vanbanphapluat-qd-1726',
    'https://vanbanphapluat.co/quyet-dinh-1726-qd-bttt-2020-bo-chi-so-danh-gia-chuyen-doi-so-cua-bo-co-quan-ngang-bo',
    'Vietnamese text of Decision 1726/QĐ-BTTTT (2020).',
    { note: 'Also at https://dulieuphaply.vn/?p=47509.' },
  ),
  web(
    'src-thuvienphapluat-qd-405',
    'https://thuvienphapluat.vn/bulletin/document.aspx?bid=80c046b9-9fe8-4f3f-8c21-09a875e66f3c&key=CbEyTxFir7vKATT7XIRXAw%3D%3D',
    'Text of Decision 405/QĐ-BKHCN (2025), which re-approves the DTI scheme under the Ministry of Science and Technology.',
  ),
  web(
    'src-hethongphapluat-qd-3136',
    'http://www.hethongphapluat.vn/quyet-dinh-3136-qd-bkhcn-nam-2025-ve-bo-chi-so-danh-gia-chuyen-doi-so-doi-voi-cac-co-quan-don-vi-thuoc-bo-khoa-hoc-va-cong-nghe.html',
    "Decision 3136/QĐ-BKHCN (2025): a DTI for the Ministry of Science and Technology's own units.",
  ),
  web(
    'src-dangcongsan-bac-ninh-dti-2020',
    'https://en.dangcongsan.vn/bac-ninh-province-integration-and-development/bac-ninh-s-provincial-digital-transformation-index-ranked-third-nationwide-585850.html',
    "Bắc Ninh's third place in DTI 2020, with its pillar values and the size of the 2020 index (component indices and criteria).",
  ),
  web(
    'src-quanlynhanuoc-dti-2020',
    'https://www.quanlynhanuoc.vn/2021/10/19/bo-thong-tin-va-truyen-thong-cong-bo-ket-qua-danh-gia-ve-muc-do-chuyen-doi-so-cap-bo-cap-tinh-nam-2020/',
    "The ministry's release of the DTI 2020 results for ministries and provinces.",
    { published: '2021-10-19' },
  ),
  web(
    'src-stttt-bacninh-dti-2020',
    'https://stttt.bacninh.gov.vn/news/-/details/57420/cong-bo-bao-cao-ket-qua-anh-gia-muc-o-chuyen-oi-so-cap-bo-cap-tinh-nam-2020-va-thuc-ay-cung-cap-100-dich-vu-cong-u-ieu-kien-len-truc-tuyen-muc-o-4',
    'Report on the DTI 2020 results and on the push to put all eligible public services online at level 4.',
  ),
  web(
    'src-thainguyentv-dti-2021',
    'https://thainguyentv.vn/thai-nguyen-tang-4-bac-xep-thu-863-dia-phuong-ca-nuoc-ve-chi-so-chuyen-doi-so-89597.html',
    "Thái Nguyên's DTI 2021 rank, with how the 2021 index is grouped and where its data come from.",
  ),
  web(
    'src-baomoi-thanh-hoa-dti-2021',
    'https://baomoi.net.vn/thanh-hoa-tang-3-bac-tren-bang-xep-hang-chuyen-doi-so-nam-2021-c43398226.epi',
    "Thanh Hóa's DTI 2021 result, noting the change from a pillar sum (2020) to a sum of main indices (2021).",
  ),
  web(
    'src-digimind-dti-explainer',
    'https://trends.digimindgroup.com/cac-tinh-thanh-chay-dua-xep-hang-dti-5000',
    'A secondary explainer of the DTI: the 2020 pillar points and main indices.',
    { note: 'Mixes the 2020 and 2022 structures; its index weights are internally inconsistent.' },
  ),
  web(
    'src-thainguyentv-dti-2020',
    'https://thainguyentv.vn/xep-hang-chuyen-doi-so-2020-thai-nguyen-dung-thu-3-o-tru-cot-chinh-quyen-so-87036.html',
    "Thái Nguyên's DTI 2020 result, naming several pillar sub-indices.",
  ),
  web(
    'src-dantri-dti-2024',
    'https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm',
    'The DTI 2024 release by the Ministry of Science and Technology: structure of the national, ministry and provincial indices and the merged-province method.',
    { published: '2025-10-21' },
  ),
  web(
    'src-vietnam-vn-dti-2024',
    'https://www.vietnam.vn/en/viet-nam-tang-15-bac-trong-bang-xep-hang-chinh-phu-dien-tu',
    'Report on the DTI 2024 release: index structures by level and the share of indicators measured automatically.',
    {
      note: 'The same release is reported at https://ngaynay.vn/viet-nam-tang-15-bac-trong-bang-xep-hang-chinh-phu-dien-tu-post165605.html, https://vietnamnet.vn/ha-noi-hue-hai-phong-dan-dau-ve-chuyen-doi-so-2455309.html and https://www.sggp.org.vn/tphcm-trong-nhom-dan-dau-ve-chuyen-doi-so-quoc-gia-post819198.html.',
    },
  ),
  web(
    'src-baomoi-thai-nguyen-dti-2024',
    'https://lite.baomoi.com/thai-nguyen-tang-toc-tren-ban-do-so-c53710679.epi',
    "Thái Nguyên's DTI 2024 result after the merger, with the merged-province method.",
    {
      note: 'See also https://vietnamnet.vn/ha-noi-hue-hai-phong-tphcm-va-thanh-hoa-dan-dau-ca-nuoc-ve-chuyen-doi-so-2454930.html.',
    },
  ),
  web(
    'src-hasontech-baodanang-dti-2024',
    'https://demo1022.hasontech.vn/?p=3843',
    "A copy of a Báo Đà Nẵng English article on DTI 2024: the merged-province method and the ministry's plans for DTI 2025.",
  ),
  web(
    'src-tincongnghe-dti-2023',
    'https://tincongnghe.net/t-132108/da-nang-tphcm-thua-thien-hue-va-ha-noi-nam-trong-nhom-dau-ve-chuyen-doi-so.html',
    'Report on the DTI 2023 results, their data sources and the ministry groups.',
    {
      note: 'Also at https://vietbao.vn/da-nang-tphcm-thua-thien-hue-va-ha-noi-nam-trong-nhom-dau-ve-chuyen-doi-so-528158.html.',
    },
  ),
  web(
    'src-huengaynay-dti',
    'https://huengaynay.vn/kinh-te/khoa-hoc-cong-nghe/hue-xep-thu-2-toan-quoc-ve-muc-do-chuyen-doi-so-159011.html',
    "Huế's DTI result, repeating the three-pillar, seven-index description of the 2020 index.",
  ),
  // National programme and strategies
  web(
    'src-thukyluat-qd-749',
    'https://thukyluat.vn/news/thong-bao-van-ban-moi/muc-tieu-den-2025-vn-thuoc-nhom-50-nuoc-dan-dau-ve-cong-nghe-thong-tin-75497.html',
    'Summary of the 2025 targets of Decision 749/QĐ-TTg, the National Digital Transformation Programme.',
  ),
  web(
    'src-vovworld-qd-749',
    'https://vovworld.vn./vi-VN/kinh-te/phe-duyet-chuong-trinh-chuyen-doi-so-quoc-gia-den-nam-2025-dinh-huong-den-nam-2030-867595.vov',
    'Radio report on the approval of the National Digital Transformation Programme and its targets.',
    { note: 'The address is stored with a trailing dot after the host name.' },
  ),
  web(
    'src-thinhvuongvietnam-qd-749',
    'http://thinhvuongvietnam.com/Content/chuong-trinh-chuyen-doi-so-quoc-gia-den-nam-2025-dinh-huong-den-nam-2030-323516',
    'Summary of the National Digital Transformation Programme (749/QĐ-TTg) and its 2025 targets.',
  ),
  web(
    'src-thanhnien-qd-749-egov',
    'https://m.thanhnien.vn/thoi-su/viet-nam-phan-dau-vao-nhom-50-nuoc-dan-dau-ve-chinh-phu-dien-tu-1233738.html',
    "Report on the programme's aim of a top-50 e-government ranking.",
  ),
  web(
    'src-vietnamlawmagazine-qd-749',
    'https://vietnamlawmagazine.vn/program-on-national-digital-transformation-approved-27272.html',
    'English summary of the National Digital Transformation Programme and its 2025 targets.',
  ),
  web(
    'src-vietnamnet-en-qd-749-2030',
    'https://vietnamnet.vn/en/politics/vn-strives-to-rank-among-world-s-top-50-countries-in-e-government-development-by-2030-646752.html',
    "English government-news summary of the programme's 2030 targets.",
    {
      note: 'Also at http://news.gov.vn/Home/VN-strives-to-rank-among-worlds-top-50-countries-in-egovernment-development-by-2030/20206/40355.vgp.',
    },
  ),
  web(
    'src-lawnet-qd-942',
    'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/by-2025-in-vietnam-100-of-civil-servants-will-be-assigned-digital-identifiers-while-processing-work-104274.html',
    'English summary of the 2025 targets of Decision 942/QĐ-TTg, the e-government to digital government strategy.',
  ),
  web(
    'src-thanhnien-qd-411',
    'https://m.thanhnien.vn/phat-trien-kinh-te-so-dat-20-gdp-vao-nam-2025-post1445066.html',
    'Report on the targets of Decision 411/QĐ-TTg, the national digital economy and digital society strategy.',
  ),
  web(
    'src-kinhtedothi-vnpt-it',
    'https://kinhtedothi.vn/tag/vnpt-it',
    'A tag page whose headline mentions the top-50 digital government aim.',
    { note: 'Only a headline was read.' },
  ),
  web(
    'src-vietnamhoinhap-qd-411',
    'https://vietnamhoinhap.vn/vi/muc-tieu-den-nam-2025--ty-trong-kinh-te-so-dat-20--gdp-36864.htm',
    'Report on the 2025 digital economy targets (749/QĐ-TTg and 411/QĐ-TTg).',
  ),
  web(
    'src-thuvienphapluat-qd-411-smartphones',
    'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/chinh-sach-moi/40126/95-100-nguoi-truong-thanh-co-dien-thoai-thong-minh-vao-nam-2030',
    'Legal news item on the 2030 smartphone ownership target of the digital economy and society strategy.',
  ),
  // Online public service levels
  web(
    'src-pleiku-gialai-service-levels',
    'http://pleiku.gialai.gov.vn/Xa-An-Phu/chuyenmuc/Thong-tin-tuyen-truyen/dich-vu-cong-truc-tuyen.aspx?page=9',
    'A commune information page explaining the four levels of online public service under Decree 43/2011/NĐ-CP.',
  ),
  web(
    'src-sgtvt-hcm-service-levels',
    'http://sgtvt.hochiminhcity.gov.vn/Pages/dich-vu-cong.aspx',
    'A city department page describing online public services at levels 3 and 4.',
  ),
  web(
    'src-nguyenvanhuyen-service-levels',
    'https://nguyenvanhuyen.edu.vn/tin-tuc/tin-giao-duc/1669-d-ch-v-cong-tr-c-tuy-n',
    'A school page explaining the online public service levels.',
  ),
  web(
    'src-tigodoo-service-levels',
    'http://www.tigodoo.com/blog/kinh-nghiem-trien-khai-phan-mem-17/phan-loai-cac-dich-vu-cong-cap-o-1-2-3-4-374',
    'A vendor blog post classifying online public services at levels 1 to 4, citing Circular 32/2017/TT-BTTTT.',
  ),
  web(
    'src-motcua-tiengiang-nd-42',
    'https://motcua.tiengiang.gov.vn/trang-chu/hoi-dap/chi-tiet-cau-hoi?ma-cau-hoi=30925',
    'A provincial Q&A answer quoting Article 11 of Decree 42/2022/NĐ-CP on full-process and partial online public services.',
  ),
  web(
    'src-truyenhinhthanhhoa-nd-42',
    'https://truyenhinhthanhhoa.vn/print/cung-cap-thong-tin-va-dich-vu-cong-truc-tuyen-cua-co-quan-nha-nuoc-tren-moi-truong-mang-180220801134314478.htm',
    'News report on Decree 42/2022/NĐ-CP: signature and effective date.',
  ),
  web(
    'src-lawnet-nd-42',
    'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/basic-supporting-functions-of-the-web-portal-in-vietnam-103062.html',
    'English legal news on Decree 42/2022/NĐ-CP, stating that it replaces Decree 43/2011/NĐ-CP.',
  ),
  web(
    'src-vietjack-nd-42',
    'https://vietjack.me/phap-luat/nghi-dinh-42-2022-nd-cp-1772.html',
    'Summary of Decree 42/2022/NĐ-CP with its issue and effective dates.',
    {
      note: 'See also https://trademarkvn.com.vn/legal-updated/149-administrative/2205-state-agencies-information-channels-in-cyber-environment.html.',
    },
  ),
  // The 2025 reorganisation
  web(
    'src-laodong-bkhcn-structure',
    'https://news.laodong.vn/thoi-su/co-cau-moi-cua-bo-khoa-hoc-va-cong-nghe-sau-sap-nhap-1471585.ldo',
    'Report on the structure of the merged Ministry of Science and Technology under Decree 55/2025/NĐ-CP.',
  ),
  web(
    'src-vietnam-vn-bkhcn-functions',
    'https://www.vietnam.vn/uk/chuc-nang-nhiem-vu-va-co-cau-to-chuc-cua-bo-khoa-hoc-va-cong-nghe',
    'Report on the functions of the Ministry of Science and Technology, including national digital transformation.',
  ),
  web(
    'src-cand-nq-175-hue',
    'https://amp.cand.com.vn/su-kien-binh-luan-thoi-su/cong-bo-nghi-quyet-cua-quoc-hoi-ve-thanh-lap-tp-hue-truc-thuoc-trung-uong--i754939',
    'Report on the announcement of the National Assembly resolution making Huế a centrally governed city.',
  ),
  web(
    'src-baothanhhoa-nq-60-tw',
    'https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
    "Full text of the resolution of the 13th Party Central Committee's 11th plenum, including the 34 provincial units and their seats.",
  ),
  web(
    'src-laodong-nq-202',
    'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo',
    'Report on when the 52 merged provinces stopped operating under Resolution 202/2025/QH15.',
    {
      note: 'See also https://vntravellive.com/en/quoc-hoi-thong-qua-viec-sap-nhap-ca-nuoc-con-34-tinh-thanh-pho-d39075.html and https://baonghean.vn/en/chinh-phu-trinh-quoc-hoi-de-an-sap-nhap-tinh-10299398.html.',
    },
  ),
  web(
    'src-nso-qd-19-2025',
    'https://www.nso.gov.vn/default/2025/07/quyet-dinh-ban-hanh-bang-danh-muc-va-ma-so-cac-don-vi-hanh-chinh-viet-nam/',
    "The statistics office's notice of Decision 19/2025/QĐ-TTg, the list and codes of administrative units.",
    { published: '2025-07' },
  ),
  // Corrections and additions to the national targets (2026-11)
  web(
    'src-mic-en-qd-749',
    'https://english.mic.gov.vn/Pages/TinTuc/142430/Vietnam-aims-to-become-a-digital-society-by-2030.html',
    "The ministry's English summary of the programme's 2025 targets, including more than half of the population using electronic payment.",
  ),
  web(
    'src-qdnd-en-qd-749',
    'https://en.qdnd.vn/economy/news/digital-economy-hoped-to-make-up-20-percent-of-gdp-by-2025-517283',
    "People's Army newspaper (English, from the national news agency) on the programme's 2025 and 2030 targets, including the commune-level 2030 share of dossiers handled online and e-payment accounts.",
    {
      note: 'It gives the 2030 EGDI aim as the top 35, where other summaries of 749/QĐ-TTg give the top 50.',
    },
  ),
  web(
    'src-investdanang-qd-942',
    'https://investdanang.gov.vn/en/web/english/new-detail?cat=23086&dinhdanh=1407113',
    "Đà Nẵng investment portal, reprinting Báo Đà Nẵng (English), on the e-government strategy's five target groups: the top 50 in the UN overall, e-participation and open-data indexes, and the top 30 in e-government and digital government by 2030.",
    {
      note: 'The 2030 top-30 vision is also reported at https://dig.watch/updates/vietnam-issues-first-e-government-development-strategy-towards-digital-government.',
    },
  ),
  web(
    'src-vietnam-vn-qd-411-2030',
    'https://www.vietnam.vn/en/day-manh-phat-kinh-te-so-xa-hoi-so-thuc-day-kinh-te-xa-hoi-toan-dien',
    "Article on the digital economy and society strategy's 2025 and 2030 digital-economy targets (GDP share, sector share, e-commerce, e-contracts, SMEs on digital platforms, digital-economy workforce).",
  ),
  web(
    'src-sggp-en-qd-411',
    'https://en.sggp.org.vn/1st-national-forum-for-digital-economy-society-kicks-off-post105001.html',
    'Report of the first National Forum for Digital Economy and Society, restating the 2025 and 2030 digital-economy shares of GDP and of each sector.',
    { published: '2023-09-15' },
  ),
  web(
    'src-tracuuquyhoach-nq-57',
    'https://tracuuquyhoach.com/tin-tuc/den-2030-viet-nam-phan-dau-kinh-te-so-dat-toi-thieu-30-gdp-51112424',
    "Report (from the national news agency) of Resolution 57-NQ/TW's 2030 targets, including a digital economy of at least 30% of GDP.",
  ),
  web(
    'src-vietnam-vn-nq-57',
    'https://thongtin.vietnam.vn/en/nghi-quyet-so-57-nq-tw-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-quoc-gia',
    "English summary of Resolution 57-NQ/TW's 2030 targets, including the top 3 in Southeast Asia and top 50 in the world for digital competitiveness and the e-government development index.",
    {
      note: 'The full text (national news agency) is reprinted at https://vietnam.vn/en/dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-chuyen-doi-so-quoc-gia; the stored copy was read only to its preamble.',
    },
  ),
  web(
    'src-cafef-nq-57',
    'https://cafef.vn/viet-nam-tao-cu-hich-lich-su-quyet-vao-top-30-dan-dau-the-gioi-trong-linh-vuc-4000-ty-usd-188251225145915009.chn',
    'Article restating the 2030 targets of Resolution 57-NQ/TW: top 3 in Southeast Asia and top 50 in the world for digital competitiveness and e-government development.',
    { published: '2025-12-25' },
  ),
  web(
    'src-binance-square-nq-57',
    'https://binance.com/zh-CN/square/post/18066718137130',
    'A social-media post (Chinese) summarising Resolution 57-NQ/TW, including the 2045 aim of a digital economy of at least 50% of GDP.',
    {
      note: 'Not a reliable outlet; it was the only retrieved source for the 2045 figure until src-vietnam-vn-en-nq-57-2045 and src-dxcenter-nq-57 were read.',
    },
  ),
  web(
    'src-vietnam-vn-en-nq-57-2045',
    'https://www.vietnam.vn/en/nghi-quyet-so-57-xung-luc-de-dat-nuoc-phat-trien-ben-vung-299218',
    'English article "Resolution No. 57 – a driving force for the country’s sustainable development" (source credited: VGP, the Government portal): by 2045 the digital economy is to account for at least 50% of GDP, Viet Nam to be a regional and world centre of the digital technology industry and among the top 30 countries in innovation and digital transformation.',
  ),
  web(
    'src-dxcenter-nq-57',
    'https://dxcenter.org.vn/viet-nam-tren-duong-dua-ky-nguyen-so-kinh-te-so-bai-2',
    '"Việt Nam trên đường đua Kỷ nguyên số: Kinh tế số (Bài 2)": Resolution 57 sets the digital economy at more than 30% of GDP by 2030, rising to 50% by 2045; the Government’s action programme lists 35 indicators to 2030, 27 of them followed by the Ministry of Science and Technology.',
  ),
  web(
    'src-nhandan-en-nq-57',
    'https://en.nhandan.vn/special/politburo-resolution-no-57-nq-tw-dated-december-22-2024-on-breakthroughs-in-the-development-of-science-technology-innovation-and-national-digital-transformation/index.html',
    'Nhân Dân (English) special page on Resolution 57-NQ/TW, giving its objectives to 2030: TFP contribution to growth above 55%, a digital economy of at least 30% of GDP, HDI above 0.7, R&D spending of 2% of GDP, 12 researchers per 10,000 people.',
    {
      note: 'Read to its first objectives (R&D, researchers); the rest of the list was cut off in the stored copy.',
    },
  ),
  web(
    'src-khcnbinhduong-qd-411',
    'http://khcnbinhduong.gov.vn/New/chien-luoc-quoc-gia-ve-kinh-te-so-va-xa-hoi-so-den-nam-2025-dinh-huong-den-nam-2030-6756',
    "A provincial science-and-technology department's summary of 411/QĐ-TTg: for 2025 and 2030 the digital-economy share, e-commerce, SMEs on digital platforms, and in digital society adults with a personal digital or electronic signature (above 50%, above 70%), adults using online public services (above 50%, above 70%) and people with an electronic health record (90%, 95%).",
    {
      note: 'The same text is on lhhkhktbinhduong.vn (dated 31/03/2022, the decision’s date); thongke.cesti.gov.vn gives the 2025 signature share (more than 50%).',
    },
  ),
  web(
    'src-daibieunhandan-nq-03-cp',
    'https://daibieunhandan.vn/don-toan-luc-cho-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-con-duong-duy-nhat-de-but-pha-post401922.html',
    "The Prime Minister's speech of 13 January 2025 on the Government's action programme for Resolution 57-NQ/TW, stating that Resolution 03/NQ-CP was issued on 9 January 2025.",
    { published: '2025-01-13' },
  ),
  web(
    'src-baomoi-nq-71-cp',
    'https://baomoi.net.vn/den-nam-2030-it-nhat-80-nguoi-dan-doanh-nghiep-su-dung-dich-vu-cong-truc-tuyen-c52117420.epi',
    "Report of the Ministry of Home Affairs' plan to implement Resolution 71/NQ-CP of 1 April 2025, which concretises Resolution 57-NQ/TW.",
    {
      note: 'Its 2030 figures (80% of people and businesses using online public services, 90% of eligible procedures fully online) are the ministry plan’s, not the resolution’s, and are not recorded as national targets. Resolution 71/NQ-CP is also cited in https://cafef.vn/kiem-tra-chan-chinh-cham-dut-tinh-trang-co-giay-to-hoan-thanh-cung-cap-dich-vu-cong-truc-tuyen-cap-xa-truoc-15-8-2025-188250811105953239.chn (2025-08-11).',
    },
  ),
  web(
    'src-vietnamplus-en-nq-03-cp',
    'https://en.vietnamplus.vn/government-action-program-to-promote-science-technology-national-digital-transformation-post309944.vnp',
    "The national news agency's English report on the Government's action programme for Resolution 57-NQ/TW (Resolution 03/NQ-CP, 9 January 2025): its two goals and seven tasks, including at least five National Innovation Center projects in key technology fields by 2030.",
  ),
  web(
    'src-laodong-en-nq-03-cp',
    'https://news.laodong.vn/thoi-su/moi-nguoi-dan-se-co-danh-tinh-so-hinh-thanh-cong-dan-so-1448122.ldo',
    "Lao Động's English report on Resolution 03/NQ-CP, with the same 2030 figure for National Innovation Center projects in key technology fields.",
    {
      note: 'An English text of the resolution is at https://vanban123.vn/Nghi-quyet/Resolution-No-03-NQ-CP-dated-January-9-2025-on-the-issuance-of-the-Government-s-action-program-for-the-implementation-of-Resolution-the-Government-s-Action-Program-for-the-implementation-of-Resolution-No-57-NQ-TW-of-the-Political-Bureau-on-breakthroughs-in-the-development-of-science-technology-innovation-and-national-digital-transformation-679645; only its opening articles were read.',
    },
  ),
  web(
    'src-luatvietnam-en-qd-06',
    'https://english.luatvietnam.vn/decision-no-06-qd-ttg-dated-january-06-2022-of-the-prime-minister-approving-the-scheme-on-developing-the-application-of-data-on-population-identifi-215370-Doc1.html',
    "A legal database's English summary of Decision 06/QĐ-TTg, including its 2022 aim that every personal e-ID account made on the national, ministerial and provincial public-service portals be authenticated through the Ministry of Public Security's electronic identification.",
    {
      note: 'English texts of the decision: https://vanbanphapluat.co/decision-06-qd-ttg-2022-e-authentication-to-national-digital-transformation-2022-2025 and thuvienphapluat.vn (document 499726); only their opening parts were read.',
    },
  ),
  web(
    'src-runsystem-qd-06',
    'https://runsystem.net/vi/2024/04/26/xac-thuc-cccd-gan-chip-va-nhung-thong-tin-can-biet-tu-de-06-cp',
    'Summary of Decision 06/QĐ-TTg (6 January 2022, Đề án 06) on population data, electronic identification and authentication: its five groups of utilities and their targets by year.',
    {
      published: '2024-04-26',
      note: 'A copy of the decision text: https://tailieu.vn/doc/quyet-dinh-so-06-2022-qd-ttg-2510184.html.',
    },
  ),
  web(
    'src-vietnamnet-qd-942-online',
    'https://vietnamnet.vn/ty-le-tai-su-dung-du-lieu-trong-cung-cap-dich-vu-cong-truc-tuyen-con-thap-2460492.html',
    'Report on online public services restating targets of the e-government strategy (942/QĐ-TTg): at least 80% of administrative dossiers handled fully online with data entered once, services redesigned with pre-filled data, at least 20% of procedures cut.',
    { published: '2025-11-07' },
  ),
  web(
    'src-nhansu-qd-1565',
    'https://nhansu.vn/van-ban-phap-luat/quyet-dinh-1565-qd-ttg-2025-ke-hoach-nang-cao-chat-luong-dich-vu-cong-truc-tuyen-toan-trinh-665783.html',
    'Text of Decision 1565/QĐ-TTg (18 July 2025), whose preamble cites Resolution 71/NQ-CP of 1 April 2025 by its full title.',
  ),
] satisfies Source[]);

const DECISION: Label = { vi: 'Quyết định', en: 'Decision' };
const DECREE: Label = { vi: 'Nghị định', en: 'Decree' };
const RESOLUTION: Label = { vi: 'Nghị quyết', en: 'Resolution' };
const CIRCULAR: Label = { vi: 'Thông tư', en: 'Circular' };
const PRIME_MINISTER: Label = { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' };
const GOVERNMENT: Label = { vi: 'Chính phủ', en: 'Government' };
const NATIONAL_ASSEMBLY: Label = { vi: 'Quốc hội', en: 'National Assembly' };
const MIC: Label = {
  vi: 'Bộ Thông tin và Truyền thông',
  en: 'Ministry of Information and Communications',
};
const MOST: Label = { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' };

/**
 * National documents of Vietnam's digital transformation: the programme and
 * strategies that set the targets, the DTI schemes, the decrees that define
 * online public service levels, and the 2025 reorganisation of ministries and
 * provinces. Every `sources` entry points into {@link NATIONAL_SOURCES}.
 *
 * | id | number | what |
 * | --- | --- | --- |
 * | `qd-749-ttg-2020` | 749/QĐ-TTg | National Digital Transformation Programme |
 * | `qd-942-ttg-2021` | 942/QĐ-TTg | e-government to digital government strategy |
 * | `qd-411-ttg-2022` | 411/QĐ-TTg | digital economy and society strategy |
 * | `qd-1726-btttt-2020` | 1726/QĐ-BTTTT | first DTI scheme (DTI 2020) |
 * | `qd-922-btttt-2022` | 922/QĐ-BTTTT | DTI scheme for 2021–2023 |
 * | `qd-405-bkhcn-2025` | 405/QĐ-BKHCN | DTI scheme under the science ministry |
 * | `nq-57-tw-2024` | 57-NQ/TW | Politburo resolution on science, technology, innovation and digital transformation |
 * | `nq-03-cp-2025`, `nq-71-cp-2025` | 03/NQ-CP, 71/NQ-CP | the Government's action programme for 57-NQ/TW and its update |
 * | `qd-06-ttg-2022` | 06/QĐ-TTg | Scheme 06: population data, e-identification and authentication |
 *
 * and `nd-43-cp-2011`, `nd-42-cp-2022`, `tt-32-btttt-2017`, `qd-3136-bkhcn-2025`,
 * `nd-55-cp-2025`, `nq-175-qh15-2024`, `nq-60-tw-2025`, `nq-202-qh15-2025`,
 * `qd-19-ttg-2025`.
 *
 * @example
 * ```ts
 * import { NATIONAL_DOCUMENTS } from 'vn-dx/framework';
 *
 * const programme = NATIONAL_DOCUMENTS.find((document) => document.number === '749/QĐ-TTg');
 * programme?.issued; // '2020-06-03'
 * programme?.orientationYear; // 2030
 * ```
 *
 * @category Data
 */
export const NATIONAL_DOCUMENTS: readonly LegalDocument[] = deepFreeze([
  {
    id: 'qd-749-ttg-2020',
    number: '749/QĐ-TTg',
    kind: DECISION,
    issuer: PRIME_MINISTER,
    scope: 'national',
    issued: '2020-06-03',
    title: {
      vi: 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
      en: 'National Digital Transformation Programme to 2025, with orientations to 2030',
    },
    orientationYear: 2030,
    sources: [
      { source: 'src-thukyluat-qd-749' },
      { source: 'src-thinhvuongvietnam-qd-749' },
      { source: 'src-vietnamlawmagazine-qd-749' },
    ],
    note: 'Sets targets for 2025 and 2030 across digital government, economy and society. It states an end year (2025) but no start year, so no period is recorded.',
  },
  {
    id: 'qd-942-ttg-2021',
    number: '942/QĐ-TTg',
    kind: DECISION,
    issuer: PRIME_MINISTER,
    scope: 'national',
    issued: '2021-06-15',
    title: {
      vi: 'Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021–2025, định hướng đến năm 2030',
      en: 'Strategy for developing e-government towards digital government, 2021–2025, with orientations to 2030',
    },
    period: {
      kind: 'range',
      from: { kind: 'year', year: 2021 },
      to: { kind: 'year', year: 2025 },
    },
    orientationYear: 2030,
    sources: [{ source: 'src-lawnet-qd-942' }, { source: 'src-thuviennhadat-qd-922' }],
    note: 'Only part of its target list was retrieved.',
  },
  {
    id: 'qd-411-ttg-2022',
    number: '411/QĐ-TTg',
    kind: DECISION,
    issuer: PRIME_MINISTER,
    scope: 'national',
    issued: '2022-03-31',
    title: {
      vi: 'Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030',
      en: 'National strategy for the digital economy and digital society to 2025, with orientations to 2030',
    },
    orientationYear: 2030,
    sources: [{ source: 'src-thanhnien-qd-411' }, { source: 'src-thuviennhadat-qd-922' }],
    note: 'It states an end year (2025) but no start year, so no period is recorded.',
  },
  {
    id: 'qd-1726-btttt-2020',
    number: '1726/QĐ-BTTTT',
    kind: DECISION,
    issuer: MIC,
    scope: 'national',
    issued: '2020-10-12',
    title: {
      vi: 'Đề án xác định Bộ chỉ số đánh giá chuyển đổi số của bộ, tỉnh và quốc gia',
      en: 'Scheme defining the digital transformation index (DTI) for ministries, provinces and the nation',
    },
    sources: [{ source: 'src-thuvienphapluat-qd-1726' }, { source: 'src-vanbanphapluat-qd-1726' }],
    note: 'The first DTI scheme, used for DTI 2020; proposed by Cục Tin học hóa of the ministry. Its English name then was "Digital Index".',
  },
  {
    id: 'qd-922-btttt-2022',
    number: '922/QĐ-BTTTT',
    kind: DECISION,
    issuer: MIC,
    scope: 'national',
    issued: '2022-05-20',
    title: {
      vi: 'Đề án xác định Bộ chỉ số đánh giá chuyển đổi số của bộ, tỉnh và quốc gia (thay thế Quyết định 1726/QĐ-BTTTT)',
      en: 'Revised DTI scheme for ministries, provinces and the nation, replacing 1726/QĐ-BTTTT',
    },
    sources: [
      { source: 'src-thuviennhadat-qd-922' },
      { source: 'src-123doc-qd-922' },
      { source: 'src-eballsviet-dti-922' },
    ],
    note: 'Used for DTI 2021, 2022 and 2023. It cites 749/QĐ-TTg, 942/QĐ-TTg, 411/QĐ-TTg and 1726/QĐ-BTTTT.',
  },
  {
    id: 'qd-405-bkhcn-2025',
    number: '405/QĐ-BKHCN',
    kind: DECISION,
    issuer: MOST,
    scope: 'national',
    issued: '2025-04-03',
    title: {
      vi: 'Đề án Bộ chỉ số đánh giá chuyển đổi số, phê duyệt lại sau khi hợp nhất bộ',
      en: 'DTI scheme re-approved by the merged Ministry of Science and Technology',
    },
    sources: [{ source: 'src-thuvienphapluat-qd-405' }],
    note: 'Proposed by the National Digital Transformation Agency (Cục Chuyển đổi số quốc gia); the English name became "Digital Transformation Index". That DTI 2024 was computed under it is likely but unverified.',
  },
  {
    id: 'qd-3136-bkhcn-2025',
    number: '3136/QĐ-BKHCN',
    kind: DECISION,
    issuer: MOST,
    scope: 'national',
    issued: '2025-10-10',
    title: {
      vi: 'Bộ chỉ số đánh giá chuyển đổi số đối với các đơn vị thuộc Bộ Khoa học và Công nghệ',
      en: "DTI for the Ministry of Science and Technology's own units",
    },
    sources: [{ source: 'src-hethongphapluat-qd-3136' }],
    note: 'An internal index, not a provincial one; it cites 405/QĐ-BKHCN.',
  },
  {
    id: 'nd-43-cp-2011',
    number: '43/2011/NĐ-CP',
    kind: DECREE,
    issuer: GOVERNMENT,
    scope: 'national',
    issued: '2011-06-13',
    title: {
      vi: 'Nghị định quy định bốn mức độ dịch vụ công trực tuyến (mức độ 1 đến 4)',
      en: 'Decree defining four levels of online public service (levels 1 to 4)',
    },
    sources: [
      { source: 'src-pleiku-gialai-service-levels' },
      { source: 'src-sgtvt-hcm-service-levels' },
      { source: 'src-nguyenvanhuyen-service-levels' },
    ],
    note: 'The levels are in Article 3, clause 4. Replaced by 42/2022/NĐ-CP from 15 August 2022; its own effective date was not verified.',
  },
  {
    id: 'tt-32-btttt-2017',
    number: '32/2017/TT-BTTTT',
    kind: CIRCULAR,
    issuer: MIC,
    scope: 'national',
    issued: '2017',
    title: {
      vi: 'Thông tư hướng dẫn yêu cầu chi tiết đối với từng mức độ dịch vụ công trực tuyến',
      en: 'Circular setting detailed requirements for each level of online public service',
    },
    sources: [{ source: 'src-tigodoo-service-levels' }],
    note: 'The issue year is taken from the number; the day was not found.',
  },
  {
    id: 'nd-42-cp-2022',
    number: '42/2022/NĐ-CP',
    kind: DECREE,
    issuer: GOVERNMENT,
    scope: 'national',
    issued: '2022-06-24',
    title: {
      vi: 'Nghị định về cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
      en: 'Decree on state agencies providing information and online public services on the network',
    },
    sources: [
      { source: 'src-motcua-tiengiang-nd-42' },
      { source: 'src-truyenhinhthanhhoa-nd-42' },
      { source: 'src-lawnet-nd-42' },
      { source: 'src-vietjack-nd-42' },
    ],
    note: 'In force from 15 August 2022; replaces 43/2011/NĐ-CP. Article 11, clause 1 splits online public services into full-process (toàn trình) and partial (một phần).',
  },
  {
    id: 'nd-55-cp-2025',
    number: '55/2025/NĐ-CP',
    kind: DECREE,
    issuer: GOVERNMENT,
    scope: 'national',
    issued: '2025-03-02',
    title: {
      vi: 'Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ',
      en: 'Decree on the functions and organisation of the merged Ministry of Science and Technology',
    },
    sources: [
      { source: 'src-laodong-bkhcn-structure' },
      { source: 'src-vietnam-vn-bkhcn-functions' },
    ],
    note: 'Gives the ministry national digital transformation, digital government, economy and society among its functions, after the merger with the Ministry of Information and Communications.',
  },
  {
    id: 'nq-175-qh15-2024',
    number: '175/2024/QH15',
    kind: RESOLUTION,
    issuer: NATIONAL_ASSEMBLY,
    scope: 'national',
    issued: '2024',
    title: {
      vi: 'Nghị quyết thành lập thành phố Huế trực thuộc trung ương',
      en: 'Resolution making Huế a centrally governed city',
    },
    sources: [{ source: 'src-cand-nq-175-hue' }],
    note: 'Effective 1 January 2025: Thừa Thiên Huế (code 46) became Thành phố Huế. The issue year is taken from the number.',
  },
  {
    id: 'nq-60-tw-2025',
    number: '60-NQ/TW',
    kind: RESOLUTION,
    issuer: { vi: 'Ban Chấp hành Trung ương Đảng', en: 'Party Central Committee' },
    scope: 'national',
    issued: '2025-04-12',
    title: {
      vi: 'Nghị quyết Hội nghị Trung ương 11 khóa XIII về sắp xếp đơn vị hành chính',
      en: 'Party resolution approving 34 provincial units and the end of the district level',
    },
    sources: [{ source: 'src-baothanhhoa-nq-60-tw' }],
    note: 'Its annex names each new unit and its seat.',
  },
  {
    id: 'nq-202-qh15-2025',
    number: '202/2025/QH15',
    kind: RESOLUTION,
    issuer: NATIONAL_ASSEMBLY,
    scope: 'national',
    issued: '2025-06-12',
    title: {
      vi: 'Nghị quyết sắp xếp đơn vị hành chính cấp tỉnh',
      en: 'Resolution rearranging the provincial units from 63 to 34',
    },
    sources: [{ source: 'src-laodong-nq-202' }],
    note: 'In force on the day it passed; the new provincial governments began on 1 July 2025. 52 old units formed 23 new ones and 11 were unchanged.',
  },
  {
    id: 'qd-19-ttg-2025',
    number: '19/2025/QĐ-TTg',
    kind: DECISION,
    issuer: PRIME_MINISTER,
    scope: 'national',
    issued: '2025-06-30',
    title: {
      vi: 'Bảng danh mục và mã số các đơn vị hành chính Việt Nam',
      en: 'List and codes of the administrative units of Vietnam',
    },
    sources: [{ source: 'src-nso-qd-19-2025' }],
    note: 'In force from 1 July 2025; gives the codes of the 34 provincial units.',
  },
  {
    id: 'nq-57-tw-2024',
    number: '57-NQ/TW',
    kind: RESOLUTION,
    issuer: { vi: 'Bộ Chính trị', en: 'Politburo' },
    scope: 'national',
    issued: '2024-12-22',
    title: {
      vi: 'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      en: 'Resolution on breakthroughs in science, technology, innovation and national digital transformation',
    },
    orientationYear: 2045,
    sources: [
      { source: 'src-vietnam-vn-nq-57' },
      { source: 'src-tracuuquyhoach-nq-57' },
      { source: 'src-cafef-nq-57' },
      { source: 'src-nhandan-en-nq-57' },
      { source: 'src-vietnam-vn-en-nq-57-2045' },
    ],
    note: 'Targets for 2030 with a vision to 2045. It names science, technology, innovation and national digital transformation the most important breakthrough; the Government’s action programmes 03/NQ-CP and 71/NQ-CP implement it.',
  },
  {
    id: 'nq-03-cp-2025',
    number: '03/NQ-CP',
    kind: RESOLUTION,
    issuer: GOVERNMENT,
    scope: 'national',
    issued: '2025-01-09',
    title: {
      vi: 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW',
      en: "The Government's action programme implementing Resolution 57-NQ/TW",
    },
    sources: [
      { source: 'src-daibieunhandan-nq-03-cp' },
      { source: 'src-vietnamplus-en-nq-03-cp' },
      { source: 'src-laodong-en-nq-03-cp' },
    ],
    note: 'Seven groups of tasks. One numeric target is recorded, from two press reports of its tasks: at least five National Innovation Center projects or programmes in key technology fields by 2030. Its task appendix was not read, so other numeric targets it may set are not recorded.',
  },
  {
    id: 'nq-71-cp-2025',
    number: '71/NQ-CP',
    kind: RESOLUTION,
    issuer: GOVERNMENT,
    scope: 'national',
    issued: '2025-04-01',
    title: {
      vi: 'Nghị quyết sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW',
      en: "Resolution amending and updating the Government's action programme for Resolution 57-NQ/TW",
    },
    sources: [{ source: 'src-nhansu-qd-1565' }, { source: 'src-baomoi-nq-71-cp' }],
    note: 'It updates 03/NQ-CP. The title is as Decision 1565/QĐ-TTg cites it; the resolution’s own text and targets were not read (reports found describe its tasks, or plans made under it, without numbers of its own), so no target is recorded.',
  },
  {
    id: 'qd-06-ttg-2022',
    number: '06/QĐ-TTg',
    kind: DECISION,
    issuer: PRIME_MINISTER,
    scope: 'national',
    issued: '2022-01-06',
    title: {
      vi: 'Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030 (Đề án 06)',
      en: 'Scheme on population data, electronic identification and authentication for national digital transformation, 2022–2025, with a vision to 2030 (Scheme 06)',
    },
    period: {
      kind: 'range',
      from: { kind: 'year', year: 2022 },
      to: { kind: 'year', year: 2025 },
    },
    orientationYear: 2030,
    sources: [{ source: 'src-runsystem-qd-06' }, { source: 'src-luatvietnam-en-qd-06' }],
    note: 'Cited throughout DTI coverage. Its targets are yearly milestones on e-identification and the national population database. The 2022 milestone on authenticating the portals’ personal e-ID accounts is recorded as a target (indicator gov.e-id.portal-accounts-authenticated-share); the later milestones were not read in a retrieved source and are not recorded.',
  },
] satisfies LegalDocument[]);
