import { describe, expect, it } from 'vitest';
import { DirectionSchema } from '../../src/model/direction.js';

describe('DirectionSchema', () => {
  it('has the one vocabulary for direction, and nothing else', () => {
    expect(DirectionSchema.options).toEqual(['higher-is-better', 'lower-is-better']);
    expect(DirectionSchema.safeParse('higher').success).toBe(false);
  });
});
