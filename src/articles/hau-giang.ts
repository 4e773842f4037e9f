// Hậu Giang (code 93, 63-unit era), from an undated report on the provincial
// chairman's assessment, assumed to be of 2022 (source hg-unknown-2022).
// Figures without a stated period are status at publication, recorded as the
// year 2022 because no month is known.
import { deepFreeze } from '../internal/freeze.js';
import type { Period } from '../model/period.js';
import type { SeedArticle } from './article.js';
import { citing, KIND } from './shared.js';

const SOURCE = 'hg-unknown-2022';
const at = citing(SOURCE);
const AS_OF: Period = { kind: 'year', year: 2022 };
const AS_OF_NOTE =
  'Status at publication; the article is undated and assumed to be of 2022 (probably after 8 August 2022).';

/**
 * What the Hậu Giang article (undated, assumed 2022) reports: Party
 * resolution 02-NQ/TU, the province's DTI ranks for 2020 and 2021, and four
 * figures on online services, online direction, community technology teams
 * and commune pilots.
 *
 * @example
 * ```ts
 * import { HAU_GIANG_ARTICLE } from 'vn-dx/seed';
 *
 * HAU_GIANG_ARTICLE.rankings.map((r) => [r.edition, r.rank]); // [[2020, 28], [2021, 17]]
 * HAU_GIANG_ARTICLE.observations.length; // 4
 * HAU_GIANG_ARTICLE.documents[0]?.number; // '02-NQ/TU'
 * ```
 *
 * @category Data
 */
export const HAU_GIANG_ARTICLE: SeedArticle = deepFreeze({
  source: SOURCE,
  documents: [
    {
      id: 'nq-02-tu-hg-2020',
      number: '02-NQ/TU',
      kind: KIND.resolution,
      issuer: { vi: 'Tỉnh ủy Hậu Giang', en: 'Hậu Giang Provincial Party Committee' },
      scope: '93',
      issued: '2020-12-02',
      title: {
        vi: 'Nghị quyết của Tỉnh ủy Hậu Giang về chuyển đổi số',
        en: 'Hậu Giang Provincial Party Committee resolution on digital transformation',
      },
      sources: [at(3)],
      note: "The political basis of the province's digital transformation, with the People's Committee's schemes and plans to carry it out. Its period is not stated.",
    },
    {
      id: 'hg-nq-dhdb',
      number: null,
      kind: KIND.resolution,
      issuer: {
        vi: 'Đại hội Đảng bộ tỉnh Hậu Giang',
        en: 'Hậu Giang Provincial Party Congress',
      },
      scope: '93',
      issued: null,
      title: {
        vi: 'Nghị quyết Đại hội Đảng bộ tỉnh Hậu Giang',
        en: 'Resolution of the Hậu Giang Provincial Party Congress',
      },
      period: {
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'year', year: 2025 },
      },
      sources: [at(2)],
      note: "Makes faster digital transformation one of the breakthrough solutions for socio-economic development in 2021–2025. The article calls it the 19th ('XIX') congress; the 2020–2025 congress was the 14th, so probably a typo for XIV.",
    },
    {
      id: 'hg-dx-cooperation-agreements',
      number: null,
      kind: KIND.agreement,
      issuer: {
        vi: 'Tỉnh Hậu Giang; Tập đoàn VNPT; Tập đoàn Viettel',
        en: 'Hậu Giang province; VNPT; Viettel',
      },
      scope: '93',
      issued: null,
      title: {
        vi: 'Thỏa thuận hợp tác về chuyển đổi số với VNPT, Viettel và các doanh nghiệp lớn',
        en: 'Digital-transformation cooperation agreements with VNPT, Viettel and other large firms',
      },
      sources: [at(7)],
      note: 'How many agreements, who signed for the province, and their numbers and dates are not given.',
    },
  ],
  programmes: [
    {
      id: 'hg-dx-programme',
      name: {
        vi: 'Chuyển đổi số tỉnh Hậu Giang',
        en: 'Hậu Giang digital transformation',
      },
      scope: '93',
      documents: ['nq-02-tu-hg-2020', 'hg-nq-dhdb'],
      sources: [at(2), at(3)],
    },
  ],
  observations: [
    {
      id: 'hg-obs-level4-eligible-share',
      province: '93',
      indicator: 'gov.online-services.level4-eligible-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(11),
      note: `Eligible administrative procedures offered as level-4 online services. ${AS_OF_NOTE}`,
    },
    {
      id: 'hg-obs-direction-online',
      province: '93',
      indicator: 'gov.direction-online-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(11),
      note: `Direction and management by state agencies. ${AS_OF_NOTE}`,
    },
    {
      id: 'hg-obs-community-tech-hamlets',
      province: '93',
      indicator: 'soc.community-tech-teams.hamlet-coverage-share',
      period: AS_OF,
      value: 100,
      qualifier: 'exact',
      source: at(13),
      note: `Community technology teams in every hamlet and neighbourhood (ấp, khu vực). ${AS_OF_NOTE}`,
    },
    {
      id: 'hg-obs-commune-pilots',
      province: '93',
      indicator: 'gov.commune-dx-pilots.count',
      period: AS_OF,
      value: 2,
      qualifier: 'exact',
      source: at(14),
      note: `Thạnh Xuân and Gạch Gòi, Châu Thành A district. ${AS_OF_NOTE}`,
    },
  ],
  targets: [],
  rankings: [
    {
      id: 'hg-rank-dti-2020-national',
      index: 'DTI',
      edition: 2020,
      province: '93',
      rank: 28,
      of: 63,
      scope: 'national',
      reportedOn: '2022',
      source: at(5),
      note: "The article labels the rank 2020 and attributes it to the ministry's assessment reports, so DTI 2020 (released 19 October 2021). The reference table has no 2020 rank for Hậu Giang to check it against.",
    },
    {
      id: 'hg-rank-dti-2021-national',
      index: 'DTI',
      edition: 2021,
      province: '93',
      rank: 17,
      of: 63,
      scope: 'national',
      reportedOn: '2022',
      source: at(5),
      note: 'The article labels the rank 2021, following the 2020 one, so DTI 2021 (released 8 August 2022). Ambiguous: the reference table has no 2021 rank for Hậu Giang, but Hậu Giang was also 17th in DTI 2022 (released 12 July 2023). If the undated article were from after that release, 17 could be the 2022 rank; but it then would likely have given the 2022 year, so 2021 is kept. Check against the official DTI 2021 table.',
    },
  ],
} satisfies SeedArticle);
