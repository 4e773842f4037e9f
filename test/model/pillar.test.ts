import { describe, expect, it } from 'vitest';
import { PILLARS, PillarIdSchema } from '../../src/model/pillar.js';

describe('PILLARS', () => {
  it('lists the three pillars and the foundation, bilingual and frozen', () => {
    expect(PILLARS.map((p) => p.id)).toEqual(PillarIdSchema.options);
    expect(PILLARS.map((p) => p.name.vi)).toEqual([
      'Chính quyền số',
      'Kinh tế số',
      'Xã hội số',
      'Nền tảng',
    ]);
    expect(Object.isFrozen(PILLARS[0]?.name)).toBe(true);
  });
});
