/**
 * Vietnamese text: numbers, percentages and amounts in đồng written and read the Vietnamese way,
 * quantities and periods as reports write them, document numbers, folding diacritics, and errors
 * rendered in Vietnamese or English. Everything here is also exported by `vn-dx`; this entry
 * gathers the Vietnamese-text functions so that a reader can browse them as one domain.
 *
 * @module vn-dx/vi
 */

export type { DocumentIssuerCode, DocumentNumber, DocumentTypeCode } from './vi/document-number.js';
export {
  DOCUMENT_ISSUERS,
  DOCUMENT_TYPES,
  formatDocumentNumber,
  parseDocumentNumber,
} from './vi/document-number.js';
export { foldVietnamese } from './vi/fold.js';
export type { FormatErrorOptions } from './vi/format-error.js';
export { formatError, formatIssue, formatMessage } from './vi/format-error.js';
export type { ViNumberFormatOptions } from './vi/number.js';
export {
  formatRank,
  formatViNumber,
  formatViPercent,
  formatVnd,
  parseViNumber,
} from './vi/number.js';
export type { FormatPeriodOptions } from './vi/period-text.js';
export { formatPeriod, parsePeriod, toInterval } from './vi/period-text.js';
export type { Quantity } from './vi/quantity.js';
export { formatQuantity, parseQuantity } from './vi/quantity.js';
