import { deepFreeze } from '../internal/freeze.js';
import type { FrameworkNode } from '../model/framework-node.js';
import { DTI_922_WEIGHTS } from './dti-structures.js';

const LABELS: Readonly<Record<keyof typeof DTI_922_WEIGHTS, { vi: string; en: string }>> = {
  'digital-awareness': { vi: 'Nhận thức số', en: 'Digital awareness' },
  'digital-institutions': { vi: 'Thể chế số', en: 'Digital institutions' },
  'digital-infrastructure': { vi: 'Hạ tầng số', en: 'Digital infrastructure' },
  'digital-human-resources': { vi: 'Nhân lực số', en: 'Digital human resources' },
  'cyber-security': { vi: 'An toàn thông tin mạng', en: 'Cyber security' },
  'digital-government-activity': {
    vi: 'Hoạt động chính quyền số',
    en: 'Digital government activities',
  },
  'digital-economy-activity': { vi: 'Hoạt động kinh tế số', en: 'Digital economy activities' },
  'digital-society-activity': { vi: 'Hoạt động xã hội số', en: 'Digital society activities' },
};

/**
 * The provincial DTI of Decision 922/QĐ-BTTTT (editions 2021–2023) as a
 * {@link FrameworkNode} for `compositeIndex`: the overall index is the
 * points-weighted arithmetic mean of the eight scored main indices, whose
 * values (0–1) are used as given. The ninth main index, smart city, is not
 * scored and is left out. Data keys are the main-index ids of
 * {@link DTI_922_WEIGHTS}.
 *
 * @example
 * ```ts
 * import { compositeIndex } from 'vn-dx';
 * import { DTI_922_FRAMEWORK } from 'vn-dx/framework';
 *
 * const daNang2022 = {
 *   'digital-awareness': 1, 'digital-institutions': 0.9, 'digital-infrastructure': 0.8253,
 *   'digital-human-resources': 0.8487, 'cyber-security': 0.7578,
 *   'digital-government-activity': 0.8575, 'digital-economy-activity': 0.7836,
 *   'digital-society-activity': 0.5197,
 * };
 * const [result] = compositeIndex({ '48': daNang2022 }, DTI_922_FRAMEWORK);
 * Math.round((result?.score ?? 0) * 1e4) / 1e4; // 0.8002 (published DTI 2022 value)
 * ```
 *
 * @category Data
 */
export const DTI_922_FRAMEWORK: FrameworkNode = deepFreeze({
  id: 'dti',
  label: {
    vi: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
    en: 'Provincial Digital Transformation Index (DTI)',
  },
  aggregate: { method: 'arithmetic', missing: 'error' },
  children: (Object.keys(DTI_922_WEIGHTS) as (keyof typeof DTI_922_WEIGHTS)[]).map((id) => ({
    id,
    weight: DTI_922_WEIGHTS[id],
    label: LABELS[id],
  })),
} satisfies FrameworkNode);
