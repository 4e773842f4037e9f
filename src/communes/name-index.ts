// The name indexes findCommune and findFormerCommune read, one per era, each built once on
// first use: every record by its comparison key (names.ts), by province and nationwide, so
// that a name is read the same way everywhere. One per era so that findCommune's bundle does
// not carry the units of 30 June 2025. The address reader has its own tries (address-index.ts).
import type { Commune } from './commune.js';
import { currentStore, formerStore } from './lookup.js';
import { COMMUNE_TYPE_WORDS, nameKey } from './names.js';

export interface NameIndex {
  /** Province code + key → every record with that name. */
  readonly communes: ReadonlyMap<string, readonly Commune[]>;
  /** Key → every record with that name, nationwide. */
  readonly nationwide: ReadonlyMap<string, readonly Commune[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function indexOf(rows: readonly Commune[]): NameIndex {
  const communes = new Map<string, Commune[]>();
  const nationwide = new Map<string, Commune[]>();
  for (const row of rows) {
    const { key } = nameKey(row.name, COMMUNE_TYPE_WORDS);
    push(communes, row.province + key, row);
    push(nationwide, key, row);
  }
  return { communes, nationwide };
}

let current: NameIndex | undefined;
let former: NameIndex | undefined;

/** The names of the units from 1 July 2025 (every interval). */
export function currentNames(): NameIndex {
  current ??= indexOf(currentStore().all);
  return current;
}

/** The names of the units of 30 June 2025. */
export function formerNames(): NameIndex {
  former ??= indexOf(formerStore().all);
  return former;
}
