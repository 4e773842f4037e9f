// How current the DTI data is: one date, kept equal by a test to the newest
// date its records cite.

/**
 * The data date of `vn-dx/dti`: the publication day of the newest source its
 * records cite (provincial results, pillar results, main-index values and
 * national aggregates). A result published after it is not in the tables:
 * DTI 2024 (published 21 October 2025) is the newest edition, read in reports
 * of 21–22 October 2025. `vn-dx --version` prints it.
 *
 * @example
 * ```ts
 * import { DTI_DATA_DATE } from 'vn-dx/dti';
 *
 * DTI_DATA_DATE; // '2025-10-22'
 * ```
 *
 * @category Data
 */
export const DTI_DATA_DATE = '2025-10-22';
