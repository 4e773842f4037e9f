// A long array of flat records printed as JSON a piece at a time: the same text as
// JSON.stringify(records, null, 2), without ever holding it whole (the text of 8 million rows is
// longer than a string can be) and without an object per record.

/** How much text is gathered before it is written. */
const PIECE = 1 << 14;

/**
 * The order JSON.stringify gives an object's keys: integer-like keys (`"2021"`) first, in
 * ascending order, then the others in the order they were first set.
 */
export function keyOrder(keys: readonly string[]): string[] {
  const probe: Record<string, null> = {};
  for (const key of keys) probe[key] = null;
  return Object.keys(probe);
}

/**
 * Writes `JSON.stringify(records, null, 2)` and a line break for `length` records whose keys
 * are `keys` (in {@link keyOrder}) and whose values `value(index, key)` gives (text, a finite
 * number or null), in pieces of about 64 KB.
 */
export function writeJsonRecords(
  write: (text: string) => void,
  length: number,
  keys: readonly string[],
  value: (index: number, key: string) => string | number | null,
): void {
  if (length === 0) {
    write('[]\n');
    return;
  }
  const names = keys.map((key) => `    ${JSON.stringify(key)}: `);
  let text = '[\n';
  for (let i = 0; i < length; i += 1) {
    if (keys.length === 0) text += '  {}';
    else {
      text += '  {\n';
      for (let k = 0; k < keys.length; k += 1) {
        const cell = value(i, keys[k] as string);
        text += `${names[k]}${cell === null ? 'null' : JSON.stringify(cell)}${k === keys.length - 1 ? '\n' : ',\n'}`;
      }
      text += '  }';
    }
    text += i === length - 1 ? '\n]\n' : ',\n';
    if (text.length >= PIECE) {
      write(text);
      text = '';
    }
  }
  write(text);
}
