import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { Label } from '../model/label.js';
import { foldVietnamese } from './fold.js';

/**
 * Type codes of Vietnamese legal and administrative documents (the
 * abbreviations of Decree 30/2020/NĐ-CP, Appendix III, and of Party documents),
 * with their Vietnamese and English names.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from 'vn-dx';
 *
 * DOCUMENT_TYPES.CTr.en; // 'Programme'
 * ```
 *
 * @category Vietnamese text
 */
export const DOCUMENT_TYPES: Readonly<Record<DocumentTypeCode, Label>> = Object.freeze({
  NQ: Object.freeze({ vi: 'Nghị quyết', en: 'Resolution' }),
  QĐ: Object.freeze({ vi: 'Quyết định', en: 'Decision' }),
  CT: Object.freeze({ vi: 'Chỉ thị', en: 'Directive' }),
  KH: Object.freeze({ vi: 'Kế hoạch', en: 'Plan' }),
  CTr: Object.freeze({ vi: 'Chương trình', en: 'Programme' }),
  NĐ: Object.freeze({ vi: 'Nghị định', en: 'Decree' }),
  TT: Object.freeze({ vi: 'Thông tư', en: 'Circular' }),
  QC: Object.freeze({ vi: 'Quy chế', en: 'Regulation' }),
  ĐA: Object.freeze({ vi: 'Đề án', en: 'Scheme' }),
  BC: Object.freeze({ vi: 'Báo cáo', en: 'Report' }),
  TB: Object.freeze({ vi: 'Thông báo', en: 'Notice' }),
  HD: Object.freeze({ vi: 'Hướng dẫn', en: 'Guidance' }),
  KL: Object.freeze({ vi: 'Kết luận', en: 'Conclusion' }),
  TTr: Object.freeze({ vi: 'Tờ trình', en: 'Submission' }),
  CĐ: Object.freeze({ vi: 'Công điện', en: 'Official dispatch' }),
  L: Object.freeze({ vi: 'Luật', en: 'Law' }),
} satisfies Record<DocumentTypeCode, Label>);

/**
 * A document type code such as `QĐ` or `CTr`.
 *
 * @category Vietnamese text
 */
export type DocumentTypeCode =
  | 'NQ'
  | 'QĐ'
  | 'CT'
  | 'KH'
  | 'CTr'
  | 'NĐ'
  | 'TT'
  | 'QC'
  | 'ĐA'
  | 'BC'
  | 'TB'
  | 'HD'
  | 'KL'
  | 'TTr'
  | 'CĐ'
  | 'L';

/**
 * Issuer codes that appear in document numbers, with their names. A numeric
 * suffix is a term (`QH15`: the 15th National Assembly).
 *
 * @example
 * ```ts
 * import { DOCUMENT_ISSUERS } from 'vn-dx';
 *
 * DOCUMENT_ISSUERS.TTg.vi; // 'Thủ tướng Chính phủ'
 * ```
 *
 * @category Vietnamese text
 */
