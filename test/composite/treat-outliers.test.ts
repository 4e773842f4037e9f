import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treatOutliers } from '../../src/composite/treat-outliers.js';
import type { TreatOptions } from '../../src/model/framework-node.js';
import { type Column, loadCase, maxDifference } from '../fixtures/coinr/load.js';

type Details = Record<string, (number | boolean | string | null)[]>;
interface TreatCase {
  ids: string[];
  raw: Record<string, Column>;
  [config: string]: unknown;
}

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('treatOutliers agrees with COINr Treat', () => {
  const fixture = loadCase<TreatCase>('w_treat_synthetic');
  const configs: [string, TreatOptions | undefined][] = [
    ['default', undefined],
    ['boxcox', { winMax: 2, fallback: 'boxcox', lambda: 0.25 }],
    ['boxcox0', { winMax: 1, fallback: 'boxcox', lambda: 0 }],
    ['logct', { winMax: 1 }],
  ];
  it.each(configs)('w_treat_synthetic, %s', (config, options) => {
    const { treated, details } = fixture[config] as {
      treated: Record<string, Column>;
      details: Details;
    };
    fixture.ids.forEach((id, k) => {
      const result = treatOutliers(fixture.raw[id] as Column, options);
      expect(maxDifference(result.values, treated[id] as Column), id).toBeLessThan(1e-9);
      expect(result.skew[0]).toBeCloseTo(details['check_SkewKurt0.Skew']?.[k] as number, 12);
      expect(result.kurtosis[0]).toBeCloseTo(details['check_SkewKurt0.Kurt']?.[k] as number, 12);
      const fallback = details['check_SkewKurt2.Pass']?.[k] ?? null;
      const winsorised = details['winsorise.nwin']?.[k] ?? null;
      if (details['check_SkewKurt0.Pass']?.[k] === true) {
        expect(result.method).toBe('none');
      } else if (fallback === null) {
        expect(result.method).toBe('winsorise');
        expect(result.winsorised).toBe(winsorised);
        expect(result.skew[1]).toBeCloseTo(details['check_SkewKurt1.Skew']?.[k] as number, 12);
        expect(result.kurtosis[1]).toBeCloseTo(details['check_SkewKurt1.Kurt']?.[k] as number, 12);
      } else {
        expect(result.method).toBe(options?.fallback ?? 'log-ct');
        expect(result.winsorised).toBe(0);
        expect(result.passed).toBe(fallback);
        expect(result.skew[1]).toBeCloseTo(details['check_SkewKurt2.Skew']?.[k] as number, 12);
      }
    });
  });

  it.each(['r_treat_default', 's_treat_boxcox'])('%s (ASEM indicators)', (name) => {
    const asem = loadCase(name);
    const options: TreatOptions | undefined =
      name === 's_treat_boxcox' ? { winMax: 3, fallback: 'boxcox', lambda: 0.5 } : undefined;
    for (const [id, raw] of Object.entries(asem.raw)) {
      const result = treatOutliers(raw, options);
      expect(maxDifference(result.values, asem.treated?.[id] as Column), id).toBeLessThan(1e-9);
    }
  });
});

