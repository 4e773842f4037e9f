import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import { raise } from '../internal/issue.js';
import type { Label } from '../model/label.js';
import { foldVietnamese } from '../vi/fold.js';

/**
 * The six socio-economic regions (vùng kinh tế - xã hội) of the national master
 * plan 2021–2030, as used by the General Statistics Office.
 *
 * @category Provinces
 */
export type RegionId =
  | 'northern-midlands-and-mountains'
  | 'red-river-delta'
  | 'north-central-and-central-coast'
  | 'central-highlands'
  | 'southeast'
  | 'mekong-delta';

/**
 * The everyday three-way split: miền Bắc, miền Trung, miền Nam.
 *
 * @category Provinces
 */
export type MacroRegionId = 'north' | 'central' | 'south';

/**
 * One of the six socio-economic regions.
 *
 * @category Provinces
 */
export interface Region {
  /** Tells a region from a macro-region in a union. */
  readonly kind: 'region';
  /** Stable identifier. */
  readonly id: RegionId;
  /** Official Vietnamese name and English name. */
  readonly name: Label;
  /** Which of miền Bắc, Trung, Nam it belongs to. */
  readonly macroRegion: MacroRegionId;
  /** Other names it goes by in Vietnamese text, e.g. `Tây Nam Bộ` for the Mekong delta. */
  readonly aliases: readonly string[];
}

/**
 * One of miền Bắc, miền Trung, miền Nam.
 *
 * @category Provinces
 */
export interface MacroRegion {
  /** Tells a macro-region from a region in a union. */
  readonly kind: 'macro-region';
  /** Stable identifier. */
  readonly id: MacroRegionId;
  /** Vietnamese and English name. */
  readonly name: Label;
  /** The socio-economic regions it contains. */
  readonly regions: readonly RegionId[];
  /** Other names it goes by (`Trung Bộ`, `khu vực miền Trung`). */
  readonly aliases: readonly string[];
}

/**
 * The six socio-economic regions, north to south. Membership of the 63
 * provinces follows the Prime Minister's 2024 approval of the six regional
 * plans for 2021–2030 (see `docs/datasets.md`).
 *
 * @example
 * ```ts
 * import { REGIONS } from 'vn-dx';
 *
 * REGIONS.map((region) => region.name.en)[5]; // 'Mekong River Delta'
 * ```
 *
 * @category Provinces
 */
export const REGIONS: readonly Region[] = deepFreeze([
  {
    kind: 'region',
    id: 'northern-midlands-and-mountains',
    name: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
    macroRegion: 'north',
    aliases: ['TDMNPB', 'Trung du miền núi Bắc Bộ', 'Trung du và miền núi Bắc Bộ'],
  },
  {
    kind: 'region',
    id: 'red-river-delta',
    name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
    macroRegion: 'north',
    aliases: ['ĐBSH', 'Đồng bằng Bắc Bộ'],
  },
  {
    kind: 'region',
    id: 'north-central-and-central-coast',
    name: {
      vi: 'Bắc Trung Bộ và Duyên hải miền Trung',
      en: 'North Central and Central Coast',
    },
    macroRegion: 'central',
    aliases: [
      'BTB&DHMT',
      'Bắc Trung Bộ và duyên hải Trung Bộ',
      'Bắc Trung Bộ và Duyên hải Nam Trung Bộ',
    ],
  },
  {
    kind: 'region',
    id: 'central-highlands',
    name: { vi: 'Tây Nguyên', en: 'Central Highlands' },
    macroRegion: 'central',
    aliases: [],
  },
  {
    kind: 'region',
    id: 'southeast',
    name: { vi: 'Đông Nam Bộ', en: 'Southeast' },
    macroRegion: 'south',
    aliases: ['ĐNB'],
  },
  {
    kind: 'region',
    id: 'mekong-delta',
    name: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
    macroRegion: 'south',
    aliases: ['ĐBSCL', 'Tây Nam Bộ', 'Miền Tây', 'Mekong Delta'],
  },
] satisfies Region[]);

