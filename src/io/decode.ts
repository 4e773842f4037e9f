// The one reading of a file's bytes as text, for every command: a byte-order
// mark decides UTF-8 or UTF-16; without one the bytes must be valid UTF-8, or
// the reader names the likely encoding instead of printing mojibake.
import { DxError } from '../errors.js';
import { fail, knownKeys, record } from '../internal/guards.js';

/** The options {@link decodeText} takes. */
export const DECODE_OPTIONS = ['encoding', 'name'] as const;

/** Options for {@link decodeText}. @category Data */
export interface DecodeOptions {
  /**
   * Read the bytes in this encoding: any label `TextDecoder` knows, such as
   * `windows-1258` (Excel's "CSV" on a Vietnamese Windows) or `utf-16le`
   * ("Unicode Text" without a mark). Default: by byte-order mark, else UTF-8.
   */
  readonly encoding?: string;
  /** The file's name, for messages. Default: `input`. */
  readonly name?: string;
}

/** The encoding's canonical name, or `INVALID_ARGUMENT` for one `TextDecoder` does not know. */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return fail(
      'INVALID_ARGUMENT',
      'encoding',
      'an encoding such as utf-8, utf-16le, utf-16be or windows-1258',
      label,
    );
  }
}

/** The encoding a byte-order mark at the start of `bytes` names, and the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The likely encoding of bytes that are not UTF-8: UTF-16 when every other byte is zero, else Windows-1258. */
export function likelyEncoding(bytes: Uint8Array): string {
  let evenZeros = 0;
  let oddZeros = 0;
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  if (oddZeros > end / 4) return 'utf-16le';
  if (evenZeros > end / 4) return 'utf-16be';
  return 'windows-1258';
}

/**
 * Reads a file's bytes as text, the one way every `vn-dx` command reads a
 * table. Without `encoding`: a UTF-8 or UTF-16 LE/BE byte-order mark decides
 * (and is removed); otherwise the bytes must be valid UTF-8. Why: a
 * Windows-1258 file read as UTF-8 prints `Qu�ng Nam` and looks like success;
 * an error that names the fix costs one retry. With `encoding`, the bytes are
 * read in it; Windows-1258 text (tones stored as combining marks) is composed
 * to NFC so that names match.
 *
 * @param bytes - the file's bytes.
 * @param options - the encoding, and the file's name for messages.
 * @returns the text, without a byte-order mark.
 * @throws {@link DxError} `ENCODING` when, without `encoding`, the bytes are not
 *   UTF-8, naming the line of the first bad byte, the likely encoding and the
 *   `--encoding` option that reads it; `INVALID_ARGUMENT` when `bytes` is not a
 *   `Uint8Array`, `options` is not an object or names an unknown option, or the
 *   encoding is unknown.
 *
 * @example
 * ```ts
 * import { decodeText, parseCsv } from 'vn-dx';
 *
 * // Excel's "Unicode Text": UTF-16 LE with a byte-order mark.
 * const unicodeText = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0]);
 * decodeText(unicodeText); // 'a\tb'
 * parseCsv(decodeText(unicodeText)).delimiter; // '\t'
 * decodeText(new Uint8Array([0x51, 0x75, 0x61, 0xd2]), { encoding: 'windows-1258' }); // 'Quả'
 * ```
 *
 * @category Data
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  if (!(bytes instanceof Uint8Array)) fail('INVALID_ARGUMENT', 'bytes', 'a Uint8Array', bytes);
  knownKeys(
    record(options, 'options', 'an object like { encoding, name }'),
    DECODE_OPTIONS,
    'options',
  );
  const { encoding, name: file = 'input' } = options;
  const bom = bomOf(bytes);
  if (encoding !== undefined) {
    const label = checkEncoding(encoding);
    const body = bom && bom.encoding === label ? bytes.subarray(bom.length) : bytes;
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
    return label === 'windows-1258' ? text.normalize('NFC') : text;
  }
  if (bom)
    return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\ufffd')).split('\n').length;
    throw notUtf8(file, line, bytes);
  }
}

/** The error for bytes that are not UTF-8 at `line`: the likely encoding (from the file's first bytes) and how to read it. */
export function notUtf8(file: string, line: number, head: Uint8Array): DxError {
  const likely = likelyEncoding(head);
  const export_ =
    likely === 'windows-1258'
      ? 'probably Windows-1258, as Excel saves "CSV" on a Vietnamese Windows'
      : `probably ${likely.toUpperCase()} without a byte-order mark`;
  return new DxError(
    'ENCODING',
    `${file}: line ${line} holds bytes that are not UTF-8 (${export_}). Read it with --encoding ${likely}, or save the file as "CSV UTF-8".`,
    {
      issues: [
        {
          path: [],
          message: `not UTF-8; likely ${likely}`,
          line,
          key: 'not-utf8',
          params: { likely },
        },
      ],
    },
  );
}
