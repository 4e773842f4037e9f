import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imputePanel } from '../../src/audit/impute-panel.js';
import { type Column, loadCase, maxDifference } from '../fixtures/coinr/load.js';

interface PanelCase {
  units: string[];
  time: number[];
  ids: string[];
  raw: Record<string, Column>;
  imputed: Record<string, Record<string, Column>>;
}

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('imputePanel agrees with COINr impute_panel (ASEM panel with gaps)', () => {
  const fixture = loadCase<PanelCase>('u_impute_panel');
  const methods = [
    ['latest', 'latest'],
    ['constant', 'constant'],
    ['linear-constant', 'linear-constant'],
    ['linear', 'linear'],
  ] as const;
  it.each(methods)('%s', (coinr, method) => {
    for (const id of fixture.ids) {
      const expected = fixture.imputed[coinr]?.[id] as Column;
      const actual: (number | null)[] = [];
      for (const unit of new Set(fixture.units)) {
        const rows = fixture.units.flatMap((u, i) => (u === unit ? [i] : []));
        // COINr's linear run had GBR's LPI set to 0 (its linear fails on a single value).
        const series = rows.map((i) => ({
          year: fixture.time[i] as number,
          value:
            coinr === 'linear' && unit === 'GBR' && id === 'LPI'
              ? 0
              : (fixture.raw[id]?.[i] ?? null),
        }));
        actual.push(...imputePanel(series, { method }).map((p) => p.value));
      }
      expect(maxDifference(actual, expected), `${coinr} ${id}`).toBeLessThan(1e-9);
    }
  });
});

describe('imputePanel', () => {
  const series = [
    { year: 2024, value: 80 },
    { year: 2021, value: null },
    { year: 2022, value: 60 },
    { year: 2023, value: null },
  ];

  it('keeps the input order and marks what it filled', () => {
    expect(imputePanel(series, { method: 'constant' })).toEqual([
      { year: 2024, value: 80, imputed: false },
      { year: 2021, value: 60, imputed: true },
      { year: 2022, value: 60, imputed: false },
      { year: 2023, value: 60, imputed: true },
    ]);
    expect(imputePanel(series, { method: 'latest' }).map((p) => p.value)).toEqual([
      80,
      null,
      60,
      60,
    ]);
  });

  it('latest looks back at most maxTime points', () => {
    const gaps = [
      { year: 2020, value: 1 },
      { year: 2021, value: null },
      { year: 2022, value: null },
    ];
    expect(imputePanel(gaps, { method: 'latest', maxTime: 1 }).map((p) => p.value)).toEqual([
      1,
      1,
      null,
    ]);
    rejects(
      () => imputePanel(gaps, { method: 'latest', maxTime: 0 }),
      'INVALID_ARGUMENT',
      'options.maxTime: expected an integer ≥ 1, got 0.',
    );
  });

  it('linear needs 2 values (COINr issue #63); linearConstant carries a single one', () => {
    const one = [
      { year: 2020, value: null },
      { year: 2021, value: 5 },
      { year: 2022, value: null },
    ];
    rejects(
      () => imputePanel(one, { method: 'linear' }),
      'INVALID_ARGUMENT',
      "series: linear imputation needs 2 values, got 1 (in 2021); use method: 'linear-constant' to carry it as a constant.",
    );
    expect(imputePanel(one, { method: 'linear-constant' }).map((p) => p.value)).toEqual([5, 5, 5]);
  });

  it('leaves a series without values missing, and an empty one empty', () => {
    expect(imputePanel([{ year: 2020, value: null }], { method: 'linear' })).toEqual([
      { year: 2020, value: null, imputed: false },
    ]);
    expect(imputePanel([], { method: 'latest' })).toEqual([]);
  });

  it('checks years, values and options', () => {
    rejects(
      () =>
        imputePanel(
          [
            { year: 2020, value: 1 },
            { year: 2020, value: 2 },
          ],
          { method: 'linear' },
        ),
      'INVALID_ARGUMENT',
      'series: the year 2020 appears twice.',
    );
    rejects(
      () => imputePanel([{ year: Number.NaN, value: 1 }], { method: 'linear' }),
      'INVALID_NUMBER',
      'series[0].year: expected a finite number, got NaN.',
    );
    rejects(
      () => imputePanel([{ year: 2020, value: '1' as never }], { method: 'linear' }),
      'INVALID_NUMBER',
      'series[0].value: expected a finite number or null, got "1".',
    );
    rejects(
      () => imputePanel([], { method: 'spline' as never }),
      'INVALID_ARGUMENT',
      'options.method: expected one of "latest", "constant", "linear", "linear-constant", got "spline".',
    );
    rejects(
      () => imputePanel(null as never, { method: 'linear' }),
      'INVALID_ARGUMENT',
      'series: expected an array of { year, value }, got null.',
    );
  });

  it('never changes a present value; linear fills lie between their neighbours', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -100, max: 100 }), fc.constant(null)), {
          maxLength: 12,
        }),
        (values) => {
          const points = values.map((value, i) => ({ year: 2000 + i, value }));
          const present = values.filter((v) => v !== null) as number[];
          const method = present.length === 1 ? 'linear-constant' : 'linear';
          const result = imputePanel(points, { method });
          result.forEach((p, i) => {
            if (values[i] !== null)
              expect(p).toEqual({ year: 2000 + i, value: values[i], imputed: false });
            else if (present.length > 0) {
              expect(p.value as number).toBeGreaterThanOrEqual(Math.min(...present));
              expect(p.value as number).toBeLessThanOrEqual(Math.max(...present));
            } else expect(p.value).toBeNull();
          });
        },
      ),
      { seed: 63, numRuns: 200 },
    );
  });
});

describe('imputePanel: flags, look-back and messages', () => {
  it('latest marks only what it filled', () => {
    expect(
      imputePanel(
        [
          { year: 2021, value: null },
          { year: 2022, value: 60 },
          { year: 2023, value: null },
        ],
        { method: 'latest' },
      ),
    ).toEqual([
      { year: 2021, value: null, imputed: false },
      { year: 2022, value: 60, imputed: false },
      { year: 2023, value: 60, imputed: true },
    ]);
  });

  it('counts maxTime from the latest value', () => {
    const later = [
      { year: 2019, value: 0 },
      { year: 2020, value: 1 },
      { year: 2021, value: null },
      { year: 2022, value: null },
      { year: 2023, value: null },
    ];
    expect(imputePanel(later, { method: 'latest', maxTime: 2 }).map((p) => p.value)).toEqual([
      0,
      1,
      1,
      1,
      null,
    ]);
  });

  it('names bad options and points', () => {
    rejects(
      () => imputePanel([{ year: 2020, value: 1 }], null as never),
      'INVALID_ARGUMENT',
      "options: expected an object like { method: 'latest' }, got null.",
    );
    rejects(
      () => imputePanel([{ year: 2020, value: 1 }], { method: 'latest', max: 2 } as never),
      'INVALID_ARGUMENT',
      'options.max: not an option here; expected method, maxTime.',
    );
    rejects(
      () => imputePanel([3 as never], { method: 'linear' }),
      'INVALID_ARGUMENT',
      'series[0]: expected a point { year, value }, got 3.',
    );
  });
});
