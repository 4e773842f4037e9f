import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';
import { decodePieces } from '../../src/io/decode-stream.js';

function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...points, bytes.length].map((p, i, all) => bytes.subarray(i === 0 ? 0 : all[i - 1], p));
}

/** decodeText's answer (text or error message) and decodePieces' joined answer. */
function both(bytes: Uint8Array, pieces: Uint8Array[], options = {}) {
  const answer = (read: () => string) => {
    try {
      return read();
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  return [
    answer(() => decodeText(bytes, options)),
    answer(() => [...decodePieces(pieces, options)].join('')),
  ];
}

describe('decodePieces', () => {
  it('joins to decodeText of the joined bytes: UTF-8, UTF-16 with a mark, invalid bytes (property)', () => {
    const text = fc
      .array(fc.constantFrom('a', '\n', 'ệ', 'Đ', '😀', '\ufeff', ','), { maxLength: 20 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'invalid'),
        fc.array(fc.nat(), { maxLength: 8 }),
        (source, form, at) => {
          let bytes: Uint8Array = new TextEncoder().encode(source);
          if (form === 'utf-8-bom') bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
          if (form === 'utf-16le')
            bytes = Uint8Array.of(
              0xff,
              0xfe,
              ...new Uint8Array(
                new Uint16Array([...source].flatMap((c) => [...c].map((_, i) => c.charCodeAt(i))))
                  .buffer,
              ),
            );
          if (form === 'invalid')
            bytes = Uint8Array.of(...bytes, 0xd2, ...new TextEncoder().encode('\nx'));
          const [whole, pieces] = both(bytes, cut(bytes, at), { name: 'f.csv' });
          expect(pieces).toBe(whole);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('composes Windows-1258 tone marks that fall in the next piece', () => {
    // "Quả" in Windows-1258: a, then the hook above (0xD2) as a combining mark.
    const bytes = Uint8Array.of(0x51, 0x75, 0x61, 0xd2, 0x0a);
    for (let i = 0; i <= bytes.length; i += 1) {
      const [whole, pieces] = both(bytes, cut(bytes, [i]), { encoding: 'windows-1258' });
      expect(pieces).toBe(whole);
      expect(pieces).toBe('Quả\n');
    }
  });

  it('refuses a piece that is not bytes, and unknown options', () => {
    expect(() => [...decodePieces(['x' as unknown as Uint8Array])]).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => [...decodePieces([], { size: 1 } as object)]).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('decodePieces past the first 4 KB (issue #25)', () => {
  // The first 4096 bytes are read as one head, so only pieces after it are decoded one by one:
  // these inputs put every cut, multi-byte letter, line and bad byte after the head.
  const head = 'a,b\n'.repeat(1023);
  const tail = fc
    .array(fc.constantFrom('a', '\n', 'ệ', 'Đ', '😀', 'ả', ','), { minLength: 1, maxLength: 24 })
    .map((c) => c.join(''));

  it('joins to decodeText of the joined bytes, cut anywhere after the head (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        tail,
        fc.constantFrom('utf-8', 'utf-8-bom', 'invalid', 'windows-1258', 'utf-16le'),
        fc.array(fc.nat({ max: 140 }), { maxLength: 10 }),
        (pad, source, form, at) => {
          const text = `${'x'.repeat(pad)}${head}${source}`;
          let bytes: Uint8Array = new TextEncoder().encode(text);
          let options: { name: string; encoding?: string } = { name: 'f.csv' };
          if (form === 'utf-8-bom') bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
          if (form === 'invalid')
            bytes = Uint8Array.of(...bytes, 0xd2, ...new TextEncoder().encode('\nx'));
          if (form === 'windows-1258') {
            // a, then a tone mark (0xD2, the hook above) as its own byte, as the code page writes it.
            bytes = Uint8Array.of(
              ...new TextEncoder().encode(`${head}${'a'.repeat(pad)}`),
              0x61,
              0xd2,
              0x0a,
              0x61,
              0xd2,
            );
            options = { name: 'f.csv', encoding: 'windows-1258' };
          }
          if (form === 'utf-16le')
            bytes = Uint8Array.of(
              0xff,
              0xfe,
              ...new Uint8Array(
                new Uint16Array([...text].flatMap((c) => [...c].map((_, i) => c.charCodeAt(i))))
                  .buffer,
              ),
            );
          const points = at.map((p) => bytes.length - 1 - p).filter((p) => p > 4096);
          const [whole, pieces] = both(bytes, cut(bytes, [4096, ...points]), options);
          expect(pieces).toBe(whole);
        },
      ),
      { seed: 2512, numRuns: 150 },
    );
  });

  it('names the line of a bad byte that comes after lines in several pieces', () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode(`${head}q\nr\ns\nệ`), 0xff, 0x0a);
    const pieces = cut(bytes, [4096, 4099, 4100, 4104, 4105]);
    const error = both(bytes, pieces, { name: 'f.csv' });
    expect(error[1]).toBe(error[0]);
    expect(error[1]).toMatch(/line 1027/);
  });

  it('keeps every letter of a Windows-1258 text whose marks fall in the next piece', () => {
    const bytes = Uint8Array.of(
      ...new TextEncoder().encode(head),
      0x51,
      0x75,
      0x61,
      0xd2,
      0xd2,
      0x0a,
    );
    for (let i = 4096; i <= bytes.length; i += 1) {
      const [whole, pieces] = both(bytes, cut(bytes, [4096, i]), { encoding: 'windows-1258' });
      expect(pieces).toBe(whole);
    }
  });

  it('strips a mark only of the encoding read, and keeps another as text', () => {
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf, 0x61);
    expect([...decodePieces([bom], { encoding: 'utf-8' })].join('')).toBe('a');
    const kept = both(bom, [bom], { encoding: 'windows-1258' });
    expect(kept[1]).toBe(kept[0]);
    expect(kept[1]).not.toBe('a');
  });

  it('says what was wrong with the pieces and the options', () => {
    expect(() => [...decodePieces(['x' as unknown as Uint8Array])]).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'pieces: expected pieces of bytes (Uint8Array), got "x".',
      }),
    );
    expect(() => [...decodePieces([], 'utf-8' as never)]).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { encoding, name }, got "utf-8".',
      }),
    );
    expect(() => [...decodePieces([], { size: 1 } as object)]).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^options\.size: not an option here/),
      }),
    );
  });
});

describe('decodePieces leaves text as written (issue #25)', () => {
  it('composes only Windows-1258 text: a decomposed letter in UTF-8 or UTF-16 stays as it is', () => {
    const text = `${'a,b\n'.repeat(1100)}Hue\u0301\n`;
    const utf8 = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text));
    const [whole, pieces] = both(utf8, cut(utf8, [4096, utf8.length - 3]));
    expect(pieces).toBe(whole);
    expect(pieces?.endsWith('Hue\u0301\n')).toBe(true);
    const utf16 = Uint8Array.of(
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    );
    const [whole16, pieces16] = both(utf16, cut(utf16, [4096, utf16.length - 5]));
    expect(pieces16).toBe(whole16);
    expect(pieces16?.endsWith('Hue\u0301\n')).toBe(true);
  });
});
