import { describe, expect, it } from 'vitest';
import { INDEX_RESULTS } from '../../src/framework/index-results.js';
import { INDEX_STRUCTURES } from '../../src/framework/other-indices.js';
import { RankingEntrySchema } from '../../src/model/ranking.js';
import { validate } from '../../src/model/validate.js';
import { getProvince } from '../../src/provinces/lookup.js';

const find = (id: string) => {
  const entry = INDEX_RESULTS.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`no ${id}`);
  return entry;
};

describe('INDEX_RESULTS', () => {
  it('validates every entry, with 63-era codes and unique ids', () => {
    INDEX_RESULTS.forEach((e, i) => {
      validate(RankingEntrySchema, e, `INDEX_RESULTS[${i}]`);
      expect(getProvince(e.province, { at: `${e.edition}-12-31` }).era).toBe('63');
      expect(e.id).toBe(`${e.index.toLowerCase()}-${e.edition}-${e.of}-${e.province}`);
    });
    const ids = INDEX_RESULTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names only indices whose structure is shipped, each row with a web source and a note', () => {
    const acronyms = new Set(INDEX_STRUCTURES.map((s) => s.acronym));
    for (const e of INDEX_RESULTS) {
      expect(acronyms.has(e.index), e.id).toBe(true);
      expect('url' in e.source, e.id).toBe(true);
      expect(e.note, e.id).toBeTruthy();
    }
  });

  it('has ranks that agree with the published scores within each edition, on each scale', () => {
    const editions = new Set(INDEX_RESULTS.map((e) => `${e.index}/${e.edition}`));
    for (const key of editions) {
      const list = INDEX_RESULTS.filter(
        (e) => `${e.index}/${e.edition}` === key && e.score !== undefined,
      );
      for (const a of list)
        for (const b of list)
          if ((a.score ?? 0) > (b.score ?? 0))
            expect(a.rank, `${a.id} vs ${b.id}`).toBeLessThan(b.rank);
      // Scores are points or percentages, never the DTI's 0–1.
      for (const e of list) expect(e.score, e.id).toBeGreaterThan(1);
    }
  });

  it('marks every worked-out rank as inferred, with a note saying how', () => {
    for (const e of INDEX_RESULTS.filter((x) => x.inferred)) {
      expect(e.note, e.id).toMatch(/Rank (inferred|worked out)/);
    }
    expect(
      INDEX_RESULTS.filter((e) => e.index === 'PCI' && e.edition === 2020).every((e) => e.inferred),
    ).toBe(true);
  });

  it('pins the headline results of issue 28 to their sources', () => {
    expect(find('pci-2024-63-31')).toMatchObject({
      rank: 1,
      score: 74.84,
      inferred: false,
      reportedOn: '2025-05-06',
    });
    expect(find('pci-2024-63-33')).toMatchObject({ rank: 10, inferred: false });
    expect(find('papi-2023-61-46')).toMatchObject({
      rank: 1,
      score: 46.0415,
      of: 61,
      inferred: false,
    });
    expect(find('papi-2023-61-01')).toMatchObject({ rank: 15, score: 43.96, inferred: false });
    expect(find('par-2024-63-31')).toMatchObject({ rank: 1, score: 96.17 });
    // Vĩnh Long rose from 8th (PCI 2018) to 3rd (PCI 2019), as the report says.
    expect(find('pci-2018-63-86').rank - find('pci-2019-63-86').rank).toBe(5);
    // Thừa Thiên Huế rose 9 places to lead PAPI 2021.
    expect(find('papi-2020-63-46').rank - find('papi-2021-63-46').rank).toBe(9);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(INDEX_RESULTS)).toBe(true);
    for (const e of INDEX_RESULTS) expect(Object.isFrozen(e.source)).toBe(true);
  });
});
