import { describe, expect, it } from 'vitest';
import {
  citing,
  KIND,
  MORE_THAN,
  peoplesCommittee,
  peoplesCouncil,
} from '../../src/articles/shared.js';

describe('the seed articles’ shared labels', () => {
  it('name a province’s People’s Committee and People’s Council in both languages', () => {
    expect(peoplesCommittee('Hậu Giang', 'Hậu Giang')).toEqual({
      vi: 'Ủy ban nhân dân tỉnh Hậu Giang',
      en: "Hậu Giang Provincial People's Committee",
    });
    expect(peoplesCouncil('Quảng Nam', 'Quang Nam')).toEqual({
      vi: 'Hội đồng nhân dân tỉnh Quảng Nam',
      en: "Quang Nam Provincial People's Council",
    });
  });

  it('cite paragraphs of one article', () => {
    const cite = citing('hg-report-2022');
    expect(cite(3)).toEqual({ source: 'hg-report-2022', paragraph: 3 });
    expect(cite(1)).not.toBe(cite(1));
  });

  it('label every document kind in both languages', () => {
    for (const label of Object.values(KIND)) {
      expect(label.vi.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
    expect(KIND.resolution).toEqual({ vi: 'Nghị quyết', en: 'Resolution' });
    expect(MORE_THAN).toMatch(/\(hơn\); stored as gte/);
  });
});
