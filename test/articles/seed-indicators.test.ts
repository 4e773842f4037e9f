import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/framework/indicators.js';
import { IndicatorDefinitionSchema } from '../../src/model/indicator.js';
import { validate } from '../../src/model/validate.js';
import { SEED_INDICATORS, seedDataset } from '../../src/seed.js';

describe('SEED_INDICATORS', () => {
  it('validates against IndicatorDefinitionSchema', () => {
    for (const indicator of SEED_INDICATORS) {
      expect(() => validate(IndicatorDefinitionSchema, indicator, indicator.id)).not.toThrow();
    }
  });

  it('adds only indicators missing from the catalogue, each used by a seed record', () => {
    const catalogue = new Set(INDICATORS.map((indicator) => indicator.id));
    const used = new Set(
      [...seedDataset.observations, ...seedDataset.targets].map((record) => record.indicator),
    );
    for (const indicator of SEED_INDICATORS) {
      expect(catalogue.has(indicator.id), indicator.id).toBe(false);
      expect(used.has(indicator.id), indicator.id).toBe(true);
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(SEED_INDICATORS)).toBe(true);
    for (const indicator of SEED_INDICATORS) expect(Object.isFrozen(indicator.bounds)).toBe(true);
  });
});
