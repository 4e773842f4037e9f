// Quảng Nam (code 49, 63-unit era), from the VietTimes interview of April
// 2023 (source qn-viettimes-2023-04). Figures without a stated period are
// status at publication, recorded as the month of publication.
import { deepFreeze } from '../internal/freeze.js';
import type { Period } from '../model/period.js';
import type { SeedArticle } from './article.js';
import { citing, KIND, peoplesCouncil } from './shared.js';

const SOURCE = 'qn-viettimes-2023-04';
const at = citing(SOURCE);
const AS_OF: Period = { kind: 'month', year: 2023, month: 4 };

const EDITION_NOTE =
  'The article names the index (DTI) but not the edition. In April 2023 the latest published edition was DTI 2021 (released 8 August 2022); DTI 2022 came out on 12 July 2023 and placed Quảng Nam 31st, so this is DTI 2021. The reference table has no 2021 rank for Quảng Nam to check it against.';

/**
 * What the Quảng Nam article (VietTimes, April 2023) reports: Party
 * resolution 04-NQ/TU, the province's DTI rank nationally and in the centre,
 * nine figures on online services, dossiers, smart-city pilots and community
 * technology teams, and two targets.
 *
 * @example
 * ```ts
 * import { QUANG_NAM_ARTICLE } from 'vn-dx/seed';
 *
 * QUANG_NAM_ARTICLE.observations.length; // 9
 * QUANG_NAM_ARTICLE.observations.find((o) => o.id === 'qn-obs-dossiers-online-2022')?.value; // 51.16
 * QUANG_NAM_ARTICLE.rankings.map((r) => `${r.rank}/${r.of} ${r.scope}`); // ['25/63 national', '3/19 central']
 * ```
 *
 * @category Data
 */
