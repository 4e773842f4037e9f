// Online public service levels: the four levels of Decree 43/2011/NĐ-CP and
// the full-process / partial classes of Decree 42/2022/NĐ-CP, which replaced
// it on 15 August 2022.
import * as z from 'zod';
import { type DateInput, toIsoDay } from '../internal/dates.js';
import { deepFreeze } from '../internal/freeze.js';
import { LabelSchema } from '../model/label.js';

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

/**
 * The two schemes for classifying online public services (dịch vụ công trực
 * tuyến): `decree-43-2011` (levels 1–4, until 14 August 2022) and
 * `decree-42-2022` (full-process or partial, from 15 August 2022).
 *
 * @example
 * ```ts
 * import { ServiceLevelSchemeSchema } from 'vn-dx/framework';
 *
 * ServiceLevelSchemeSchema.options; // ['decree-43-2011', 'decree-42-2022']
 * ```
 *
 * @category Model
 */
export const ServiceLevelSchemeSchema = z.enum(['decree-43-2011', 'decree-42-2022']);

/**
 * `'decree-43-2011'` or `'decree-42-2022'`; see {@link ServiceLevelSchemeSchema}.
 *
 * @category Model
 */
export type ServiceLevelScheme = z.infer<typeof ServiceLevelSchemeSchema>;

/**
 * One level (or class) of online public service, with the decree that defines
 * it and the days it was in force.
 *
 * @example
 * ```ts
 * import { SERVICE_LEVELS, ServiceLevelSchema } from 'vn-dx/framework';
 *
 * ServiceLevelSchema.safeParse(SERVICE_LEVELS[0]).success; // true
 * ```
 *
 * @category Model
 */
export const ServiceLevelSchema = z
  .object({
    /** Stable id: `level-1` … `level-4`, `full-process`, `partial`. */
    id: z.enum(['level-1', 'level-2', 'level-3', 'level-4', 'full-process', 'partial']),
    /** The scheme it belongs to. */
    scheme: ServiceLevelSchemeSchema,
    /** The decree that defines it (`43/2011/NĐ-CP`). */
    decree: z.string().min(1),
    /** Where in the decree (`Điều 3, khoản 4`). */
    article: z.string().min(1),
    /** The numbered level (1–4) under Decree 43/2011; `null` for the 42/2022 classes. */
    level: z.number().int().min(1).max(4).nullable(),
    /** Vietnamese and English name. */
    label: LabelSchema,
    /** What it means, in English, in our own words. */
    definition: z.string().min(1),
    /** The day the decree was issued. */
    issued: IsoDaySchema,
    /** First day in force, or `null` when not verified. */
    validFrom: IsoDaySchema.nullable(),
    /** Last day in force, or `null` while still in force. */
    validTo: IsoDaySchema.nullable(),
    /**
     * The old level it roughly matches (42/2022 classes only); an
     * interpretation, never an official equivalence.
     */
    legacyEquivalent: z
      .object({
        /** The Decree 43/2011 level, 1–4. */
        level: z.number().int().min(1).max(4),
        /** Always `false`: no official equivalence exists. */
        verified: z.literal(false),
        /** Why the match is only approximate. */
        note: z.string().min(1),
      })
      .strict()
      .nullable(),
    /** `true` when the definition is stated by the cited sources. */
    verified: z.boolean(),
    /** Web pages that state it. */
    sources: z.array(z.string().url()).min(1).readonly(),
    /** Anything a reader should know. */
    note: z.string().optional(),
  })
  .strict();

/**
 * One level or class of online public service; see {@link ServiceLevelSchema}.
 *
 * @category Model
 */
export type ServiceLevel = z.infer<typeof ServiceLevelSchema>;

const D43_SOURCES = [
  'http://pleiku.gialai.gov.vn/Xa-An-Phu/chuyenmuc/Thong-tin-tuyen-truyen/dich-vu-cong-truc-tuyen.aspx?page=9',
  'http://sgtvt.hochiminhcity.gov.vn/Pages/dich-vu-cong.aspx',
  'https://nguyenvanhuyen.edu.vn/tin-tuc/tin-giao-duc/1669-d-ch-v-cong-tr-c-tuy-n',
];
const D42_SOURCES = [
  'https://motcua.tiengiang.gov.vn/trang-chu/hoi-dap/chi-tiet-cau-hoi?ma-cau-hoi=30925',
  'https://truyenhinhthanhhoa.vn/print/cung-cap-thong-tin-va-dich-vu-cong-truc-tuyen-cua-co-quan-nha-nuoc-tren-moi-truong-mang-180220801134314478.htm',
  'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/basic-supporting-functions-of-the-web-portal-in-vietnam-103062.html',
  'https://vietjack.me/phap-luat/nghi-dinh-42-2022-nd-cp-1772.html',
];

const D43 = {
  scheme: 'decree-43-2011',
  decree: '43/2011/NĐ-CP',
  article: 'Điều 3, khoản 4',
  issued: '2011-06-13',
  validFrom: null,
  validTo: '2022-08-14',
  legacyEquivalent: null,
  verified: true,
} as const;

const D43_NOTE =
  'The effective date of Decree 43/2011/NĐ-CP was not verified. validTo is the day before Decree 42/2022/NĐ-CP took effect.';

const D42 = {
  scheme: 'decree-42-2022',
  decree: '42/2022/NĐ-CP',
  article: 'Điều 11, khoản 1',
  issued: '2022-06-24',
  validFrom: '2022-08-15',
  validTo: null,
  level: null,
  verified: true,
} as const;

