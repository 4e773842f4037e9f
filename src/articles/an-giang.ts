// An Giang (code 89, 63-unit era), from the VietTimes interview of December
// 2021 (source ag-viettimes-2021-12). Figures without a stated period are
// status at publication, recorded as the month of publication.
import { deepFreeze } from '../internal/freeze.js';
import type { Period } from '../model/period.js';
import type { SeedArticle } from './article.js';
import { citing, KIND, peoplesCommittee } from './shared.js';

const SOURCE = 'ag-viettimes-2021-12';
const at = citing(SOURCE);
const AS_OF: Period = { kind: 'month', year: 2021, month: 12 };
const UBND = peoplesCommittee('An Giang', 'An Giang');

/**
 * What the An Giang article (VietTimes, December 2021) reports: programme
 * 553/CTr-UBND and the plans around it, ten figures on online services,
 * ICT readiness and coverage, and the target of plan 513/KH-UBND.
 *
 * @example
 * ```ts
 * import { AN_GIANG_ARTICLE } from 'vn-dx/seed';
 *
 * AN_GIANG_ARTICLE.source; // 'ag-viettimes-2021-12'
 * AN_GIANG_ARTICLE.observations.length; // 10
 * AN_GIANG_ARTICLE.documents.find((document) => document.number === '553/CTr-UBND')?.issued; // '2021-09-09'
 * AN_GIANG_ARTICLE.observations.find((o) => o.indicator === 'soc.smartphone-usage-share')?.qualifier; // 'approx'
 * ```
 *
 * @category Data
 */
