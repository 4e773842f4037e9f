// Compact columns for files of any size: a column of text as its UTF-8 bytes end to end (one
// buffer and one offset per cell, not one string object per cell), a column of numbers as a
// Float64Array. A 200 MB file then takes about its own size in memory, not twenty times it.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Grows a typed array to hold at least `need` items (by half again, so the copies stay few). */
function grown<T extends Uint8Array | Uint32Array | Float64Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(need, Math.ceil(array.length * 1.5), 1024),
  );
  next.set(array);
  return next;
}

/** The size of the blocks a text column's bytes are kept in. */
const BLOCK = 1 << 20;

/**
 * A column of text cells: their UTF-8 bytes end to end in blocks of 1 MiB (a cell never spans
 * two; a longer cell gets a block of its own), so the column grows without copying what it holds.
 */
export class TextColumn {
  private readonly blocks: Uint8Array[] = [];
  /** Where each block starts, counting every byte of the cells before it. */
  private readonly starts: number[] = [];
  private used = 0;
  private ends = new Uint32Array(1024);
  private position = 0;
  length = 0;

  /** The bytes the cells take. */
  get size(): number {
    return this.position;
  }

  push(text: string): void {
    let block = this.blocks.at(-1);
    let written = -1;
    if (block !== undefined) {
      const result = encoder.encodeInto(text, block.subarray(this.used));
      if (result.read === text.length) written = result.written;
    }
    if (written === -1) {
      // A UTF-16 unit takes at most three bytes of UTF-8.
      block = new Uint8Array(Math.max(BLOCK, text.length * 3));
      this.blocks.push(block);
      this.starts.push(this.position);
      this.used = 0;
      written = encoder.encodeInto(text, block).written;
    }
    this.used += written;
    this.position += written;
    this.ends = grown(this.ends, this.length + 1);
    this.ends[this.length] = this.position;
    this.length += 1;
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) return '';
    const start = index === 0 ? 0 : (this.ends[index - 1] as number);
    const end = this.ends[index] as number;
    if (start === end) return '';
    // The last block that starts at or before the cell holds it.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= start) low = middle;
      else high = middle - 1;
    }
    const offset = start - (this.starts[low] as number);
    return decoder.decode((this.blocks[low] as Uint8Array).subarray(offset, offset + end - start));
  }
}

/** A column of numbers; NaN marks a blank cell (no value). */
export class NumberColumn {
  private values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    this.values = grown(this.values, this.length + 1);
    this.values[this.length] = value;
    this.length += 1;
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }

  /** The numbers, with `null` for a blank: a Float64Array when no cell is blank, which rank reads as it is. */
  read(): ArrayLike<number | null> & Iterable<number | null> {
    const values = this.values.subarray(0, this.length);
    if (!values.some(Number.isNaN)) return values;
    return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
  }
}

/** A column of 1-based line numbers, for messages. */
export class LineColumn {
  private lines = new Uint32Array(1024);
  length = 0;

  push(line: number): void {
    this.lines = grown(this.lines, this.length + 1);
    this.lines[this.length] = line;
    this.length += 1;
  }

  get(index: number): number {
    return this.lines[index] ?? 0;
  }
}
