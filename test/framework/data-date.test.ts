import { describe, expect, it } from 'vitest';
import { FRAMEWORK_DATA_DATE } from '../../src/framework/data-date.js';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { INDEX_RESULTS } from '../../src/framework/index-results.js';
import { NATIONAL_SERIES } from '../../src/framework/national-series.js';
import { NATIONAL_TARGETS } from '../../src/framework/national-targets.js';
import { INDEX_STRUCTURES } from '../../src/framework/other-indices.js';

/** Every ISO day a record states, in its fields or its notes. */
const days = (data: unknown) => JSON.stringify(data).match(/\d{4}-\d{2}-\d{2}/g) ?? [];

describe('FRAMEWORK_DATA_DATE', () => {
  it('is the newest day the framework records cite (update it with the data)', () => {
    const all = days([
      NATIONAL_SOURCES,
      NATIONAL_DOCUMENTS,
      NATIONAL_SERIES,
      NATIONAL_TARGETS,
      INDEX_RESULTS,
      INDEX_STRUCTURES,
    ]);
    expect(all.length).toBeGreaterThan(20);
    expect(all.sort().at(-1)).toBe(FRAMEWORK_DATA_DATE);
  });
});
