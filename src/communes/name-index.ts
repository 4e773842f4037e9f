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
  /**
   * The same for other spellings (`aliases` of the rows: a second source's or a resolution's
   * spelling, `Xã Sà Phìn` for the catalogue's `Xã Xà Phìn`), read only when no name fits, so
   * that a spelling never makes a name ambiguous.
   */
  readonly aliases: {
    readonly communes: ReadonlyMap<string, readonly Commune[]>;
    readonly nationwide: ReadonlyMap<string, readonly Commune[]>;
  };
}

/** The other spellings of a row, where the table has any. */
export function aliasesOf(row: Commune): readonly string[] {
  return (row as { readonly aliases?: readonly string[] }).aliases ?? [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function indexOf(rows: readonly Commune[]): NameIndex {
  const communes = new Map<string, Commune[]>();
  const nationwide = new Map<string, Commune[]>();
  const aliasCommunes = new Map<string, Commune[]>();
  const aliasNationwide = new Map<string, Commune[]>();
  for (const row of rows) {
    const { key } = nameKey(row.name, COMMUNE_TYPE_WORDS);
    push(communes, row.province + key, row);
    push(nationwide, key, row);
    for (const alias of aliasesOf(row)) {
      const other = nameKey(alias, COMMUNE_TYPE_WORDS).key;
      if (other === key) continue;
      push(aliasCommunes, row.province + other, row);
      push(aliasNationwide, other, row);
    }
  }
  return {
    communes,
    nationwide,
    aliases: { communes: aliasCommunes, nationwide: aliasNationwide },
  };
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
