import { describe, expect, it } from 'vitest';
import { DTI_DATA_DATE } from '../../src/dti/data-date.js';
import { DTI_MAIN_INDEX_VALUES } from '../../src/dti/main-index-values.js';
import { DTI_NATIONAL } from '../../src/dti/national.js';
import { DTI_PILLAR_RESULTS } from '../../src/dti/pillar-results.js';
import { DTI_RESULTS } from '../../src/dti/results.js';

/** Every ISO day a record states, in its fields or its notes. */
const days = (data: unknown) => JSON.stringify(data).match(/\d{4}-\d{2}-\d{2}/g) ?? [];

describe('DTI_DATA_DATE', () => {
  it('is the newest day the DTI records cite (update it with the data)', () => {
    const all = days([DTI_RESULTS, DTI_PILLAR_RESULTS, DTI_MAIN_INDEX_VALUES, DTI_NATIONAL]);
    expect(all.sort().at(-1)).toBe(DTI_DATA_DATE);
  });

  it('is no earlier than the newest edition’s publication', () => {
    const reported = DTI_RESULTS.map((e) => e.reportedOn ?? '').sort();
    expect(DTI_DATA_DATE >= (reported.at(-1) ?? '')).toBe(true);
  });
});
