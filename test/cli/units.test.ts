import { describe, expect, it } from 'vitest';
import { provinceCode, unitKey } from '../../src/cli/units.js';

describe('provinceCode and unitKey', () => {
  it('read a province however a file writes it, old names at their era', () => {
    expect(provinceCode('Thua Thien Hue')).toBe('46');
    expect(provinceCode('quang nam')).toBe('49');
    // A name of the 63 read in a 2026 row still names its unit (the row's day is tried first).
    expect(provinceCode('Quảng Nam', '2026-01-01')).toBe('49');
    expect(provinceCode('Hà Tây')).toBeUndefined();
    expect(unitKey('Thừa Thiên Huế')).toBe(unitKey('TT Huế'));
    expect(unitKey('46')).toBe('province:46');
    expect(unitKey('46')).toBe(unitKey('thua thien - hue'));
  });

  it('key a unit that is not a province, or an ambiguous text, by its folded text', () => {
    expect(provinceCode('QN')).toBeUndefined();
    expect(unitKey('Sở Nội vụ')).toBe('text:so noi vu');
    expect(unitKey('SỞ NỘI VỤ')).toBe(unitKey('So Noi Vu'));
  });
});
