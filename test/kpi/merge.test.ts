import { describe, expect, it } from 'vitest';
import { mergeToEra34 } from '../../src/kpi/merge.js';
import { provincesAt } from '../../src/provinces/lookup.js';

const all63 = Object.fromEntries(provincesAt('2025-06-30').map((p) => [p.code, 1]));

describe('mergeToEra34', () => {
  it('sums counts onto the 34 units', () => {
    const merged = mergeToEra34(all63, { method: 'sum' });
    expect(merged).toHaveLength(34);
    expect(merged.reduce((total, unit) => total + (unit.value ?? 0), 0)).toBe(63);
    expect(merged.find((unit) => unit.province === '25')).toEqual({
      province: '25',
      value: 3,
      predecessors: ['17', '25', '26'],
      missing: [],
    });
  });

  it('averages, or weights, shares', () => {
    const values = { ...all63, '92': 60, '93': 55, '94': 50 };
    expect(mergeToEra34(values, { method: 'mean' }).find((u) => u.province === '92')?.value).toBe(
      55,
    );
    const weights = Object.fromEntries(Object.keys(all63).map((code) => [code, 1]));
    expect(
      mergeToEra34(values, {
        method: 'weighted',
        weights: { ...weights, '92': 2, '93': 1, '94': 1 },
      }).find((u) => u.province === '92')?.value,
    ).toBe(56.25);
  });

  it('flags units with missing predecessors instead of averaging fewer', () => {
    const merged = mergeToEra34({ '92': 60, '93': null }, { method: 'mean' });
    expect(merged.find((u) => u.province === '92')).toEqual({
      province: '92',
      value: null,
      predecessors: ['92', '93', '94'],
      missing: ['93', '94'],
    });
  });

  it('rejects unknown codes, bad values, weights and methods', () => {
    expect(() => mergeToEra34({ '28': 1 }, { method: 'sum' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
    expect(() => mergeToEra34(JSON.parse('{"__proto__": 1}'), { method: 'sum' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_PROVINCE' }),
    );
    expect(() => mergeToEra34({ '92': Number.NaN }, { method: 'sum' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
    expect(() => mergeToEra34(all63, { method: 'median' } as never)).toThrowError(
      /options\.method/,
    );
    expect(() => mergeToEra34(all63, { method: 'weighted', weights: {} })).toThrowError(
      /weights\["01"\]/,
    );
    expect(() => mergeToEra34(all63, { method: 'weighted', weights: null as never })).toThrowError(
      /weights/,
    );
    const zero = Object.fromEntries(Object.keys(all63).map((code) => [code, 0]));
    expect(() => mergeToEra34(all63, { method: 'weighted', weights: zero })).toThrowError(
      /all weigh 0/,
    );
    expect(() => mergeToEra34(null as never, { method: 'sum' })).toThrowError(/valuesByCode63/);
  });
});

describe('mergeToEra34 purity', () => {
  it('does not modify a frozen input', () => {
    const input = Object.freeze({ ...all63, '92': 60 });
    mergeToEra34(input, { method: 'sum' });
    expect(input['92']).toBe(60);
  });
});

describe('mergeToEra34 errors', () => {
  it.each<[string, () => unknown, string, string]>([
    [
      'values that are no object',
      () => mergeToEra34(null as never, { method: 'sum' }),
      'INVALID_ARGUMENT',
      'valuesByCode63: expected code → value, got null.',
    ],
    [
      'options that are no object',
      () => mergeToEra34({}, 5 as never),
      'INVALID_ARGUMENT',
      "options: expected { method: 'sum' | 'mean' | 'weighted' }, got 5.",
    ],
    [
      'an unknown method',
      () => mergeToEra34({}, { method: 'median' as never }),
      'INVALID_ARGUMENT',
      'options.method: expected sum, mean or weighted, got "median".',
    ],
    [
      'a code that is not of the 63',
      () => mergeToEra34({ '99': 1 }, { method: 'sum' }),
      'UNKNOWN_PROVINCE',
      'valuesByCode63: "99" is not a 63-era province code.',
    ],
    [
      'a value in text',
      () => mergeToEra34({ '49': '5' as never }, { method: 'sum' }),
      'INVALID_NUMBER',
      'valuesByCode63["49"]: expected a finite number or null, got "5".',
    ],
    [
      'an infinite value',
      () => mergeToEra34({ '49': Number.POSITIVE_INFINITY }, { method: 'sum' }),
      'INVALID_NUMBER',
      'valuesByCode63["49"]: expected a finite number or null, got Infinity.',
    ],
    [
      'weights that are missing, even with no unit complete',
      () => mergeToEra34({}, { method: 'weighted' } as never),
      'INVALID_ARGUMENT',
      'weights: expected code → weight, got undefined.',
    ],
    [
      'a weight of a code not of the 63',
      () => mergeToEra34({}, { method: 'weighted', weights: { '99': 1 } }),
      'UNKNOWN_PROVINCE',
      'weights: "99" is not a 63-era province code.',
    ],
    [
      'a negative weight, even with no unit complete',
      () => mergeToEra34({}, { method: 'weighted', weights: { '49': -1 } }),
      'INVALID_NUMBER',
      'weights["49"]: expected a finite weight ≥ 0, got -1.',
    ],
    [
      'a missing weight of a complete unit',
      () => mergeToEra34({ '48': 1, '49': 2 }, { method: 'weighted', weights: { '48': 1 } }),
      'INVALID_NUMBER',
      'weights["49"]: expected a finite weight ≥ 0, got undefined.',
    ],
    [
      'weights that all weigh 0',
      () =>
        mergeToEra34({ '48': 1, '49': 2 }, { method: 'weighted', weights: { '48': 0, '49': 0 } }),
      'INVALID_ARGUMENT',
      'weights: the predecessors of 48 all weigh 0.',
    ],
  ])('rejects %s', (_, run, code, message) => {
    expect(run).toThrowError(expect.objectContaining({ code, message }));
  });

  it('weighs complete units and leaves incomplete ones open', () => {
    const merged = mergeToEra34(
      { '48': 1, '49': 4 },
      { method: 'weighted', weights: { '48': 3, '49': 1 } },
    );
    expect(merged.find((unit) => unit.province === '48')?.value).toBe(1.75);
    expect(merged.find((unit) => unit.province === '92')).toMatchObject({
      value: null,
      missing: ['92', '93', '94'],
    });
  });
});

describe('mergeToEra34: what it reads', () => {
  it('reads an explicit undefined as a missing value', () => {
    const merged = mergeToEra34({ ...all63, '93': undefined }, { method: 'sum' });
    expect(merged.find((unit) => unit.province === '92')).toMatchObject({
      value: null,
      missing: ['93'],
    });
  });

  it.each<[string, () => unknown, string]>([
    [
      'values that are missing',
      () => mergeToEra34(undefined as never, { method: 'sum' }),
      'valuesByCode63: expected code → value, got undefined.',
    ],
    [
      'options that are null',
      () => mergeToEra34({}, null as never),
      "options: expected { method: 'sum' | 'mean' | 'weighted' }, got null.",
    ],
    [
      'an option of another method',
      () => mergeToEra34({}, { method: 'sum', weights: {} } as never),
      'options.weights: not an option here; expected method.',
    ],
  ])('names %s', (_, run, message) => {
    expect(run).toThrowError(expect.objectContaining({ code: 'INVALID_ARGUMENT', message }));
  });
});
