import { describe, expect, it } from 'vitest';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../../src/cli/eras.js';
import { getProvince } from '../../src/index.js';

describe('the merger days', () => {
  it('are the last day of the 63 units and the first of the 34, one day apart', () => {
    expect(LAST_DAY_OF_63).toBe('2025-06-30');
    expect(FIRST_DAY_OF_34).toBe('2025-07-01');
  });

  it('look up a province of each era', () => {
    expect(getProvince('93', { at: LAST_DAY_OF_63 }).name).toBe('Hậu Giang');
    expect(() => getProvince('93', { at: FIRST_DAY_OF_34 })).toThrowError();
    expect(getProvince('92', { at: FIRST_DAY_OF_34 }).name).toBe('Cần Thơ');
  });
});
