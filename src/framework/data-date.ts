// How current the national framework data is: one date, kept equal by a test
// to the newest date its records cite.

/**
 * The data date of `vn-dx/framework`: the publication day of the newest
 * source its records cite (the national sources, documents, targets and
 * series, and the other indices' results). A figure published after it is not
 * in the tables. Here, GSO's estimate of the 2025 digital-economy share as
 * VietnamPlus repeated it on 18 January 2026. `vn-dx --version` prints it.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_DATA_DATE } from 'vn-dx/framework';
 *
 * FRAMEWORK_DATA_DATE; // '2026-01-18'
 * ```
 *
 * @category Data
 */
export const FRAMEWORK_DATA_DATE = '2026-01-18';
