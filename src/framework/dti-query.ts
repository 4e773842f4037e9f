// Looking up the DTI scheme of an edition.
import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import type { DtiStructure } from './dti-schemas.js';
import { DTI_STRUCTURES } from './dti-structures.js';

/**
 * The DTI scheme used for an edition (the year assessed).
 *
 * @param edition - the edition year, e.g. `2022` (published in 2023).
 * @returns the structure, or `undefined` for an edition not covered (before 2020, or after 2024).
 * @throws {@link vn-dx!DxError} `INVALID_ARGUMENT` when `edition` is not a whole number.
 *
 * @example
 * ```ts
 * import { dtiStructureFor } from 'vn-dx/framework';
 *
 * dtiStructureFor(2020)?.decision; // '1726/QĐ-BTTTT'
 * dtiStructureFor(2023)?.decision; // '922/QĐ-BTTTT'
 * dtiStructureFor(2019); // undefined
 * ```
 *
 * @category Data
 */
export function dtiStructureFor(edition: number): DtiStructure | undefined {
  if (typeof edition !== 'number' || !Number.isInteger(edition)) {
    throw new DxError(
      'INVALID_ARGUMENT',
      `edition: expected a whole year such as 2022, got ${describe(edition)}.`,
    );
  }
  return DTI_STRUCTURES.find((structure) => structure.editions.includes(edition));
}
