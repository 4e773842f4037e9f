import { describe, expect, it } from 'vitest';
import { RankingEntrySchema, RankScopeSchema } from '../../src/model/ranking.js';

const entry = {
  index: 'DTI',
  edition: 2021,
  province: '93',
  rank: 17,
  of: 63,
  scope: 'national',
  source: { source: 'hg' },
};

describe('RankingEntrySchema', () => {
  it('accepts a rank within its field, from an article or a URL', () => {
    expect(RankingEntrySchema.safeParse(entry).success).toBe(true);
    expect(RankingEntrySchema.safeParse({ ...entry, rank: 63 }).success).toBe(true);
    expect(
      RankingEntrySchema.safeParse({
        ...entry,
        source: { url: 'https://dti.gov.vn/xep-hang-2022' },
      }).success,
    ).toBe(true);
    expect(RankingEntrySchema.safeParse({ ...entry, edition: null }).success).toBe(true);
  });

  it('rejects a rank beyond the field, unknown scopes and sources', () => {
    const beyond = RankingEntrySchema.safeParse({ ...entry, rank: 64 });
    expect(beyond.success ? [] : beyond.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'rank',
    ]);
    expect(RankingEntrySchema.safeParse({ ...entry, scope: 'atlantis' }).success).toBe(false);
    expect(RankingEntrySchema.safeParse({ ...entry, source: { url: 'not a url' } }).success).toBe(
      false,
    );
    expect(RankingEntrySchema.safeParse({ ...entry, rank: 0 }).success).toBe(false);
  });

  it('scopes are national, a region or a macro-region', () => {
    expect(RankScopeSchema.options).toEqual([
      'national',
      'northern-midlands-and-mountains',
      'red-river-delta',
      'north-central-and-central-coast',
      'central-highlands',
      'southeast',
      'mekong-delta',
      'north',
      'central',
      'south',
    ]);
  });
});
