// The one reading of a file's bytes as text, for every command: a byte-order
// mark decides UTF-8 or UTF-16; without one the bytes must be valid UTF-8, or
// the reader names the likely encoding instead of printing mojibake.
import { DxError } from '../errors.js';

/**
 * The encodings `--encoding` accepts beyond the default: any label
 * `TextDecoder` knows, such as `windows-1258` (Excel's "CSV" in a Vietnamese
 * Windows locale) or `utf-16le` (its "Unicode Text" without a mark).
 */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new DxError(
      'INVALID_ARGUMENT',
      `encoding: unknown encoding "${label}"; use a name such as utf-8, utf-16le, utf-16be or windows-1258.`,
    );
  }
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The likely encoding of bytes that are not UTF-8: UTF-16 when every other byte is zero, else Windows-1258. */
function likelyEncoding(bytes: Uint8Array): string {
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
 * Decodes a file's bytes. With `encoding`, reads them in that encoding (a
 * byte-order mark is still honoured and removed). Without it: a UTF-8 or
 * UTF-16 LE/BE byte-order mark decides; otherwise the bytes must be valid
 * UTF-8. Why: a Windows-1258 file read as UTF-8 prints `Qu�ng Nam` and
 * looks like success; an error that names the fix costs the user one retry.
 *
 * @throws DxError `ENCODING` naming the file, the line of the first byte that is
 *   not UTF-8, the likely encoding and the `--encoding` option that reads it.
 */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: string): string {
  const bom = bomOf(bytes);
  if (encoding !== undefined) {
    const label = checkEncoding(encoding);
    const body = bom && bom.encoding === label ? bytes.subarray(bom.length) : bytes;
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
    // Windows-1258 stores a tone as a combining mark after the letter; compose, so names match.
    return label === 'windows-1258' ? text.normalize('NFC') : text;
  }
  if (bom)
    return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\ufffd')).split('\n').length;
    const likely = likelyEncoding(bytes);
    const export_ =
      likely === 'windows-1258'
        ? 'probably Windows-1258, as Excel saves "CSV" on a Vietnamese Windows'
        : `probably ${likely.toUpperCase()} without a byte-order mark`;
    throw new DxError(
      'ENCODING',
      `${file}: line ${line} holds bytes that are not UTF-8 (${export_}). Read it with --encoding ${likely}, or save the file as "CSV UTF-8".`,
      { issues: [{ path: [], message: `not UTF-8; likely ${likely}`, line }] },
    );
  }
}
