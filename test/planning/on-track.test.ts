import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onTrack } from '../../src/planning/on-track.js';
import { dxErrorOf } from '../fixtures/errors.js';

const yearly = (start: number, values: readonly number[]) =>
  values.map((value, i) => ({ date: `${start + i}-12-31`, value }));

describe('onTrack', () => {
  it('compares the CAGR so far with the CAGR still needed (Eurostat)', () => {
    // 100 → 121 in two years is 10 % a year; 121 → 146.41 in two more needs 10 % too.
    const result = onTrack(yearly(2020, [100, 110, 121]), { date: '2024-12-31', value: 146.41 });
    expect(result.verdict).toBe('on-track');
    expect(result.actualRate).toBeCloseTo(0.1, 3);
    expect(result.requiredRate).toBeCloseTo(0.1, 3);
    expect(result.ratio).toBeCloseTo(1, 2); // year lengths differ slightly (2020 and 2024 are leap years)
    expect(result.projected).toBeCloseTo(146.41, 1);
    expect(result.yearsLeft).toBeCloseTo(2, 2);
  });

  it('classes the ratio at 95 %, 60 % and 0 by default', () => {
    const verdict = (target: number) =>
      onTrack(yearly(2020, [100, 110]), { date: '2022-12-31', value: target }).verdict;
    // 10 % a year observed; from 110, a target of 110 × (1 + r) needs r.
    expect(verdict(110 * 1.1)).toBe('on-track');
    expect(verdict(110 * 1.15)).toBe('moderate'); // 0.1 / 0.15 = 0.67
    expect(verdict(110 * 1.25)).toBe('insufficient'); // 0.4
    expect(verdict(100)).toBe('met');
    expect(onTrack(yearly(2020, [110, 100]), { date: '2022-12-31', value: 120 }).verdict).toBe(
      'moving-away',
    );
    expect(onTrack(yearly(2020, [100, 100]), { date: '2022-12-31', value: 120 }).verdict).toBe(
      'insufficient',
    );
  });

  it('takes other thresholds', () => {
    const series = yearly(2020, [100, 110]);
    const target = { date: '2022-12-31', value: 110 * 1.15 };
    expect(onTrack(series, target, { thresholds: { moderate: 0.7 } }).verdict).toBe('insufficient');
    expect(onTrack(series, target, { thresholds: { onTrack: 0.6 } }).verdict).toBe('on-track');
    expect(() => onTrack(series, target, { thresholds: { onTrack: 0.5 } })).toThrowError(
      /options\.thresholds\.moderate: expected a number from 0 to 0\.5, got 0\.6/,
    );
    expect(() => onTrack(series, target, { thresholds: { onTrack: -1 } })).toThrowError(
      /options\.thresholds\.onTrack/,
    );
    expect(() => onTrack(series, target, { thresholds: 3 as never })).toThrowError(
      'options.thresholds: expected { onTrack, moderate }, got 3.',
    );
  });

  it('is direction-aware: ranks and other lower-is-better values', () => {
    const rank = [
      { date: '2021-12-31', value: 25 },
      { date: '2022-12-31', value: 31 },
    ];
    const away = onTrack(rank, { date: '2023-12-31', value: 20 }, { direction: 'lower-is-better' });
    expect(away.verdict).toBe('moving-away');
    expect(away.actualRate).toBeCloseTo(0.24, 2);
    expect(away.requiredRate).toBeCloseTo(20 / 31 - 1, 2);
    const better = onTrack(
      yearly(2021, [28, 17]),
      { date: '2025-12-31', value: 10 },
      { direction: 'lower-is-better' },
    );
    expect(better.verdict).toBe('on-track');
    expect(
      onTrack(
        yearly(2021, [28, 17]),
        { date: '2025-12-31', value: 20 },
        { direction: 'lower-is-better' },
      ).verdict,
    ).toBe('met');
  });

  it('fits a line with trend: linear, as COINr prc_change', () => {
    // COINr: prc_change(c(10, 12, 14, 17), 2011:2014) = slope 2.3 / fitted first value 9.8 = 23.47 %.
    const result = onTrack(
      yearly(2011, [10, 12, 14, 17]),
      { date: '2016-12-31', value: 21.6 },
      {
        trend: 'linear',
      },
    );
    expect(result.actualRate).toBeCloseTo(2.3 / 9.8, 3);
    // Still needed: (21.6 − 17) / 2 = 2.3 a year, the same slope.
    expect(result.requiredRate).toBeCloseTo(2.3 / 9.8, 3);
    expect(result.ratio).toBeCloseTo(1, 2);
    expect(result.verdict).toBe('on-track');
    expect(result.projected).toBeCloseTo(21.6, 1);
    // Two points: the line through them.
    expect(
      onTrack(yearly(2020, [0.5, 1]), { date: '2022-12-31', value: 3 }, { trend: 'linear' }).ratio,
    ).toBeCloseTo(0.25, 2);
  });

  it('puts a ratio exactly at a threshold in the better class, and a value at the target is met', () => {
    const series = yearly(2020, [100, 110]);
    const target = { date: '2022-12-31', value: 130 };
    const ratio = onTrack(series, target).ratio as number;
    expect(
      onTrack(series, target, { thresholds: { onTrack: ratio, moderate: ratio } }).verdict,
    ).toBe('on-track');
    expect(
      onTrack(series, target, { thresholds: { onTrack: ratio * 2, moderate: ratio } }).verdict,
    ).toBe('moderate');
    expect(
      onTrack(
        yearly(2020, [30, 20]),
        { date: '2022-12-31', value: 20 },
        { direction: 'lower-is-better' },
      ).verdict,
    ).toBe('met');
  });

  it('sorts the series by date', () => {
    const sorted = onTrack(yearly(2020, [100, 110, 121]), { date: '2024-12-31', value: 150 });
    const shuffled = onTrack([...yearly(2020, [100, 110, 121])].reverse(), {
      date: '2024-12-31',
      value: 150,
    });
    expect(shuffled).toEqual(sorted);
  });

  it('rejects what it cannot judge, saying what to change', () => {
    const target = { date: '2025-12-31', value: 10 };
    expect(() => onTrack(yearly(2020, [1]), target)).toThrowError(
      'series: expected at least two observations to measure growth, got 1.',
    );
    expect(() =>
      onTrack(
        [
          { date: '2020-12-31', value: 1 },
          { date: '2020-12-31', value: 2 },
        ],
        target,
      ),
    ).toThrowError('series: two observations on 2020-12-31; keep one value per date.');
    expect(() => onTrack(yearly(2020, [1, 2]), { date: '2021-06-30', value: 10 })).toThrowError(
      /target\.date \(2021-06-30\) is not after the latest observation \(2021-12-31\)/,
    );
    expect(onTrack(yearly(2020, [1, 2]), { date: '2021-06-30', value: 2 }).verdict).toBe('met');
    expect(() => onTrack(yearly(2020, [1, 2]), { date: '2021-12-31', value: 10 })).toThrowError(
      /target\.date \(2021-12-31\) is not after the latest observation \(2021-12-31\)/,
    );
    expect(() => onTrack(yearly(2020, [1, 1, 7]), target, { trend: 'linear' })).toThrowError(
      /the fitted trend is 0 at 2020-12-31/,
    );
    expect(() => onTrack(yearly(2020, [0, 2]), target)).toThrowError(
      "series (2020-12-31): value 0 has no compound growth rate; use { trend: 'linear' } or values > 0.",
    );
    expect(() =>
      onTrack(
        yearly(2020, [5, 2]),
        { date: '2025-12-31', value: 0 },
        { direction: 'lower-is-better' },
      ),
    ).toThrowError(/^target: value 0 has no compound growth rate/);
    expect(() => onTrack(yearly(2020, [-3, -1, 1]), target, { trend: 'linear' })).toThrowError(
      /the fitted trend is -3 at 2020-12-31/,
    );
    expect(() => onTrack('x' as never, target)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => onTrack(yearly(2020, [1, 2]), target, { trend: 'cubic' as never })).toThrowError(
      /options\.trend/,
    );
    expect(() => onTrack(yearly(2020, [1, 2]), target, { direction: 'up' as never })).toThrowError(
      /options\.direction/,
    );
    expect(() =>
      onTrack(
        [
          { date: '2020-13-01', value: 1 },
          { date: '2021-01-01', value: 1 },
        ],
        target,
      ),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  const values = fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), {
    minLength: 2,
    maxLength: 6,
  });
  const goal = fc.double({ min: 1, max: 2000, noNaN: true });

  it('verdict follows the ratio, and scaling every value changes nothing (property)', () => {
    fc.assert(
      // Powers of two scale without rounding.
      fc.property(
        values,
        goal,
        fc.integer({ min: -6, max: 6 }).map((e) => 2 ** e),
        (vs, g, c) => {
          const target = { date: '2030-12-31', value: g };
          const result = onTrack(yearly(2020, vs), target);
          const scaled = onTrack(
            yearly(
              2020,
              vs.map((v) => v * c),
            ),
            { ...target, value: g * c },
          );
          expect(
            scaled.verdict === result.verdict ||
              Math.abs((scaled.ratio ?? 0) - (result.ratio ?? 0)) < 1e-9,
          ).toBe(true);
          if (result.ratio === null) expect(result.verdict).toBe('met');
          else
            expect(result.verdict).toBe(
              result.ratio >= 0.95
                ? 'on-track'
                : result.ratio >= 0.6
                  ? 'moderate'
                  : result.ratio >= 0
                    ? 'insufficient'
                    : 'moving-away',
            );
        },
      ),
    );
  });

  // Multiples of 1/8 mirror around 3000 without rounding.
  const eighths = fc.array(
    fc.integer({ min: 8, max: 8000 }).map((v) => v / 8),
    { minLength: 2, maxLength: 6 },
  );

  it('a lower-is-better series is the mirror of a higher-is-better one (linear, property)', () => {
    fc.assert(
      fc.property(
        eighths,
        fc.integer({ min: 8, max: 16000 }).map((v) => v / 8),
        (vs, g) => {
          const attempt = (run: () => ReturnType<typeof onTrack>) => {
            try {
              return run();
            } catch (error) {
              return (error as Error).message;
            }
          };
          const up = attempt(() =>
            onTrack(yearly(2020, vs), { date: '2030-12-31', value: g }, { trend: 'linear' }),
          );
          // Mirrored around 3000 the fitted start stays positive, so only the original may throw.
          const down = attempt(() =>
            onTrack(
              yearly(
                2020,
                vs.map((v) => 3000 - v),
              ),
              { date: '2030-12-31', value: 3000 - g },
              { trend: 'linear', direction: 'lower-is-better' },
            ),
          );
          if (typeof up === 'string') {
            expect(up).toMatch(/the fitted trend is/);
            return;
          }
          if (typeof down === 'string') throw new Error(down);
          expect(
            down.verdict === up.verdict || Math.abs((down.ratio ?? 0) - (up.ratio ?? 0)) < 1e-9,
          ).toBe(true);
        },
      ),
    );
  });

  it('names the code and the place of every refusal', () => {
    const target = { date: '2025-12-31', value: 10 };
    const refusal = (run: () => unknown) => {
      const error = dxErrorOf(run);
      return [error.code, error.message];
    };
    expect(refusal(() => onTrack(yearly(2020, [1]), target))).toEqual([
      'INVALID_ARGUMENT',
      'series: expected at least two observations to measure growth, got 1.',
    ]);
    expect(
      refusal(() =>
        onTrack(
          [
            { date: '2020-12-31', value: 1 },
            { date: '2020-12-31', value: 2 },
          ],
          target,
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'series: two observations on 2020-12-31; keep one value per date.',
    ]);
    expect(refusal(() => onTrack(yearly(2020, [1, 2]), { date: '2021-06-30', value: 10 }))).toEqual(
      [
        'INVALID_ARGUMENT',
        'target.date (2021-06-30) is not after the latest observation (2021-12-31), and the target is not met; give a later target date, or check the outcome with evaluateTarget.',
      ],
    );
    expect(refusal(() => onTrack(yearly(2020, [1, 1, 7]), target, { trend: 'linear' }))).toEqual([
      'INVALID_ARGUMENT',
      'series: the fitted trend is 0 at 2020-12-31, so growth cannot be read as a share of it; use values that stay above 0.',
    ]);
    const compound = dxErrorOf(() => onTrack(yearly(2020, [0, 2]), target));
    expect(compound.code).toBe('INVALID_ARGUMENT');
    expect(compound.issues[0]).toMatchObject({
      path: ['series (2020-12-31)'],
      expected: 'a value > 0',
    });
    expect(refusal(() => onTrack(yearly(2020, [1, 2]), target, 3 as never))).toEqual([
      'INVALID_ARGUMENT',
      'options: expected { direction, trend, thresholds }, got 3.',
    ]);
    expect(refusal(() => onTrack(yearly(2020, [1, 2]), target, { foo: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.foo: not an option here; expected direction, trend, thresholds.',
    ]);
    expect(
      refusal(() => onTrack(yearly(2020, [1, 2]), target, { thresholds: { x: 1 } } as never)),
    ).toEqual([
      'INVALID_ARGUMENT',
      'options.thresholds.x: not an option here; expected onTrack, moderate.',
    ]);
    expect(refusal(() => onTrack('x' as never, target))).toEqual([
      'INVALID_ARGUMENT',
      'series: expected an array of { date, value }, got "x".',
    ]);
    expect(
      refusal(() =>
        onTrack(
          [
            { date: '2020-12-31', value: 1 },
            { date: 'x', value: 2 },
          ],
          target,
        ),
      ),
    ).toEqual([
      'INVALID_DATE',
      'series[1].date: expected an ISO date string (YYYY-MM-DD), got "x".',
    ]);
    expect(refusal(() => onTrack(yearly(2020, [1, 2]), { date: 'x', value: 2 }))).toEqual([
      'INVALID_DATE',
      'target.date: expected an ISO date string (YYYY-MM-DD), got "x".',
    ]);
  });
});
