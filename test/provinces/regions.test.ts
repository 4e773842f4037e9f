import { describe, expect, it } from 'vitest';
import { provincesAt } from '../../src/provinces/lookup.js';
import { findRegion, getRegion, MACRO_REGIONS, REGIONS } from '../../src/provinces/regions.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('regions', () => {
  it('has six regions with the published membership counts', () => {
    const counts = Object.fromEntries(
      REGIONS.map((r) => [r.id, provincesAt('2024-06-01').filter((p) => p.region === r.id).length]),
    );
    expect(counts).toEqual({
      'northern-midlands-and-mountains': 14,
      'red-river-delta': 11,
      'north-central-and-central-coast': 14,
      'central-highlands': 5,
      southeast: 6,
      'mekong-delta': 13,
    });
  });

  it('leaves region null for the seven 34-era units that span two regions', () => {
    const spanning = provincesAt('2025-07-01').filter((p) => p.region === null);
    expect(spanning.map((p) => p.name).sort()).toEqual(
      ['Bắc Ninh', 'Gia Lai', 'Lâm Đồng', 'Phú Thọ', 'Quảng Ngãi', 'Tây Ninh', 'Đắk Lắk'].sort(),
    );
    for (const unit of spanning) expect(unit.regions).toHaveLength(2);
  });

  it('partitions the regions into the three macro-regions', () => {
    expect(MACRO_REGIONS.flatMap((m) => m.regions).sort()).toEqual(REGIONS.map((r) => r.id).sort());
    for (const region of REGIONS) {
      const macro = MACRO_REGIONS.find((m) => m.id === region.macroRegion);
      expect(macro?.regions).toContain(region.id);
    }
  });

  it.each([
    ['Tây Nam Bộ', 'mekong-delta'],
    ['ĐBSCL', 'mekong-delta'],
    ['dong bang song cuu long', 'mekong-delta'],
    ['Vùng Đồng bằng sông Hồng', 'red-river-delta'],
    ['Tây Nguyên', 'central-highlands'],
    ['khu vực miền Trung', 'central'],
    ['Miền Bắc', 'north'],
    ['miền nam', 'south'],
    ['BTB&DHMT', 'north-central-and-central-coast'],
    ['Southeast', 'southeast'],
  ])('findRegion(%s) → %s', (query, id) => {
    expect(findRegion(query)?.id).toBe(id);
  });

  it('finds nothing for unknown or hostile text', () => {
    expect(findRegion('Atlantis')).toBeUndefined();
    expect(findRegion('__proto__')).toBeUndefined();
  });

  it('getRegion throws UNKNOWN_REGION for unknown ids', () => {
    expect(getRegion('southeast').name.vi).toBe('Đông Nam Bộ');
    expect(() => getRegion('west' as never)).toThrowError(
      'Unknown region id "west"; expected one of northern-midlands-and-mountains, red-river-delta, north-central-and-central-coast, central-highlands, southeast, mekong-delta.',
    );
    expect(() => getRegion('west' as never)).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REGION' }),
    );
    expect(dxErrorOf(() => getRegion('west' as never)).issues[0]?.path).toEqual([]);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(REGIONS)).toBe(true);
    expect(Object.isFrozen(REGIONS[0]?.name)).toBe(true);
  });
});
