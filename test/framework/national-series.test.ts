import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../src/framework/indicators.js';
import {
  NATIONAL_SERIES,
  NationalSeriesPointSchema,
  nationalSeries,
} from '../../src/framework/national-series.js';
import { nationalTargetsFor } from '../../src/framework/target-query.js';
import { validate } from '../../src/model/validate.js';

const DE = 'econ.digital-economy.gdp-share';

describe('NATIONAL_SERIES', () => {
  it('validates every point and resolves every indicator', () => {
    NATIONAL_SERIES.forEach((point, i) => {
      validate(NationalSeriesPointSchema, point, `NATIONAL_SERIES[${i}]`);
      expect(() => getIndicator(point.indicator)).not.toThrow();
    });
  });

  it('never holds two figures of one publisher for one year in one release', () => {
    const keys = NATIONAL_SERIES.map(
      (p) => `${p.indicator}/${p.publisher.en}/${p.year}/${p.published}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the releases of one figure oldest first', () => {
    const last = new Map<string, string>();
    for (const p of NATIONAL_SERIES) {
      const key = `${p.indicator}/${p.publisher.en}/${p.year}`;
      expect(p.published >= (last.get(key) ?? ''), key).toBe(true);
      last.set(key, p.published);
    }
  });

  it('keeps every vintage of GSO’s 2022 digital-economy share', () => {
    const vintages = NATIONAL_SERIES.filter(
      (p) =>
        p.indicator === DE && p.year === 2022 && p.publisher.en === 'General Statistics Office',
    ).map((p) => [p.published, p.value]);
    expect(vintages).toEqual([
      ['2023-09-14', 12.86],
      ['2023-12', 12.67],
      ['2024-01', 12.63],
      ['2025-01-06', 12.83],
    ]);
  });

  it('keeps the ministry’s 16.5% apart from GSO, with a note that sources disagree', () => {
    const mic = NATIONAL_SERIES.filter(
      (p) => p.publisher.en !== 'General Statistics Office' && p.indicator === DE,
    );
    expect(mic.map((p) => [p.year, p.value])).toEqual([[2023, 16.5]]);
    expect(mic[0]?.note).toMatch(/disagree/);
  });

  it('holds ranks of 193 for the EGDI, within the field', () => {
    for (const p of NATIONAL_SERIES.filter((q) => q.indicator === 'gov.egdi.rank')) {
      expect(p.of).toBe(193);
      expect(p.value).toBeGreaterThanOrEqual(1);
      expect(p.value).toBeLessThanOrEqual(193);
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(NATIONAL_SERIES)).toBe(true);
    for (const p of NATIONAL_SERIES) expect(Object.isFrozen(p.source)).toBe(true);
  });
});

describe('nationalSeries', () => {
  it('gives the newest release by default and the release known on a day with asOf', () => {
    expect(nationalSeries(DE).map((p) => [p.year, p.value])).toEqual([
      [2020, 12.66],
      [2021, 12.87],
      [2022, 12.83],
      [2023, 12.87],
      [2024, 13.17],
      [2025, 14.02],
    ]);
    expect(nationalSeries(DE, { asOf: '2025-12-31' }).at(-1)?.year).toBe(2024);
    expect(nationalSeries(DE, { asOf: '2024-06-30' }).map((p) => p.value)).toEqual([
      12.66, 12.87, 12.63, 12.33,
    ]);
    expect(nationalSeries(DE, { asOf: '2023-10-01' }).map((p) => [p.year, p.value])).toEqual([
      [2022, 12.86],
    ]);
    expect(nationalSeries(DE, { asOf: '2023-01-01' })).toEqual([]);
    expect(
      nationalSeries(DE, { publisher: 'Ministry of Information and Communications' }),
    ).toHaveLength(1);
  });

  it('returns one point per year, each the newest known on the day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2023, 0, 1), max: new Date(2026, 11, 31), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          const series = nationalSeries(DE, { asOf: day });
          const years = series.map((p) => p.year);
          expect(new Set(years).size).toBe(years.length);
          for (const p of series) {
            expect(p.published <= day).toBe(true);
            const later = NATIONAL_SERIES.filter(
              (q) =>
                q.indicator === DE &&
                q.year === p.year &&
                q.publisher.en === p.publisher.en &&
                q.published > p.published &&
                q.published <= day,
            );
            expect(later).toEqual([]);
          }
        },
      ),
    );
  });

  it('measures the EGDI rank against the targets: 71st in 2024, short of 749’s top 70 for 2025', () => {
    const latest = nationalSeries('gov.egdi.rank').at(-1);
    expect([latest?.year, latest?.value]).toEqual([2024, 71]);
    const target = nationalTargetsFor('gov.egdi.rank').find(
      (t) => t.id === 'nt-749-2025-egdi-rank',
    );
    expect((latest?.value ?? 0) <= (target?.value ?? 0)).toBe(false);
  });

  it('counts a release known on the day it is published', () => {
    // GSO's release of 6 January 2025 first gives 2024.
    expect(nationalSeries(DE, { asOf: '2025-01-06' }).at(-1)).toMatchObject({
      year: 2024,
      value: 13.17,
    });
    expect(nationalSeries(DE, { asOf: '2025-01-05' }).at(-1)).toMatchObject({
      year: 2023,
      value: 12.33,
    });
  });

  it('throws on bad input', () => {
    expect(() => nationalSeries(1 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: "indicator: expected an indicator id such as 'gov.egdi.rank', got 1.",
      }),
    );
    expect(() => nationalSeries(DE, null as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { asOf, publisher }, got null.',
      }),
    );
    expect(() => nationalSeries(DE, 'x' as never)).toThrowError(
      expect.objectContaining({
        message: 'options: expected an object like { asOf, publisher }, got "x".',
      }),
    );
    expect(() => nationalSeries(DE, { at: '2024-01-01' } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.at: not an option here; expected asOf, publisher.',
      }),
    );
    expect(() => nationalSeries('nope')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
    expect(() => nationalSeries(DE, { asOf: 'not a date' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it('returns an empty series for a catalogue indicator without one', () => {
    expect(nationalSeries('soc.adults-smartphone-share')).toEqual([]);
  });
});
