import { describe, expect, it } from 'vitest';
import { bomOf, decodeText, likelyEncoding, notUtf8 } from '../../src/io/decode.js';
import { dxErrorOf } from '../fixtures/errors.js';

const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Uint8Array.from(le, (_, i) => le[i ^ 1] as number);
  return Uint8Array.from([0xfe, 0xff, ...be]);
};

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 LE or BE by their mark', () => {
    const text = 'tỉnh;giá trị\r\nQuảng Nam;51,16%\r\n';
    expect(decodeText(Buffer.from(text), { name: 'a.csv' })).toBe(text);
    expect(decodeText(Buffer.from(`\ufeff${text}`), { name: 'a.csv' })).toBe(text);
    expect(decodeText(utf16le(text), { name: 'a.csv' })).toBe(text);
    expect(decodeText(utf16be(text), { name: 'a.csv' })).toBe(text);
  });

  it('refuses bytes that are not UTF-8, naming the line, the likely encoding and the fix', () => {
    // "Quảng Nam" in Windows-1258: ả is a + the combining hook above (0xD2).
    const win = Uint8Array.from([...Buffer.from('a\nQua'), 0xd2, ...Buffer.from('ng Nam\n')]);
    expect(() => decodeText(win, { name: 'x.csv' })).toThrowError(
      expect.objectContaining({
        code: 'ENCODING',
        message:
          'x.csv: line 2 holds bytes that are not UTF-8 (probably Windows-1258, as Excel saves "CSV" on a Vietnamese Windows). Read it with --encoding windows-1258, or save the file as "CSV UTF-8".',
      }),
    );
    expect(decodeText(win, { name: 'x.csv', encoding: 'windows-1258' })).toBe('a\nQuảng Nam\n');
    const bare16 = Buffer.from('tỉnh;giá trị\n', 'utf16le');
    expect(() =>
      decodeText(Uint8Array.from([...bare16, 0x00, 0xd8]), { name: 'y.csv' }),
    ).toThrowError(/--encoding utf-16le/);
    expect(decodeText(utf16le('a'), { name: 'z.csv', encoding: 'utf-16le' })).toBe('a');
  });

  it('checks its arguments and the encoding name', () => {
    expect(decodeText(Uint8Array.of(0x61), { encoding: 'Windows-1258' })).toBe('a');
    expect(() => decodeText('a' as unknown as Uint8Array)).toThrowError(/bytes/);
    expect(() => decodeText(Uint8Array.of(), { enc: 'x' } as never)).toThrowError(/enc/);
    expect(() => decodeText(Uint8Array.of(), { encoding: 'klingon' })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/encoding: expected an encoding such as .*klingon/),
      }),
    );
  });

  it('removes exactly one byte-order mark, never a mark inside the text', () => {
    const twice = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('\ufeffa')]);
    expect(decodeText(twice)).toBe('\ufeffa');
    expect(decodeText(twice, { encoding: 'utf-8' })).toBe('\ufeffa');
  });

  it('with an encoding, keeps a mark of another encoding as the bytes it is in that encoding', () => {
    const utf8Marked = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]);
    expect(decodeText(utf8Marked, { encoding: 'windows-1258' })).toBe('ï»¿a');
    expect(decodeText(utf8Marked, { encoding: 'utf-8' })).toBe('a');
  });

  it('composes Windows-1258 text to NFC, and leaves other encodings as written', () => {
    const decomposed = 'Qua\u0309ng';
    expect(decodeText(Buffer.from(decomposed), { encoding: 'utf-8' })).toBe(decomposed);
    expect(decodeText(Buffer.from(decomposed))).toBe(decomposed);
  });

  it('names bare UTF-16 (no mark) by the zero bytes, in the message and the issue', () => {
    const text = 'tỉnh;giá trị\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Uint8Array.from(le, (_, i) => le[i ^ 1] as number);
    const leError = dxErrorOf(() =>
      decodeText(Uint8Array.from([...le, 0x00, 0xd8]), { name: 'le.csv' }),
    );
    expect(leError.message).toBe(
      'le.csv: line 1 holds bytes that are not UTF-8 (probably UTF-16LE without a byte-order mark). Read it with --encoding utf-16le, or save the file as "CSV UTF-8".',
    );
    expect(leError.issues).toEqual([
      {
        path: [],
        message: 'not UTF-8; likely utf-16le',
        line: 1,
        key: 'not-utf8',
        params: { likely: 'utf-16le' },
      },
    ]);
    const beError = dxErrorOf(() => decodeText(Uint8Array.from([...be, 0xd8, 0x00])));
    expect(beError.message).toBe(
      'input: line 1 holds bytes that are not UTF-8 (probably UTF-16BE without a byte-order mark). Read it with --encoding utf-16be, or save the file as "CSV UTF-8".',
    );
    expect(beError.issues[0]?.params).toEqual({ likely: 'utf-16be' });
  });

  it('says what was wrong with its arguments, by name', () => {
    expect(dxErrorOf(() => decodeText('a' as unknown as Uint8Array)).code).toBe('INVALID_ARGUMENT');
    expect(dxErrorOf(() => decodeText('a' as unknown as Uint8Array)).message).toBe(
      'bytes: expected a Uint8Array, got "a".',
    );
    expect(dxErrorOf(() => decodeText(Uint8Array.of(), 5 as never)).message).toBe(
      'options: expected an object like { encoding, name }, got 5.',
    );
    expect(dxErrorOf(() => decodeText(Uint8Array.of(), { enc: 1 } as never)).message).toBe(
      'options.enc: not an option here; expected encoding, name.',
    );
  });
});

