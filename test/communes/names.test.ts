import { describe, expect, it } from 'vitest';
import {
  byWrittenForm,
  COMMUNE_TYPE_WORDS,
  DISTRICT_TYPE_WORDS,
  isNumberKey,
  nameKey,
  typeBefore,
  wordsOf,
} from '../../src/communes/names.js';

describe('wordsOf', () => {
  it('folds each word, splits glued abbreviations, drops leading zeros, marks part breaks', () => {
    const words = wordsOf('Số 5, P.01 Q10; TP.HCM');
    expect(words.map((w) => w.folded)).toEqual(['so', '5', 'p', '1', 'q', '10', 'tp', 'hcm']);
    expect(words.map((w) => w.opensPart)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(words[2]?.start).toBe(6);
  });

  it('reads Vietnamese letters in either normal form, and dashes and quotes as separators', () => {
    const nfd = 'Hoà Bình'.normalize('NFD');
    expect(wordsOf(nfd).map((w) => w.folded)).toEqual(['hoa', 'binh']);
    expect(wordsOf('Bà Rịa – Vũng Tàu “x”').map((w) => w.folded)).toEqual([
      'ba',
      'ria',
      'vung',
      'tau',
      'x',
    ]);
  });
});

describe('nameKey', () => {
  it('drops the type word and spaces', () => {
    expect(nameKey('Phường Ba Đình', COMMUNE_TYPE_WORDS)).toEqual({
      key: 'badinh',
      kind: 'ward',
      words: 2,
    });
    expect(nameKey('Thị trấn Hà Lĩnh', COMMUNE_TYPE_WORDS).kind).toBe('township');
    expect(nameKey('Thành phố Thủ Dầu Một', DISTRICT_TYPE_WORDS)).toEqual({
      key: 'thudaumot',
      kind: 'city',
      words: 3,
    });
    expect(nameKey('Phường 01', COMMUNE_TYPE_WORDS).key).toBe('1');
  });
});

describe('typeBefore', () => {
  it('finds the type word right before a name, not across a part break', () => {
    expect(typeBefore(wordsOf('thi tran ha long'), 2, COMMUNE_TYPE_WORDS)).toEqual({
      kind: 'township',
      start: 0,
    });
    expect(typeBefore(wordsOf('phuong, ba dinh'), 1, COMMUNE_TYPE_WORDS)).toBeUndefined();
  });
});

describe('isNumberKey and byWrittenForm', () => {
  it('tell numbers, and names spelt with their marks', () => {
    expect([isNumberKey('12'), isNumberKey('iii')]).toEqual([true, false]);
    const units = [{ name: 'Xã Văn Lang' }, { name: 'Xã Văn Lăng' }];
    expect(byWrittenForm(units, 'Văn Lăng')).toEqual([units[1]]);
    expect(byWrittenForm(units, 'Van Lang')).toEqual(units);
    expect(byWrittenForm(units, 'Vân Lang')).toEqual(units);
  });
});
