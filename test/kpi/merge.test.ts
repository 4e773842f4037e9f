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
