/**
 * vn-dx: typed, validated tools for Vietnam's provincial digital
 * transformation (chuyển đổi số). This entry holds functions, schemas and
 * types, and the small province table the lookups need; datasets live in
 * their own entry points (`vn-dx/seed`, `vn-dx/provinces`).
 *
 * @module vn-dx
 */

export type { DxErrorCode, DxErrorOptions, DxIssue } from './errors.js';
export { DxError, isDxError } from './errors.js';
export type { DateInput } from './internal/dates.js';
export type { Period, SimplePeriod } from './model/period.js';
export {
  DatePeriodSchema,
  HalfPeriodSchema,
  MonthPeriodSchema,
  PeriodSchema,
  QuarterPeriodSchema,
  RangePeriodSchema,
  SimplePeriodSchema,
  YearPeriodSchema,
} from './model/period.js';
export { predecessorsOf, successorOf } from './provinces/lineage.js';
export type { AtOptions } from './provinces/lookup.js';
export {
  eraAt,
  findProvince,
  getProvince,
  PROVINCES_AS_OF,
  provincesAt,
} from './provinces/lookup.js';
export type { Label, MacroRegion, MacroRegionId, Region, RegionId } from './provinces/regions.js';
export { findRegion, getRegion, MACRO_REGIONS, REGIONS } from './provinces/regions.js';
export type { Era, Province, ProvinceKind } from './provinces/types.js';
export type { DocumentNumber, DocumentTypeCode } from './vi/document-number.js';
export {
  DOCUMENT_ISSUERS,
  DOCUMENT_TYPES,
  formatDocumentNumber,
  parseDocumentNumber,
} from './vi/document-number.js';
export { foldVietnamese } from './vi/fold.js';
export type { ViNumberFormatOptions } from './vi/number.js';
export {
  formatRank,
  formatViNumber,
  formatViPercent,
  formatVnd,
  parseViNumber,
} from './vi/number.js';
export type { FormatPeriodOptions } from './vi/period.js';
export { formatPeriod, parsePeriod, toInterval } from './vi/period.js';
export type { Qualifier, Quantity } from './vi/quantity.js';
export { parseQuantity, QUALIFIERS } from './vi/quantity.js';
