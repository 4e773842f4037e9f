import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import {
  DOCUMENT_ISSUERS,
  DOCUMENT_TYPES,
  formatDocumentNumber,
  parseDocumentNumber,
} from '../../src/vi/document-number.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['553/CTr-UBND', { number: '553', type: 'CTr', issuer: 'UBND', party: false }],
    ['749/QĐ-TTg', { number: '749', type: 'QĐ', issuer: 'TTg', party: false }],
    ['749/QD-TTg', { number: '749', type: 'QĐ', issuer: 'TTg', party: false }],
    ['04-NQ/TU', { number: '04', type: 'NQ', issuer: 'TU', party: true }],
    ['39/NQ-HĐND', { number: '39', type: 'NQ', issuer: 'HĐND', party: false }],
    ['42/2022/NĐ-CP', { number: '42', year: 2022, type: 'NĐ', issuer: 'CP', party: false }],
    ['202/2025/QH15', { number: '202', year: 2025, issuer: 'QH15', party: false }],
    ['1314/NQ-UBTVQH15', { number: '1314', type: 'NQ', issuer: 'UBTVQH15', party: false }],
    ['915/CTK-CSCL', { number: '915', issuer: 'CTK', unit: 'CSCL', party: false }],
    ['Quyết định số 749/QĐ-TTg', { number: '749', type: 'QĐ', issuer: 'TTg', party: false }],
    [
      'Nghị quyết số 202/2025/QH15',
      { number: '202', year: 2025, type: 'NQ', typeFromTitle: true, issuer: 'QH15', party: false },
    ],
    [
      'Kế hoạch 12/UBND-VP',
      { number: '12', type: 'KH', typeFromTitle: true, issuer: 'UBND', unit: 'VP', party: false },
    ],
    ['số 60-NQ/TW', { number: '60', type: 'NQ', issuer: 'TW', party: true }],
    ['  42 / 2022 / NĐ-CP ', { number: '42', year: 2022, type: 'NĐ', issuer: 'CP', party: false }],
  ])('%j', (text, parts) => {
    const parsed = parseDocumentNumber(text);
    const { typeName, issuerName, ...rest } = parsed;
    expect(rest).toEqual(parts);
    if (parsed.type) expect(typeName).toBe(DOCUMENT_TYPES[parsed.type]);
  });

  it('names known issuers, with a term suffix', () => {
    expect(parseDocumentNumber('202/2025/QH15').issuerName).toBe(DOCUMENT_ISSUERS.QH);
    expect(parseDocumentNumber('749/QĐ-TTg').issuerName?.vi).toBe('Thủ tướng Chính phủ');
    expect(parseDocumentNumber('5/QĐ-XYZ').issuerName).toBeUndefined();
  });

  it.each([
    '',
    '749',
    'QĐ-TTg',
    '749/',
    '04-XX/TU',
    'Công văn vui 12/UBND-VP',
    'Quyết định số 553/CTr-UBND',
    '749/QĐ TTg',
  ])('rejects %j', (text) => {
    expect(() => parseDocumentNumber(text)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DOCUMENT_NUMBER' }),
    );
  });

  it('rejects non-strings', () => {
    expect(() => parseDocumentNumber(749 as unknown as string)).toThrowError(DxError);
  });

  it.each([
    [749, 'text: expected a document number as text, got 749.'],
    ['', '"" is not a document number such as 749/QĐ-TTg, 42/2022/NĐ-CP or 04-NQ/TU.'],
    [
      'Quyết định 749/CT-TTg',
      '"Quyết định 749/CT-TTg": "Quyết định" contradicts the type code CT.',
    ],
    [
      'Kế hoạch abc 5/KH-UBND',
      '"Kế hoạch abc 5/KH-UBND": "Kế hoạch abc" is not a document type vn-dx knows.',
    ],
  ])('says what is wrong with %j', (text, message) => {
    expect(() => parseDocumentNumber(text as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DOCUMENT_NUMBER', message }),
    );
  });

  it('reads decomposed Unicode and keeps unknown issuers as written', () => {
    const decomposed = 'Quyết định 749/QĐ-TTg'.normalize('NFD');
    expect(parseDocumentNumber(decomposed)).toMatchObject({ type: 'QĐ', issuer: 'TTg' });
    expect(parseDocumentNumber('5/QĐ-XYZ')).toMatchObject({ number: '5', issuer: 'XYZ' });
    expect(parseDocumentNumber('12/QĐ-UBND2')).toMatchObject({
      issuer: 'UBND2',
      issuerName: DOCUMENT_ISSUERS.UBND,
    });
  });
});

