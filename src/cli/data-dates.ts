import { DTI_DATA_DATE } from '../dti.js';
import { FRAMEWORK_DATA_DATE } from '../framework.js';
import { PROVINCE_DATA_SOURCES } from '../provinces.js';
import { SEED_DATA_DATE } from '../seed.js';
import type { Lang } from './command.js';

/**
 * The second line of `vn-dx --version`: each data entry point's data date (the
 * newest source it reflects), so a user sees how current the tables are. The
 * first line stays the bare version, for scripts.
 */
export function dataDates(lang: Lang): string {
  const dates = [
    ['vn-dx/framework', FRAMEWORK_DATA_DATE],
    ['vn-dx/dti', DTI_DATA_DATE],
    ['vn-dx/provinces', PROVINCE_DATA_SOURCES.dataDate],
    ['vn-dx/seed', SEED_DATA_DATE],
  ]
    .map(([entry, date]) => `${entry} ${date}`)
    .join(', ');
  return lang === 'vi' ? `dữ liệu đến ngày: ${dates}\n` : `data as of: ${dates}\n`;
}
