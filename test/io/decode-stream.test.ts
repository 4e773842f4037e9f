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
