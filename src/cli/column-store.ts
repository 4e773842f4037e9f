// Compact columns for files of any size: a column of text as its cells' UTF-8 bytes, written
// end to end into chunks of a megabyte, with one offset per cell (not one string object per
// cell, which costs some 30 bytes before its text, and not a UTF-16 string, two bytes a letter
// once a cell has one Vietnamese letter); a column of numbers as 64 K-number chunks. A 200 MB file
// then takes about its own size in memory, not twenty times it. Everything kept is outside
// the JavaScript heap and is written once, never copied to grow: the garbage collector neither
// moves it nor grows its young generation for it, which is most of a command's peak memory.

/** Grows a typed array to hold at least `need` items (by half again, so the copies stay few). */
function grown<T extends Uint32Array | Float64Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(need, Math.ceil(array.length * 1.5), 1024),
  );
  next.set(array);
  return next;
}

/** Items per chunk of a {@link Chunked} column (a power of two: an index splits by shifting). */
const CHUNK_BITS = 16;
const CHUNK_ITEMS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ITEMS - 1;

/** A growing column of numbers in chunks of {@link CHUNK_ITEMS}: it grows without copying. */
class Chunked<T extends Uint32Array | Float64Array> {
  readonly chunks: T[] = [];
  length = 0;

  constructor(private readonly make: (length: number) => T) {}

  push(value: number): void {
    const at = this.length & CHUNK_MASK;
    if (at === 0) this.chunks.push(this.make(CHUNK_ITEMS));
    (this.chunks[this.chunks.length - 1] as T)[at] = value;
    this.length += 1;
  }

  get(index: number): number {
    return (this.chunks[index >>> CHUNK_BITS] as T)[index & CHUNK_MASK] as number;
  }

  set(index: number, value: number): void {
    (this.chunks[index >>> CHUNK_BITS] as T)[index & CHUNK_MASK] = value;
  }
}

/** The bytes of a chunk of text cells; a longer cell gets a chunk of its own size. */
const TEXT_CHUNK = 1 << 20;

/** UTF-16 surrogates, paired (a letter outside the first plane) or lone (text no decoder writes). */
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A column of text cells: each cell's UTF-8 bytes written after the last one's in a chunk, and
 * read back by decoding its bytes. A cell that UTF-8 cannot hold (a lone surrogate, which no
 * decoder writes but a caller might pass) is kept as it is, apart.
 */
export class TextColumn {
  private readonly chunks: Buffer[] = [];
  /** The index of each chunk's first cell. */
  private readonly firsts: number[] = [];
  /** Where each cell ends within its chunk, in bytes. */
  private readonly ends = new Chunked((length) => new Uint32Array(length));
  /** The cells with a lone surrogate, by index (their bytes are none). */
  private readonly odd = new Map<number, string>();
  /** Bytes used in the last chunk. */
  private used = 0;
  /** The chunk the last read found (reads mostly go in order). */
  private last = 0;
  private chars = 0;

  get length(): number {
    return this.ends.length;
  }

  /** The characters (UTF-16 units) the cells take. */
  get size(): number {
    return this.chars;
  }

  push(text: string): void {
    this.chars += text.length;
    let written = text;
    if (SURROGATE.test(text) && LONE_SURROGATE.test(text)) {
      this.odd.set(this.length, text);
      written = '';
    }
    // At most three bytes a UTF-16 unit: a cell is written whole into one chunk.
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.length - this.used < written.length * 3) {
      chunk = Buffer.allocUnsafeSlow(Math.max(TEXT_CHUNK, Buffer.byteLength(written)));
      this.chunks.push(chunk);
      this.firsts.push(this.length);
      this.used = 0;
    }
    this.used += chunk.write(written, this.used);
    this.ends.push(this.used);
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) return '';
    const odd = this.odd.get(index);
    if (odd !== undefined) return odd;
    const c = this.chunkOf(index);
    const start = index === this.firsts[c] ? 0 : this.ends.get(index - 1);
    return (this.chunks[c] as Buffer).toString('utf8', start, this.ends.get(index));
  }

  /**
   * Copies a cell's UTF-8 bytes to `target` at `at`, for output that is bytes (json-array.ts);
   * their number, or -1 when they do not fit or the cell is kept apart (read it with `get`).
   */
  copy(index: number, target: Uint8Array, at: number): number {
    if (index < 0 || index >= this.length || this.odd.has(index)) return -1;
    const c = this.chunkOf(index);
    const start = index === this.firsts[c] ? 0 : this.ends.get(index - 1);
    const end = this.ends.get(index);
    if (end - start > target.length - at) return -1;
    const chunk = this.chunks[c] as Buffer;
    // A short cell byte by byte: a view to copy it from would cost more than the copy.
    if (end - start > 64) target.set(chunk.subarray(start, end), at);
    else for (let b = start; b < end; b += 1) target[at + b - start] = chunk[b] as number;
    return end - start;
  }

  /** The chunk that holds a cell: the last one whose first cell is at or before it. */
  private chunkOf(index: number): number {
    const { firsts } = this;
    const last = this.last;
    if (
      (firsts[last] as number) <= index &&
      (last + 1 === firsts.length || index < (firsts[last + 1] as number))
    )
      return last;
    let low = 0;
    let high = firsts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((firsts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    this.last = low;
    return low;
  }
}

/** A column of numbers; NaN marks a blank cell (no value). */
export class NumberColumn {
  private readonly values = new Chunked((length) => new Float64Array(length));

  get length(): number {
    return this.values.length;
  }

  push(value: number): void {
    this.values.push(value);
  }

  set(index: number, value: number): void {
    this.values.set(index, value);
  }

  /** The numbers, with `null` for a blank: one Float64Array when no cell is blank, which rank reads as it is. */
  read(): ArrayLike<number | null> & Iterable<number | null> {
    const { length, chunks } = this.values;
    const values = new Float64Array(length);
    for (let c = 0; c < chunks.length; c += 1) {
      const chunk = chunks[c] as Float64Array;
      values.set(
        chunk.subarray(0, Math.min(CHUNK_ITEMS, length - c * CHUNK_ITEMS)),
        c * CHUNK_ITEMS,
      );
    }
    if (!values.some(Number.isNaN)) return values;
    return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
  }
}

/**
 * A column of 1-based line numbers, for messages. Rows mostly follow one another line by line,
 * so only where the distance between a row and its line changes (a blank line, a cell over
 * several lines) is kept: one change per such place, not one number per row.
 */
export class LineColumn {
  /** The rows where the distance changes, ascending, and the distance (line − row) from each. */
  private rows = new Uint32Array(16);
  private distances = new Uint32Array(16);
  private changes = 0;
  length = 0;

  push(line: number): void {
    const distance = line - this.length;
    if (this.changes === 0 || this.distances[this.changes - 1] !== distance) {
      this.rows = grown(this.rows, this.changes + 1);
      this.distances = grown(this.distances, this.changes + 1);
      this.rows[this.changes] = this.length;
      this.distances[this.changes] = distance;
      this.changes += 1;
    }
    this.length += 1;
  }

  get(index: number): number {
    if (index < 0 || index >= this.length) return 0;
    // The last change at or before the row.
    let low = 0;
    let high = this.changes - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.rows[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return index + (this.distances[low] as number);
  }
}
