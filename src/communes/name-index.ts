// The name indexes every commune lookup shares, built once on first use: communes and
// districts by province and comparison key, provinces of both eras by key. Keys come from
// names.ts, so a name is read the same way in findCommune, searchCommunes and convertAddress.
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import { provinceKey, provincesAt } from '../provinces/lookup.js';
import type { Province } from '../provinces/province.js';
import type { Commune, CommuneDistrict } from './commune.js';
import { communeStore } from './lookup.js';
import { COMMUNE_TYPE_WORDS, DISTRICT_TYPE_WORDS, nameKey } from './names.js';

interface NameIndex {
  /** Province code + key → every record (both eras, every interval) with that name. */
  readonly communes: ReadonlyMap<string, readonly Commune[]>;
  /** Key → every record with that name, nationwide. */
  readonly nationwide: ReadonlyMap<string, readonly Commune[]>;
  /** Province code (63 era) + key → the districts of 30 June 2025 with that name. */
  readonly districts: ReadonlyMap<string, readonly CommuneDistrict[]>;
  /** Key → the provinces of 30 June 2025 and of 1 July 2025 with that name or alias. */
  readonly provinces: ReadonlyMap<string, readonly Province[]>;
  /** The longest province key, in characters: longer spans cannot match. */
  readonly longestProvinceKey: number;
  /** The comparison key of each record, by record. */
  readonly keys: ReadonlyMap<Commune, string>;
}

let index: NameIndex | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The name indexes, built on first use. */
export function nameIndex(): NameIndex {
  if (index) return index;
  const communes = new Map<string, Commune[]>();
  const nationwide = new Map<string, Commune[]>();
  const districts = new Map<string, CommuneDistrict[]>();
  const keys = new Map<Commune, string>();
  const districtKeys = new Map<CommuneDistrict, string>();
  for (const row of communeStore().all) {
    const { key } = nameKey(row.name, COMMUNE_TYPE_WORDS);
    keys.set(row, key);
    push(communes, row.province + key, row);
    push(nationwide, key, row);
    const district = row.district;
    if (district) {
      let dkey = districtKeys.get(district);
      if (dkey === undefined) {
        dkey = nameKey(district.name, DISTRICT_TYPE_WORDS).key;
        districtKeys.set(district, dkey);
      }
      const list = districts.get(row.province + dkey);
      if (!list?.some((d) => d.code === district.code))
        push(districts, row.province + dkey, district);
    }
  }
  const provinces = new Map<string, Province[]>();
  let longestProvinceKey = 0;
  for (const province of [...provincesAt(LAST_DAY_OF_63), ...provincesAt(FIRST_DAY_OF_34)]) {
    for (const name of [province.name, province.fullName, province.nameEn, ...province.aliases]) {
      const key = provinceKey(name);
      if (key === '') continue;
      push(provinces, key, province);
      longestProvinceKey = Math.max(longestProvinceKey, key.length);
    }
  }
  index = { communes, nationwide, districts, provinces, longestProvinceKey, keys };
  return index;
}
