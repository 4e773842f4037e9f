import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../src/kpi/evaluate-target.js';
import { progress } from '../../src/kpi/progress.js';

describe('progress', () => {
  it('measures the way from baseline to target in both directions', () => {
    expect(progress(60, 80)).toEqual({ share: 0.75, gap: 20, met: false });
    expect(progress(80, 80)).toEqual({ share: 1, gap: 0, met: true });
    expect(progress(97, 90, { baseline: 50 })).toEqual({ share: 1.175, gap: -7, met: true });
    expect(progress(17, 20, { baseline: 28, direction: 'lower-is-better' })).toEqual({
      share: 1.375,
      gap: -3,
      met: true,
    });
    expect(progress(25, 20, { baseline: 28, direction: 'lower-is-better' })).toEqual({
      share: 0.375,
      gap: 5,
      met: false,
    });
  });

  it('rejects bad input', () => {
    expect(() => progress(1, 0)).toThrowError(/no way to measure/);
    expect(() => progress(Number.NaN, 1)).toThrowError(/value/);
    expect(() => progress(1, Number.POSITIVE_INFINITY)).toThrowError(/target/);
    expect(() => progress(1, 2, { baseline: Number.NaN })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: 'options.baseline: expected a finite number, got NaN.',
      }),
    );
    expect(() => progress(1, 2, { direction: 'up' as never })).toThrowError(/options\.direction/);
    expect(() => progress(1, 2, { baselin: 0 } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^options\.baselin: not an option here/),
      }),
    );
    expect(() => progress(1, 2, 0 as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('says which argument is wrong and what it should be', () => {
    expect(() => progress(1, 2, 0 as never)).toThrowError(
      /^options: expected \{ baseline, direction \}, got 0/,
    );
    expect(() => progress({ value: 60 } as never, 80)).toThrowError(
      /^value: expected a number, got /,
    );
    // null is not the 0.x object form: no migration hint.
    expect(() => progress(null as never, 80)).toThrowError(
      expect.objectContaining({ message: expect.not.stringContaining('since vn-dx 1.0') }),
    );
    // The same target and baseline: the message starts with what is wrong (no argument path).
    expect(() => progress(1, 5, { baseline: 5 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^target and baseline are both 5; there is no way/),
      }),
    );
  });

  it("names the migration for 0.x's object form", () => {
    expect(() => progress({ value: 60, target: 80 } as never, undefined as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining(
          'since vn-dx 1.0, call progress(value, target, { baseline, direction })',
        ),
      }),
    );
  });

  it('is met exactly when the share reaches 1, and agrees with evaluateTarget (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (value, target, baseline) => {
          fc.pre(target !== baseline);
          const direction = target > baseline ? 'higher-is-better' : 'lower-is-better';
          const result = progress(value, target, { baseline, direction });
          expect(result.met).toBe(result.share >= 1);
          const comparator = direction === 'higher-is-better' ? 'gte' : 'lte';
          expect(evaluateTarget(value, { comparator, value: target }, { baseline })).toEqual(
            result,
          );
        },
      ),
      { seed: 227, numRuns: 500 },
    );
  });
});
