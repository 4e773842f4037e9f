// The structure of the Digital Transformation Index (DTI) in each scheme:
// 1726/QĐ-BTTTT (DTI 2020), 922/QĐ-BTTTT (DTI 2021–2023) and the 2024 edition
// (probably 405/QĐ-BKHCN), with the 2024 ministerial and national indices.
// Unknown figures are `null`; anything not read in a primary source is
// `verified: false`. The schemas are in dti-schemas.ts.
import { deepFreeze } from '../internal/freeze.js';
import type { DtiGroupId, DtiMainIndex, DtiStructure } from './dti-schemas.js';

const ref = (...ids: string[]) => ids.map((source) => ({ source }));

// --- 1726/QĐ-BTTTT (DTI 2020) ---------------------------------------------

const S_1726_INDICES = ref(
  'src-digimind-dti-explainer',
  'src-huengaynay-dti',
  'src-thainguyentv-dti-2020',
);

const ACTIVITY_1726 = {
  government: { vi: 'Hoạt động chính quyền số', en: 'Digital government activity' },
  economy: { vi: 'Hoạt động kinh tế số', en: 'Digital economy activity' },
  society: { vi: 'Hoạt động xã hội số', en: 'Digital society activity' },
} as const;

function indices1726(pillar: 'government' | 'economy' | 'society', offset: number): DtiMainIndex[] {
  const activity = ACTIVITY_1726[pillar];
  const list: [string, string, string][] = [
    ['awareness', 'Chuyển đổi nhận thức', 'Changing awareness'],
    ['institutions', 'Kiến tạo thể chế', 'Building institutions'],
    [
      'infrastructure-and-platforms',
      'Phát triển hạ tầng và nền tảng số',
      'Developing digital infrastructure and platforms',
    ],
    ['information-and-data', 'Thông tin và dữ liệu số', 'Digital information and data'],
    ['activity', activity.vi, activity.en],
    ['cyber-security', 'An toàn an ninh mạng', 'Cyber safety and security'],
    [
      'human-resources',
      'Đào tạo và phát triển nhân lực',
      'Training and developing human resources',
    ],
  ];
  return list.map(([slug, vi, en], i) => ({
    id: `${pillar}-${slug}`,
    indicator: null,
    label: { vi, en },
    pillar,
    group: null,
    order: offset + i + 1,
    points: null,
    weight: null,
    components: null,
    scored: true,
    verified: false,
    note:
      slug === 'activity'
        ? 'The secondary explainer gives the activity index 20% of its pillar and the other six 10% each, which adds up to only 80%; that split is unverified and not recorded.'
        : 'Seven main indices per pillar, from a secondary explainer; points per index are not known.',
    sources: S_1726_INDICES,
  }));
}

