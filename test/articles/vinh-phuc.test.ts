import { describe, expect, it } from 'vitest';
import { VINH_PHUC_ARTICLE } from '../../src/seed.js';
import { recordCounts } from './support.js';

const article = VINH_PHUC_ARTICLE;
const observation = (id: string) => article.observations.find((o) => o.id === id);

describe('VINH_PHUC_ARTICLE', () => {
  it('holds 10 documents, 1 programme, 27 observations, 9 targets and no ranking', () => {
    expect(article.source).toBe('vp-congttgtdt-2021-08');
    expect(recordCounts(article)).toEqual([10, 1, 27, 9, 0]);
  });

  it('founds the programme on Resolution 39/NQ-HĐND, then the resolutions in preparation', () => {
    const [programme] = article.programmes;
    expect(programme?.documents[0]).toBe('nq-39-hdnd-vp-2021');
    const drafts = article.documents.filter((d) => d.id.endsWith('-draft'));
    expect(drafts.map((d) => d.id)).toEqual(programme?.documents.slice(1));
    for (const draft of drafts) {
      expect(draft.issued).toBeNull();
      expect(draft.note).toMatch(/not yet/);
    }
  });

  it('records the 13th Party Congress figures as national', () => {
    const national = article.observations.filter((o) => o.province === 'national');
    expect(national.map((o) => [o.indicator, o.value])).toEqual([
      ['found.institutions.party-key-tasks.count', 6],
      ['found.institutions.party-strategic-breakthroughs.count', 3],
    ]);
  });

  it('keeps the reported 94% signed share and notes that the counts give 94.93%', () => {
    const signed = observation('vp-obs-edocs-outgoing-signed')?.value ?? 0;
    const outgoing = observation('vp-obs-edocs-outgoing')?.value ?? 1;
    expect(((signed / outgoing) * 100).toFixed(2)).toBe('94.93');
    const share = observation('vp-obs-edocs-outgoing-signed-share');
    expect(share?.value).toBe(94);
    expect(share?.note).toMatch(/94\.93%/);
  });

  it('states revenues in đồng for the first half of 2021', () => {
    expect(observation('vp-obs-telecom-revenue')).toMatchObject({
      value: 620e9,
      qualifier: 'over',
      period: { kind: 'half', year: 2021, half: 1 },
    });
    expect(observation('vp-obs-postal-revenue')).toMatchObject({
      value: 180e9,
      qualifier: 'exact',
    });
  });

  it('sets one target for 2021 and eight for 2025, all stated by the article', () => {
    const years = article.targets.map((t) => (t.deadline.kind === 'year' ? t.deadline.year : 0));
    expect(years.filter((y) => y === 2021)).toHaveLength(1);
    expect(years.filter((y) => y === 2025)).toHaveLength(8);
    expect(article.targets.every((t) => t.verified)).toBe(true);
  });

  it('keeps "hơn" targets as gte with a note', () => {
    for (const id of ['vp-tgt-digital-economy-sector', 'vp-tgt-e-payment-accounts']) {
      const target = article.targets.find((t) => t.id === id);
      expect(target?.comparator).toBe('gte');
      expect(target?.note).toMatch(/more than/);
    }
  });
});