describe('treatOutliers', () => {
  it('winsorises the skewed side, ties together, and reports what it did', () => {
    const result = treatOutliers([1, 2, 2, 3, 3, 3, 4, 4, 5, 100]);
    expect(result).toMatchObject({ method: 'winsorise', winsorised: 1, passed: true });
    expect(result.values).toEqual([1, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
    expect(result.skew[0]).toBeGreaterThan(2);
    const low = treatOutliers([-100, 1, 2, 2, 3, 3, 3, 4, 4, 5]);
    expect(low.values[0]).toBe(1);
    expect(low.winsorised).toBe(1);
  });

  it('keeps missing values missing, and out of the statistics', () => {
    const result = treatOutliers([1, null, 2, 2, 3, 3, 3, 4, 4, 5, 100]);
    expect(result.values[1]).toBeNull();
    expect(result.values[10]).toBe(5);
  });

  it('leaves data it cannot judge alone: fewer than 4 values, or all equal', () => {
    expect(treatOutliers([1, 2, 300])).toEqual({
      values: [1, 2, 300],
      method: 'none',
      winsorised: 0,
      skew: [expect.any(Number), expect.any(Number)],
      kurtosis: [null, null],
      passed: true,
    });
    expect(treatOutliers([5, 5, 5, 5, 5])).toMatchObject({
      method: 'none',
      skew: [null, null],
      kurtosis: [null, null],
    });
    expect(treatOutliers([1, 2])).toMatchObject({ skew: [null, null], method: 'none' });
    expect(treatOutliers([])).toMatchObject({ values: [], method: 'none' });
  });

  it('stops winsorising when the data become constant', () => {
    const result = treatOutliers([1, 1, 1, 1, 1, 1, 1, 1, 1, 100]);
    expect(result.values.every((x) => x === 1)).toBe(true);
    expect(result).toMatchObject({
      method: 'winsorise',
      passed: true,
      skew: [expect.any(Number), null],
    });
  });

  it('falls back on the original values, or keeps the winsorised ones with fallback none', () => {
    const heavy = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 50, 60, 1000];
    expect(treatOutliers(heavy, { winMax: 0 }).method).toBe('log-ct');
    const kept = treatOutliers(heavy, { winMax: 1, fallback: 'none' });
    expect(kept.method).toBe('winsorise');
    expect(kept.values.at(-1)).toBe(60);
    expect(treatOutliers(heavy, { winMax: 0, fallback: 'none' }).method).toBe('none');
    const logged = treatOutliers(heavy, { winMax: 0 });
    // ln(x − min + 0.01 (max − min))
    expect(logged.values[0]).toBeCloseTo(Math.log(0.01 * 999), 12);
  });

  it('Box-Cox: shifts to start at 1 by default; without the shift, refuses values ≤ 0 up front', () => {
    const heavy = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 49, 59, 999];
    const shifted = treatOutliers(heavy, { winMax: 0, fallback: 'boxcox', lambda: 1 });
    expect(shifted.values[0]).toBe(0); // (1¹ − 1) / 1
    rejects(
      () => treatOutliers([1, 0, 3, 4], { fallback: 'boxcox', shift: false }),
      'INVALID_ARGUMENT',
      "values[1] is 0; Box-Cox without shift needs values > 0. Leave shift on (x − min + 1, as COINr) or choose fallback: 'log-ct'.",
    );
    const positive = treatOutliers(
      heavy.map((x) => x + 1),
      { winMax: 0, fallback: 'boxcox', lambda: 0, shift: false },
    );
    expect(positive.values[0]).toBe(0); // ln 1
  });

  it('checks its options with the guards', () => {
    rejects(
      () => treatOutliers([1], { winMax: 1.5 }),
      'INVALID_ARGUMENT',
      'options.winMax: expected an integer ≥ 0, got 1.5.',
    );
    rejects(
      () => treatOutliers([1], { fallback: 'log' as never }),
      'INVALID_ARGUMENT',
      'options.fallback: expected one of "log-ct", "boxcox", "none", got "log".',
    );
    rejects(
      () => treatOutliers([1], { skewThreshold: 0 }),
      'INVALID_NUMBER',
      'options.skewThreshold: expected a finite number > 0, got 0.',
    );
    rejects(
      () => treatOutliers([1], { kurtosisThreshold: Number.NaN }),
      'INVALID_NUMBER',
      'options.kurtosisThreshold: expected a finite number, got NaN.',
    );
    rejects(
      () => treatOutliers([1], { lambda: Number.POSITIVE_INFINITY }),
      'INVALID_NUMBER',
      'options.lambda: expected a finite number, got Infinity.',
    );
    rejects(
      () => treatOutliers([1], { shift: 'yes' as never }),
      'INVALID_ARGUMENT',
      'options.shift: expected one of true, false, got "yes".',
    );
    rejects(
      () => treatOutliers([1], 'none' as never),
      'INVALID_ARGUMENT',
      'options: expected an object like { winMax: 5 }, got "none".',
    );
    rejects(
      () => treatOutliers([1, Number.NaN]),
      'INVALID_NUMBER',
      'values[1]: expected a finite number, got NaN.',
    );
  });

  it('never returns NaN, keeps order, and does not touch its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)), {
          maxLength: 40,
        }),
        fc.constantFrom<TreatOptions | undefined>(undefined, { winMax: 1 }, { fallback: 'boxcox' }),
        (xs, options) => {
          const input = [...xs];
          const result = treatOutliers(xs, options);
          expect(xs).toEqual(input);
          result.values.forEach((y, i) => {
            expect(y === null).toBe(xs[i] === null);
            if (y !== null) expect(Number.isFinite(y)).toBe(true);
          });
          for (const s of [...result.skew, ...result.kurtosis]) {
            if (s !== null) expect(Number.isFinite(s)).toBe(true);
          }
          // Monotone: treatment never reverses the order of two values.
          xs.forEach((a, i) => {
            xs.forEach((b, j) => {
              if (a !== null && b !== null && a < b)
                expect(result.values[i] as number).toBeLessThanOrEqual(result.values[j] as number);
            });
          });
        },
      ),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe('treatOutliers: thresholds as COINr draws them', () => {
  const tail = [1, 2, 2, 3, 3, 3, 4, 4, 5, 100];
  it('treats at exactly the thresholds (COINr passes |skew| < t or kurtosis < t), not above them', () => {
    const { skew, kurtosis } = treatOutliers(tail);
    const s = Math.abs(skew[0] as number);
    const k = kurtosis[0] as number;
    expect(treatOutliers(tail, { skewThreshold: s, kurtosisThreshold: k }).method).toBe(
      'winsorise',
    );
    expect(treatOutliers(tail, { skewThreshold: s + 1e-9 }).method).toBe('none');
    expect(treatOutliers(tail, { kurtosisThreshold: k + 1e-9 }).method).toBe('none');
  });

  it('winsorises the low side when the skew is negative, and reports the after-statistics', () => {
    const low = treatOutliers(tail.map((x) => -x));
    expect(low.values.at(-1)).toBe(-5);
    expect(low.winsorised).toBe(1);
    expect(low.skew[1]).not.toBe(low.skew[0]);
    expect(low.kurtosis[1]).toBeLessThan(low.kurtosis[0] as number);
  });
});

