import { describe, expect, it } from 'vitest';
import { QUALIFIERS, QualifierSchema } from '../../src/model/qualifier.js';

describe('QUALIFIERS', () => {
  it('are the schema’s options, frozen', () => {
    expect(QUALIFIERS).toEqual(['exact', 'approx', 'over', 'at-least', 'under', 'at-most']);
    expect(QualifierSchema.options).toEqual([...QUALIFIERS]);
    expect(Object.isFrozen(QUALIFIERS)).toBe(true);
    expect(QualifierSchema.safeParse('roughly').success).toBe(false);
  });
});
