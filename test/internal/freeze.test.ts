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
    expect(deepFreeze('text')).toBe('text');
  });

  it('reaches inside objects that are already frozen', () => {
    const inner = { b: 1 };
    const outer = Object.freeze({ inner, list: Object.freeze([{ c: 2 }]) });
    deepFreeze(outer);
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(outer.list[0])).toBe(true);
  });

  it('ends on cycles', () => {
    type Node = { name: string; next?: Node };
    const a: Node = { name: 'a' };
    const b: Node = { name: 'b', next: a };
    a.next = b;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(b)).toBe(true);
  });
});
