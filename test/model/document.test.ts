import { describe, expect, it } from 'vitest';
import { LegalDocumentSchema, ProgrammeSchema } from '../../src/model/document.js';

const document = {
  id: 'ctr-553',
  number: '553/CTr-UBND',
  kind: { vi: 'Chương trình', en: 'Programme' },
  issuer: { vi: 'UBND tỉnh An Giang', en: 'An Giang People’s Committee' },
  scope: '89',
  issued: '2021',
  title: { vi: 'Chương trình chuyển đổi số', en: 'Digital transformation programme' },
  sources: [{ source: 'ag' }],
};

describe('LegalDocumentSchema and ProgrammeSchema', () => {
  it('accept documents with or without a number, period and orientation year', () => {
    expect(LegalDocumentSchema.safeParse(document).success).toBe(true);
    expect(
      LegalDocumentSchema.safeParse({
        ...document,
        number: null,
        orientationYear: 2030,
        period: {
          kind: 'range',
          from: { kind: 'year', year: 2021 },
          to: { kind: 'year', year: 2025 },
        },
      }).success,
    ).toBe(true);
    expect(LegalDocumentSchema.safeParse({ ...document, orientationYear: 30 }).success).toBe(false);
    expect(LegalDocumentSchema.safeParse({ ...document, issued: '12/4/2021' }).success).toBe(false);
  });

  it('needs at least one document in a programme', () => {
    const programme = {
      id: 'p',
      name: { vi: 'x', en: 'x' },
      scope: '89',
      documents: ['ctr-553'],
      sources: [],
    };
    expect(ProgrammeSchema.safeParse(programme).success).toBe(true);
    expect(ProgrammeSchema.safeParse({ ...programme, documents: [] }).success).toBe(false);
  });
});
