import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/analysis/cronbach-alpha.js';
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
        message: "ids: Cronbach's alpha needs at least 2 indicators, got 1.",
      }),
    );
    expect(() => cronbachAlpha({ a: { x: 1 } }, 'x' as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'ids: expected an array of indicator ids, got "x".',
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
