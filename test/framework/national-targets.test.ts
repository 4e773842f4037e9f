import { describe, expect, it } from 'vitest';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { getIndicator } from '../../src/framework/indicators.js';
import { NATIONAL_TARGETS } from '../../src/framework/national-targets.js';
import { TargetSchema } from '../../src/model/target.js';
import { validate } from '../../src/model/validate.js';

const documents = new Map(NATIONAL_DOCUMENTS.map((d) => [d.id, d]));
const sourceIds = new Set(NATIONAL_SOURCES.map((s) => s.id));

describe('NATIONAL_TARGETS', () => {
  it('validates every target against TargetSchema', () => {
    for (const target of NATIONAL_TARGETS) {
      expect(() => validate(TargetSchema, target, target.id)).not.toThrow();
    }
  });

  it('has 68 numeric targets with unique ids', () => {
    expect(NATIONAL_TARGETS).toHaveLength(68);
    expect(new Set(NATIONAL_TARGETS.map((t) => t.id)).size).toBe(NATIONAL_TARGETS.length);
  });

  it('resolves every indicator, document and source', () => {
    for (const target of NATIONAL_TARGETS) {
      expect(() => getIndicator(target.indicator), target.id).not.toThrow();
      expect(target.document, target.id).toBeDefined();
      const document = documents.get(target.document ?? '');
      expect(document?.scope, target.id).toBe('national');
      expect(target.id, target.id).toContain(`nt-${document?.number?.match(/^\d+/)?.[0]}-`);
      if (target.source) expect(sourceIds, target.id).toContain(target.source.source);
    }
  });

  it('is national, due by year-end 2025, 2030, (57-NQ/TW only) 2045 or (06/QĐ-TTg only) 2022, and consistent with the indicator', () => {
    for (const target of NATIONAL_TARGETS) {
      expect(target.scope).toBe('national');
      expect(target.deadline.kind).toBe('year');
      const year = target.deadline.kind === 'year' ? target.deadline.year : 0;
      expect(
        [2025, 2030].includes(year) ||
          (year === 2045 && target.document === 'nq-57-tw-2024') ||
          (year === 2022 && target.document === 'qd-06-ttg-2022'),
        target.id,
      ).toBe(true);
      const indicator = getIndicator(target.indicator);
      if (indicator.unit === 'rank') {
        expect(target.comparator, target.id).toBe('top-n');
      } else {
        expect(target.comparator, target.id).not.toBe('top-n');
        const { min, max } = indicator.bounds;
        if (min !== undefined) expect(target.value).toBeGreaterThanOrEqual(min);
        if (max !== undefined) expect(target.value).toBeLessThanOrEqual(max);
      }
    }
  });

  it('has no unverified target left, and every target has a source', () => {
    const unverified = NATIONAL_TARGETS.filter((t) => !t.verified).map((t) => t.id);
    expect(unverified).toEqual([]);
    expect(NATIONAL_TARGETS.find((t) => t.id === 'nt-57-2045-digital-economy-gdp')?.source).toEqual(
      { source: 'src-vietnam-vn-en-nq-57-2045' },
    );
    expect(NATIONAL_TARGETS.every((t) => t.source !== undefined)).toBe(true);
    expect(
      NATIONAL_TARGETS.find((t) => t.id === 'nt-942-2025-fully-online-dossiers')?.source,
    ).toEqual({
      source: 'src-vietnamnet-qd-942-online',
    });
    for (const target of NATIONAL_TARGETS) {
      if (!target.source) expect(target.verified).toBe(false);
      if (!target.verified) expect(target.note).toBeDefined();
    }
  });

  it('holds the headline targets', () => {
    const value = (id: string) => NATIONAL_TARGETS.find((t) => t.id === id)?.value;
    expect(value('nt-749-2025-level4-share')).toBe(80);
    expect(value('nt-411-2030-digital-economy-gdp')).toBe(30);
    expect(value('nt-749-2025-egdi-rank')).toBe(70);
    expect(value('nt-749-2025-innovation-rank')).toBe(35);
    expect(value('nt-411-2030-adults-smartphone')).toBe(95);
  });

  it('pins the corrections of issue 17 to their sources', () => {
    const get = (id: string) => NATIONAL_TARGETS.find((t) => t.id === id);
    // 749's e-payment targets measure the same thing in 2025 and 2030.
    expect(get('nt-749-2025-e-payment-account')).toMatchObject({
      indicator: 'soc.e-payment-account-share',
      value: 50,
      source: { source: 'src-mic-en-qd-749' },
      verified: true,
    });
    expect(get('nt-749-2030-e-payment-account')).toMatchObject({
      indicator: 'soc.e-payment-account-share',
      value: 80,
      source: { source: 'src-qdnd-en-qd-749' },
    });
    expect(NATIONAL_TARGETS.some((t) => t.indicator === 'soc.e-payment-users-share')).toBe(false);
    expect(get('nt-749-2030-work-files-commune')).toMatchObject({
      value: 70,
      source: { source: 'src-qdnd-en-qd-749' },
    });
    // 942: the 2025 top 50 rests on a press report; the 2030 vision is the top 30.
    expect(get('nt-942-2025-digital-government-rank')).toMatchObject({
      value: 50,
      verified: true,
      source: { source: 'src-investdanang-qd-942' },
    });
    expect(get('nt-942-2030-digital-government-rank')?.value).toBe(30);
    // 411's other 2030 targets.
    expect(
      [
        'nt-411-2030-digital-economy-sector',
        'nt-411-2030-e-contracts',
        'nt-411-2030-sme-digital-platforms',
        'nt-411-2030-digital-economy-workforce',
      ].map((id) => get(id)?.value),
    ).toEqual([20, 100, 70, 3]);
    // Resolution 57-NQ/TW.
    expect(get('nt-57-2030-digital-economy-gdp')).toMatchObject({ value: 30, verified: true });
    expect(get('nt-57-2030-egdi-rank')).toMatchObject({ comparator: 'top-n', value: 50 });
  });

  it('pins the targets of 03/NQ-CP and 06/QĐ-TTg to their sources', () => {
    const get = (id: string) => NATIONAL_TARGETS.find((t) => t.id === id);
    expect(get('nt-03-2030-nic-key-technology-projects')).toMatchObject({
      document: 'nq-03-cp-2025',
      indicator: 'found.innovation.nic-key-technology-projects.count',
      comparator: 'gte',
      value: 5,
      deadline: { kind: 'year', year: 2030 },
      source: { source: 'src-vietnamplus-en-nq-03-cp' },
      verified: true,
    });
    expect(get('nt-06-2022-portal-accounts-authenticated')).toMatchObject({
      document: 'qd-06-ttg-2022',
      indicator: 'gov.e-id.portal-accounts-authenticated-share',
      comparator: 'gte',
      value: 100,
      deadline: { kind: 'year', year: 2022 },
      source: { source: 'src-luatvietnam-en-qd-06' },
      verified: true,
    });
    expect(NATIONAL_TARGETS.some((t) => t.document === 'nq-71-cp-2025')).toBe(false);
    expect(
      NATIONAL_TARGETS.some(
        (t) => t.document === 'qd-749-ttg-2020' && t.indicator.includes('report'),
      ),
    ).toBe(false);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(NATIONAL_TARGETS)).toBe(true);
    for (const target of NATIONAL_TARGETS) {
      expect(Object.isFrozen(target)).toBe(true);
      expect(Object.isFrozen(target.deadline)).toBe(true);
      if (target.source) expect(Object.isFrozen(target.source)).toBe(true);
    }
  });
});
