import { describe, expect, it } from 'vitest';
import { NATIONAL_DOCUMENTS } from '../../src/framework/documents.js';
import { AN_GIANG_ARTICLE } from '../../src/seed.js';
import { recordCounts } from './support.js';

const article = AN_GIANG_ARTICLE;
const observation = (id: string) => article.observations.find((o) => o.id === id);

describe('AN_GIANG_ARTICLE', () => {
  it('holds 6 documents, 1 programme, 10 observations, 1 target and no ranking', () => {
    expect(article.source).toBe('ag-viettimes-2021-12');
    expect(recordCounts(article)).toEqual([6, 1, 10, 1, 0]);
  });

  it('founds the programme on 553/CTr-UBND, 2021–2025 with orientations to 2030', () => {
    const [programme] = article.programmes;
    expect(programme?.documents[0]).toBe('ctr-553-ubnd-ag-2021');
    expect(programme?.period).toEqual({
      kind: 'range',
      from: { kind: 'year', year: 2021 },
      to: { kind: 'year', year: 2025 },
    });
    expect(programme?.orientationYear).toBe(2030);
    const founding = article.documents.find((d) => d.id === 'ctr-553-ubnd-ag-2021');
    expect(founding).toMatchObject({ number: '553/CTr-UBND', issued: '2021-09-09', scope: '89' });
  });

  it('refers to the national programme 749/QĐ-TTg without repeating it', () => {
    expect(article.documents.some((d) => d.number === '749/QĐ-TTg')).toBe(false);
    expect(NATIONAL_DOCUMENTS.some((d) => d.id === 'qd-749-ttg-2020')).toBe(true);
    expect(article.documents[0]?.note).toContain('qd-749-ttg-2020');
  });

  it('records the level-4 figure once, though the article states it twice', () => {
    const level4 = article.observations.filter(
      (o) => o.indicator === 'gov.online-services.level4-eligible-share',
    );
    expect(level4).toHaveLength(1);
    expect(level4[0]).toMatchObject({
      value: 100,
      period: { kind: 'month', year: 2021, month: 12 },
    });
  });

  it('keeps the qualifiers of "trên" and "gần"', () => {
    expect(observation('ag-obs-computers-per-staff')).toMatchObject({
      value: 97,
      qualifier: 'over',
    });
    expect(observation('ag-obs-smartphone-usage')).toMatchObject({
      value: 70,
      qualifier: 'approx',
    });
  });

  it('ties the 100% target to plan 513/KH-UBND and flags its assumed deadline', () => {
    const [target] = article.targets;
    expect(target).toMatchObject({
      document: 'kh-513-ubnd-ag-2021',
      comparator: 'gte',
      value: 100,
      deadline: { kind: 'year', year: 2021 },
      verified: true,
    });
    expect(target?.note).toMatch(/no deadline.*assumed/);
  });
});
