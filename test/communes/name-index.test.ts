import { describe, expect, it } from 'vitest';
import { currentNames, formerNames } from '../../src/communes/name-index.js';

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
