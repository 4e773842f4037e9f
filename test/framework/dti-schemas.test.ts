import { describe, expect, it } from 'vitest';
import {
  DtiComparabilitySchema,
  DtiFormulaSchema,
  DtiLevelSchema,
  DtiMainIndexSchema,
  DtiPillarShareSchema,
  DtiStructureSchema,
} from '../../src/framework/dti-schemas.js';
import { DTI_STRUCTURES } from '../../src/framework/dti-structures.js';

const structure = DTI_STRUCTURES.find((s) => s.id === 'dti-922-btttt');
if (!structure) throw new Error('DTI_STRUCTURES holds 922/QĐ-BTTTT');
const [mainIndex] = structure.mainIndices;
const [pillar] = structure.pillars;
if (!mainIndex || !pillar) throw new Error('922/QĐ-BTTTT has main indices and pillars');

const accepts = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('the DTI scheme schemas', () => {
  it('accept the published schemes as they are', () => {
    expect(accepts(DtiStructureSchema, structure)).toBe(true);
    expect(accepts(DtiMainIndexSchema, mainIndex)).toBe(true);
    expect(accepts(DtiPillarShareSchema, pillar)).toBe(true);
  });

  it('refuse negative points, a weight above 1, a fractional count and a position of 0', () => {
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, points: -1 })).toBe(false);
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, weight: 1.5 })).toBe(false);
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, components: 2.5 })).toBe(false);
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, order: 0 })).toBe(false);
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, points: null, weight: null })).toBe(true);
  });

  it('refuse an unknown key, an unknown pillar and the foundation as a pillar share', () => {
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, extra: 1 })).toBe(false);
    expect(accepts(DtiMainIndexSchema, { ...mainIndex, pillar: 'culture' })).toBe(false);
    expect(accepts(DtiPillarShareSchema, { ...pillar, pillar: 'foundation' })).toBe(false);
  });

  it('refuse an edition before 2020, no editions, an unknown level and an empty formula', () => {
    expect(accepts(DtiStructureSchema, { ...structure, editions: [2019] })).toBe(false);
    expect(accepts(DtiStructureSchema, { ...structure, editions: [] })).toBe(false);
    expect(accepts(DtiStructureSchema, { ...structure, level: 'district' })).toBe(false);
    expect(accepts(DtiFormulaSchema, { ...structure.formula, text: '' })).toBe(false);
    expect(DtiLevelSchema.options).toEqual(['province', 'ministry', 'nation']);
  });

  it('need a scheme to be comparable with at least itself', () => {
    expect(accepts(DtiComparabilitySchema, structure.comparability)).toBe(true);
    expect(
      accepts(DtiComparabilitySchema, { ...structure.comparability, scoresComparableWith: [] }),
    ).toBe(false);
  });
});