/**
 * Miền Bắc, miền Trung (with Tây Nguyên) and miền Nam.
 *
 * @example
 * ```ts
 * import { MACRO_REGIONS } from 'vn-dx';
 *
 * MACRO_REGIONS[1]?.regions; // ['north-central-and-central-coast', 'central-highlands']
 * ```
 *
 * @category Provinces
 */
export const MACRO_REGIONS: readonly MacroRegion[] = deepFreeze([
  {
    kind: 'macro-region',
    id: 'north',
    name: { vi: 'Miền Bắc', en: 'Northern Vietnam' },
    regions: ['northern-midlands-and-mountains', 'red-river-delta'],
    aliases: ['Bắc Bộ', 'phía Bắc', 'North'],
  },
  {
    kind: 'macro-region',
    id: 'central',
    name: { vi: 'Miền Trung', en: 'Central Vietnam' },
    regions: ['north-central-and-central-coast', 'central-highlands'],
    aliases: ['Trung Bộ', 'khu vực miền Trung', 'Central'],
  },
  {
    kind: 'macro-region',
    id: 'south',
    name: { vi: 'Miền Nam', en: 'Southern Vietnam' },
    regions: ['southeast', 'mekong-delta'],
    aliases: ['Nam Bộ', 'phía Nam', 'South'],
  },
] satisfies MacroRegion[]);

const REGION_PREFIXES = /^(?:khu vuc|vung|mien) (?=.)/;

function regionKey(text: string): string {
  // Stryker disable next-line Regex: removing spaces one by one or by runs gives the same key.
  return foldVietnamese(text).replace(/&/g, ' va ').replace(/\s+/g, '');
}

const regionIndex: ReadonlyMap<string, Region | MacroRegion> = (() => {
  const index = new Map<string, Region | MacroRegion>();
  for (const entry of [...REGIONS, ...MACRO_REGIONS]) {
    for (const name of [entry.id, entry.name.vi, entry.name.en, ...entry.aliases]) {
      index.set(regionKey(name), entry);
      index.set(regionKey(foldVietnamese(name).replace(REGION_PREFIXES, '')), entry);
    }
  }
  return index;
})();

/**
 * Looks a region up by id.
 *
 * @param id - a {@link RegionId}.
 * @returns the region.
 * @throws {@link DxError} `UNKNOWN_REGION` when there is no such region.
 *
 * @example
 * ```ts
 * import { getRegion } from 'vn-dx';
 *
 * getRegion('mekong-delta').name.vi; // 'Đồng bằng sông Cửu Long'
 * ```
 *
 * @category Provinces
 */
export function getRegion(id: RegionId): Region {
  const region = REGIONS.find((candidate) => candidate.id === id);
  if (!region) {
    raise(
      'UNKNOWN_REGION',
      '',
      `Unknown region id ${describe(id)}; expected one of ${REGIONS.map((r) => r.id).join(', ')}`,
    );
  }
  return region;
}

/**
 * Finds a region or macro-region from the way people write it, with or
 * without diacritics: `Tây Nam Bộ` and `ĐBSCL` give the Mekong delta,
 * `khu vực miền Trung` gives central Vietnam.
 *
 * @param query - a region name, alias or id.
 * @returns the region or macro-region, or `undefined` when nothing matches.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `query` is not a string.
 *
 * @example
 * ```ts
 * import { findRegion } from 'vn-dx';
 *
 * findRegion('Tây Nam Bộ')?.id; // 'mekong-delta'
 * findRegion('khu vực miền Trung')?.id; // 'central'
 * findRegion('Atlantis'); // undefined
 * ```
 *
 * @category Provinces
 */
export function findRegion(query: string): Region | MacroRegion | undefined {
  const key = regionKey(query);
  return (
    regionIndex.get(key) ??
    regionIndex.get(regionKey(foldVietnamese(query).replace(REGION_PREFIXES, '')))
  );
}
