import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/model/dataset.js';
import { seedDataset } from '../../src/seed.js';

describe('DatasetSchema', () => {
  it('accepts the seed dataset and an empty one, and rejects missing parts', () => {
    expect(DatasetSchema.safeParse(seedDataset).success).toBe(true);
    const empty = {
      sources: [],
      documents: [],
      programmes: [],
      indicators: [],
      observations: [],
      targets: [],
      rankings: [],
    };
    expect(DatasetSchema.safeParse(empty).success).toBe(true);
    const { rankings: _, ...partial } = empty;
    expect(DatasetSchema.safeParse(partial).success).toBe(false);
  });
});