describe('treatOutliers: both sides, fallback none, logCT without shift', () => {
  const base = [0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6];

  it('counts the last winsorised points on each side, as COINr (nwin = |imax| + |imin|)', () => {
    // The top point goes first; the skew then turns negative and the two low ones follow.
    const result = treatOutliers([-20, -15, ...base, 1000], { winMax: 10 });
    expect(result).toMatchObject({ method: 'winsorise', winsorised: 3, passed: true });
    expect(result.values[0]).toBe(0);
    expect(result.values[1]).toBe(0);
    expect(result.values.at(-1)).toBe(6);
  });

  it("fallback 'none' keeps the values it could not fix", () => {
    const heavy = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 50, 60, 1000];
    const kept = treatOutliers(heavy, { winMax: 0, fallback: 'none' });
    expect(kept).toMatchObject({ method: 'none', passed: false });
    expect(kept.values).toEqual(heavy);
  });

  it('shift: false matters to Box-Cox only', () => {
    expect(treatOutliers([1, 0, 3, 4], { shift: false }).values).toEqual([1, 0, 3, 4]);
  });
});

describe('treatOutliers: a statistic it cannot compute', () => {
  it('passes three values whose skew is above the threshold: their kurtosis is undefined (NA in COINr)', () => {
    // skew 1.73 > 1, but with 3 values there is no kurtosis: COINr's test is NA and Treat leaves them.
    expect(treatOutliers([0, 0, 10], { skewThreshold: 1 })).toEqual({
      values: [0, 0, 10],
      method: 'none',
      winsorised: 0,
      skew: [expect.closeTo(Math.sqrt(3), 12), expect.closeTo(Math.sqrt(3), 12)],
      kurtosis: [null, null],
      passed: true,
    });
  });
});
