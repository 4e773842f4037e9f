import { describe, expect, it } from 'vitest';
import { projectLinear, requiredGrowthRate } from '../../src/kpi/trend.js';

describe('requiredGrowthRate', () => {
  it('is the compound annual rate', () => {
    const rate = requiredGrowthRate(
      { date: '2021-01-01', value: 100 },
      { date: new Date(2023, 0, 1), value: 121 },
    );
    expect(rate).toBeCloseTo(0.1, 3);
    expect(
      requiredGrowthRate({ date: '2021-01-01', value: 5 }, { date: '2022-01-01', value: 0 }),
    ).toBe(-1);
  });

  it('rejects impossible spans and values', () => {
    expect(() =>
      requiredGrowthRate({ date: '2022-01-01', value: 1 }, { date: '2021-01-01', value: 2 }),
    ).toThrowError(/later/);
    expect(() =>
      requiredGrowthRate({ date: '2021-01-01', value: 0 }, { date: '2022-01-01', value: 2 }),
    ).toThrowError(/from\.value/);
    expect(() =>
      requiredGrowthRate({ date: '2021-01-01', value: 1 }, { date: '2022-01-01', value: -2 }),
    ).toThrowError(/to\.value/);
    expect(() =>
      requiredGrowthRate({ date: '2021-02-30', value: 1 }, { date: '2022-01-01', value: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() =>
      requiredGrowthRate(
        { date: '2021-01-01', value: Number.NaN },
        { date: '2022-01-01', value: 2 },
      ),
    ).toThrowError(/from\.value/);
    expect(() => requiredGrowthRate(null as never, { date: '2022-01-01', value: 2 })).toThrowError(
      /from/,
    );
  });
});

describe('projectLinear', () => {
  const points = [
    { date: '2021-01-01', value: 40 },
    { date: '2022-01-01', value: 50 },
    { date: '2023-01-01', value: 60 },
  ];

  it('finds the date a least-squares line meets the target', () => {
    const date = projectLinear(points, 70) as Date;
    expect(Math.abs(date.getTime() - new Date(2024, 0, 1).getTime())).toBeLessThan(
      2 * 24 * 3600 * 1000,
    );
    expect(projectLinear([...points].reverse(), 70)?.getTime()).toBe(date.getTime());
  });

  it('handles falling trends, flat lines and targets behind the data', () => {
    const falling = points.map((p) => ({ ...p, value: 100 - p.value }));
    expect((projectLinear(falling, 30) as Date).getFullYear()).toBe(2024);
    expect(
      projectLinear(
        [
          { date: '2021-01-01', value: 5 },
          { date: '2022-01-01', value: 5 },
        ],
        80,
      ),
    ).toBeUndefined();
    expect(projectLinear(points, 10)).toBeUndefined();
  });

  it('rejects too few points, one date, bad targets', () => {
    expect(() => projectLinear([points[0] as never], 70)).toThrowError(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() => projectLinear([points[0] as never, points[0] as never], 70)).toThrowError(
      /one date/,
    );
    expect(() => projectLinear(points, Number.NaN)).toThrowError(/target/);
    expect(() => projectLinear('x' as never, 1)).toThrowError(/points/);
  });
});
