// The five source articles of the seed dataset: interviews and reports on
// provincial digital transformation in An Giang, Quảng Nam, Vĩnh Phúc, Thái
// Nguyên and Hậu Giang, 2021–2023. Subjects and notes are our own English;
// titles are the headlines as printed, where the text has one.
import { deepFreeze } from '../internal/freeze.js';
import type { Source } from '../model/source.js';

/**
 * The five articles the seed dataset is drawn from, one per province: who
 * published them and when (as precisely as the text allows), who is quoted,
 * and caveats about the text itself (missing dates, cut text) and awards the
 * province is reported to have received. Every seed record cites one of them
 * by id and paragraph, a paragraph being a non-empty line of the article.
 *
 * @example
 * ```ts
 * import { SEED_SOURCES } from 'vn-dx/seed';
 *
 * SEED_SOURCES.map((source) => source.province); // ['89', '49', '26', '19', '93']
 * SEED_SOURCES.find((source) => source.id === 'tn-baothainguyen-2021-12')?.published; // '2021-12-23'
 * SEED_SOURCES.find((source) => source.province === '49')?.interviewee?.name; // 'Hồ Quang Bửu'
 * ```
 *
 * @category Data
 */
export const SEED_SOURCES: readonly Source[] = deepFreeze([
  {
    id: 'ag-viettimes-2021-12',
    outlet: 'VietTimes',
    published: '2021-12',
    title: null,
    subject:
      "Interview on An Giang's digital-transformation programme: its three pillars, level-4 online public services, ICT readiness of agencies and networks, COVID-19 tools and support for businesses moving onto digital platforms.",
    interviewee: {
      name: 'Nguyễn Thanh Hải',
      role: {
        vi: 'Phó Giám đốc Sở Thông tin và Truyền thông tỉnh An Giang',
        en: 'Deputy Director, An Giang Department of Information and Communications',
      },
    },
    province: '89',
    note: 'Dated to the month only. Given at the Vietnam Digital Awards 2021 (Giải thưởng Chuyển đổi số Việt Nam 2021, run by the Vietnam Digital Communications Association), where the An Giang Department of Information and Communications was honoured in the category for outstanding state agencies in digital transformation ("cơ quan Nhà nước chuyển đổi số xuất sắc"), the only honoree from the Southwest (Tây Nam Bộ) in that category.',
  },
  {
    id: 'qn-viettimes-2023-04',
    outlet: 'VietTimes',
    published: '2023-04',
    title: null,
    subject:
      "Interview with a Quảng Nam vice-chairman on the province's digital-transformation results (DTI rank, online public services, community technology teams), what drove them, the role of policy, and goals and measures to 2030.",
    interviewee: {
      name: 'Hồ Quang Bửu',
      role: {
        vi: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam',
        en: "Vice-Chairman, Quảng Nam Provincial People's Committee",
      },
    },
    province: '49',
    note: 'Dated to the month only. Two aims have no number and are not recorded as targets: to be among the leading provinces in digital transformation by 2030, and by 2030 to complete digital transformation across the province and join the group of provinces doing it well. Quảng Nam became part of Đà Nẵng on 1 July 2025.',
  },
  {
    id: 'vp-congttgtdt-2021-08',
    outlet: 'Cổng Thông tin - Giao tiếp điện tử tỉnh Vĩnh Phúc',
    published: '2021-08',
    title: null,
    subject:
      "Interview with the director of Vĩnh Phúc's Department of Information and Communications on digital-transformation policy, e-government, digital economy and telecom results in the first months of 2021, COVID-19 technology platforms and the sector's goals for 2025.",
    interviewee: {
      name: 'Nguyễn Bá Hiến',
      role: {
        vi: 'Bí thư Đảng ủy, Giám đốc Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc',
        en: 'Party Secretary and Director, Vĩnh Phúc Department of Information and Communications',
      },
    },
    province: '26',
    note: "Undated, and the text starts mid-sentence, so its opening and headline are missing. August 2021 is inferred: figures are given as of early August 2021, Resolution 39/NQ-HĐND of 3 August 2021 is already adopted, first-half 2021 revenue is reported, and Hanoi and Ho Chi Minh City are under social distancing. The outlet is inferred from the reporter's affiliation. The article calls Vĩnh Phúc one of the localities quickest to deploy COVID-19 technology platforms and one of the first provinces to run a COVID-19 epidemiological map (covidmaps.vinhphuc.gov.vn); no assessor is named.",
  },
  {
    id: 'tn-baothainguyen-2021-12',
    outlet: 'Báo Thái Nguyên',
    published: '2021-12-23',
    title: 'Nền móng vững chắc và kỳ vọng mới',
    subject:
      "Interview reviewing the first year of Thái Nguyên's Party resolution on the provincial digital-transformation programme: national standing, results in each pillar, obstacles and their causes, and next steps.",
    interviewee: {
      name: 'Đỗ Xuân Hòa',
      role: {
        vi: 'Giám đốc Sở Thông tin và Truyền thông tỉnh Thái Nguyên',
        en: 'Director, Thái Nguyên Department of Information and Communications',
      },
    },
    province: '19',
    note: 'Thái Nguyên is reported graded A for readiness to ensure network information security, one of seven provinces so graded (grading body and year not stated), and rated by the central authorities as a fast-moving, early-mover province in digital transformation. The ThaiNguyen ID app, just launched, is to give every resident user a digital-citizen identity; no target is recorded for it, as no figure or deadline is given.',
  },
  {
    id: 'hg-unknown-2022',
    outlet: null,
    published: '2022',
    title: 'Để chính quyền, người dân, doanh nghiệp tỉnh Hậu Giang cùng nói về chuyển đổi số',
    subject:
      "Report of the Hậu Giang chairman's assessment of the province's early digital-transformation results: DTI ranks for 2020 and 2021 and six highlights (awareness, infrastructure, e-government, digital economy and society, commune pilots, investment climate).",
    interviewee: {
      name: 'Đồng Văn Thanh',
      role: {
        vi: 'Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang',
        en: "Chairman, Hậu Giang Provincial People's Committee",
      },
    },
    province: '93',
    note: "No date or outlet, and the text ends before its section on difficulties. It gives DTI ranks for 2020 and 2021 only, which places it between the DTI 2021 release (8 August 2022) and the DTI 2022 release (12 July 2023); 2022 is assumed, not confirmed. It names the provincial Party Congress as the 19th ('XIX'); Hậu Giang's 2020–2025 congress was its 14th, so this is probably a typo.",
  },
] satisfies Source[]);
