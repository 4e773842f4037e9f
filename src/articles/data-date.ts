// How current the seed articles are: the date of the newest article.

/**
 * The data date of `vn-dx/seed`: the publication date of its newest article
 * (VietTimes on Quảng Nam, April 2023), as precisely as the article gives it.
 * The seed is a fixed set of five articles; for newer figures see
 * `vn-dx/dti` and `vn-dx/framework`. `vn-dx --version` prints it.
 *
 * @example
 * ```ts
 * import { SEED_DATA_DATE } from 'vn-dx/seed';
 *
 * SEED_DATA_DATE; // '2023-04'
 * ```
 *
 * @category Data
 */
export const SEED_DATA_DATE = '2023-04';
