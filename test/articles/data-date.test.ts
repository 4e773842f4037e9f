import { describe, expect, it } from 'vitest';
import { SEED_DATA_DATE } from '../../src/articles/data-date.js';
import { SEED_SOURCES } from '../../src/articles/sources.js';

describe('SEED_DATA_DATE', () => {
  it('is the publication date of the newest seed article', () => {
    const dates = SEED_SOURCES.map((s) => s.published ?? '').sort();
    expect(dates.at(-1)).toBe(SEED_DATA_DATE);
  });
});
