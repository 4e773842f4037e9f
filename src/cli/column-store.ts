// Compact columns for files of any size: a column of text as a few long strings, each the
// cells of a block joined end to end, with one offset per cell (not one string object per cell,
// which costs some 30 bytes before its text); a column of numbers as a Float64Array. A 200 MB
// file then takes about its own size in memory, not twenty times it.

/** Grows a typed array to hold at least `need` items (by half again, so the copies stay few). */
function grown<T extends Uint32Array | Float64Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(need, Math.ceil(array.length * 1.5), 1024),
  );
  next.set(array);
  return next;
}

/** The most cells a block joins. */
const BLOCK_CELLS = 4096;
/** The most characters a block holds before it is closed (far below the longest string). */
const BLOCK_CHARS = 1 << 22;

/**
 * A column of text cells: the cells of each block of {@link BLOCK_CELLS} joined into one
 * string, so a cell is read back as a slice of it. The text stays as the file's text was read
 * (no re-encoding), so reading a cell back costs no decoding.
 */
export class TextColumn {
  /** The joined cells of each closed block. */
  private readonly blocks: string[] = [];
  /** The index of each block's first cell. */
  private readonly firsts: number[] = [];
  /** The cells of the block being filled. */
  private open: string[] = [];
  private openChars = 0;
  /** Where each cell ends within its block. */
  private ends = new Uint32Array(1024);
  /** The block the last read found (reads mostly go in order). */
  private last = 0;
  private chars = 0;
  length = 0;

  /** The characters (UTF-16 units) the cells take. */
  get size(): number {
    return this.chars;
  }

  push(text: string): void {
    if (this.open.length === BLOCK_CELLS || this.openChars + text.length > BLOCK_CHARS)
      this.close();
    if (this.open.length === 0) this.firsts.push(this.length);
    this.open.push(text);
    this.openChars += text.length;
    this.chars += text.length;
    this.ends = grown(this.ends, this.length + 1);
    this.ends[this.length] = this.openChars;
    this.length += 1;
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) return '';
    // A read joins the open block (later cells start a new one).
    this.close();
    const b = this.blockOf(index);
    const first = this.firsts[b] as number;
    const start = index === first ? 0 : (this.ends[index - 1] as number);
    return (this.blocks[b] as string).slice(start, this.ends[index] as number);
  }

  /** Joins the open block's cells into one string (flat: its cells' own strings can go). */
  private close(): void {
    if (this.open.length === 0) return;
    this.blocks.push(this.open.join(''));
    this.open = [];
    this.openChars = 0;
  }

  /** The block that holds a cell: the last one whose first cell is at or before it. */
  private blockOf(index: number): number {
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
