import { describe, expect, it } from 'vitest';
import { dataDates } from '../../src/cli/data-dates.js';
import { DTI_DATA_DATE } from '../../src/dti/data-date.js';
import { FRAMEWORK_DATA_DATE } from '../../src/framework/data-date.js';
import { PROVINCE_DATA_SOURCES } from '../../src/provinces.js';
import { SEED_DATA_DATE } from '../../src/seed.js';

describe('dataDates', () => {
  it('names each data entry point with its date, in each language, as one line', () => {
    const en = dataDates('en');
    expect(en).toMatch(/^data as of: vn-dx\/framework /);
    expect(en).toContain(`vn-dx/framework ${FRAMEWORK_DATA_DATE}`);
    expect(en).toContain(`vn-dx/dti ${DTI_DATA_DATE}`);
    expect(en.endsWith('\n')).toBe(true);
    expect(en.split('\n')).toHaveLength(2);
    expect(dataDates('vi')).toMatch(/^dữ liệu đến ngày: vn-dx\/framework /);
  });

  it('lists the four entry points in order, comma-separated', () => {
    const dates = [
      `vn-dx/framework ${FRAMEWORK_DATA_DATE}`,
      `vn-dx/dti ${DTI_DATA_DATE}`,
      `vn-dx/provinces ${PROVINCE_DATA_SOURCES.dataDate}`,
      `vn-dx/seed ${SEED_DATA_DATE}`,
    ].join(', ');
    expect(dataDates('en')).toBe(`data as of: ${dates}\n`);
    expect(dataDates('vi')).toBe(`dữ liệu đến ngày: ${dates}\n`);
  });
});
