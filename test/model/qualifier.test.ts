import { describe, expect, it } from 'vitest';
import { QUALIFIERS, QualifierSchema } from '../../src/model/qualifier.js';

describe('QUALIFIERS', () => {
  it('are the schema’s options, frozen', () => {
    expect(QUALIFIERS).toEqual(['exact', 'approx', 'over', 'at-least', 'under', 'at-most']);
    expect(QualifierSchema.options).toEqual([...QUALIFIERS]);
    expect(Object.isFrozen(QUALIFIERS)).toBe(true);
    expect(QualifierSchema.safeParse('roughly').success).toBe(false);
  });

  it('refuse the 0.x spellings, naming the 1.0 ones', () => {
    expect(QualifierSchema.safeParse('atLeast').error?.issues[0]?.message).toBe(
      "'atLeast' was renamed 'at-least' in vn-dx 1.0; write 'at-least'",
    );
    expect(QualifierSchema.safeParse('atMost').error?.issues[0]?.message).toBe(
      "'atMost' was renamed 'at-most' in vn-dx 1.0; write 'at-most'",
    );
  });
});
