// Other provincial indices Vietnamese users compare the DTI with — PCI, PAPI,
// PAR Index and SIPAS — as far as their methodology is published. Their
// published results are in index-results.ts. Nothing here is derived except
// where a record says so.
import * as z from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { LabelSchema } from '../model/label.js';
import { RecordIdSchema } from '../model/source.js';

const Url = z
  .object({
    /** The web address. */
    url: z.string().url(),
  })
  .strict();

/**
 * The published structure of an index other than the DTI: who runs it, what
 * it assesses, its components (with weights where published), its size and
 * scale.
 *
 * @example
 * ```ts
 * import { INDEX_STRUCTURES, IndexStructureSchema } from 'vn-dx/framework';
 *
 * INDEX_STRUCTURES.every((index) => IndexStructureSchema.safeParse(index).success); // true
 * ```
 *
 * @category Model
 */
export const IndexStructureSchema = z
  .object({
    /** Stable id (`pci`, `papi`, `par-index`, `sipas`). */
    id: RecordIdSchema,
    /** The acronym used in rankings (`RankingEntry.index`). */
    acronym: z.string().min(1),
    /** Vietnamese and English name. */
    name: LabelSchema,
    /** Who compiles it. */
    publisher: LabelSchema,
    /** Who is assessed. */
    assesses: z
      .array(z.enum(['province', 'ministry']))
      .min(1)
      .readonly(),
    /** The first edition, where known. */
    firstEdition: z.number().int().min(1990).max(2100).nullable(),
    /** The year the structure described here took effect, where known. */
    structureSince: z.number().int().min(1990).max(2100).nullable(),
    /** The scale of the overall value, where published. */
    scale: z
      .object({
        /** The highest possible value. */
        max: z.number().positive(),
        /** `points` or `percent`. */
        unit: z.enum(['points', 'percent']),
      })
      .strict()
      .nullable(),
    /** The top-level components in published order; empty when not published. */
    components: z
      .array(
        z
          .object({
            /** Vietnamese and English name. */
            label: LabelSchema,
            /** Share of the overall index (0–1), or `null` when not published. */
            weight: z.number().min(0).max(1).nullable(),
          })
          .strict(),
      )
      .readonly(),
    /** Sizes as published; `null` where not found. */
    counts: z
      .object({
        /** Top-level components. */
        components: z.number().int().positive().nullable(),
        /** Second-level components. */
        subComponents: z.number().int().positive().nullable(),
        /** Indicators (chỉ tiêu); a lower bound where the source says "more than". */
        indicators: z.number().int().positive().nullable(),
      })
      .strict(),
    /** `false` when a figure comes from a secondary source only or is derived. */
    verified: z.boolean(),
    /** Caveats, earlier structures, disagreements. */
    note: z.string().optional(),
    /** Where it is described. */
    sources: z.array(Url).min(1).readonly(),
  })
  .strict();

/**
 * The published structure of an index other than the DTI; see {@link IndexStructureSchema}.
 *
 * @category Model
 */
export type IndexStructure = z.infer<typeof IndexStructureSchema>;

const label = (vi: string, en: string) => ({ vi, en });
const component = (vi: string, en: string, weight: number | null = null) => ({
  label: label(vi, en),
  weight,
});

const PCI_WEIGHTS_NOTE =
  'Weights from the VCCI PCI handbook 2016 as reproduced by 123docz.net: the first nine are printed (5, 5, 20, 5, 10, 5, 5, 20, 20%); the tenth (legal institutions, 5%) is derived as the rest of 100% because the reproduction is cut off. The official site describes the composite as a weighted mean of sub-indices scored on a 10-point scale, to a maximum of 100; one of its pages says "nine sub-indices" for the 2014 edition, the others ten.';

/**
 * The structures of the provincial indices users compare the DTI with, as
 * published by their owners or, where marked `verified: false`, by secondary
 * sources:
 *
 * - **PCI** (VCCI, since 2005): 10 sub-indices, each on a 10-point scale,
 *   weighted to a 100-point index.
 * - **PAPI** (CECODES, UNDP and partners, since 2009): 8 dimensions, 28
 *   sub-dimensions, more than 120 indicators since 2018 (6/22/90 before).
 * - **PAR Index** (Ministry of Home Affairs, since Decision 1294/QĐ-BNV of
 *   2012): a percentage; its fields were not read.
 * - **SIPAS** (Ministry of Home Affairs): citizens' satisfaction in percent; in
 *   2023 it asked about 9 groups of public policy.
 *
 * @example
 * ```ts
 * import { INDEX_STRUCTURES } from 'vn-dx/framework';
 *
 * INDEX_STRUCTURES.map((index) => index.acronym); // ['PCI', 'PAPI', 'PAR', 'SIPAS']
 * INDEX_STRUCTURES.find((index) => index.id === 'papi')?.counts; // { components: 8, subComponents: 28, indicators: 120 }
 * ```
 *
 * @category Data
 */