export const AN_GIANG_ARTICLE: SeedArticle = deepFreeze({
  source: SOURCE,
  documents: [
    {
      id: 'ctr-553-ubnd-ag-2021',
      number: '553/CTr-UBND',
      kind: KIND.programme,
      issuer: UBND,
      scope: '89',
      issued: '2021-09-09',
      title: {
        vi: 'Chương trình Chuyển đổi số tỉnh An Giang giai đoạn 2021–2025, định hướng 2030',
        en: 'An Giang digital-transformation programme, 2021–2025, with orientations to 2030',
      },
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [at(5), at(6)],
      note: 'Issued on the basis of the national programme, Decision 749/QĐ-TTg (qd-749-ttg-2020). Three pillars: digital government, digital economy and digital society.',
    },
    {
      id: 'kh-513-ubnd-ag-2021',
      number: '513/KH-UBND',
      kind: KIND.plan,
      issuer: UBND,
      scope: '89',
      issued: '2021-08-16',
      title: {
        vi: 'Kế hoạch triển khai, cung cấp 100% dịch vụ công trực tuyến đủ điều kiện mức độ 4 tỉnh An Giang',
        en: 'Plan to offer every eligible public service online at level 4 in An Giang',
      },
      sources: [at(10)],
      note: 'A working group was also set up to carry it out.',
    },
    {
      id: 'kh-524-ubnd-ag-2021',
      number: '524/KH-UBND',
      kind: KIND.plan,
      issuer: UBND,
      scope: '89',
      issued: '2021-08-20',
      title: {
        vi: 'Kế hoạch hỗ trợ đưa hộ sản xuất nông nghiệp lên sàn thương mại điện tử tỉnh An Giang',
        en: 'Plan to bring farm households onto e-commerce platforms, grow the rural digital economy and keep essential goods supplied during COVID-19',
      },
      sources: [at(29)],
    },
    {
      id: 'ag-kh-digital-tech-enterprises',
      number: null,
      kind: KIND.plan,
      issuer: UBND,
      scope: '89',
      issued: null,
      title: {
        vi: 'Kế hoạch phát triển doanh nghiệp công nghệ số tỉnh An Giang giai đoạn 2021–2025, định hướng đến năm 2030',
        en: 'Plan to develop digital-technology enterprises in An Giang, 2021–2025, with orientations to 2030',
      },
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [at(29)],
      note: 'Number and date not given.',
    },
    {
      id: 'ag-kh-ecommerce-training',
      number: null,
      kind: KIND.plan,
      issuer: UBND,
      scope: '89',
      issued: null,
      title: {
        vi: 'Kế hoạch truyền thông, đào tạo, tập huấn sử dụng sàn thương mại điện tử cho hộ sản xuất nông nghiệp nông thôn tỉnh An Giang',
        en: 'Plan for communication and training on e-commerce platforms for rural farm households in An Giang',
      },
      sources: [at(29)],
      note: 'Number and date not given.',
    },
    {
      id: 'ag-nq-dhdb-xi',
      number: null,
      kind: KIND.resolution,
      issuer: {
        vi: 'Đại hội Đảng bộ tỉnh An Giang lần thứ XI',
        en: '11th An Giang Provincial Party Congress',
      },
      scope: '89',
      issued: null,
      title: {
        vi: 'Nghị quyết Đại hội Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020–2025',
        en: 'Resolution of the 11th An Giang Provincial Party Congress, 2020–2025 term',
      },
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2020 },
        to: { kind: 'year', year: 2025 },
      },
      sources: [at(5)],
      note: 'Makes the digital-transformation programme one of six key programmes of the province.',
    },
  ],
  programmes: [
    {
      id: 'ag-dx-programme',
      name: {
        vi: 'Chương trình Chuyển đổi số tỉnh An Giang giai đoạn 2021–2025, định hướng 2030',
        en: 'An Giang Digital Transformation Programme 2021–2025, with orientations to 2030',
      },
      scope: '89',
      documents: ['ctr-553-ubnd-ag-2021', 'ag-nq-dhdb-xi'],
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      orientationYear: 2030,
      sources: [at(5), at(6)],
    },
  ],
  observations: [
    {
      id: 'ag-obs-level4-eligible-share',
      province: '89',
      indicator: 'gov.online-services.level4-eligible-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(7),
      note: "Status at publication, in the reporter's question; the heading before it (paragraph 2) states the same figure.",
    },
    {
      id: 'ag-obs-party-key-programmes',
      province: '89',
      indicator: 'found.institutions.party-key-programmes.count',
      period: AS_OF,
      value: 6,
      qualifier: 'exact',
      source: at(5),
      note: 'Key programmes of the 11th provincial Party Congress resolution (2020–2025 term); digital transformation is one of them.',
    },
    {
      id: 'ag-obs-dx-pillars',
      province: '89',
      indicator: 'found.institutions.dx-pillars.count',
      period: AS_OF,
      value: 3,
      qualifier: 'exact',
      source: at(6),
      note: 'Pillars of programme 553/CTr-UBND: digital government, digital economy, digital society.',
    },
    {
      id: 'ag-obs-computers-per-staff',
      province: '89',
      indicator: 'found.infrastructure.computers-per-staff-share',
      period: AS_OF,
      value: 97,
      qualifier: 'over',
      source: at(17),
      note: 'Average computers per civil servant, written as a percentage.',
    },
    {
      id: 'ag-obs-agencies-lan',
      province: '89',
      indicator: 'found.infrastructure.agencies-lan-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(17),
      note: 'State agencies of the province.',
    },
    {
      id: 'ag-obs-agencies-internet-wan',
      province: '89',
      indicator: 'found.infrastructure.agencies-internet-wan-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(17),
      note: 'The same statement as the LAN share: the agencies are also connected to the Internet and the wide-area network.',
    },
    {
      id: 'ag-obs-3g4g-commune-coverage',
      province: '89',
      indicator: 'found.infrastructure.mobile-3g4g-commune-coverage-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(18),
      note: 'Communes and townships.',
    },
    {
      id: 'ag-obs-fibre-commune-centres',
      province: '89',
      indicator: 'found.infrastructure.fibre-commune-centre-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(18),
      note: 'High-speed fibre Internet.',
    },
    {
      id: 'ag-obs-mobile-broadband-area',
      province: '89',
      indicator: 'found.infrastructure.mobile-broadband-area-coverage-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(18),
    },
    {
      id: 'ag-obs-smartphone-usage',
      province: '89',
      indicator: 'soc.smartphone-usage-share',
      period: AS_OF,
      value: 70,
      qualifier: 'approx',
      source: at(18),
      note: 'Nearly (gần) 70%; the population the rate is taken over is not stated.',
    },
  ],
  targets: [
    {
      id: 'ag-tgt-level4-eligible-share',
      scope: '89',
      indicator: 'gov.online-services.level4-eligible-share',
      comparator: 'gte',
      value: 100,
      deadline: { kind: 'year', year: 2021 },
      document: 'kh-513-ubnd-ag-2021',
      source: at(10),
      verified: true,
      note: 'The aim of plan 513/KH-UBND. The article gives no deadline; the end of 2021 is assumed (the plan was issued in August 2021, and the article reports the aim met by December 2021).',
    },
  ],
  rankings: [],
} satisfies SeedArticle);
