import { describe, expect, it } from 'vitest';
import { provincesAt } from '../../src/provinces/lookup.js';
import { QUANG_NAM_ARTICLE } from '../../src/seed.js';
import { DTI_RELEASED, dayRange, recordCounts } from './support.js';

const article = QUANG_NAM_ARTICLE;
const value = (id: string) => article.observations.find((o) => o.id === id)?.value ?? Number.NaN;

describe('QUANG_NAM_ARTICLE', () => {
  it('holds 2 documents, 1 programme, 9 observations, 2 targets and 2 rankings', () => {
    expect(article.source).toBe('qn-viettimes-2023-04');
    expect(recordCounts(article)).toEqual([2, 1, 9, 2, 2]);
  });

  it('founds the programme on 04-NQ/TU, with no period since only an end year is given', () => {
    const [programme] = article.programmes;
    expect(programme?.documents[0]).toBe('nq-04-tu-qn-2021');
    expect(programme?.period).toBeUndefined();
    expect(programme?.orientationYear).toBe(2030);
  });

  it('has online-service counts consistent with the reported share', () => {
    const total = value('qn-obs-online-services');
    expect(value('qn-obs-full-process-services')).toBeLessThanOrEqual(total);
    const share = (value('qn-obs-national-portal-integrated') / total) * 100;
    expect(Math.round(share)).toBe(value('qn-obs-national-portal-integrated-share'));
  });

  it('dates the online-dossier shares to 2022 and to the first quarter of 2023', () => {
    const shares = article.observations.filter((o) => o.indicator === 'gov.dossiers.online-share');
    expect(shares.map((o) => [o.period, o.value])).toEqual([
      [{ kind: 'year', year: 2022 }, 51.16],
      [{ kind: 'quarter', year: 2023, quarter: 1 }, 71],
    ]);
  });

  it('reads the ranks as DTI 2021, the latest edition released in April 2023', () => {
    for (const ranking of article.rankings) {
      expect(ranking.edition).toBe(2021);
      const { first, last } = dayRange(ranking.reportedOn ?? '');
      expect(first >= (DTI_RELEASED[2021] ?? '')).toBe(true);
      expect(last < (DTI_RELEASED[2022] ?? '')).toBe(true);
    }
  });

  it('sizes the central rank by the central macro-region and flags the ambiguity', () => {
    const central = article.rankings.find((r) => r.scope === 'central');
    const size = provincesAt('2021-12-31').filter((p) => p.macroRegion === 'central').length;
    expect(central).toMatchObject({ rank: 3, of: size });
    expect(central?.note).toMatch(/Ambiguous region/);
  });

  it('sets a top-20 DTI target for 2023 and a one-commune pilot per district', () => {
    expect(article.targets.map((t) => [t.indicator, t.comparator, t.value, t.deadline])).toEqual([
      ['dti.overall.rank', 'top-n', 20, { kind: 'year', year: 2023 }],
      ['gov.commune-dx-pilots-per-district.count', 'eq', 1, { kind: 'year', year: 2030 }],
    ]);
  });
});
