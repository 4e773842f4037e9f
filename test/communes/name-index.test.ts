import { describe, expect, it } from 'vitest';
import { nameIndex } from '../../src/communes/name-index.js';

describe('nameIndex', () => {
  it('indexes every record by key, in its province and nationwide', () => {
    const index = nameIndex();
    expect(index.communes.get('01badinh')?.map((c) => c.code)).toEqual(['00004']);
    expect(index.communes.get('01trucbach')?.map((c) => c.validTo)).toEqual(['2025-06-30']);
    expect((index.nationwide.get('1')?.length ?? 0) > 10).toBe(true);
    expect(nameIndex()).toBe(index);
  });
});