const DTI_1726: DtiStructure = {
  id: 'dti-1726-btttt',
  level: 'province',
  editions: [2020],
  decision: '1726/QĐ-BTTTT',
  document: 'qd-1726-btttt-2020',
  decisionVerified: true,
  issuer: { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' },
  issued: '2020-10-12',
  totals: {
    points: 1000,
    pillars: 3,
    mainIndices: 21,
    scoredMainIndices: 21,
    components: 108,
    criteria: 306,
    verified: false,
    note: 'The 108 component indices and 306 criteria are reported for DTI 2020; the 1,000 points and 3 × 7 main indices come from a secondary explainer only.',
    sources: ref('src-dangcongsan-bac-ninh-dti-2020', 'src-digimind-dti-explainer'),
  },
  pillars: (['government', 'economy', 'society'] as const).map((pillar) => ({
    pillar,
    points: pillar === 'government' ? 400 : 300,
    weight: pillar === 'government' ? 0.4 : 0.3,
    mainIndices: 7,
    verified: false,
    note: 'The 400/300/300 split comes from one secondary explainer. It reproduces Bắc Ninh 2020 (0.4 × 0.4449 + 0.3 × 0.3668 + 0.3 × 0.4052 = 0.40956 against a published 0.4096).',
    sources: ref('src-digimind-dti-explainer'),
  })),
  groups: [],
  mainIndices: [
    ...indices1726('government', 0),
    ...indices1726('economy', 7),
    ...indices1726('society', 14),
  ],
  formula: {
    text: 'DTI 2020 = (points of chính quyền số + kinh tế số + xã hội số) / 1000. With pillar values in 0–1 and the 400/300/300 split: DTI = 0.4·CQS + 0.3·KTS + 0.3·XHS.',
    expression: '0.4 * government + 0.3 * economy + 0.3 * society',
    verified: false,
    note: 'That DTI 2020 is the sum of the three pillars is reported by two sources; the weights rest on the unverified 400/300/300 split. From 2021 the DTI is a sum of main indices instead.',
    sources: ref(
      'src-thainguyentv-dti-2021',
      'src-baomoi-thanh-hoa-dti-2021',
      'src-digimind-dti-explainer',
      'src-dangcongsan-bac-ninh-dti-2020',
    ),
  },
  comparability: {
    scoresComparableWith: ['dti-1726-btttt'],
    ranksComparable: true,
    note: 'DTI 2020 is a weighted sum of three pillars; from 2021 the index is a sum of main indices (922/QĐ-BTTTT), so 2020 scores cannot be compared with later ones. A rank is still a place among the same 63 provinces.',
  },
  verified: false,
  note: 'The first DTI scheme. 2020 was the first assessment year and the first online data collection. Its English name then was "Digital Index".',
  sources: ref(
    'src-thuvienphapluat-qd-1726',
    'src-vanbanphapluat-qd-1726',
    'src-quanlynhanuoc-dti-2020',
    'src-stttt-bacninh-dti-2020',
  ),
};

// --- 922/QĐ-BTTTT (DTI 2021–2023) -------------------------------------------

const S_922_TABLE = ref('src-eballsviet-dti-922', 'src-stttt-daknong-dti-922');

function index922(
  order: number,
  id: string,
  vi: string,
  en: string,
  pillar: DtiMainIndex['pillar'],
  group: DtiGroupId,
  points: number,
  components: number,
  extra: Partial<Pick<DtiMainIndex, 'scored' | 'verified' | 'note'>> = {},
): DtiMainIndex {
  return {
    id,
    indicator: `dti.${id}`,
    label: { vi, en },
    pillar,
    group,
    order,
    points,
    weight: points / 1000,
    components,
    scored: extra.scored ?? true,
    verified: extra.verified ?? true,
    ...(extra.note === undefined ? {} : { note: extra.note }),
    sources: S_922_TABLE,
  };
}

const DTI_922: DtiStructure = {
  id: 'dti-922-btttt',
  level: 'province',
  editions: [2021, 2022, 2023],
  decision: '922/QĐ-BTTTT',
  document: 'qd-922-btttt-2022',
  decisionVerified: true,
  issuer: { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' },
  issued: '2022-05-20',
  totals: {
    points: 1000,
    pillars: 3,
    mainIndices: 9,
    scoredMainIndices: 8,
    components: 98,
    criteria: null,
    verified: true,
    sources: S_922_TABLE,
  },
  pillars: (['government', 'economy', 'society'] as const).map((pillar) => ({
    pillar,
    points: null,
    weight: null,
    mainIndices: null,
    verified: false,
    note: 'Pillar values are published, but how the component indices are assigned to pillars was not found; the pillar values are not a re-weighting of the main indices.',
    sources: ref('src-stttt-daknong-dti-922', 'src-travinh-gov-vn-dti-2022'),
  })),
  groups: [
    {
      id: 'foundation',
      label: { vi: 'Nhóm chỉ số nền tảng chung', en: 'Common foundation indices' },
      points: 500,
      weight: 0.5,
      components: 56,
      verified: true,
      sources: ref('src-eballsviet-dti-922'),
    },
    {
      id: 'activity',
      label: { vi: 'Nhóm chỉ số hoạt động', en: 'Activity indices' },
      points: 500,
      weight: 0.5,
      components: 42,
      verified: true,
      sources: ref('src-eballsviet-dti-922'),
    },
  ],
  mainIndices: [
    index922(
      1,
      'digital-awareness',
      'Nhận thức số',
      'Digital awareness',
      'foundation',
      'foundation',
      100,
      10,
    ),
    index922(
      2,
      'digital-institutions',
      'Thể chế số',
      'Digital institutions',
      'foundation',
      'foundation',
      100,
      11,
    ),
    index922(
      3,
      'digital-infrastructure',
      'Hạ tầng số',
      'Digital infrastructure',
      'foundation',
      'foundation',
      100,
      7,
    ),
    index922(
      4,
      'digital-human-resources',
      'Nhân lực số',
      'Digital human resources',
      'foundation',
      'foundation',
      100,
      13,
    ),
    index922(
      5,
      'cyber-security',
      'An toàn thông tin mạng',
      'Cyber security',
      'foundation',
      'foundation',
      100,
      12,
    ),
    index922(6, 'smart-city', 'Đô thị thông minh', 'Smart city', 'foundation', 'foundation', 0, 3, {
      scored: false,
      note: 'Not scored ("không tính điểm"), so published tables show only eight main indices.',
    }),
    index922(
      7,
      'digital-government-activity',
      'Hoạt động chính quyền số',
      'Digital government activity',
      'government',
      'activity',
      200,
      22,
    ),
    index922(
      8,
      'digital-economy-activity',
      'Hoạt động kinh tế số',
      'Digital economy activity',
      'economy',
      'activity',
      150,
      12,
    ),
    index922(
      9,
      'digital-society-activity',
      'Hoạt động xã hội số',
      'Digital society activity',
      'society',
      'activity',
      150,
      8,
      {
        verified: false,
        note: 'The source row was cut off; the 8 components (42 − 22 − 12) and 150 points (500 − 200 − 150) are derived. The 0.15 weight reproduces the published DTI 2022 values.',
      },
    ),
  ],
  formula: {
    text: 'PDTI = Σ points × value / 1000 over the eight scored main indices = 0.1·(NTS + TCS + HTS + NLS + ATTT) + 0.2·HĐCQS + 0.15·HĐKTS + 0.15·HĐXHS, where each main-index value is its points earned over its maximum (0–1). Values are published to 4 decimals.',
    expression:
      '0.1 * (digital-awareness + digital-institutions + digital-infrastructure + digital-human-resources + cyber-security) + 0.2 * digital-government-activity + 0.15 * digital-economy-activity + 0.15 * digital-society-activity',
    verified: true,
    note: 'Not read in the decision text; established numerically: it reproduces the five published DTI 2022 overall values from their main-index values to within 1e-4. That a main-index value is points earned over maximum points is consistent with the tables but was not read.',
    sources: ref('src-dti-gov-vn-2022', 'src-eballsviet-dti-922'),
  },
  comparability: {
    scoresComparableWith: ['dti-922-btttt'],
    ranksComparable: true,
    note: 'DTI 2021, 2022 and 2023 share one scheme, so their scores can be compared (DTI 2023 also drew on national platforms). Scores of 2020 (1726) and 2024 (405) are computed differently; ranks among the 63 keep their meaning.',
  },
  verified: true,
  note: 'Data come from the province’s self-assessment, scoring by the ministry, expert scoring and measurement on the internet, collected online through dti.gov.vn; DTI 2023 also drew on national platforms and information systems. Ranks use competition ranking (ties share a rank, the next is skipped).',
  sources: ref(
    'src-thuviennhadat-qd-922',
    'src-123doc-qd-922',
    'src-stttt-daknong-dti-922',
    'src-eballsviet-dti-922',
    'src-thainguyentv-dti-2021',
    'src-tincongnghe-dti-2023',
  ),
};

// --- DTI 2024 ------------------------------------------------------------------

const S_2024 = ref(
  'src-dantri-dti-2024',
  'src-vietnam-vn-dti-2024',
  'src-baomoi-thai-nguyen-dti-2024',
);

function index2024(
  order: number,
  id: string,
  vi: string,
  en: string,
  pillar: DtiMainIndex['pillar'],
  group: DtiGroupId,
): DtiMainIndex {
  return {
    id,
    indicator: `dti.${id}`,
    label: { vi, en },
    pillar,
    group,
    order,
    points: null,
    weight: null,
    components: null,
    scored: true,
    verified: true,
    note: 'Membership of the eight main indices is reported; their points, weights and component counts were not found.',
    sources: S_2024,
  };
}

const DTI_2024: DtiStructure = {
  id: 'dti-2024',
  level: 'province',
  editions: [2024],
  decision: '405/QĐ-BKHCN',
  document: 'qd-405-bkhcn-2025',
  decisionVerified: false,
  issuer: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
  issued: '2025-04-03',
  totals: {
    points: null,
    pillars: 3,
    mainIndices: 8,
    scoredMainIndices: null,
    components: 47,
    criteria: null,
    verified: true,
    note: 'The provincial total points were not found. The national DTI 2024 has 12 indicators on 1,000 points (digital government 400, economy 300, society 300); the ministry DTI has 6 main and 31 component indices on 1,000 points.',
    sources: S_2024,
  },
  pillars: (['government', 'economy', 'society'] as const).map((pillar) => ({
    pillar,
    points: null,
    weight: null,
    mainIndices: null,
    verified: true,
    note: 'The provincial index reports on the three pillars; its pillar points were not found (the 400/300/300 split is that of the national index).',
    sources: S_2024,
  })),
  groups: [
    {
      id: 'foundation',
      label: { vi: 'Nhóm chỉ số nền tảng chung', en: 'Common foundation indices' },
      points: null,
      weight: null,
      components: null,
      verified: true,
      note: 'Reported to make up the larger part of the index; no figures found.',
      sources: S_2024,
    },
    {
      id: 'activity',
      label: { vi: 'Nhóm chỉ số hoạt động', en: 'Activity indices' },
      points: null,
      weight: null,
      components: null,
      verified: true,
      sources: S_2024,
    },
  ],
  mainIndices: [
    index2024(
      1,
      'digital-awareness',
      'Nhận thức số',
      'Digital awareness',
      'foundation',
      'foundation',
    ),
    index2024(
      2,
      'digital-institutions',
      'Thể chế số',
      'Digital institutions',
      'foundation',
      'foundation',
    ),
    index2024(
      3,
      'digital-infrastructure',
      'Hạ tầng số',
      'Digital infrastructure',
      'foundation',
      'foundation',
    ),
    index2024(
      4,
      'digital-human-resources',
      'Nhân lực số',
      'Digital human resources',
      'foundation',
      'foundation',
    ),
    index2024(
      5,
      'cyber-security',
      'An toàn thông tin mạng',
      'Cyber security',
      'foundation',
      'foundation',
    ),
    index2024(
      6,
      'digital-government-activity',
      'Hoạt động chính quyền số',
      'Digital government activity',
      'government',
      'activity',
    ),
    index2024(
      7,
      'digital-economy-activity',
      'Hoạt động kinh tế số',
      'Digital economy activity',
      'economy',
      'activity',
    ),
    index2024(
      8,
      'digital-society-activity',
      'Hoạt động xã hội số',
      'Digital society activity',
      'society',
      'activity',
    ),
  ],
  formula: {
    text: 'Not known: the 2024 weights were not found. For the 34 units formed on 1 July 2025, each main index is the arithmetic mean of that index over the pre-merger provinces, and the units are then ranked 1–34.',
    expression: null,
    verified: false,
    note: 'If the overall index is linear in the main indices, a merged unit’s value is the mean of its old provinces’ values: the new Đà Nẵng’s 0.7069 is the mean of the old Đà Nẵng (0.8335) and Quảng Nam (0.5803).',
    sources: ref(
      'src-dantri-dti-2024',
      'src-baomoi-thai-nguyen-dti-2024',
      'src-hasontech-baodanang-dti-2024',
    ),
  },
  comparability: {
    scoresComparableWith: ['dti-2024'],
    ranksComparable: true,
    note: 'A new structure (8 main indices, 47 components against 922’s 9 and 98), so scores cannot be compared with 2021–2023. Ranks among the 63 old provinces keep their meaning; the ranking of the 34 units of 1 July 2025 is a different set of units and cannot be compared with any earlier rank.',
  },
  verified: false,
  note: 'Published by the Ministry of Science and Technology on 21 October 2025 for both the 63 old and the 34 new provinces. About 20% of the provincial indicators were measured automatically (national 33%, ministries 22.6%). That it was computed under 405/QĐ-BKHCN is likely but unverified.',
  sources: ref(
    'src-thuvienphapluat-qd-405',
    'src-dantri-dti-2024',
    'src-vietnam-vn-dti-2024',
    'src-baomoi-thai-nguyen-dti-2024',
    'src-hasontech-baodanang-dti-2024',
  ),
};

// --- DTI 2024: the ministerial and national indices -----------------------------

const MOST_ISSUER = { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' };
const DECISION_2024_NOTE =
  'Computed, like the provincial index of the same edition, probably under 405/QĐ-BKHCN; unverified.';

const DTI_2024_MINISTRY: DtiStructure = {
  id: 'dti-2024-ministry',
  level: 'ministry',
  editions: [2024],
  decision: '405/QĐ-BKHCN',
  document: 'qd-405-bkhcn-2025',
  decisionVerified: false,
  issuer: MOST_ISSUER,
  issued: '2025-04-03',
  totals: {
    points: 1000,
    pillars: null,
    mainIndices: 6,
    scoredMainIndices: null,
    components: 31,
    criteria: null,
    verified: true,
    note: 'Six main indices and 31 component indices on 1,000 points, as reported with the DTI 2024 release; their names and points were not found.',
    sources: S_2024,
  },
  pillars: [],
  groups: [],
  mainIndices: [],
  formula: {
    text: 'Not known: the ministerial main indices and their points were not found.',
    expression: null,
    verified: false,
    sources: S_2024,
  },
  comparability: {
    scoresComparableWith: ['dti-2024-ministry'],
    ranksComparable: true,
    note: 'Ministries are ranked in two groups, those that provide public services and those that do not; a rank compares only within its group. The structure differs from earlier editions, so scores are not comparable with them.',
  },
  verified: false,
  note: `About 22.6% of the ministerial indicators were measured automatically. ${DECISION_2024_NOTE}`,
  sources: ref('src-dantri-dti-2024', 'src-vietnam-vn-dti-2024', 'src-thuvienphapluat-qd-405'),
};

const NATION_PILLARS_2024 = [
  ['government', 400, 'Chính phủ số (digital government)'],
  ['economy', 300, 'Kinh tế số (digital economy)'],
  ['society', 300, 'Xã hội số (digital society)'],
] as const;

const DTI_2024_NATION: DtiStructure = {
  id: 'dti-2024-nation',
  level: 'nation',
  editions: [2024],
  decision: '405/QĐ-BKHCN',
  document: 'qd-405-bkhcn-2025',
  decisionVerified: false,
  issuer: MOST_ISSUER,
  issued: '2025-04-03',
  totals: {
    points: 1000,
    pillars: 3,
    mainIndices: null,
    scoredMainIndices: null,
    components: 12,
    criteria: null,
    verified: true,
    note: 'Twelve indicators (chỉ số) in three pillars on 1,000 points; the national index has no main-index level. Their names were not found, except that the UN e-government ranking is one of them.',
    sources: S_2024,
  },
  pillars: NATION_PILLARS_2024.map(([pillar, points, name]) => ({
    pillar,
    points,
    weight: points / 1000,
    mainIndices: null,
    verified: true,
    note: `${name}: ${points} of the 1,000 points.`,
    sources: S_2024,
  })),
  groups: [],
  mainIndices: [],
  formula: {
    text: 'DTI quốc gia = (points of Chính phủ số + Kinh tế số + Xã hội số) / 1000, with 400, 300 and 300 points. With pillar values in 0–1: 0.4·government + 0.3·economy + 0.3·society.',
    expression: '0.4 * government + 0.3 * economy + 0.3 * society',
    verified: false,
    note: 'The pillar points are reported; that the index is their points-weighted sum is the natural reading, not read in the decision.',
    sources: S_2024,
  },
  comparability: {
    scoresComparableWith: ['dti-2024-nation'],
    ranksComparable: null,
    note: 'One country, so nothing is ranked. The 2024 value (0.7955) is reported as up 8.6% on 2023 (0.7326), a comparison the ministry makes across schemes; the 2024 rise is attributed mainly to the UN e-government ranking (71st of 193, up 15).',
  },
  verified: false,
  note: `About 33% of the national indicators were measured automatically. ${DECISION_2024_NOTE}`,
  sources: ref('src-dantri-dti-2024', 'src-vietnam-vn-dti-2024', 'src-thuvienphapluat-qd-405'),
};

/**
 * The DTI schemes. The provincial ones in order: 1726/QĐ-BTTTT (DTI 2020),
 * 922/QĐ-BTTTT (DTI 2021–2023: 9 main indices, 98 components, 1,000 points,
 * smart city not scored) and the 2024 edition (8 main indices, 47
 * components; weights not known). Then the 2024 ministerial index (6 main
 * indices, 31 components, 1,000 points) and national index (12 indicators in
 * three pillars weighted 400/300/300). Each figure carries `verified` and
 * sources from `NATIONAL_SOURCES`; `comparability` says which scores and
 * ranks can be compared across editions.
 *
 * @example
 * ```ts
 * import { DTI_STRUCTURES } from 'vn-dx/framework';
 *
 * const scheme922 = DTI_STRUCTURES.find((structure) => structure.decision === '922/QĐ-BTTTT');
 * scheme922?.totals.components; // 98
 * scheme922?.mainIndices.filter((index) => index.scored).length; // 8
 * scheme922?.mainIndices.find((index) => index.id === 'digital-government-activity')?.points; // 200
 * DTI_STRUCTURES.filter((structure) => structure.editions.includes(2024)).map((structure) => structure.level); // ['province', 'ministry', 'nation']
 * ```
 *
 * @category Data
 */
export const DTI_STRUCTURES: readonly DtiStructure[] = deepFreeze([
  DTI_1726,
  DTI_922,
  DTI_2024,
  DTI_2024_MINISTRY,
  DTI_2024_NATION,
]);

/**
 * The ids of the eight scored main indices of the 922 scheme.
 *
 * @category Data
 */
export type Dti922ScoredIndexId =
  | 'digital-awareness'
  | 'digital-institutions'
  | 'digital-infrastructure'
  | 'digital-human-resources'
  | 'cyber-security'
  | 'digital-government-activity'
  | 'digital-economy-activity'
  | 'digital-society-activity';

/**
 * The weights of the eight scored main indices under 922/QĐ-BTTTT (points /
 * 1,000): 0.1 for each foundation index, 0.2 for digital government activity,
 * 0.15 each for digital economy and digital society activity. They sum to 1
 * and reproduce the published DTI 2022 overall values to within 1e-4.
 *
 * @example
 * ```ts
 * import { DTI_922_WEIGHTS } from 'vn-dx/framework';
 *
 * DTI_922_WEIGHTS['digital-government-activity']; // 0.2
 * // Đà Nẵng, DTI 2022: main-index values from dti.gov.vn
 * const daNang = {
 *   'digital-awareness': 1, 'digital-institutions': 0.9, 'digital-infrastructure': 0.8253,
 *   'digital-human-resources': 0.8487, 'cyber-security': 0.7578,
 *   'digital-government-activity': 0.8575, 'digital-economy-activity': 0.7836,
 *   'digital-society-activity': 0.5197,
 * };
 * const dti = Object.entries(DTI_922_WEIGHTS).reduce((sum, [id, weight]) => sum + weight * daNang[id], 0);
 * Math.round(dti * 1e4) / 1e4; // 0.8002 (the published value)
 * ```
 *
 * @category Data
 */
export const DTI_922_WEIGHTS: Readonly<Record<Dti922ScoredIndexId, number>> = Object.freeze({
  'digital-awareness': 0.1,
  'digital-institutions': 0.1,
  'digital-infrastructure': 0.1,
  'digital-human-resources': 0.1,
  'cyber-security': 0.1,
  'digital-government-activity': 0.2,
  'digital-economy-activity': 0.15,
  'digital-society-activity': 0.15,
});
