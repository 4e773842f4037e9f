/**
 * The commune tier of local government: every commune-level unit (xã, phường, thị trấn, đặc
 * khu) of 30 June 2025 and from 1 July 2025, with their districts and the old→new mapping of
 * the 2025 reform; time-anchored lookup, lineage, a picker search, and free-text address
 * conversion. A separate entry point, so that importing `vn-dx` does not load the tables.
 *
 * @module vn-dx/communes
 */

export type {
  AddressCandidate,
  AddressNotFound,
  AddressReason,
  AddressStatus,
  ConvertAddressOptions,
  ConvertedAddress,
} from './communes/address.js';
export { convertAddress } from './communes/address.js';
export type { CheckCommunesOptions, CommuneFinding } from './communes/check.js';
export { checkCommunes } from './communes/check.js';
export type {
  Commune,
  CommuneDistrict,
  CommuneKind,
  CommuneLink,
  DistrictKind,
} from './communes/commune.js';
export type { FindCommuneOptions, FindFormerCommuneOptions } from './communes/find.js';
export { findCommune, findFormerCommune } from './communes/find.js';
export { communePredecessors, communeSuccessors } from './communes/lineage.js';
export type { CommuneAtOptions } from './communes/lookup.js';
export { COMMUNES_AS_OF, communesAt, communesOf, getCommune } from './communes/lookup.js';
export type { CommuneMatch, SearchCommunesOptions } from './communes/search.js';
export { searchCommunes } from './communes/search.js';
export {
  CommuneCodeSchema,
  CommuneDistrictSchema,
  CommuneKindSchema,
  CommuneLinkSchema,
  CommuneSchema,
  DistrictKindSchema,
} from './model/commune.js';
