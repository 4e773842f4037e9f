import { describe, expect, it } from 'vitest';
import { PROVINCE_DATA_SOURCES, PROVINCES_34, PROVINCES_63 } from '../../src/provinces/tables.js';

describe('province tables', () => {
  it('hold the 63 as of 30 June 2025 and the 34 from 1 July 2025', () => {
    expect(PROVINCES_63).toHaveLength(63);
    expect(PROVINCES_63.every((p) => p.era === '63')).toBe(true);
    expect(PROVINCES_63.find((p) => p.code === '46')?.name).toBe('Huế');
    expect(PROVINCES_34).toHaveLength(34);
    expect(PROVINCES_34.filter((p) => p.kind === 'municipality').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('record their sources and data date, frozen', () => {
    expect(PROVINCE_DATA_SOURCES.dataDate).toBe('2026-09-20');
    expect(PROVINCE_DATA_SOURCES.era34.some((s) => s.includes('30/2026/QH16'))).toBe(true);
    const cities2026 = PROVINCE_DATA_SOURCES.era34.find((s) => s.includes('36/2026/QH16'));
    expect(cities2026).toContain('39/2026/QH16');
    expect(cities2026).toContain('https://danhmuchanhchinh.nso.gov.vn/NghiDinh.aspx');
    expect(cities2026).toContain('2026-09-01');
    expect(cities2026).toContain('2026-09-20');
    expect(PROVINCE_DATA_SOURCES.notIncluded).toEqual([]);
    expect(PROVINCE_DATA_SOURCES.era34.some((s) => s.includes('202/2025/QH15'))).toBe(true);
    expect(Object.isFrozen(PROVINCE_DATA_SOURCES.era63)).toBe(true);
    expect(Object.isFrozen(PROVINCES_63)).toBe(true);
  });
});
