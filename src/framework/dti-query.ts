import { fail, integerBetween } from '../internal/guards.js';
import { type DtiLevel, DtiLevelSchema, type DtiStructure } from './dti-schemas.js';
import { DTI_STRUCTURES } from './dti-structures.js';

/**
 * The DTI scheme used for an edition (the year assessed) at one level.
 *
 * @param edition - the edition year, e.g. `2022` (published in 2023).
 * @param level - `'province'` (the default), `'ministry'` or `'nation'`.
 * @returns the structure, or `undefined` for an edition or level not covered
 *   (before 2020, after 2024, or a ministerial or national index before 2024).
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `edition` is not a
 *   whole number or `level` is not one of the three levels.
 *
 * @example
 * ```ts
 * import { dtiStructureFor } from 'vn-dx/framework';
 *
 * dtiStructureFor(2020)?.decision; // '1726/QĐ-BTTTT'
 * dtiStructureFor(2023)?.decision; // '922/QĐ-BTTTT'
 * dtiStructureFor(2019); // undefined
 * dtiStructureFor(2024, 'nation')?.totals.components; // 12
 * ```
 *
 * @category Data
 */
export function dtiStructureFor(
  edition: number,
  level: DtiLevel = 'province',
): DtiStructure | undefined {
  integerBetween(edition, 1900, 2100, 'edition');
  if (!DtiLevelSchema.safeParse(level).success) {
    fail('INVALID_ARGUMENT', 'level', `'province', 'ministry' or 'nation'`, level);
  }
  return DTI_STRUCTURES.find(
    (structure) => structure.level === level && structure.editions.includes(edition),
  );
}
