// The name index findCommune and searchCommunes share, built once on first use: every record
// of both eras by its comparison key (names.ts), by province and nationwide, so that a name is
// read the same way everywhere. The address reader has its own tries (address-index.ts).
import type { Commune } from './commune.js';
import { communeStore } from './lookup.js';
import { COMMUNE_TYPE_WORDS, nameKey } from './names.js';

interface NameIndex {
  /** Province code + key → every record (both eras, every interval) with that name. */
  readonly communes: ReadonlyMap<string, readonly Commune[]>;
  /** Key → every record with that name, nationwide. */
  readonly nationwide: ReadonlyMap<string, readonly Commune[]>;
}

let index: NameIndex | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The name index, built on first use. */
export function nameIndex(): NameIndex {
  if (index) return index;
  const communes = new Map<string, Commune[]>();
  const nationwide = new Map<string, Commune[]>();
  for (const row of communeStore().all) {
    const { key } = nameKey(row.name, COMMUNE_TYPE_WORDS);
    push(communes, row.province + key, row);
    push(nationwide, key, row);
  }
  index = { communes, nationwide };
  return index;
}
