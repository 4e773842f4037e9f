import { describe, expect, it } from 'vitest';
import { chartLabels, chartText, showNumber, showPercent } from '../../src/chart/labels.js';

describe('chart labels', () => {
  it('write numbers as each language does, with a true minus sign and no −0', () => {
    expect(showNumber(0.955, 2, 'vi')).toBe('0,95'); // toFixed's binary rounding: 0.955 is below
    expect(showNumber(-0.4, 2, 'en')).toBe('−0.40');
    expect(showNumber(-0.001, 2, 'en')).toBe('0.00');
    expect(showNumber(12.34, 1, 'vi')).toBe('12,3');
    expect(showPercent(2 / 3, 'vi')).toBe('66,7 %');
    expect(showPercent(1, 'en')).toBe('100.0 %');
  });

  it('look names up in a labels option, the id by default, and refuse names that are not text', () => {
    const name = chartLabels({ a: 'Ánh' }, 'options.labels');
    expect([name('a'), name('b'), name('toString')]).toEqual(['Ánh', 'b', 'toString']);
    expect(chartLabels(undefined, 'options.labels')('x')).toBe('x');
    expect(() => chartLabels({ a: '' }, 'options.labels')).toThrowError(
      'options.labels.a: expected a non-empty name, got "".',
    );
    expect(() => chartLabels('x', 'options.labels')).toThrowError(
      /^options\.labels: expected id → name/,
    );
  });

  it('have every word in both languages', () => {
    const vi = chartText('vi');
    const en = chartText('en');
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(vi.scoreTitle('Huế')).toBe('Điểm của Huế theo thành phần');
    expect(en.correlationsOf(3)).toBe('Correlations between 3 indicators, flagged pairs:');
    expect(vi.correlationsOf(3)).toBe('Tương quan giữa 3 chỉ số, các cặp được gắn cờ:');
    expect(en.notAdditive('geometric')).toBe(
      'This node aggregates by the geometric method: the contributions do not add up to its score.',
    );
  });
});
