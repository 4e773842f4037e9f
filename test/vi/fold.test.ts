import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/vi/fold.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('foldVietnamese', () => {
  it.each([
    ['Thừa Thiên-Huế', 'thua thien hue'],
    ['Đắk Lắk', 'dak lak'],
    ['Hoà Bình', 'hoa binh'],
    ['HÒA BÌNH', 'hoa binh'],
    ['  Bà Rịa – Vũng   Tàu ', 'ba ria vung tau'],
    ['T.P. Hồ Chí Minh', 't p ho chi minh'],
    ['\u200bQuảng\u00adNam\ufeff', 'quangnam'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(foldVietnamese(input)).toBe(output);
  });

  it('is idempotent and agrees on NFC and NFD input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(foldVietnamese(text.normalize('NFD'))).toBe(foldVietnamese(text.normalize('NFC')));
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('rejects non-strings', () => {
    expect(() => foldVietnamese(3 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const error = dxErrorOf(() => foldVietnamese(null as unknown as string));
    expect(error.message).toBe('text: expected text to fold, got null.');
    expect(error.issues[0]).toMatchObject({ path: ['text'], expected: 'text to fold' });
  });
});
