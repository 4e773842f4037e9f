import { describe, expect, it } from 'vitest';
import { addressIndex } from '../../src/communes/address-index.js';
import type { Commune } from '../../src/communes/commune.js';
import { communeStore } from '../../src/communes/lookup.js';
import { FIRST_DAY_OF_34, LAST_DAY_OF_63 } from '../../src/provinces/eras.js';

interface Node {
  next?: Map<string, Node>;
  values?: unknown[];
}
/** Every value held anywhere in some tries. */
function held(tries: Iterable<Node>): Set<unknown> {
  const found = new Set<unknown>();
  const walk = (node: Node): void => {
    for (const value of node.values ?? []) found.add(value);
    for (const child of node.next?.values() ?? []) walk(child);
  };
  for (const root of tries) walk(root);
  return found;
}

// First in the file on purpose: the index is built on first use, and mutation testing credits
// the building to the first test that calls it, so this one looks at what it holds.
describe('addressIndex, as built', () => {
  it('holds the communes of 30 June 2025 and those from 1 July 2025, no older ones', () => {
    const index = addressIndex();
    const all = communeStore().all;
    const onLastDay = (row: Commune) =>
      row.validFrom <= LAST_DAY_OF_63 && row.validTo !== undefined && row.validTo >= LAST_DAY_OF_63;
    expect(held(index.formerByProvince.values())).toEqual(new Set(all.filter(onLastDay)));
    expect(held(index.current.values())).toEqual(
      new Set(all.filter((row) => row.validFrom >= FIRST_DAY_OF_34)),
    );
    // Names are read from the last word, without the leading type word (Phường, Quận, Thành phố).
    const ba = index.current.get('01')?.next?.get('dinh')?.next?.get('ba');
    expect(ba?.values?.map((c) => c.code)).toContain('00004');
    expect(index.provinces.next?.get('hcm')?.values?.map((p) => p.code)).toEqual(['79', '79']);
    expect(
      index.districts
        .get('79')
        ?.next?.get('5')
        ?.values?.map((d) => d.name),
    ).toEqual(['Quận 5']);
    // The former table is the snapshot of 30 June 2025: each of its records ends that day.
    expect(all.every((row) => row.validFrom >= FIRST_DAY_OF_34 || onLastDay(row))).toBe(true);
  });
});

describe('addressIndex', () => {
  it('holds names as tries read from the last word', () => {
    const index = addressIndex();
    const dinh = index.current.get('01')?.next?.get('dinh');
    expect(dinh?.next?.get('ba')?.values?.map((c) => c.code)).toContain('00004');
    expect(index.provinces.next?.get('hcm')?.values?.map((p) => p.code)).toEqual(['79', '79']);
    expect(
      index.districts
        .get('79')
        ?.next?.get('5')
        ?.values?.map((d) => d.name),
    ).toEqual(['Quận 5']);
    expect(addressIndex()).toBe(index);
  });
});
