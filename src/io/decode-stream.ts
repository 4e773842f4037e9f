// decodeText's rules for a file read a piece at a time: the byte-order mark (in the first bytes)
// decides UTF-8 or UTF-16; without one the bytes must be UTF-8, checked piece by piece, and the
// error names the line of the first bad byte and the encoding the file's first 4 KB suggest.
import { fail, knownKeys, record } from '../internal/guards.js';
import { bomOf, checkEncoding, DECODE_OPTIONS, type DecodeOptions, notUtf8 } from './decode.js';

/** How many first bytes the encoding is guessed from, as decodeText does. */
const SNIFF = 4096;

const LF = 10;

/** Where an unfinished UTF-8 sequence starts at the end of `bytes` (their length when none does). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back += 1) {
    const byte = bytes[n - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

function countLines(bytes: Uint8Array): number {
  let count = 0;
  let at = bytes.indexOf(LF);
  while (at !== -1) {
    count += 1;
    at = bytes.indexOf(LF, at + 1);
  }
  return count;
}

/** Strict UTF-8, piece by piece: an unfinished sequence at a piece's end waits for the next. */
function* strictUtf8(pieces: Iterable<Uint8Array>, file: string, head: Uint8Array) {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry = new Uint8Array(0);
  let lines = 0;
  const decode = (bytes: Uint8Array): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: only the line breaks before the bad byte are counted, which a dropped mark does not change
      const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const before = loose.slice(0, loose.indexOf('\ufffd'));
      throw notUtf8(file, lines + before.split('\n').length, head);
    }
  };
  for (const piece of pieces) {
    const bytes = joined(carry, piece);
    const cut = completeLength(bytes);
    const whole = bytes.subarray(0, cut);
    yield decode(whole);
    lines += countLines(whole);
    // A copy (a Buffer's slice would be a view of a piece that the next read overwrites).
    carry = new Uint8Array(bytes.subarray(cut));
  }
  if (carry.length > 0) yield decode(carry);
}

/** Any other encoding, streamed by TextDecoder; Windows-1258 composed to NFC, a last letter held back for its marks. */
function* loose(pieces: Iterable<Uint8Array>, label: string) {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  if (label !== 'windows-1258') {
    for (const piece of pieces) yield decoder.decode(piece, { stream: true });
    yield decoder.decode();
    return;
  }
  let held = '';
  for (const piece of pieces) {
    const text = held + decoder.decode(piece, { stream: true });
    // Cut before the last letter: a tone mark in the next piece may compose with it.
    let cut = text.length;
    while (cut > 0 && /\p{M}/u.test(text[cut - 1] as string)) cut -= 1;
    cut = Math.max(0, cut - 1);
    held = text.slice(cut);
    yield text.slice(0, cut).normalize('NFC');
  }
  yield (held + decoder.decode()).normalize('NFC');
}

/** The first `size` bytes of the pieces (fewer at the end), and the pieces from there on. */
function split(pieces: Iterator<Uint8Array>, size: number) {
  const first: Uint8Array[] = [];
  let length = 0;
  while (length < size) {
    const next = pieces.next();
    if (next.done) break;
    // A copy: the caller may read the next piece into the same buffer.
    first.push(new Uint8Array(next.value));
    length += next.value.length;
  }
  const head = new Uint8Array(length);
  let at = 0;
  for (const piece of first) {
    head.set(piece, at);
    at += piece.length;
  }
  return head;
}

/**
 * Reads a file's bytes, given as pieces of any size, as pieces of text with exactly
 * {@link decodeText}'s rules, so that joining the pieces gives decodeText's text of the joined
 * bytes (or its error). Why: a file too big to hold as one text can still be read.
 *
 * @param pieces - the bytes, in order (each a `Uint8Array`; the pieces are not kept).
 * @param options - as decodeText's: the encoding, and the file's name for messages.
 * @returns the text, piece by piece, without a byte-order mark.
 * @throws {@link DxError} as decodeText: `ENCODING`, raised when the first bad piece is reached;
 *   `INVALID_ARGUMENT` for bad options or a piece that is not a `Uint8Array`.
 */
export function* decodePieces(
  pieces: Iterable<Uint8Array>,
  options: DecodeOptions = {},
): Generator<string, void, undefined> {
  knownKeys(
    record(options, 'options', 'an object like { encoding, name }'),
    DECODE_OPTIONS,
    'options',
  );
  const { encoding, name: file = 'input' } = options;
  const label = encoding === undefined ? undefined : checkEncoding(encoding);
  const source = pieces[Symbol.iterator]();
  const checked: Iterator<Uint8Array> = {
    next: () => {
      const next = source.next();
      if (!next.done && !(next.value instanceof Uint8Array))
        fail('INVALID_ARGUMENT', 'pieces', 'pieces of bytes (Uint8Array)', next.value);
      return next;
    },
  };
  const head = split(checked, SNIFF);
  const bom = bomOf(head);
  const strip = bom && (label === undefined || bom.encoding === label) ? bom.length : 0;
  const rest: Iterable<Uint8Array> = {
    *[Symbol.iterator]() {
      yield head.subarray(strip);
      for (let next = checked.next(); !next.done; next = checked.next()) yield next.value;
    },
  };
  const name = label ?? bom?.encoding;
  if (name !== undefined) yield* loose(rest, name);
  else yield* strictUtf8(rest, file, head);
}
