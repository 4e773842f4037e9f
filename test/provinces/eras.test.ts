import { describe, expect, it } from 'vitest';
import {
  dayIn,
  ERAS,
  eraOfDay,
  eraOfUnitCount,
  FIRST_DAY_OF_34,
  LAST_DAY_OF_63,
} from '../../src/provinces/eras.js';
import { eraAt, provincesAt } from '../../src/provinces/lookup.js';

describe('eras', () => {
  it('name the merger dates once, and they meet without a gap', () => {
    expect(LAST_DAY_OF_63).toBe('2025-06-30');
    expect(FIRST_DAY_OF_34).toBe('2025-07-01');
    expect(ERAS['63'].firstDay).toBe('2008-08-01');
    expect(ERAS['34'].lastDay).toBeNull();
    expect(Object.isFrozen(ERAS) && Object.isFrozen(ERAS['63'].basis)).toBe(true);
  });

  it('count the units the province table holds on a day inside each era', () => {
    for (const era of ['63', '34'] as const) {
      expect(provincesAt(dayIn(era))).toHaveLength(ERAS[era].units);
      expect(provincesAt(ERAS[era].firstDay)).toHaveLength(ERAS[era].units);
      expect(provincesAt(dayIn(era)).every((p) => p.era === era)).toBe(true);
    }
  });

  it('tell the era of a day, at both sides of the boundary', () => {
    expect(eraOfDay(LAST_DAY_OF_63)).toBe('63');
    expect(eraOfDay(FIRST_DAY_OF_34)).toBe('34');
    expect(eraAt(LAST_DAY_OF_63)).toBe('63');
    expect(eraAt(FIRST_DAY_OF_34)).toBe('34');
    expect(dayIn('63')).toBe(LAST_DAY_OF_63);
    expect(dayIn('34')).toBe(FIRST_DAY_OF_34);
  });
});

describe('eraOfUnitCount', () => {
  it('reads a national ranking of 63 or 34 units as that era, anything else as none', () => {
    expect(eraOfUnitCount(63)).toBe('63');
    expect(eraOfUnitCount(34)).toBe('34');
    expect(eraOfUnitCount(19)).toBeUndefined();
    expect(eraOfUnitCount(3321)).toBeUndefined();
  });
});
