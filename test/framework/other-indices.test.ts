import { describe, expect, it } from 'vitest';
import {
  INDEX_RESULTS,
  INDEX_STRUCTURES,
  IndexStructureSchema,
} from '../../src/framework/other-indices.js';
import { RankingEntrySchema } from '../../src/model/ranking.js';
import { validate } from '../../src/model/validate.js';
import { getProvince } from '../../src/provinces/lookup.js';

describe('INDEX_STRUCTURES', () => {
  it('validates every structure; ids and acronyms are unique', () => {
    for (const s of INDEX_STRUCTURES) validate(IndexStructureSchema, s, s.id);
    expect(new Set(INDEX_STRUCTURES.map((s) => s.id)).size).toBe(INDEX_STRUCTURES.length);
    expect(INDEX_STRUCTURES.map((s) => s.acronym)).toEqual(['PCI', 'PAPI', 'PAR', 'SIPAS']);
  });

  it('lists components consistently with their counts, and weights that sum to 1 where given', () => {
    for (const s of INDEX_STRUCTURES) {
      if (s.components.length > 0) expect(s.components.length, s.id).toBe(s.counts.components);
      const weights = s.components.map((c) => c.weight);
      if (weights.length > 0 && weights.every((w) => w !== null)) {
        const sum = weights.reduce((a, w) => (a ?? 0) + (w ?? 0), 0) ?? 0;
        expect(Math.abs(sum - 1), s.id).toBeLessThan(1e-12);
      }
    }
  });

  it('pins the published methodology: PCI 10 sub-indices on 100 points, PAPI 8/28/120 since 2018', () => {
    const byId = new Map(INDEX_STRUCTURES.map((s) => [s.id, s]));
    expect(byId.get('pci')).toMatchObject({ scale: { max: 100 }, counts: { components: 10 } });
    expect(byId.get('papi')).toMatchObject({
      structureSince: 2018,
      counts: { components: 8, subComponents: 28, indicators: 120 },
      verified: true,
    });
    // A weight derived rather than printed makes the PCI record unverified, with a note saying so.
    expect(byId.get('pci')?.verified).toBe(false);
    expect(byId.get('pci')?.note).toMatch(/derived/);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(INDEX_STRUCTURES)).toBe(true);
    for (const s of INDEX_STRUCTURES) expect(Object.isFrozen(s.components)).toBe(true);
  });
});

describe('INDEX_RESULTS', () => {
  it('validates every entry, with 63-era codes and unique ids', () => {
    INDEX_RESULTS.forEach((e, i) => {
      validate(RankingEntrySchema, e, `INDEX_RESULTS[${i}]`);
      expect(getProvince(e.province, { at: `${e.edition}-12-31` }).era).toBe('63');
    });
    const ids = INDEX_RESULTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has ranks that agree with the published scores, and percentages for PAR and SIPAS', () => {
    for (const index of ['PAR', 'SIPAS']) {
      const list = INDEX_RESULTS.filter((e) => e.index === index && e.score !== undefined);
      for (const a of list)
        for (const b of list)
          if ((a.score ?? 0) > (b.score ?? 0)) expect(a.rank).toBeLessThan(b.rank);
      for (const e of list) expect(e.score).toBeGreaterThan(1);
    }
    expect(INDEX_RESULTS.filter((e) => e.index === 'PCI').every((e) => e.inferred)).toBe(true);
  });
});
