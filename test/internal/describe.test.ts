import { expect, describe as group, it } from 'vitest';
import { describe } from '../../src/internal/describe.js';

group('describe', () => {
  it('names values briefly for error messages', () => {
    expect(describe(null)).toBe('null');
    expect(describe(undefined)).toBe('undefined');
    expect(describe('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describe(3)).toBe('3');
    expect(describe(false)).toBe('false');
    expect(describe(10n)).toBe('10');
    expect(describe([1, 2])).toBe('an array of length 2');
    expect(describe(new Date(Number.NaN))).toBe('Date(invalid)');
    expect(describe(new Date(Date.UTC(2025, 6, 1)))).toBe('Date(2025-07-01T00:00:00.000Z)');
    expect(describe({})).toBe('a value of type object');
  });
});
