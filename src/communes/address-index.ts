// The address reader's indexes, built once on first use: for each tier, the names as tries of
// folded words read from the last word back, so that reading a unit at the end of a text costs
// one map lookup per word and stops at the first word no name ends with.
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../provinces/eras.js';
import { provincesAt } from '../provinces/lookup.js';
import type { Province } from '../provinces/province.js';
import type { Commune } from './commune.js';
import { communeStore } from './lookup.js';
import {
  COMMUNE_TYPE_WORDS,
  DISTRICT_TYPE_WORDS,
  PROVINCE_TYPE_WORDS,
  type TypeWord,
  wordsOf,
} from './names.js';
import { type FormerDistrict, formerDistricts } from './table.js';

/** Names ending in the same words share a path; `values` are the units named by the path so far. */
export interface Trie<T> {
  /** Absent at a leaf: a map per node would be most of the index's memory. */
  next?: Map<string, Trie<T>>;
  values?: T[];
}

const trie = <T>(): Trie<T> => ({});

/** The folded words of a name without its leading type word (`Phường Ba Đình` → `ba`, `dinh`). */
function nameWords<K>(name: string, types: readonly TypeWord<K>[]): string[] {
  const words = wordsOf(name).map((word) => word.folded);
  for (const type of types) {
    const n = type.words.length;
    if (words.length > n && type.words.every((word, i) => words[i] === word)) return words.slice(n);
  }
  return words;
}

function insert<T>(root: Trie<T>, words: readonly string[], value: T): void {
  let node = root;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) {
      child = trie();
      node.next.set(word, child);
    }
    node = child;
  }
  node.values ??= [];
  if (!node.values.includes(value)) node.values.push(value);
}

function insertInto<T>(
  tries: Map<string, Trie<T>>,
  key: string,
  words: readonly string[],
  value: T,
) {
  let root = tries.get(key);
  if (!root) {
    root = trie();
    tries.set(key, root);
  }
  insert(root, words, value);
}

interface AddressIndex {
  /** The provinces of 30 June 2025 and 1 July 2025, by name and alias. */
  readonly provinces: Trie<Province>;
  /** By 63-era province code: its districts of 30 June 2025. */
  readonly districts: ReadonlyMap<string, Trie<FormerDistrict>>;
  /** By 63-era province code: its communes of 30 June 2025. */
  readonly formerByProvince: ReadonlyMap<string, Trie<Commune>>;
  /** By 34-era province code: its communes from 1 July 2025, every interval. */
  readonly current: ReadonlyMap<string, Trie<Commune>>;
}

let index: AddressIndex | undefined;

/** The address reader's tries, built on first use. */
export function addressIndex(): AddressIndex {
  if (index) return index;
  const provinces = trie<Province>();
  for (const province of [...provincesAt(LAST_DAY_OF_63), ...provincesAt(FIRST_DAY_OF_34)]) {
    for (const name of [province.name, province.fullName, province.nameEn, ...province.aliases]) {
      const words = nameWords(name, PROVINCE_TYPE_WORDS);
      if (words.length > 0) insert(provinces, words, province);
    }
  }
  const districts = new Map<string, Trie<FormerDistrict>>();
  for (const district of formerDistricts()) {
    insertInto(
      districts,
      district.province,
      nameWords(district.name, DISTRICT_TYPE_WORDS),
      district,
    );
  }
  const formerByProvince = new Map<string, Trie<Commune>>();
  const current = new Map<string, Trie<Commune>>();
  for (const row of communeStore().all) {
    const words = nameWords(row.name, COMMUNE_TYPE_WORDS);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: every record before 1 July 2025 ends on 30 June 2025 (the former table is that day's snapshot; test/communes/address-index.test.ts checks it).
    const onLastDayOf63 = row.validTo !== undefined && row.validTo >= LAST_DAY_OF_63;
    if (row.validFrom >= FIRST_DAY_OF_34) {
      insertInto(current, row.province, words, row);
    } else if (onLastDayOf63) {
      insertInto(formerByProvince, row.province, words, row);
    }
  }
  index = { provinces, districts, formerByProvince, current };
  return index;
}
