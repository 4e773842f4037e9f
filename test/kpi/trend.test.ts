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

  it('projects a target the line meets at its first date to that date (not behind the data)', () => {
    const two = [
      { date: '2021-01-01', value: 40 },
      { date: '2023-01-01', value: 60 },
    ];
    expect(projectLinear(two, 40)?.getTime()).toBe(new Date(2021, 0, 1).getTime());
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

describe('trend errors', () => {
  const a = { date: '2021-01-01', value: 100 };
  const b = { date: '2022-01-01', value: 110 };

  it.each<[string, () => unknown, string, string]>([
    [
      'a missing point',
      () => requiredGrowthRate(null as never, b),
      'INVALID_ARGUMENT',
      'from: expected { date, value }, got null.',
    ],
    [
      'a value that is not a number',
      () => requiredGrowthRate(a, { ...b, value: Number.NaN }),
      'INVALID_NUMBER',
      'to.value: expected a finite number, got NaN.',
    ],
    [
      'one day twice',
      () => requiredGrowthRate(a, { ...a, value: 120 }),
      'INVALID_ARGUMENT',
      'to.date must be later than from.date.',
    ],
    [
      'a start of zero',
      () => requiredGrowthRate({ ...a, value: 0 }, b),
      'INVALID_ARGUMENT',
      'from.value must be > 0 for a growth rate, got 0.',
    ],
    [
      'a negative end',
      () => requiredGrowthRate(a, { ...b, value: -1 }),
      'INVALID_ARGUMENT',
      'to.value must be ≥ 0 for a growth rate, got -1.',
    ],
    [
      'points that are no array',
      () => projectLinear('x' as never, 1),
      'INVALID_ARGUMENT',
      'points: expected an array, got "x".',
    ],
    [
      'a single point',
      () => projectLinear([a], 1),
      'EMPTY_INPUT',
      'points: need at least two dated values, got 1.',
    ],
    [
      'a target that is not a number',
      () => projectLinear([a, b], Number.POSITIVE_INFINITY),
      'INVALID_NUMBER',
      'target: expected a finite number, got Infinity.',
    ],
    [
      'a bad point, by its index',
      () => projectLinear([a, { ...b, value: '5' as never }], 1),
      'INVALID_NUMBER',
      'points[1].value: expected a finite number, got "5".',
    ],
    [
      'points on one day',
      () => projectLinear([a, { ...a, value: 120 }], 130),
      'INVALID_ARGUMENT',
      'points: all points share one date; a trend needs two dates.',
    ],
  ])('reject %s', (_, run, code, message) => {
    expect(run).toThrowError(expect.objectContaining({ code, message }));
  });

  it('read a Date as its calendar day, its time of day dropped', () => {
    // 366 days: noon on 1 January 2021 is 1 January 2021, as the ISO day would be.
    const rate = requiredGrowthRate(
      { date: new Date(2020, 0, 1), value: 100 },
      { date: new Date(2021, 0, 1, 12), value: 110 },
    );
    expect(rate).toBe(
      requiredGrowthRate({ date: '2020-01-01', value: 100 }, { date: '2021-01-01', value: 110 }),
    );
    expect(rate).toBeCloseTo(1.1 ** (365.2425 / 366) - 1, 12);
  });
});
