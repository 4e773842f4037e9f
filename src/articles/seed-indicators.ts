// Indicators the seed dataset needs that the built-in catalogue
// (framework/indicators.ts) does not hold. Each is used by at least one seed
// record; move one into the catalogue and delete it here, not both.
import { deepFreeze } from '../internal/freeze.js';
import type { IndicatorDefinition } from '../model/indicator.js';

/**
 * The indicators the seed dataset uses beyond the built-in catalogue
 * (`INDICATORS` in `vn-dx/framework`); they travel in the dataset's own
 * `indicators` list. There is one: the national count of provinces graded A
 * for readiness to ensure network information security, reported by the
 * Thái Nguyên article.
 *
 * @example
 * ```ts
 * import { SEED_INDICATORS } from 'vn-dx/seed';
 *
 * SEED_INDICATORS.map((indicator) => indicator.id); // ['found.cybersecurity.readiness-grade-a-provinces.count']
 * SEED_INDICATORS[0]?.unit; // 'count'
 * ```
 *
 * @category Data
 */
export const SEED_INDICATORS: readonly IndicatorDefinition[] = deepFreeze([
  {
    id: 'found.cybersecurity.readiness-grade-a-provinces.count',
    pillar: 'foundation',
    label: {
      vi: 'Số tỉnh, thành phố xếp loại A về mức độ sẵn sàng bảo đảm an toàn thông tin mạng',
      en: 'Provinces graded A for readiness to ensure network information security',
    },
    unit: 'count',
    direction: 'higher-is-better',
    bounds: { min: 0 },
    legalBasis: [],
    note: 'A national count. The source names neither the body that grades the provinces nor the year assessed.',
  },
] satisfies IndicatorDefinition[]);
