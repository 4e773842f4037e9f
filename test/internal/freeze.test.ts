import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.js';

describe('deepFreeze', () => {
  it('freezes everything reachable and returns its argument', () => {
    const value = { a: [{ b: 1 }], c: { d: { e: 2 } } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c.d)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
  });
});
