import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as provinces from '../src/provinces.js';

describe('vn-dx/provinces', () => {
  it('exports the tables and the same lookups as the main entry', () => {
    expect(provinces.PROVINCES_63).toHaveLength(63);
    expect(provinces.PROVINCES_34).toHaveLength(34);
    expect(provinces.findProvince).toBe(main.findProvince);
    expect(provinces.getProvince).toBe(main.getProvince);
  });
});
