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

/** A column of text cells. */
export class TextColumn {
  private bytes = new Uint8Array(1 << 16);
  private ends = new Uint32Array(1024);
  private used = 0;
  length = 0;

  /** The bytes the cells take. */
  get size(): number {
    return this.used;
  }

  push(text: string): void {
    // A UTF-16 unit takes at most three bytes of UTF-8.
    this.bytes = grown(this.bytes, this.used + text.length * 3);
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    this.ends = grown(this.ends, this.length + 1);
    this.ends[this.length] = this.used;
    this.length += 1;
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) return '';
    const start = index === 0 ? 0 : (this.ends[index - 1] as number);
    return decoder.decode(this.bytes.subarray(start, this.ends[index]));
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
