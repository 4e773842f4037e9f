import { describe, expect, it } from 'vitest';
import { HAU_GIANG_ARTICLE } from '../../src/seed.js';
import { recordCounts } from './support.js';

const article = HAU_GIANG_ARTICLE;

describe('HAU_GIANG_ARTICLE', () => {
  it('holds 3 documents, 1 programme, 4 observations, no target and 2 rankings', () => {
    expect(article.source).toBe('hg-unknown-2022');
    expect(recordCounts(article)).toEqual([3, 1, 4, 0, 2]);
  });

  it('founds the programme on 02-NQ/TU of 2 December 2020', () => {
    expect(article.programmes[0]?.documents[0]).toBe('nq-02-tu-hg-2020');
    expect(article.documents[0]).toMatchObject({ number: '02-NQ/TU', issued: '2020-12-02' });
  });

  it('gives the DTI 2020 and 2021 ranks, flagging that 17 is also the 2022 rank', () => {
    expect(article.rankings.map((r) => [r.edition, r.rank, r.of, r.reportedOn])).toEqual([
      [2020, 28, 63, '2022'],
      [2021, 17, 63, '2022'],
    ]);
    expect(article.rankings[1]?.note).toMatch(/Ambiguous.*DTI 2022/s);
  });

  it('dates status figures to 2022, the assumed year of publication', () => {
    for (const o of article.observations) {
      expect(o.period, o.id).toEqual({ kind: 'year', year: 2022 });
      expect(o.note, o.id).toMatch(/assumed to be of 2022/);
    }
  });

  it('records the two pilot communes', () => {
    const pilots = article.observations.find((o) => o.indicator === 'gov.commune-dx-pilots.count');
    expect(pilots?.value).toBe(2);
    expect(pilots?.note).toMatch(/Thạnh Xuân and Gạch Gòi/);
  });
});
