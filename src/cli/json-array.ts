// A long array of flat records printed as JSON a piece at a time: the same text as
// JSON.stringify(records, null, 2), without ever holding it whole (the text of 8 million rows is
// longer than a string can be) and without an object per record. The text is written as UTF-8
// into one buffer, and a text column kept as UTF-8 (column-store.ts) is copied into it byte for
// byte: a cell costs no string, so a long output makes next to no garbage (which would grow
// the garbage collector's young generation, most of a command's peak memory).
import type { CliIo } from './io.js';

/** The bytes gathered before they are written. */
const PIECE = 1 << 16;

/**
 * The order JSON.stringify gives an object's keys: integer-like keys (`"2021"`) first, in
 * ascending order, then the others in the order they were first set.
 */
export function keyOrder(keys: readonly string[]): string[] {
  const probe: Record<string, null> = {};
  for (const key of keys) probe[key] = null;
  return Object.keys(probe);
}

/** A string that JSON writes as it is, between quotes: no quote, backslash, control character or surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these characters.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A value as JSON.stringify writes it (a finite number, text or null); the common text without its call. */
function json(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** Text cells that can be copied as UTF-8 bytes (a TextColumn). */
export interface ByteCells {
  /** Copies a cell's bytes to `target` at `at`; their number, or -1 when they do not fit or the cell must be read as text. */
  copy(index: number, target: Uint8Array, at: number): number;
  get(index: number): string;
}

/**
 * A key's values: read one record at a time (text, a finite number or null), text cells copied
 * as bytes, or numbers (finite or null) read by index, as a Float64Array or the array rank gives.
 */
export type JsonField =
  | ((index: number) => string | number | null)
  | ByteCells
  | ArrayLike<number | null>;

/** Where the output goes: as bytes when the io takes them (standard output), else as text. */
type JsonOut = Pick<CliIo, 'stdout' | 'stdoutBytes'>;

/** Whether UTF-8 bytes need JSON's escapes: a quote, a backslash or a control character. */
function needsEscape(bytes: Uint8Array, from: number, to: number): boolean {
  for (let b = from; b < to; b += 1) {
    const byte = bytes[b] as number;
    if (byte < 0x20 || byte === 0x22 || byte === 0x5c) return true;
  }
  return false;
}

/** The output buffer: UTF-8 gathered up to {@link PIECE} bytes, then written. */
class Output {
  readonly buffer = Buffer.allocUnsafe(PIECE);
  at = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly out: JsonOut) {}

  /** Writes what is gathered (whole characters: only whole strings and cells are gathered). */
  flush(): void {
    if (this.at === 0) return;
    const bytes = this.buffer.subarray(0, this.at);
    if (this.out.stdoutBytes) this.out.stdoutBytes(bytes);
    else this.out.stdout(this.decoder.decode(bytes));
    this.at = 0;
  }

  text(text: string): void {
    // At most three bytes a UTF-16 unit.
    if (this.at + text.length * 3 > PIECE) this.flush();
    if (text.length * 3 <= PIECE) this.at += this.buffer.write(text, this.at);
    else if (this.out.stdoutBytes) this.out.stdoutBytes(Buffer.from(text));
    else this.out.stdout(text);
  }

  /**
   * A number as JSON writes it; a whole number below 2³¹ digit by digit, with no string (a rank
   * per row would otherwise be a string per row).
   */
  number(value: number | null | undefined): void {
    if (value === null || value === undefined) this.text('null');
    else if (value >= 0 && value < 2 ** 31 && (value | 0) === value) {
      if (this.at + 10 > PIECE) this.flush();
      let digits = 1;
      for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits += 1;
      for (let d = digits - 1, rest = value; d >= 0; d -= 1, rest = (rest / 10) | 0)
        this.buffer[this.at + d] = 0x30 + (rest % 10);
      this.at += digits;
    } else this.text(String(value));
  }

  bytes(bytes: Uint8Array): void {
    if (this.at + bytes.length > PIECE) this.flush();
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** A text cell as JSON: its bytes between quotes, or, when they need escapes or are long, its text. */
  cell(cells: ByteCells, index: number): void {
    if (this.at + 2 > PIECE) this.flush();
    let copied = cells.copy(index, this.buffer, this.at + 1);
    if (copied < 0 && this.at > 0) {
      this.flush();
      copied = cells.copy(index, this.buffer, 1);
    }
    const from = this.at + 1;
    if (copied < 0 || from + copied + 1 > PIECE || needsEscape(this.buffer, from, from + copied)) {
      this.text(json(cells.get(index)));
      return;
    }
    this.buffer[this.at] = 0x22;
    this.buffer[from + copied] = 0x22;
    this.at = from + copied + 1;
  }
}

/**
 * Writes `JSON.stringify(records, null, 2)` and a line break for `length` records whose keys
 * are `keys` (in {@link keyOrder}), each key's values read from its field in `fields` (same
 * order), to the io's standard output in pieces of about 64 KB.
 */
export function writeJsonRecords(
  out: JsonOut,
  length: number,
  keys: readonly string[],
  fields: readonly JsonField[],
): void {
  const output = new Output(out);
  if (length === 0) {
    output.text('[]\n');
    output.flush();
    return;
  }
  // What goes before each value: the record's opening brace or the comma after the last value.
  const encoder = new TextEncoder();
  const before = keys.map((key, k) =>
    encoder.encode(`${k === 0 ? '  {\n' : ',\n'}    ${JSON.stringify(key)}: `),
  );
  const close = encoder.encode(keys.length === 0 ? '  {},\n' : '\n  },\n');
  const last = encoder.encode(keys.length === 0 ? '  {}\n]\n' : '\n  }\n]\n');
  output.text('[\n');
  for (let i = 0; i < length; i += 1) {
    for (let k = 0; k < keys.length; k += 1) {
      output.bytes(before[k] as Uint8Array);
      const field = fields[k] as JsonField;
      if (typeof field === 'function') output.text(json(field(i)));
      else if ('copy' in field) output.cell(field, i);
      else output.number(field[i]);
    }
    output.bytes(i === length - 1 ? last : close);
  }
  output.flush();
}
