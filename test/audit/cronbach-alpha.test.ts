import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/audit/cronbach-alpha.js';
import { type Column, loadCase } from '../fixtures/coinr/load.js';

interface StatsCase {
  units: string[];
  raw: Record<string, Column>;
  pillars: Record<string, string[]>;
  cronbach: Record<string, number>;
}

describe('cronbachAlpha agrees with COINr get_cronbach (ASEM pillars, raw data with gaps)', () => {
  const fixture = loadCase<StatsCase>('t_stats_raw');
  const data = { kind: 'columns' as const, units: fixture.units, columns: fixture.raw };
  it.each(Object.keys(fixture.pillars))('%s', (pillar) => {
    const alpha = cronbachAlpha(data, fixture.pillars[pillar] as string[]);
    expect(Math.abs((alpha as number) - (fixture.cronbach[pillar] as number))).toBeLessThan(1e-9);
  });
});

describe('cronbachAlpha', () => {
  it('is 1 for identical columns and null when every covariance is 0', () => {
    const data = {
      a: { x: 1, y: 1, f: 2, g: 3 },
      b: { x: 2, y: 2, f: 2, g: 3 },
      c: { x: 4, y: 4, f: 2, g: 3 },
    };
    expect(cronbachAlpha(data, ['x', 'y'])).toBeCloseTo(1, 14);
    expect(cronbachAlpha(data, ['f', 'g'])).toBeNull();
  });

  it('needs at least 2 indicators', () => {
    expect(() => cronbachAlpha({ a: { x: 1 } }, ['x'])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: "indicators: Cronbach's alpha needs at least 2 indicators, got 1.",
      }),
    );
    expect(() => cronbachAlpha({ a: { x: 1 } }, 'x' as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'indicators: expected an array of indicator ids, got "x".',
      }),
    );
    expect(() => cronbachAlpha({ a: { x: 1, y: 2 } }, ['x', 'w'])).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'indicators: "w" is not an indicator of the data.',
      }),
    );
  });
});

describe('cronbachAlpha with sparse data', () => {
  it('leaves out covariances of fewer than 2 common units, as R with na.rm', () => {
    const data = {
      a: { x: 1, y: 2, z: null },
      b: { x: 2, y: 4, z: null },
      c: { x: 4, y: 9, z: 1 },
    };
    const alpha = cronbachAlpha(data, ['x', 'y', 'z']);
    expect(alpha).not.toBeNull();
    expect(Number.isFinite(alpha as number)).toBe(true);
  });
});

describe('cronbachAlpha by hand', () => {
  // An independent computation: k / (k − 1) × (1 − Σ var / var(Σ)) on complete data.
  function byHand(columns: number[][]): number {
    const k = columns.length;
    const n = (columns[0] as number[]).length;
    const variance = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
    };
    const totals = Array.from({ length: n }, (_, i) =>
      columns.reduce((a, c) => a + (c[i] as number), 0),
    );
    return (k / (k - 1)) * (1 - columns.reduce((a, c) => a + variance(c), 0) / variance(totals));
  }

  it('agrees with the textbook formula on complete data', () => {
    const columns = { a: [1, 2, 4, 7, 3], b: [2, 3, 7, 6, 1], c: [5, 1, 2, 9, 4] };
    const data = { kind: 'columns' as const, units: ['u1', 'u2', 'u3', 'u4', 'u5'], columns };
    const alpha = cronbachAlpha(data, ['a', 'b', 'c']) as number;
    expect(alpha).toBeCloseTo(byHand(Object.values(columns)), 12);
    const shifted = { ...columns, c: columns.c.map((x) => x + 100) };
    expect(cronbachAlpha({ ...data, columns: shifted }, ['a', 'b', 'c'])).toBeCloseTo(alpha, 12);
  });

  it('a pair with 2 common units has a covariance; with 1 it has none', () => {
    const data = {
      a: { x: 1, y: 1, z: 5 },
      b: { x: 2, y: 3, z: null },
      c: { x: 3, y: null, z: null },
    };
    // cov(x, y) over 2 pairs is 1; x, z have 1 pair and z one value: those count as 0.
    // C = [[1, 1, 0], [1, 2, 0], [0, 0, 0]]: total 5, diagonal 3, alpha = 9 · (2 / 6) / 5.
    expect(cronbachAlpha(data, ['x', 'y', 'z'])).toBeCloseTo(0.6, 14);
  });
});
