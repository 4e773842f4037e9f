/**
 * The seed dataset: every fact of the five source articles, typed and cited.
 *
 * **Placeholder.** Until the seed issue lands this entry exports an empty but
 * typed dataset, so that imports and types are stable from the first release.
 *
 * @module vn-dx/seed
 */

/**
 * The seed dataset. Currently empty: the records arrive with the seed-dataset
 * release; the shape is final.
 *
 * @example
 * ```ts
 * import { seedDataset } from 'vn-dx/seed';
 *
 * seedDataset.observations.length; // 0
 * ```
 *
 * @category Data
 */
export const seedDataset = Object.freeze({
  sources: Object.freeze([] as const),
  documents: Object.freeze([] as const),
  observations: Object.freeze([] as const),
  targets: Object.freeze([] as const),
  rankings: Object.freeze([] as const),
});
