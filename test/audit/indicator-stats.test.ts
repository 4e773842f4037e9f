import { describe, expect, it } from 'vitest';
import { indicatorStats } from '../../src/audit/indicator-stats.js';
import { type Column, loadCase } from '../fixtures/coinr/load.js';

interface StatsCase {
  units: string[];
  ids: string[];
  raw: Record<string, Column>;
  stats: Record<string, (number | string | null)[]>;
}

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('indicatorStats agrees with COINr get_stats (ASEM raw data)', () => {
  const fixture = loadCase<StatsCase>('t_stats_raw');
  const column = (name: string) => fixture.stats[name] as (number | string | null)[];
  it('every column, every indicator', () => {
    // Computed inside the test, so that mutation testing sees it.
    const stats = indicatorStats({ kind: 'columns', units: fixture.units, columns: fixture.raw });
    expect(stats.map((s) => s.id)).toEqual(column('iCode'));
    stats.forEach((s, k) => {
      const near = (actual: number | null, name: string) =>
        expect(
          Math.abs((actual as number) - (column(name)[k] as number)),
          `${s.id} ${name}`,
        ).toBeLessThan(1e-9);
      near(s.min, 'Min');
      near(s.max, 'Max');
      near(s.mean, 'Mean');
      near(s.median, 'Median');
      near(s.sd, 'Std');
      near(s.skew, 'Skew');
      near(s.kurtosis, 'Kurt');
      expect(s.n).toBe(column('N.Avail')[k]);
      expect(s.nonZero).toBe(column('N.NonZero')[k]);
      expect(s.unique).toBe(column('N.Unique')[k]);
      expect(s.same).toBe(column('N.Same')[k]);
      near(s.availability, 'Frc.Avail');
      expect(s.flags.includes('low-availability')).toBe(column('Flag.Avail')[k] === 'LOW');
      expect(s.flags.includes('low-non-zero')).toBe(column('Flag.NonZero')[k] === 'LOW');
      expect(s.flags.includes('low-unique')).toBe(column('Flag.Unique')[k] === 'LOW');
      expect(s.flags.includes('outlier')).toBe(column('Flag.SkewKurt')[k] === 'OUT');
    });
    // The ASEM data raise two of the flags (the unit tests below raise the others).
    for (const flag of ['low-unique', 'outlier'] as const)
      expect(
        stats.some((s) => s.flags.includes(flag)),
        flag,
      ).toBe(true);
  });
});

describe('indicatorStats', () => {
  it('gives null for statistics the data cannot define', () => {
    const [empty, one, two, flat] = indicatorStats(
      new Map([
        ['a', { none: null, one: 1, two: 1, flat: 3 }],
        ['b', { none: null, one: null, two: 2, flat: 3 }],
        ['c', { none: null, one: null, two: null, flat: 3 }],
        ['d', { none: null, one: null, two: null, flat: 3 }],
      ]),
    );
    expect(empty).toMatchObject({
      n: 0,
      min: null,
      max: null,
      mean: null,
      median: null,
      sd: null,
      same: 0,
    });
    expect(one).toMatchObject({ n: 1, min: 1, mean: 1, sd: null, skew: null, kurtosis: null });
    expect(two).toMatchObject({ n: 2, median: 1.5, sd: Math.SQRT1_2, skew: null });
    expect(flat).toMatchObject({ sd: 0, skew: null, kurtosis: null, unique: 1, same: 4 });
    expect(flat?.flags).toEqual(['low-unique']);
    expect(empty?.flags).toEqual(['low-availability', 'low-non-zero', 'low-unique']);
  });

  it('takes indicators and thresholds', () => {
    const data = { a: { x: 0, y: 1 }, b: { x: 0, y: 2 }, c: { x: 1, y: 3 } };
    expect(indicatorStats(data, { indicators: ['y'] }).map((s) => s.id)).toEqual(['y']);
    expect(indicatorStats(data, { indicators: ['x'] })[0]?.flags).toEqual(['low-non-zero']);
    expect(indicatorStats(data, { indicators: ['x'], nonZero: 0.3 })[0]?.flags).toEqual([]);
  });

  it('checks data and options up front', () => {
    rejects(() => indicatorStats({}), 'EMPTY_INPUT', 'data: expected at least one unit, got none.');
    rejects(
      () => indicatorStats({ a: { x: 1 } }, { availability: 2 }),
      'INVALID_ARGUMENT',
      'options.availability: expected a number from 0 to 1, got 2.',
    );
    rejects(
      () => indicatorStats({ a: { x: 1 } }, { indicators: ['y'] }),
      'UNKNOWN_ID',
      'options.indicators: "y" is not an indicator of the data.',
    );
    rejects(
      () => indicatorStats({ a: { x: Number.NaN } }),
      'INVALID_NUMBER',
      'data["a"]["x"]: expected a finite number or null, got NaN.',
    );
    rejects(
      () => indicatorStats({ kind: 'columns', units: ['a'], columns: { x: [1, 2] } }),
      'LENGTH_MISMATCH',
      'data.columns["x"]: expected 1 values, one per unit.',
    );
    rejects(
      () => indicatorStats({ kind: 'columns', units: ['a', 'a'], columns: {} }),
      'INVALID_ARGUMENT',
      'data.units: a unit appears twice; name each unit once.',
    );
    rejects(
      () => indicatorStats(null as never),
      'INVALID_ARGUMENT',
      'data: expected unit → indicator → value, a Map, or { kind: "columns", units, columns }, got null.',
    );
    rejects(
      () => indicatorStats({ a: 3 } as never),
      'INVALID_ARGUMENT',
      'data["a"]: expected indicator → value, got 3.',
    );
  });
});

