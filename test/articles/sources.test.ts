import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../src/model/source.js';
import { validate } from '../../src/model/validate.js';
import { getProvince } from '../../src/provinces/lookup.js';
import { SEED_SOURCES } from '../../src/seed.js';
import { ARTICLE_FILES, dayRange, HAVE_ARTICLES, paragraph } from './support.js';

describe('SEED_SOURCES', () => {
  it('validates every source against SourceSchema', () => {
    for (const source of SEED_SOURCES) {
      expect(() => validate(SourceSchema, source, source.id)).not.toThrow();
    }
  });

  it('holds the five articles, one per province, with ids from outlet and date', () => {
    expect(SEED_SOURCES.map((s) => [s.id, s.province, s.published])).toEqual([
      ['ag-viettimes-2021-12', '89', '2021-12'],
      ['qn-viettimes-2023-04', '49', '2023-04'],
      ['vp-congttgtdt-2021-08', '26', '2021-08'],
      ['tn-baothainguyen-2021-12', '19', '2021-12-23'],
      ['hg-unknown-2022', '93', '2022'],
    ]);
    expect(Object.keys(ARTICLE_FILES)).toEqual(SEED_SOURCES.map((s) => s.id));
  });

  it('names the province of each article as it was when published', () => {
    const names = SEED_SOURCES.map(
      (s) => getProvince(s.province, { at: dayRange(s.published ?? '').first }).name,
    );
    expect(names).toEqual(['An Giang', 'Quảng Nam', 'Vĩnh Phúc', 'Thái Nguyên', 'Hậu Giang']);
  });

  it('names an interviewee with a role in both languages for every article', () => {
    for (const source of SEED_SOURCES) {
      expect(source.interviewee?.role.vi, source.id).toMatch(/tỉnh/);
      expect(source.interviewee?.role.en, source.id).not.toBe('');
    }
  });

  it('flags the undated, truncated and inferred texts in a note', () => {
    const note = (id: string) => SEED_SOURCES.find((s) => s.id === id)?.note ?? '';
    expect(note('vp-congttgtdt-2021-08')).toMatch(/Undated.*inferred/s);
    expect(note('hg-unknown-2022')).toMatch(/No date or outlet.*assumed/s);
    expect(note('ag-viettimes-2021-12')).toMatch(/Vietnam Digital Awards 2021/);
    expect(note('tn-baothainguyen-2021-12')).toMatch(/graded A/);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(SEED_SOURCES)).toBe(true);
    for (const source of SEED_SOURCES) expect(Object.isFrozen(source.interviewee)).toBe(true);
  });

  it.skipIf(!HAVE_ARTICLES)('uses the headline as title where the text has one', () => {
    for (const source of SEED_SOURCES) {
      if (source.title !== null) expect(paragraph(source.id, 1), source.id).toBe(source.title);
    }
  });
});
