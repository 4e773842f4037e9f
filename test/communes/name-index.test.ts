import { describe, expect, it } from 'vitest';
import { currentStore, formerStore } from '../../src/communes/lookup.js';
import { aliasesOf, currentNames, formerNames } from '../../src/communes/name-index.js';
import { COMMUNE_TYPE_WORDS, nameKey } from '../../src/communes/names.js';

// First in the file on purpose: the indexes are built on first use, and mutation testing
// credits the building to the first test that calls them, so this one looks at all they hold.
describe('the name indexes, as built', () => {
  it('hold every record under its key, and each other spelling under its own, in both eras', () => {
    const key = (name: string) => nameKey(name, COMMUNE_TYPE_WORDS).key;
    for (const [names, rows] of [
      [currentNames(), currentStore().all],
      [formerNames(), formerStore().all],
    ] as const) {
      for (const row of rows) {
        expect(names.communes.get(row.province + key(row.name))).toContain(row);
        expect(names.nationwide.get(key(row.name))).toContain(row);
      }
      for (const [other, listed] of names.aliases.nationwide)
        for (const row of listed) {
          // A spelling that folds to the name itself is no other spelling.
          expect(aliasesOf(row).map(key)).toContain(other);
          expect(key(row.name)).not.toBe(other);
          expect(names.aliases.communes.get(row.province + other)).toContain(row);
        }
    }
    // A record without other spellings has none (Phường Ba Đình).
    expect(aliasesOf(currentStore().all.find((row) => row.code === '00004') as never)).toEqual([]);
    expect(
      formerNames()
        .aliases.communes.get('02saphin')
        ?.map((c) => c.name),
    ).toEqual(['Xã Xà Phìn']);
  });
});

describe('currentNames and formerNames', () => {
  it('index every record of an era by key, in its province and nationwide', () => {
    expect(
      currentNames()
        .communes.get('01badinh')
        ?.map((c) => c.code),
    ).toEqual(['00004']);
    expect(currentNames().communes.get('01trucbach')).toBeUndefined();
    expect(
      formerNames()
        .communes.get('01trucbach')
        ?.map((c) => c.code),
    ).toEqual(['00004']);
    expect((formerNames().nationwide.get('1')?.length ?? 0) > 10).toBe(true);
    expect(currentNames()).toBe(currentNames());
  });
});
