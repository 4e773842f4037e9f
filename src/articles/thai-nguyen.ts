// Thái Nguyên (code 19, 63-unit era), from the Báo Thái Nguyên interview of
// 23 December 2021 (source tn-baothainguyen-2021-12). Figures without a
// stated period are status on the day of publication.
import { deepFreeze } from '../internal/freeze.js';
import type { Period } from '../model/period.js';
import type { SeedArticle } from './article.js';
import { citing, KIND, peoplesCommittee } from './shared.js';

const SOURCE = 'tn-baothainguyen-2021-12';
const at = citing(SOURCE);
const AS_OF: Period = { kind: 'date', date: '2021-12-23' };
const UBND = peoplesCommittee('Thái Nguyên', 'Thái Nguyên');

/**
 * What the Thái Nguyên article (Báo Thái Nguyên, 23 December 2021) reports:
 * Party resolution 01-NQ/TU on the provincial programme, the province's DTI
 * 2020 rank, six figures on digital government and society, and the national
 * count of provinces graded A for information-security readiness.
 *
 * @example
 * ```ts
 * import { THAI_NGUYEN_ARTICLE } from 'vn-dx/seed';
 *
 * THAI_NGUYEN_ARTICLE.rankings[0]?.edition; // 2020
 * THAI_NGUYEN_ARTICLE.rankings[0]?.rank; // 12
 * THAI_NGUYEN_ARTICLE.programmes[0]?.documents; // ['nq-01-tu-tn-2020']
 * THAI_NGUYEN_ARTICLE.observations.length; // 7
 * ```
 *
 * @category Data
 */
export const THAI_NGUYEN_ARTICLE: SeedArticle = deepFreeze({
  source: SOURCE,
  documents: [
    {
      id: 'nq-01-tu-tn-2020',
      number: '01-NQ/TU',
      kind: KIND.resolution,
      issuer: {
        vi: 'Ban Chấp hành Đảng bộ tỉnh Thái Nguyên',
        en: 'Thái Nguyên Provincial Party Executive Committee',
      },
      scope: '19',
      issued: '2020-12-31',
      title: {
        vi: 'Nghị quyết về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021–2025, định hướng đến năm 2030',
        en: 'Resolution on the Thái Nguyên digital-transformation programme, 2021–2025, with orientations to 2030',
      },
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [at(3), at(4), at(5), at(11), at(12), at(16), at(18)],
      note: 'Sets indicators, task groups and solutions; the article reviews its first year.',
    },
    {
      id: 'tn-kh-farm-ecommerce',
      number: null,
      kind: KIND.plan,
      issuer: UBND,
      scope: '19',
      issued: null,
      title: {
        vi: 'Kế hoạch hỗ trợ đưa hộ sản xuất nông nghiệp lên sàn thương mại điện tử',
        en: 'Plan to help farm households sell on e-commerce platforms',
      },
      sources: [at(19)],
      note: "Number, date and issuer not given; the provincial People's Committee is assumed, though it may be the province's share of a national plan.",
    },
    {
      id: 'tn-da-yen-binh-it-park',
      number: null,
      kind: KIND.scheme,
      issuer: UBND,
      scope: '19',
      issued: null,
      title: {
        vi: 'Đề án Khu công nghệ thông tin tập trung Yên Bình',
        en: 'Scheme for the Yên Bình concentrated IT park',
      },
      sources: [at(7), at(19)],
      note: "In preparation at the time of the article; the provincial People's Committee as issuer is assumed.",
    },
  ],
  programmes: [
    {
      id: 'tn-dx-programme',
      name: {
        vi: 'Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021–2025, định hướng đến năm 2030',
        en: 'Thái Nguyên Digital Transformation Programme 2021–2025, with orientations to 2030',
      },
      scope: '19',
      documents: ['nq-01-tu-tn-2020'],
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [at(3)],
    },
  ],
  observations: [
    {
      id: 'tn-obs-national-infosec-grade-a',
      province: 'national',
      indicator: 'found.cybersecurity.readiness-grade-a-provinces.count',
      period: AS_OF,
      value: 7,
      qualifier: 'exact',
      source: at(5),
      note: 'Provinces graded A for readiness to ensure network information security, Thái Nguyên among them. The grading body and the year assessed are not stated.',
    },
    {
      id: 'tn-obs-dx-pillars',
      province: '19',
      indicator: 'found.institutions.dx-pillars.count',
      period: AS_OF,
      value: 3,
      qualifier: 'exact',
      source: at(6),
      note: 'The three axes of the programme: digital government, digital economy, digital society.',
    },
    {
      id: 'tn-obs-level4-eligible-share',
      province: '19',
      indicator: 'gov.online-services.level4-eligible-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(6),
      note: 'The article says all administrative procedures at level 4, without saying whether only eligible ones; read as the eligible share, the usual measure in 2021.',
    },
    {
      id: 'tn-obs-shared-platforms',
      province: '19',
      indicator: 'gov.shared-platforms.in-use-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(6),
      note: 'Shared information systems and digital platforms, developed and in effective use.',
    },
    {
      id: 'tn-obs-school-management-software',
      province: '19',
      indicator: 'soc.education.school-management-software-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(8),
    },
    {
      id: 'tn-obs-commune-health-his',
      province: '19',
      indicator: 'soc.health.commune-station-his-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(8),
    },
    {
      id: 'tn-obs-public-wifi',
      province: '19',
      indicator: 'soc.public-wifi-spots.count',
      period: AS_OF,
      value: 1,
      qualifier: 'at-least',
      source: at(8),
      note: 'Free wifi "at a public place" (tại một điểm công cộng): one place, or public places in general. At least one under either reading.',
    },
  ],
  targets: [],
  rankings: [
    {
      id: 'tn-rank-dti-2020-national',
      index: 'DTI',
      edition: 2020,
      province: '19',
      rank: 12,
      of: 63,
      scope: 'national',
      reportedOn: '2021-12-23',
      source: at(5),
      note: 'The article gives the current national digital-transformation rank without naming the index or the edition. On 23 December 2021 the latest published edition was DTI 2020 (released 19 October 2021); DTI 2021, in which Thái Nguyên was 8th, came out on 8 August 2022. The reference table has Thái Nguyên 12th in DTI 2020, which matches.',
    },
  ],
} satisfies SeedArticle);
