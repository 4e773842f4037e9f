import * as z from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import type { Label } from './label.js';
import { PILLAR_IDS } from './pillar-ids.js';

/**
 * The three pillars of Vietnam's digital transformation (Decision 749/QĐ-TTg)
 * and `foundation`, the DTI's enabling components (awareness, institutions,
 * infrastructure, human resources, cyber-security) that serve all three.
 *
 * @example
 * ```ts
 * import { PillarIdSchema } from 'vn-dx';
 *
 * PillarIdSchema.options; // ['government', 'economy', 'society', 'foundation']
 * ```
 *
 * @category Model
 */
export const PillarIdSchema = z.enum(PILLAR_IDS);

/**
 * `government` (chính quyền số), `economy` (kinh tế số), `society` (xã hội
 * số), or `foundation` (nền tảng).
 *
 * @category Model
 */
export type PillarId = z.infer<typeof PillarIdSchema>;

/**
 * A pillar with its labels.
 *
 * @category Model
 */
export interface Pillar {
  /** Stable identifier. */
  readonly id: PillarId;
  /** Vietnamese and English name. */
  readonly name: Label;
  /** One sentence on what it covers, in English. */
  readonly description: string;
}

/**
 * The pillars in their usual order, foundation last.
 *
 * @example
 * ```ts
 * import { PILLARS } from 'vn-dx';
 *
 * PILLARS.map((pillar) => pillar.name.vi); // ['Chính quyền số', 'Kinh tế số', 'Xã hội số', 'Nền tảng']
 * ```
 *
 * @category Model
 */
export const PILLARS: readonly Pillar[] = deepFreeze([
  {
    id: 'government',
    name: { vi: 'Chính quyền số', en: 'Digital government' },
    description:
      'Online public services, online dossiers, electronic documents and digital signatures, shared data and platforms.',
  },
  {
    id: 'economy',
    name: { vi: 'Kinh tế số', en: 'Digital economy' },
    description:
      "The digital economy's share of output, digital businesses, e-commerce and cashless payment.",
  },
  {
    id: 'society',
    name: { vi: 'Xã hội số', en: 'Digital society' },
    description:
      'Broadband and smartphones in homes, digital skills, e-payment accounts, digital identity.',
  },
  {
    id: 'foundation',
    name: { vi: 'Nền tảng', en: 'Foundation' },
    description:
      'Enablers that serve all pillars: awareness, institutions, infrastructure, human resources, cyber-security.',
  },
] satisfies Pillar[]);
