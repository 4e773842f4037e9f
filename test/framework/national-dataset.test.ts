// Everything vn-dx ships nationally, checked as one dataset: the schema and
// checkDataset (ids unique, every reference resolves, codes valid at the time,
// values within bounds).
import { describe, expect, it } from 'vitest';
import { SEED_SOURCES } from '../../src/articles/sources.js';
import { checkDataset } from '../../src/checks/check-dataset.js';
import { DTI_RESULTS } from '../../src/dti/results.js';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import { NATIONAL_TARGETS } from '../../src/framework/national-targets.js';
import { type Dataset, DatasetSchema } from '../../src/model/dataset.js';
import { validate } from '../../src/model/validate.js';

const national: Dataset = {
  sources: [...NATIONAL_SOURCES, ...SEED_SOURCES],
  documents: NATIONAL_DOCUMENTS,
  programmes: [],
  indicators: INDICATORS,
  observations: [],
  targets: NATIONAL_TARGETS,
  rankings: DTI_RESULTS,
};

describe('the national records as one dataset', () => {
  it('matches DatasetSchema', () => {
    expect(() => validate(DatasetSchema, national, 'national')).not.toThrow();
  });

  it('passes checkDataset with no findings', () => {
    expect(checkDataset(national)).toEqual([]);
  });
});