export const DOCUMENT_ISSUERS: Readonly<Record<DocumentIssuerCode, Label>> = Object.freeze({
  TTg: Object.freeze({ vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' }),
  CP: Object.freeze({ vi: 'Chính phủ', en: 'Government' }),
  QH: Object.freeze({ vi: 'Quốc hội', en: 'National Assembly' }),
  UBTVQH: Object.freeze({
    vi: 'Ủy ban Thường vụ Quốc hội',
    en: 'Standing Committee of the National Assembly',
  }),
  TW: Object.freeze({ vi: 'Ban Chấp hành Trung ương Đảng', en: 'Party Central Committee' }),
  TU: Object.freeze({ vi: 'Tỉnh ủy', en: 'Provincial Party Committee' }),
  UBND: Object.freeze({ vi: 'Ủy ban nhân dân', en: "People's Committee" }),
  HĐND: Object.freeze({ vi: 'Hội đồng nhân dân', en: "People's Council" }),
  BTTTT: Object.freeze({
    vi: 'Bộ Thông tin và Truyền thông',
    en: 'Ministry of Information and Communications',
  }),
  BKHCN: Object.freeze({
    vi: 'Bộ Khoa học và Công nghệ',
    en: 'Ministry of Science and Technology',
  }),
  BCĐ: Object.freeze({ vi: 'Ban Chỉ đạo', en: 'Steering Committee' }),
  STTTT: Object.freeze({
    vi: 'Sở Thông tin và Truyền thông',
    en: 'Department of Information and Communications',
  }),
  CTK: Object.freeze({ vi: 'Cục Thống kê', en: 'Statistics Office' }),
} satisfies Record<string, Label>);

/**
 * Issuer codes vn-dx knows the names of; see {@link DOCUMENT_ISSUERS}.
 *
 * @category Vietnamese text
 */
export type DocumentIssuerCode =
  | 'TTg'
  | 'CP'
  | 'QH'
  | 'UBTVQH'
  | 'TW'
  | 'TU'
  | 'UBND'
  | 'HĐND'
  | 'BTTTT'
  | 'BKHCN'
  | 'BCĐ'
  | 'STTTT'
  | 'CTK';

/**
 * A document number broken into its parts.
 *
 * @category Vietnamese text
 */
export interface DocumentNumber {
  /** The serial number as written, leading zeros kept (`'04'`). */
  readonly number: string;
  /** The year, when the number carries one (`42/2022/NĐ-CP`). */
  readonly year?: number;
  /** The type code, when the number or a leading word gives one. */
  readonly type?: DocumentTypeCode;
  /** The issuer code as written (`'UBND'`, `'QH15'`, `'BTTTT'`). */
  readonly issuer: string;
  /** The issuing unit below the issuer, for letters such as `915/CTK-CSCL`. */
  readonly unit?: string;
  /** Whether it is a Party document (`04-NQ/TU`), numbered type-before-issuer with a hyphen. */
  readonly party: boolean;
  /** `true` when the type came from a leading word (`Nghị quyết số …`), not from the number. */
  readonly typeFromTitle?: boolean;
  /** The type's Vietnamese and English names. */
  readonly typeName?: Label;
  /** The issuer's Vietnamese and English names, when vn-dx knows the code. */
  readonly issuerName?: Label;
}

// Codes are matched on a key without diacritics, so QD and QĐ both read as QĐ.
const TYPE_BY_KEY = new Map<string, DocumentTypeCode>(
  (Object.keys(DOCUMENT_TYPES) as DocumentTypeCode[]).map((code) => [asciiKey(code), code]),
);
const TYPE_BY_WORD = new Map<string, DocumentTypeCode>(
  (Object.entries(DOCUMENT_TYPES) as [DocumentTypeCode, Label][]).map(([code, label]) => [
    foldVietnamese(label.vi),
    code,
  ]),
);
const ISSUER_BY_KEY = new Map<string, DocumentIssuerCode>(
  (Object.keys(DOCUMENT_ISSUERS) as DocumentIssuerCode[]).map((code) => [asciiKey(code), code]),
);

function asciiKey(code: string): string {
  return code
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'D')
    .toUpperCase();
}

const STATE = /^(\d+[a-z]?)\/(?:(\d{4})\/)?([\p{L}]+)-([\p{L}\d]+)$/u;
const STATE_NO_TYPE = /^(\d+[a-z]?)\/(\d{4})\/([\p{L}]+\d*)$/u;
const PARTY = /^(\d+[a-z]?)-([\p{L}]+)\/([\p{L}\d]+)$/u;
const LEADING_WORDS = /^(.*?)\s*(?:số\s*|so\s*)?(?=\d)/iu;

function issuerParts(code: string): Pick<DocumentNumber, 'issuer' | 'issuerName'> {
  const known = ISSUER_BY_KEY.get(asciiKey(code).replace(/\d+$/, ''));
  // Stryker disable next-line Regex: no known issuer code has a digit, so a known code's first digits are its last.
  const issuer = known ? `${known}${code.match(/\d+$/)?.[0] ?? ''}` : code;
  return known ? { issuer, issuerName: DOCUMENT_ISSUERS[known] } : { issuer };
}

/**
 * Reads a Vietnamese document number: state documents `553/CTr-UBND`,
 * `749/QĐ-TTg`, `39/NQ-HĐND`, `42/2022/NĐ-CP`, `202/2025/QH15`; Party
 * documents `04-NQ/TU`; letters such as `915/CTK-CSCL`. A leading
 * `Quyết định số`, `Nghị quyết số`… is accepted and gives the type when the
 * number has none. Codes typed without `Đ` (`QD-TTg`) are read as written
 * with it.
 *
 * @param text - the document number as written.
 * @returns its parts, with the type's and issuer's names when known.
 * @throws {@link DxError} `INVALID_DOCUMENT_NUMBER` when the text is not a
 *   document number, or when a leading word contradicts the type code.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from 'vn-dx';
 *
 * parseDocumentNumber('553/CTr-UBND').type; // 'CTr'
 * parseDocumentNumber('Quyết định số 749/QĐ-TTg').issuerName?.en; // 'Prime Minister'
 * parseDocumentNumber('42/2022/NĐ-CP').year; // 2022
 * parseDocumentNumber('04-NQ/TU').party; // true
 * parseDocumentNumber('Nghị quyết 202/2025/QH15').type; // 'NQ'
 * ```
 *
 * @category Vietnamese text
 */
export function parseDocumentNumber(text: string): DocumentNumber {
  if (typeof text !== 'string') {
    fail('INVALID_DOCUMENT_NUMBER', 'text', 'a document number as text', text);
  }
  // Stryker disable next-line MethodExpression: without trim the same: the lead's lazy words skip leading spaces, and the body loses every space.
  const source = text.normalize('NFC').trim();
  const lead = LEADING_WORDS.exec(source);
  // Stryker disable next-line MethodExpression,OptionalChaining: the words end before the spaces (\s* is greedy after a lazy group) and start after them (source is trimmed); group 1 takes part in every match.
  const words = lead?.[1]?.trim() ?? '';
  // Stryker disable next-line Regex: removing spaces one by one or by runs gives the same body.
  const body = source.slice(lead?.[0].length ?? 0).replace(/\s+/g, '');
  // Stryker disable next-line ConditionalExpression,StringLiteral: no type is named '' (TYPE_BY_WORD.get of a folded '' is undefined); the test spares a fold.
  const wordType = words === '' ? undefined : TYPE_BY_WORD.get(foldVietnamese(words));
  if (words !== '' && wordType === undefined) {
    raise(
      'INVALID_DOCUMENT_NUMBER',
      '',
      `${describe(text)}: "${words}" is not a document type vn-dx knows`,
    );
  }
  const parsed = readBody(body);
  if (!parsed) {
    raise(
      'INVALID_DOCUMENT_NUMBER',
      '',
      `${describe(text)} is not a document number such as 749/QĐ-TTg, 42/2022/NĐ-CP or 04-NQ/TU`,
    );
  }
  if (wordType && parsed.type && wordType !== parsed.type) {
    raise(
      'INVALID_DOCUMENT_NUMBER',
      '',
      `${describe(text)}: "${words}" contradicts the type code ${parsed.type}`,
    );
  }
  if (parsed.type !== undefined || wordType === undefined) return parsed;
  return { ...parsed, type: wordType, typeFromTitle: true, typeName: DOCUMENT_TYPES[wordType] };
}

function readBody(body: string): DocumentNumber | undefined {
  // Each `?? ''` below is for the type only: every group it reads takes part in every match.
  // Stryker disable StringLiteral: see above.
  let match = PARTY.exec(body);
  if (match) {
    const type = TYPE_BY_KEY.get(asciiKey(match[2] ?? ''));
    if (!type) return undefined;
    return {
      number: match[1] ?? '',
      type,
      typeName: DOCUMENT_TYPES[type],
      ...issuerParts(match[3] ?? ''),
      party: true,
    };
  }
  match = STATE.exec(body);
  if (match) {
    const year = match[2] === undefined ? {} : { year: Number(match[2]) };
    const type = TYPE_BY_KEY.get(asciiKey(match[3] ?? ''));
    if (type) {
      return {
        number: match[1] ?? '',
        ...year,
        type,
        typeName: DOCUMENT_TYPES[type],
        ...issuerParts(match[4] ?? ''),
        party: false,
      };
    }
    // No type code: a letter (công văn) numbered issuer-unit, e.g. 915/CTK-CSCL.
    return {
      number: match[1] ?? '',
      ...year,
      ...issuerParts(match[3] ?? ''),
      unit: match[4] ?? '',
      party: false,
    };
  }
  match = STATE_NO_TYPE.exec(body);
  if (match) {
    return {
      number: match[1] ?? '',
      year: Number(match[2]),
      ...issuerParts(match[3] ?? ''),
      party: false,
    };
  }
  // Stryker restore StringLiteral
  return undefined;
}

/**
 * Writes a document number in its canonical form; the inverse of
 * {@link parseDocumentNumber} (a type that came only from a leading word is
 * written as that word).
 *
 * @param document - the parts, as {@link parseDocumentNumber} returns them.
 * @returns the number as text.
 * @throws {@link DxError} `INVALID_DOCUMENT_NUMBER` when required parts are missing,
 *   or when a type to be written as its title is not a known type code.
 *
 * @example
 * ```ts
 * import { formatDocumentNumber, parseDocumentNumber } from 'vn-dx';
 *
 * formatDocumentNumber(parseDocumentNumber('749/QD-TTg')); // '749/QĐ-TTg'
 * formatDocumentNumber(parseDocumentNumber('Nghị quyết số 202/2025/QH15')); // 'Nghị quyết 202/2025/QH15'
 * ```
 *
 * @category Vietnamese text
 */
export function formatDocumentNumber(document: DocumentNumber): string {
  if (
    typeof document !== 'object' ||
    document === null ||
    typeof document.number !== 'string' ||
    typeof document.issuer !== 'string'
  ) {
    fail(
      'INVALID_DOCUMENT_NUMBER',
      'document',
      'document-number parts { number, issuer, … }',
      document,
    );
  }
  const { number, year, type, issuer, unit, party, typeFromTitle } = document;
  if (party) {
    if (type === undefined)
      raise('INVALID_DOCUMENT_NUMBER', '', 'A Party document number needs a type');
    return `${number}-${type}/${issuer}`;
  }
  // A type written as its title must be one vn-dx can name (Nghị quyết for NQ).
  if (typeFromTitle === true && type !== undefined && !Object.hasOwn(DOCUMENT_TYPES, type))
    raise(
      'INVALID_DOCUMENT_NUMBER',
      'type',
      `${describe(type)} is not a document type code vn-dx can write as a title (such as QĐ or NQ)`,
    );
  const yearPart = year === undefined ? '' : `${year}/`;
  const title = type !== undefined && typeFromTitle === true ? `${DOCUMENT_TYPES[type].vi} ` : '';
  if (unit !== undefined) return `${title}${number}/${yearPart}${issuer}-${unit}`;
  if (type === undefined || typeFromTitle === true) return `${title}${number}/${yearPart}${issuer}`;
  return `${number}/${yearPart}${type}-${issuer}`;
}
