import { describe, expect, it } from 'vitest';
import { ratio } from '../../src/kpi/ratio.js';

describe('ratio', () => {
  it('scales to percent by default', () => {
    expect(ratio(1366, 1453)).toBeCloseTo(94.012, 3);
    expect(ratio(1, 4, 1)).toBe(0.25);
  });

  it('rejects zero denominators and non-finite input', () => {
    expect(() => ratio(1, 0)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'denominator: cannot divide by 0.',
      }),
    );
    expect(() => ratio(Number.NaN, 1)).toThrowError(/numerator/);
    expect(() => ratio(1, Number.POSITIVE_INFINITY)).toThrowError(/denominator/);
    expect(() => ratio(1, 2, Number.NaN)).toThrowError(/scale/);
  });
});
