import { describe, expect, it } from 'vitest';
import { addressIndex } from '../../src/communes/address-index.js';

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
