import { describe, expect, it } from 'vitest';
import { SEED_INDICATORS, THAI_NGUYEN_ARTICLE } from '../../src/seed.js';
import { DTI_RELEASED, recordCounts } from './support.js';

const article = THAI_NGUYEN_ARTICLE;

describe('THAI_NGUYEN_ARTICLE', () => {
  it('holds 3 documents, 1 programme, 7 observations, no target and 1 ranking', () => {
    expect(article.source).toBe('tn-baothainguyen-2021-12');
    expect(recordCounts(article)).toEqual([3, 1, 7, 0, 1]);
  });

  it('founds the programme on 01-NQ/TU of 31 December 2020', () => {
    expect(article.programmes[0]?.documents).toEqual(['nq-01-tu-tn-2020']);
    expect(article.documents[0]).toMatchObject({ number: '01-NQ/TU', issued: '2020-12-31' });
  });

  it('reads the current rank as DTI 2020, the latest edition released on 23 December 2021', () => {
    const [ranking] = article.rankings;
    expect(ranking).toMatchObject({ edition: 2020, rank: 12, of: 63, reportedOn: '2021-12-23' });
    const reported = ranking?.reportedOn ?? '';
    expect(reported >= (DTI_RELEASED[2020] ?? '')).toBe(true);
    expect(reported < (DTI_RELEASED[2021] ?? '')).toBe(true);
  });

  it('dates status figures to the day of publication', () => {
    for (const o of article.observations) {
      expect(o.period, o.id).toEqual({ kind: 'date', date: '2021-12-23' });
    }
  });

  it('records the seven grade-A provinces nationally, with the seed indicator', () => {
    const gradeA = article.observations.find((o) => o.province === 'national');
    expect(gradeA?.value).toBe(7);
    expect(SEED_INDICATORS.map((i) => i.id)).toContain(gradeA?.indicator);
  });

  it('reads "một điểm công cộng" as at least one public wifi place', () => {
    const wifi = article.observations.find((o) => o.id === 'tn-obs-public-wifi');
    expect(wifi).toMatchObject({ value: 1, qualifier: 'at-least' });
  });
});