describe('formatDocumentNumber', () => {
  it.each([
    '553/CTr-UBND',
    '749/QĐ-TTg',
    '04-NQ/TU',
    '39/NQ-HĐND',
    '42/2022/NĐ-CP',
    '202/2025/QH15',
    'Nghị quyết 202/2025/QH15',
    '1314/NQ-UBTVQH15',
    '915/CTK-CSCL',
    '19/2025/QĐ-TTg',
  ])('writes %j back unchanged', (text) => {
    expect(formatDocumentNumber(parseDocumentNumber(text))).toBe(text);
  });

  it('round-trips generated numbers (property)', () => {
    const types = Object.keys(DOCUMENT_TYPES);
    const issuers = ['UBND', 'TTg', 'CP', 'HĐND', 'BTTTT', 'TU', 'TW'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
        fc.constantFrom(...types),
        fc.constantFrom(...issuers),
        fc.boolean(),
        (n, year, type, issuer, party) => {
          const text = party
            ? `${n}-${type}/${issuer}`
            : `${n}/${year === undefined ? '' : `${year}/`}${type}-${issuer}`;
          expect(formatDocumentNumber(parseDocumentNumber(text))).toBe(text);
        },
      ),
      { seed: 31, numRuns: 500 },
    );
  });

  it('rejects a type to be written as a title that it cannot name', () => {
    expect(() =>
      formatDocumentNumber({
        number: '1',
        type: 'XX' as never,
        issuer: 'UBND',
        typeFromTitle: true,
        party: false,
      }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_DOCUMENT_NUMBER',
        message:
          'type: "XX" is not a document type code vn-dx can write as a title (such as QĐ or NQ).',
      }),
    );
  });

  it('writes the type from the title only when the number carries none', () => {
    expect(
      formatDocumentNumber({
        number: '749',
        type: 'QĐ',
        issuer: 'TTg',
        typeFromTitle: true,
        party: false,
      }),
    ).toBe('Quyết định 749/TTg');
    expect(
      formatDocumentNumber({
        number: '749',
        type: 'QĐ',
        issuer: 'TTg',
        typeFromTitle: false,
        party: false,
      }),
    ).toBe('749/QĐ-TTg');
    expect(
      formatDocumentNumber({ number: '749', issuer: 'TTg', typeFromTitle: true, party: false }),
    ).toBe('749/TTg');
  });

  it.each([null, { number: 5, issuer: 'TTg' }, { number: '5', issuer: 7 }, 'text'])(
    'rejects %j as parts',
    (parts) => {
      expect(() => formatDocumentNumber(parts as never)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_DOCUMENT_NUMBER',
          message: expect.stringMatching(
            /^document: expected document-number parts \{ number, issuer, … \}, got /,
          ),
        }),
      );
    },
  );

  it('reads an issuer typed without Đ as the known one, and no other code as known', () => {
    const council = parseDocumentNumber('39/NQ-HDND');
    expect(council.issuer).toBe('HĐND');
    expect(council.issuerName).toEqual(DOCUMENT_ISSUERS.HĐND);
    for (const written of ['39/NQ-HĐND', '39/NQ-hđnd'])
      expect(parseDocumentNumber(written)).toMatchObject({
        issuer: 'HĐND',
        issuerName: DOCUMENT_ISSUERS.HĐND,
      });
    const odd = parseDocumentNumber('12/NQ-Q1H');
    expect(odd.issuer).toBe('Q1H');
    expect(odd.issuerName).toBeUndefined();
  });

  it('writes a type given with a letter unit only when it came from a title, and any type code', () => {
    expect(
      formatDocumentNumber({
        number: '915',
        type: 'QĐ',
        issuer: 'CTK',
        unit: 'CSCL',
        party: false,
      }),
    ).toBe('915/CTK-CSCL');
    expect(
      formatDocumentNumber({ number: '5', type: 'XYZ' as 'QĐ', issuer: 'UBND', party: false }),
    ).toBe('5/XYZ-UBND');
  });

  it('names an undefined document and a Party number without a type', () => {
    const missing = dxErrorOf(() => formatDocumentNumber(undefined as never));
    expect(missing.code).toBe('INVALID_DOCUMENT_NUMBER');
    expect(missing.issues[0]?.path).toEqual(['document']);
    const party = dxErrorOf(() => formatDocumentNumber({ number: '4', issuer: 'TU', party: true }));
    expect(party.code).toBe('INVALID_DOCUMENT_NUMBER');
    expect(party.message).toBe('A Party document number needs a type.');
    expect(party.issues[0]?.path).toEqual([]);
  });

  it('rejects incomplete parts', () => {
    expect(() => formatDocumentNumber({ number: '4', issuer: 'TU', party: true })).toThrowError(
      /needs a type/,
    );
    expect(() => formatDocumentNumber(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DOCUMENT_NUMBER' }),
    );
  });

  it('returns parts or a DxError for any string (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        try {
          expect(typeof parseDocumentNumber(text).number).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(DxError);
        }
      }),
      { seed: 37, numRuns: 1000 },
    );
    expect(() => parseDocumentNumber(`${'1'.repeat(100_000)}/${'Q'.repeat(100_000)}`)).toThrowError(
      DxError,
    );
  });
});
