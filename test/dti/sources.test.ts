import { describe, expect, it } from 'vitest';
import { DTI_PUBLISHED, DTI_SOURCES, sourceOf } from '../../src/dti/sources.js';

describe('sourceOf', () => {
  it('makes a web address a url source', () => {
    expect(sourceOf(DTI_SOURCES.dtiGov2022)).toEqual({ url: 'https://dti.gov.vn/xep-hang-2022' });
  });

  it('copies a seed reference, so the figure does not share the object it was given', () => {
    const where = { source: 'hg-report-2022', paragraph: 3 };
    const source = sourceOf(where);
    expect(source).toEqual(where);
    expect(source).not.toBe(where);
  });
});

describe('DTI_SOURCES and DTI_PUBLISHED', () => {
  it('hold web addresses, and one ISO publication day per edition after it', () => {
    for (const url of Object.values(DTI_SOURCES)) expect(url).toMatch(/^https?:\/\/[^/\s]+\/\S*$/);
    for (const [edition, day] of Object.entries(DTI_PUBLISHED)) {
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number(day.slice(0, 4))).toBeGreaterThan(Number(edition));
    }
  });
});