describe('bomOf', () => {
  it('knows the UTF-8 and UTF-16 marks, whole, and nothing less', () => {
    expect(bomOf(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(bomOf(Uint8Array.of(0xff, 0xfe))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(bomOf(Uint8Array.of(0xfe, 0xff))).toEqual({ encoding: 'utf-16be', length: 2 });
    for (const partial of [
      [0xef, 0xbb, 0x00],
      [0xef, 0x00, 0xbf],
      [0x00, 0xbb, 0xbf],
      [0xff, 0x00],
      [0x00, 0xfe],
      [0xfe, 0x00],
      [0x00, 0xff],
      [0xff, 0xff],
      [0xfe, 0xfe],
      [],
    ])
      expect(bomOf(Uint8Array.from(partial))).toBeUndefined();
  });
});

describe('likelyEncoding', () => {
  it('says UTF-16 LE when more than a quarter of the bytes are zeros at odd places, BE at even, else Windows-1258', () => {
    expect(likelyEncoding(Uint8Array.of(0x61, 0, 0x62, 0))).toBe('utf-16le');
    expect(likelyEncoding(Uint8Array.of(0, 0x61, 0, 0x62))).toBe('utf-16be');
    expect(likelyEncoding(Uint8Array.of(0x61, 0xd2, 0x62, 0x63))).toBe('windows-1258');
    // Exactly a quarter is not enough; one more is.
    expect(likelyEncoding(Uint8Array.of(0x61, 0, 0x62, 0x63, 0x64, 0, 0x65, 0x66))).toBe(
      'windows-1258',
    );
    expect(likelyEncoding(Uint8Array.of(0x61, 0, 0x62, 0, 0x64, 0, 0x65, 0x66))).toBe('utf-16le');
    expect(likelyEncoding(Uint8Array.of(0, 0x61, 0x62, 0x63, 0, 0x64, 0x65, 0x66))).toBe(
      'windows-1258',
    );
    expect(likelyEncoding(Uint8Array.of(0, 0x61, 0, 0x63, 0, 0x64, 0x65, 0x66))).toBe('utf-16be');
  });

  it('looks at the first 4,096 bytes only', () => {
    // 1,024 zeros at even places in the first 4,096 bytes is a quarter, not more; a zero at 4,096 does not count.
    const quarterThenZero = Uint8Array.from({ length: 4097 }, (_, i) =>
      i === 4096 || (i % 2 === 0 && i < 2048) ? 0 : 0x61,
    );
    expect(likelyEncoding(quarterThenZero)).toBe('windows-1258');
    const head = new Uint8Array(4096).fill(0x61);
    const zerosAfter = Uint8Array.from([...head, ...new Uint8Array(8192)]);
    expect(likelyEncoding(zerosAfter)).toBe('windows-1258');
    const oddZerosUpTo4096 = Uint8Array.from({ length: 4097 }, (_, i) => (i % 2 === 1 ? 0 : 0x61));
    expect(likelyEncoding(oddZerosUpTo4096)).toBe('utf-16le');
  });
});

describe('notUtf8', () => {
  it('builds the ENCODING error for a file, a line and the bytes it saw', () => {
    const error = notUtf8('a.csv', 3, Uint8Array.of(0x61, 0xd2));
    expect(error.code).toBe('ENCODING');
    expect(error.issues).toEqual([
      {
        path: [],
        message: 'not UTF-8; likely windows-1258',
        line: 3,
        key: 'not-utf8',
        params: { likely: 'windows-1258' },
      },
    ]);
  });
});
