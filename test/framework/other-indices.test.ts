import { describe, expect, it } from 'vitest';
import { INDEX_STRUCTURES, IndexStructureSchema } from '../../src/framework/other-indices.js';
import { validate } from '../../src/model/validate.js';

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