describe('indicatorStats: thresholds at their edges, and option messages', () => {
  it('flags strictly below a share, as COINr (>= is ok)', () => {
    // 2 of 4 present: availability 0.5; non-zero 1 of 4 units; 2 distinct of 4 units.
    const data = { a: { x: 0 }, b: { x: 3 }, c: { x: null }, d: { x: null } };
    expect(
      indicatorStats(data, { availability: 0.5, nonZero: 0.25, unique: 0.5 })[0]?.flags,
    ).toEqual([]);
    expect(
      indicatorStats(data, { availability: 0.51, nonZero: 0.26, unique: 0.51 })[0]?.flags,
    ).toEqual(['low-availability', 'low-non-zero', 'low-unique']);
    expect(indicatorStats(data)[0]).toMatchObject({
      availability: 0.5,
      min: 0,
      max: 3,
      nonZero: 1,
    });
  });

  it('flags an outlier only when both skew and kurtosis pass their thresholds', () => {
    const tail = { x: [1, 2, 2, 3, 3, 3, 4, 4, 5, 100] };
    const data = { kind: 'columns' as const, units: tail.x.map((_, i) => `u${i}`), columns: tail };
    const [stats] = indicatorStats(data);
    expect(stats?.flags).toContain('outlier');
    const skew = stats?.skew as number;
    const kurt = stats?.kurtosis as number;
    expect(indicatorStats(data, { skew: skew })[0]?.flags).not.toContain('outlier');
    expect(indicatorStats(data, { kurtosis: kurt })[0]?.flags).not.toContain('outlier');
    expect(indicatorStats(data, { skew: skew - 1e-9, kurtosis: kurt - 1e-9 })[0]?.flags).toContain(
      'outlier',
    );
    // Symmetric heavy tails: high kurtosis, no skew.
    const both = { x: [-100, 1, 2, 2, 3, 3, 3, 4, 4, 5, 106] };
    const symmetric = {
      kind: 'columns' as const,
      units: both.x.map((_, i) => `u${i}`),
      columns: both,
    };
    expect(indicatorStats(symmetric)[0]?.flags).not.toContain('outlier');
  });

  it('names each bad option', () => {
    const data = { a: { x: 1 } };
    for (const [name, value, code, expected] of [
      ['nonZero', 2, 'INVALID_ARGUMENT', 'a number from 0 to 1'],
      ['unique', -1, 'INVALID_ARGUMENT', 'a number from 0 to 1'],
      ['skew', 0, 'INVALID_NUMBER', 'a finite number > 0'],
      ['kurtosis', Number.NaN, 'INVALID_NUMBER', 'a finite number'],
    ] as const) {
      rejects(
        () => indicatorStats(data, { [name]: value }),
        code,
        `options.${name}: expected ${expected}, got ${value}.`,
      );
    }
    rejects(
      () => indicatorStats(data, 3 as never),
      'INVALID_ARGUMENT',
      'options: expected an object like { availability: 0.65 }, got 3.',
    );
    rejects(
      () => indicatorStats(data, { x: 1 } as never),
      'INVALID_ARGUMENT',
      'options.x: not an option here; expected indicators, availability, nonZero, unique, skew, kurtosis.',
    );
  });
});
