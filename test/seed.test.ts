import { describe, expect, it } from 'vitest';
import * as seed from '../src/seed.js';

describe('vn-dx/seed', () => {
  it('exports seedDataset (the contract name) and each article', () => {
    expect(seed.seedDataset.sources).toHaveLength(5);
    expect(seed.SEED_ARTICLES.map((article) => article.source)).toEqual(
      seed.seedDataset.sources.map((source) => source.id),
    );
    expect(
      seed.SEED_ARTICLES.reduce((total, article) => total + article.observations.length, 0),
    ).toBe(seed.seedDataset.observations.length);
  });
});
