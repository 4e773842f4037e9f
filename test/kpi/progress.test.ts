import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/kpi/progress.js';

describe('progress', () => {
  it('measures the way from baseline to target in both directions', () => {
    expect(progress({ value: 60, target: 80 })).toEqual({ share: 0.75, gap: 20, met: false });
    expect(progress({ value: 80, target: 80 })).toEqual({ share: 1, gap: 0, met: true });
    expect(progress({ value: 97, target: 90, baseline: 50 })).toEqual({
      share: 1.175,
      gap: -7,
      met: true,
    });
    expect(progress({ value: 17, target: 20, baseline: 28, direction: 'lower-is-better' })).toEqual(
      { share: 1.375, gap: -3, met: true },
    );
    expect(progress({ value: 25, target: 20, baseline: 28, direction: 'lower-is-better' })).toEqual(
      { share: 0.375, gap: 5, met: false },
    );
  });

  it('rejects bad input', () => {
    expect(() => progress({ value: 1, target: 0 })).toThrowError(/no way to measure/);
    expect(() => progress({ value: Number.NaN, target: 1 })).toThrowError(/value/);
    expect(() => progress({ value: 1, target: Number.POSITIVE_INFINITY })).toThrowError(/target/);
    expect(() => progress({ value: 1, target: 2, baseline: Number.NaN })).toThrowError(/baseline/);
    expect(() => progress({ value: 1, target: 2, direction: 'up' as never })).toThrowError(
      /direction/,
    );
    expect(() => progress(null as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('is met exactly when the share reaches 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (value, target, baseline) => {
          fc.pre(target !== baseline);
          const direction = target > baseline ? 'higher-is-better' : 'lower-is-better';
          const result = progress({ value, target, baseline, direction });
          expect(result.met).toBe(result.share >= 1);
        },
      ),
      { seed: 227, numRuns: 500 },
    );
  });
});
