import { describe, expect, it } from 'vitest';
import { ProvinceCodeSchema, ScopeSchema } from '../../src/model/scope.js';

describe('ProvinceCodeSchema and ScopeSchema', () => {
  it('take two-digit codes, and national for a scope', () => {
    expect(ProvinceCodeSchema.safeParse('01').success).toBe(true);
    for (const bad of ['1', '001', 49, 'national'])
      expect(ProvinceCodeSchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(ScopeSchema.safeParse('national').success).toBe(true);
    expect(ScopeSchema.safeParse('49').success).toBe(true);
    expect(ScopeSchema.safeParse('VN').success).toBe(false);
  });
});
