// The search plugin of the API reference (scripts/typedoc-plugin-fold-search.mjs) folds words
// itself, since the docs build reads no dist/; these tests hold it to the library's folding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedTerms, foldWord } from '../../scripts/typedoc-plugin-fold-search.mjs';
import { foldVietnamese } from '../../src/vi/fold.js';

const VIETNAMESE_LETTERS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxy',
  ...'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
];

describe('foldWord', () => {
  it('folds a word as foldVietnamese does, in upper or lower case, NFC or NFD', () => {
    const letter = fc.constantFrom(...VIETNAMESE_LETTERS);
    const word = fc
      .array(letter, { minLength: 1, maxLength: 8 })
      .chain((letters) =>
        fc.tuple(fc.constant(letters.join('')), fc.boolean(), fc.constantFrom('NFC', 'NFD')),
      )
      .map(([text, upper, form]) => (upper ? text.toUpperCase() : text).normalize(form));
    fc.assert(
      fc.property(word, (text) => {
        expect(foldWord(text)).toBe(foldVietnamese(text));
      }),
    );
  });

  it('maps đ and Đ to d and drops every tone and vowel mark', () => {
    expect(foldWord('Đắk')).toBe('dak');
    expect(foldWord('HỒ')).toBe('ho');
    expect(foldWord('sơ')).toBe('so');
  });
});

describe('foldedTerms', () => {
  it('adds, for a word with marks, its folded form and the word itself between underscores', () => {
    expect(foldedTerms('hồ').split(' ')).toEqual(['ho', '_hồ_']);
  });

  it('adds the pair of two words in a row when one has marks, not words without marks', () => {
    expect(foldedTerms('Tỷ lệ hồ sơ').split(' ')).toEqual([
      'ty',
      '_tỷ_',
      'tyle',
      '_tỷlệ_',
      'le',
      '_lệ_',
      'leho',
      '_lệhồ_',
      'ho',
      '_hồ_',
      'hoso',
      '_hồsơ_',
      'so',
      '_sơ_',
    ]);
    expect(foldedTerms('Quảng Nam')).toBe('quang _quảng_ quangnam _quảngnam_');
    expect(foldedTerms('composite index, so that')).toBe('');
  });

  it('does not pair words across punctuation or lines', () => {
    expect(foldedTerms('Huế, Đà\nNẵng')).toBe('hue _huế_ da _đà_ nang _nẵng_');
  });

  it('reads NFD text as NFC, so a term typed either way is found', () => {
    expect(foldedTerms('hồ sơ'.normalize('NFD'))).toBe(foldedTerms('hồ sơ'));
  });

  it('keeps every term a single word that lunr’s trimmer leaves whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...VIETNAMESE_LETTERS, ' ', ',') }), (text) => {
        for (const term of foldedTerms(text).split(' ').filter(Boolean)) {
          // lunr.trimmer removes /^\W+/ and /\W+$/ (ASCII \W): a term must start and end in \w.
          expect(term).toMatch(/^\w(.*\w)?$/su);
        }
      }),
    );
  });
});