/**
 * The online public service levels: levels 1–4 of Decree 43/2011/NĐ-CP (each
 * level includes everything below it), then the full-process and partial
 * classes of Decree 42/2022/NĐ-CP, which replaced it on 15 August 2022. The
 * legacy equivalents of the new classes (full-process ≈ level 4, partial ≈
 * level 3) are our reading, not an official mapping: under 42/2022 the test
 * is whether the whole procedure runs online, not whether fees are paid online.
 *
 * @example
 * ```ts
 * import { SERVICE_LEVELS } from 'vn-dx/framework';
 *
 * SERVICE_LEVELS.map((level) => level.id); // ['level-1', 'level-2', 'level-3', 'level-4', 'full-process', 'partial']
 * SERVICE_LEVELS.find((level) => level.id === 'full-process')?.validFrom; // '2022-08-15'
 * SERVICE_LEVELS.find((level) => level.id === 'full-process')?.legacyEquivalent?.level; // 4
 * ```
 *
 * @category Data
 */
export const SERVICE_LEVELS: readonly ServiceLevel[] = deepFreeze([
  {
    ...D43,
    id: 'level-1',
    level: 1,
    label: { vi: 'Dịch vụ công trực tuyến mức độ 1', en: 'Online public service, level 1' },
    definition:
      'The agency publishes complete information about the procedure and the legal texts it rests on; nothing is transacted online.',
    sources: D43_SOURCES,
    note: D43_NOTE,
  },
  {
    ...D43,
    id: 'level-2',
    level: 2,
    label: { vi: 'Dịch vụ công trực tuyến mức độ 2', en: 'Online public service, level 2' },
    definition:
      'Level 1 plus downloadable forms that the applicant fills in to prepare the dossier, which is then handed in at the office or sent by post.',
    sources: D43_SOURCES,
    note: D43_NOTE,
  },
  {
    ...D43,
    id: 'level-3',
    level: 3,
    label: { vi: 'Dịch vụ công trực tuyến mức độ 3', en: 'Online public service, level 3' },
    definition:
      'Level 2 plus filling in and submitting the forms online, with the exchanges during processing also online; any fee is paid and the result collected in person.',
    sources: D43_SOURCES,
    note: D43_NOTE,
  },
  {
    ...D43,
    id: 'level-4',
    level: 4,
    label: { vi: 'Dịch vụ công trực tuyến mức độ 4', en: 'Online public service, level 4' },
    definition:
      'Level 3 plus paying any fee online; the result can be delivered online, at the office or by post.',
    sources: [
      ...D43_SOURCES,
      'http://www.tigodoo.com/blog/kinh-nghiem-trien-khai-phan-mem-17/phan-loai-cac-dich-vu-cong-cap-o-1-2-3-4-374',
    ],
    note: `${D43_NOTE} Circular 32/2017/TT-BTTTT set detailed requirements for each level.`,
  },
  {
    ...D42,
    id: 'full-process',
    label: {
      vi: 'Dịch vụ công trực tuyến toàn trình',
      en: 'Full-process online public service',
    },
    definition:
      'Complete information on the procedure is provided, and every step from submitting the dossier to the decision happens online; the result is returned online or through the public postal service.',
    legacyEquivalent: {
      level: 4,
      verified: false,
      note: 'Our reading, not an official equivalence: the test under 42/2022 is that the whole procedure is handled online, not online fee payment.',
    },
    sources: D42_SOURCES,
    note: 'Agencies are to use IT as far as possible, except where the law requires the applicant to appear in person or an on-site check.',
  },
  {
    ...D42,
    id: 'partial',
    label: { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partial online public service' },
    definition:
      'Any online public service that does not meet the full-process test: at least one step is not handled online.',
    legacyEquivalent: {
      level: 3,
      verified: false,
      note: 'Our reading, not an official equivalence.',
    },
    sources: D42_SOURCES,
  },
] satisfies ServiceLevel[]);

const EMPTY: readonly ServiceLevel[] = Object.freeze([]);
const DECREE_43_LEVELS: readonly ServiceLevel[] = Object.freeze(
  SERVICE_LEVELS.filter((level) => level.scheme === 'decree-43-2011'),
);
const DECREE_42_LEVELS: readonly ServiceLevel[] = Object.freeze(
  SERVICE_LEVELS.filter((level) => level.scheme === 'decree-42-2022'),
);

/**
 * The online public service levels in force on a day: levels 1–4 (Decree
 * 43/2011/NĐ-CP) up to 14 August 2022, the full-process and partial classes
 * (Decree 42/2022/NĐ-CP) from 15 August 2022, and none before Decree 43 was
 * issued (13 June 2011). Decree 43's own effective date is not verified, so
 * every day from its issue counts as under it.
 *
 * @param date - a `Date` (read in local time) or an ISO date string.
 * @returns the levels of the scheme in force, in order; empty before 13 June 2011.
 * @throws {@link vn-dx!DxError} `INVALID_DATE` for a malformed or impossible date.
 *
 * @example
 * ```ts
 * import { serviceLevelsAt } from 'vn-dx/framework';
 *
 * serviceLevelsAt('2022-08-14').length; // 4
 * serviceLevelsAt('2022-08-15').map((level) => level.id); // ['full-process', 'partial']
 * serviceLevelsAt('2010-01-01'); // []
 * ```
 *
 * @category Data
 */
export function serviceLevelsAt(date: DateInput): readonly ServiceLevel[] {
  const day = toIsoDay(date, 'date');
  if (day < D43.issued) return EMPTY;
  return day < D42.validFrom ? DECREE_43_LEVELS : DECREE_42_LEVELS;
}
