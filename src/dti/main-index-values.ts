// The published values (0–1) of the eight scored main indices, for the
// provinces whose detailed row could be read. Only the top five of DTI 2022
// were: the dti.gov.vn table was cut off after its fifth row.
import * as z from 'zod';
import type { Dti922ScoredIndexId } from '../framework/dti-structures.js';
import { deepFreeze } from '../internal/freeze.js';
import { ProvinceCodeSchema } from '../model/scope.js';

const Value = z.number().min(0).max(1);

/**
 * One province's published main-index values in one DTI edition, keyed by the
 * main-index ids of `DTI_922_WEIGHTS` (`vn-dx/framework`). Each value is that
 * index's points earned over its maximum (0–1), as printed (4 decimals).
 *
 * @example
 * ```ts
 * import { DtiMainIndexValuesSchema, DTI_MAIN_INDEX_VALUES } from 'vn-dx/dti';
 *
 * DtiMainIndexValuesSchema.safeParse(DTI_MAIN_INDEX_VALUES[0]).success; // true
 * DtiMainIndexValuesSchema.safeParse({ ...DTI_MAIN_INDEX_VALUES[0], edition: 1999 }).success; // false
 * ```
 *
 * @category Data
 */
export const DtiMainIndexValuesSchema = z
  .object({
    /** The edition year: the year assessed. */
    edition: z.number().int().min(2020).max(2100),
    /** Province code valid in that edition's era (63-era for 2020–2024). */
    province: ProvinceCodeSchema,
    /** The eight scored main indices, each 0–1. */
    values: z
      .object({
        /** Nhận thức số: digital awareness. */
        'digital-awareness': Value,
        /** Thể chế số: digital institutions. */
        'digital-institutions': Value,
        /** Hạ tầng số: digital infrastructure. */
        'digital-infrastructure': Value,
        /** Nhân lực số: digital human resources. */
        'digital-human-resources': Value,
        /** An toàn thông tin mạng: cyber security. */
        'cyber-security': Value,
        /** Hoạt động chính quyền số: digital government activities. */
        'digital-government-activity': Value,
        /** Hoạt động kinh tế số: digital economy activities. */
        'digital-economy-activity': Value,
        /** Hoạt động xã hội số: digital society activities. */
        'digital-society-activity': Value,
      } satisfies Record<Dti922ScoredIndexId, typeof Value>)
      .strict(),
    /** Where the values are published. */
    source: z
      .object({
        /** The web address of the published table. */
        url: z.string().url(),
      })
      .strict(),
  })
  .strict();

/**
 * A province's main-index values in one edition; see {@link DtiMainIndexValuesSchema}.
 *
 * @category Data
 */
export type DtiMainIndexValues = z.infer<typeof DtiMainIndexValuesSchema>;

const DTI_GOV_2022 = { url: 'https://dti.gov.vn/xep-hang-2022' };

function row2022(
  province: string,
  [awareness, institutions, infrastructure, humanResources, cyber, government, economy, society]: [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ],
): DtiMainIndexValues {
  return {
    edition: 2022,
    province,
    values: {
      'digital-awareness': awareness,
      'digital-institutions': institutions,
      'digital-infrastructure': infrastructure,
      'digital-human-resources': humanResources,
      'cyber-security': cyber,
      'digital-government-activity': government,
      'digital-economy-activity': economy,
      'digital-society-activity': society,
    },
    source: DTI_GOV_2022,
  };
}

/**
 * The published main-index values: the top five of DTI 2022 (Đà Nẵng,
 * Hồ Chí Minh City, Quảng Ninh, Thừa Thiên Huế, Cần Thơ; 63-era codes), from
 * dti.gov.vn. Weighted by `DTI_922_WEIGHTS`, each row reproduces its overall
 * value in `DTI_RESULTS` to within 1e-4 (the inputs are rounded to 4 decimals).
 * No other edition's main-index values were found.
 *
 * @example
 * ```ts
 * import { DTI_MAIN_INDEX_VALUES } from 'vn-dx/dti';
 *
 * DTI_MAIN_INDEX_VALUES.length; // 5
 * DTI_MAIN_INDEX_VALUES[0]?.province; // '48' (Đà Nẵng)
 * DTI_MAIN_INDEX_VALUES[0]?.values['digital-awareness']; // 1
 * ```
 *
 * @category Data
 */
export const DTI_MAIN_INDEX_VALUES: readonly DtiMainIndexValues[] = deepFreeze([
  // Columns: awareness, institutions, infrastructure, human resources, cyber security,
  // digital government / economy / society activity.
  row2022('48', [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197]), // Đà Nẵng, 0.8002
  row2022('79', [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359]), // Hồ Chí Minh City, 0.7163
  row2022('22', [0.9581, 0.9, 0.7648, 0.625, 0.5382, 0.8385, 0.5904, 0.4505]), // Quảng Ninh, 0.7024
  row2022('46', [0.95, 0.9, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001]), // Thừa Thiên Huế, 0.6975
  row2022('92', [0.9, 0.8, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556, 0.2947]), // Cần Thơ, 0.6924
]);
