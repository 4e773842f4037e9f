/**
 * The province tables of both eras and their sources. The lookup functions
 * (`getProvince`, `findProvince`, …) are also exported from `vn-dx` itself.
 *
 * @module vn-dx/provinces
 */

export type { Label } from './model/label.js';
export type { EraSpan } from './provinces/eras.js';
export { ERAS } from './provinces/eras.js';
export { predecessorsOf, successorOf } from './provinces/lineage.js';
export type { AtOptions } from './provinces/lookup.js';
export {
  eraAt,
  findProvince,
  getProvince,
  PROVINCES_AS_OF,
  PROVINCES_FROM,
  provincesAt,
} from './provinces/lookup.js';
export type { Era, Province, ProvinceKind } from './provinces/province.js';
export type { MacroRegion, MacroRegionId, Region, RegionId } from './provinces/regions.js';
export { findRegion, getRegion, MACRO_REGIONS, REGIONS } from './provinces/regions.js';
export type {
  ProvinceMatch,
  ProvinceMatchReason,
  SearchProvincesOptions,
} from './provinces/search.js';
export { searchProvinces } from './provinces/search.js';
export type { ProvinceDataSources } from './provinces/tables.js';
export {
  PROVINCE_DATA_SOURCES,
  PROVINCE_RECORDS,
  PROVINCES_34,
  PROVINCES_63,
} from './provinces/tables.js';