export const INDEX_STRUCTURES: readonly IndexStructure[] = deepFreeze([
  {
    id: 'pci',
    acronym: 'PCI',
    name: label('Chỉ số Năng lực cạnh tranh cấp tỉnh', 'Provincial Competitiveness Index'),
    publisher: label(
      'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)',
      'Vietnam Chamber of Commerce and Industry (VCCI)',
    ),
    assesses: ['province'],
    firstEdition: 2005,
    structureSince: null,
    scale: { max: 100, unit: 'points' },
    components: [
      component('Chi phí gia nhập thị trường', 'Entry costs', 0.05),
      component('Tiếp cận đất đai', 'Land access and security of tenure', 0.05),
      component('Tính minh bạch', 'Transparency and access to information', 0.2),
      component('Chi phí thời gian', 'Time costs of regulatory compliance', 0.05),
      component('Chi phí không chính thức', 'Informal charges', 0.1),
      component('Cạnh tranh bình đẳng', 'Policy bias (equal competition)', 0.05),
      component('Tính năng động của chính quyền tỉnh', 'Proactive provincial leadership', 0.05),
      component('Dịch vụ hỗ trợ doanh nghiệp', 'Business support services', 0.2),
      component('Đào tạo lao động', 'Labour training', 0.2),
      component('Thiết chế pháp lý', 'Legal institutions and law and order', 0.05),
    ],
    counts: { components: 10, subComponents: null, indicators: 128 },
    verified: false,
    note: `${PCI_WEIGHTS_NOTE} The 128 indicators are those of PCI 2020 (shrc.agu.edu.vn). Each sub-index mixes survey answers (60%) and published data (40%), per the same handbook.`,
    sources: [
      { url: 'https://pcivietnam.vn/en/about-us.html' },
      {
        url: 'https://auschamvn.org/information-about-the-provincial-competitiveness-index-pci-program-run-by-vcci/',
      },
      {
        url: 'https://123docz.net/trich-doan/2760790-chi-so-nang-luc-canh-tranh-cua-dia-phuong.htm',
      },
    ],
  },
  {
    id: 'papi',
    acronym: 'PAPI',
    name: label(
      'Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh',
      'Provincial Governance and Public Administration Performance Index',
    ),
    publisher: label(
      'CECODES, Mặt trận Tổ quốc Việt Nam và UNDP',
      'CECODES, the Vietnam Fatherland Front and UNDP',
    ),
    assesses: ['province'],
    firstEdition: 2009,
    structureSince: 2018,
    scale: null,
    components: [
      component('Tham gia của người dân ở cấp cơ sở', 'Participation at local levels'),
      component(
        'Công khai, minh bạch trong việc ra quyết định ở địa phương',
        'Transparency in local decision-making',
      ),
      component('Trách nhiệm giải trình với người dân', 'Vertical accountability'),
      component(
        'Kiểm soát tham nhũng trong khu vực công',
        'Control of corruption in the public sector',
      ),
      component('Thủ tục hành chính công', 'Public administrative procedures'),
      component('Cung ứng dịch vụ công', 'Public service delivery'),
      component('Quản trị môi trường', 'Environmental governance'),
      component('Quản trị điện tử', 'E-governance'),
    ],
    counts: { components: 8, subComponents: 28, indicators: 120 },
    verified: true,
    note: 'Since 2018; "more than 120" indicators, so 120 is a lower bound. From 2009 to 2017 it had 6 dimensions, 22 sub-dimensions and more than 90 indicators. Piloted in 3 provinces in 2009 and 30 in 2010; all 63 from 2011. Dimension weights were not read. The English names are ours.',
    sources: [
      { url: 'https://papi.org.vn/hoi-dap/?title=papi-do-luong-noi-dung-gi' },
      { url: 'http://papi.org.vn/hoi-dap' },
    ],
  },
  {
    id: 'par-index',
    acronym: 'PAR',
    name: label('Chỉ số cải cách hành chính', 'Public Administration Reform Index (PAR Index)'),
    publisher: label('Bộ Nội vụ', 'Ministry of Home Affairs'),
    assesses: ['province', 'ministry'],
    firstEdition: 2012,
    structureSince: null,
    scale: { max: 100, unit: 'percent' },
    components: [],
    counts: { components: null, subComponents: null, indicators: null },
    verified: false,
    note: 'Set by Decision 1294/QĐ-BNV (3 December 2012) and revised in 2016, 2017, 2018, 2019 and 2020; it combines self-assessment and a sociological survey. Its fields and weights were not read; the first edition year is that of the decision. Results are percentages (provincial mean 86.98% in 2023).',
    sources: [
      {
        url: 'https://www.danangbus.vn/tin-tuc/tin-tuc/cac-chi-so-par-index-papi-sipas-va-nhung-dieu-can-biet-5402.html',
      },
      {
        url: 'https://m.baogialai.com.vn/gia-lai-dung-dau-khu-vuc-tay-nguyen-ve-chi-so-sipas-post274056.amp',
      },
    ],
  },
  {
    id: 'sipas',
    acronym: 'SIPAS',
    name: label(
      'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      'Satisfaction Index of Public Administrative Services (SIPAS)',
    ),
    publisher: label('Bộ Nội vụ', 'Ministry of Home Affairs'),
    assesses: ['province'],
    firstEdition: null,
    structureSince: 2022,
    scale: { max: 100, unit: 'percent' },
    components: [],
    counts: { components: 9, subComponents: null, indicators: null },
    verified: false,
    note: 'From 2022 it measures satisfaction with both public policy and administrative services; in 2023 people rated 9 groups of public policy (economic development, medical care, general education, domestic water, household electricity, public order and safety, road traffic, social security, administrative reform). The 9 is that count; other components were not read.',
    sources: [
      {
        url: 'https://m.baogialai.com.vn/gia-lai-dung-dau-khu-vuc-tay-nguyen-ve-chi-so-sipas-post274056.amp',
      },
    ],
  },
] satisfies IndexStructure[]);
