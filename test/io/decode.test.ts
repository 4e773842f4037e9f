import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';

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
});