export const QUANG_NAM_ARTICLE: SeedArticle = deepFreeze({
  source: SOURCE,
  documents: [
    {
      id: 'nq-04-tu-qn-2021',
      number: '04-NQ/TU',
      kind: KIND.resolution,
      issuer: {
        vi: 'Ban Thường vụ Tỉnh ủy Quảng Nam',
        en: 'Standing Committee of the Quảng Nam Provincial Party Committee',
      },
      scope: '49',
      issued: '2021-04-12',
      title: {
        vi: 'Nghị quyết về chuyển đổi số tỉnh Quảng Nam đến năm 2025, định hướng đến năm 2030',
        en: 'Resolution on digital transformation in Quảng Nam to 2025, with orientations to 2030',
      },
      orientationYear: 2030,
      sources: [at(6)],
      note: 'It states an end year (2025) but no start year, so no period is recorded. The basis for the provincial plans that followed.',
    },
    {
      id: 'qn-nq-hdnd-dx',
      number: null,
      kind: KIND.resolution,
      issuer: peoplesCouncil('Quảng Nam', 'Quảng Nam'),
      scope: '49',
      issued: null,
      title: {
        vi: 'Nghị quyết của Hội đồng nhân dân tỉnh Quảng Nam về chuyển đổi số',
        en: "Quảng Nam People's Council resolution setting digital-transformation goals",
      },
      sources: [at(42), at(44)],
      note: "Named only as the People's Council resolution, next to a Party committee resolution (probably 04-NQ/TU); number, date and period not given.",
    },
  ],
  programmes: [
    {
      id: 'qn-dx-programme',
      name: {
        vi: 'Chuyển đổi số tỉnh Quảng Nam đến năm 2025, định hướng đến năm 2030',
        en: 'Quảng Nam digital transformation to 2025, with orientations to 2030',
      },
      scope: '49',
      documents: ['nq-04-tu-qn-2021', 'qn-nq-hdnd-dx'],
      orientationYear: 2030,
      sources: [at(6), at(44)],
    },
  ],
  observations: [
    {
      id: 'qn-obs-online-services',
      province: '49',
      indicator: 'gov.online-services.count',
      period: AS_OF,
      value: 1453,
      qualifier: 'exact',
      source: at(8),
    },
    {
      id: 'qn-obs-full-process-services',
      province: '49',
      indicator: 'gov.online-services.full-process.count',
      period: AS_OF,
      value: 1411,
      qualifier: 'exact',
      source: at(8),
      note: 'Part of the 1,453 online services (97.1%, worked out, not reported).',
    },
    {
      id: 'qn-obs-national-portal-integrated',
      province: '49',
      indicator: 'gov.online-services.national-portal-integrated.count',
      period: AS_OF,
      value: 1366,
      qualifier: 'exact',
      source: at(8),
    },
    {
      id: 'qn-obs-national-portal-integrated-share',
      province: '49',
      indicator: 'gov.online-services.national-portal-integrated-share',
      period: AS_OF,
      value: 94,
      qualifier: 'exact',
      source: at(8),
      note: 'Consistent with the counts: 1,366 of 1,453 is 94.0%.',
    },
    {
      id: 'qn-obs-dossiers-online-2022',
      province: '49',
      indicator: 'gov.dossiers.online-share',
      period: { kind: 'year', year: 2022 },
      value: 51.16,
      qualifier: 'exact',
      source: at(8),
    },
    {
      id: 'qn-obs-dossiers-online-2023-q1',
      province: '49',
      indicator: 'gov.dossiers.online-share',
      period: { kind: 'quarter', year: 2023, quarter: 1 },
      value: 71,
      qualifier: 'exact',
      source: at(8),
    },
    {
      id: 'qn-obs-ioc-district-pilots',
      province: '49',
      indicator: 'gov.smart-city-ioc.district-pilots.count',
      period: AS_OF,
      value: 11,
      qualifier: 'exact',
      source: at(9),
      note: 'The smart-city operations centre is piloted at provincial level and in 11 districts.',
    },
    {
      id: 'qn-obs-community-tech-teams',
      province: '49',
      indicator: 'soc.community-tech-teams.count',
      period: AS_OF,
      value: 900,
      qualifier: 'exact',
      source: at(12),
    },
    {
      id: 'qn-obs-community-tech-members',
      province: '49',
      indicator: 'soc.community-tech-teams.members.count',
      period: AS_OF,
      value: 4000,
      qualifier: 'approx',
      source: at(12),
      note: 'Nearly (gần) 4,000 members in the 900 teams.',
    },
  ],
  targets: [
    {
      id: 'qn-tgt-dti-top20-2023',
      scope: '49',
      indicator: 'dti.overall.rank',
      comparator: 'top-n',
      value: 20,
      deadline: { kind: 'year', year: 2023 },
      source: at(1),
      verified: true,
      note: 'Among the 20 provinces with the highest level of digital transformation in 2023, stated next to the DTI rank. Whether 2023 means the DTI 2023 edition or the ranking published in 2023 (DTI 2022) is not said. No document is named.',
    },
    {
      id: 'qn-tgt-commune-pilot-per-district',
      scope: '49',
      indicator: 'gov.commune-dx-pilots-per-district.count',
      comparator: 'eq',
      value: 1,
      deadline: { kind: 'year', year: 2030 },
      source: at(35),
      verified: true,
      note: 'Each district, town and city picks one commune to pilot communicating basic digital skills to residents. No deadline of its own: it is one of the measures towards the 2030 goal (paragraph 30), so 2030 is used. The district level was abolished on 1 July 2025.',
    },
  ],
  rankings: [
    {
      id: 'qn-rank-dti-2021-national',
      index: 'DTI',
      edition: 2021,
      province: '49',
      rank: 25,
      of: 63,
      scope: 'national',
      reportedOn: '2023-04',
      source: at(1),
      note: EDITION_NOTE,
    },
    {
      id: 'qn-rank-dti-2021-central',
      index: 'DTI',
      edition: 2021,
      province: '49',
      rank: 3,
      of: 19,
      scope: 'central',
      reportedOn: '2023-04',
      source: at(1),
      note: `Third in the centre ("khu vực miền Trung"), given next to the national rank, so the same edition. Ambiguous region: the article neither defines it nor gives its size. \`of\` is the 19 provinces of the central macro-region (north-central and central coast, central highlands), but in DTI 2021 Đà Nẵng (1st), Thừa Thiên Huế (2nd) and Thanh Hóa (12th) all ranked above 25th, so the article must use a narrower grouping and both scope and \`of\` are uncertain. ${EDITION_NOTE}`,
    },
  ],
} satisfies SeedArticle);
