import { describe, expect, it } from 'vitest';
import {
  readCurrentCommune,
  readDistricts,
  readFormerCommune,
  readProvince,
} from '../../src/communes/address-read.js';
import { wordsOf } from '../../src/communes/names.js';

describe('reading an address from its end', () => {
  it('reads the province with its type word, past a country name', () => {
    const words = wordsOf('P. Trúc Bạch, Q. Ba Đình, Thành phố Hà Nội, Việt Nam');
    const province = readProvince(words);
    expect(province?.values.map((p) => `${p.code}/${p.era}`)).toEqual(['01/63', '01/34']);
    expect(words[province?.start ?? -1]?.folded).toBe('thanh');
  });

  it('reads the district, then the commune in it', () => {
    const words = wordsOf('P. Trúc Bạch, Q. Ba Đình, Hà Nội');
    const [district] = readDistricts(words, readProvince(words)?.start ?? 0, '01');
    expect(district?.values.map((d) => d.name)).toEqual(['Quận Ba Đình']);
    const commune = readFormerCommune(words, district?.start ?? 0, '01', district?.values[0]?.code);
    expect(commune?.values.map((c) => c.name)).toEqual(['Phường Trúc Bạch']);
    expect(commune?.start).toBe(0);
  });

  it('needs a type word before a number, and none of another tier before a name', () => {
    expect(readFormerCommune(wordsOf('12, Quận 5'), 1, '79')).toBeUndefined();
    expect(readCurrentCommune(wordsOf('Quận Ba Đình'), 3, '01', '2025-07-01')).toBeUndefined();
    expect(readCurrentCommune(wordsOf('Ba Đình'), 2, '01', '2025-07-01')?.values[0]?.code).toBe(
      '00004',
    );
  });
});
