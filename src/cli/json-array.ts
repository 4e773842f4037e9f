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

/** A string that JSON writes as it is, between quotes: no quote, backslash, control character or surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these characters.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A value as JSON.stringify writes it (a finite number, text or null); the common text without its call. */
function json(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/**
 * Writes `JSON.stringify(records, null, 2)` and a line break for `length` records whose keys
 * are `keys` (in {@link keyOrder}) and whose values `value(index, key, k)` gives (text, a finite
 * number or null; `k` is the key's place in `keys`), in pieces of about 16 K characters.
 */
export function writeJsonRecords(
  write: (text: string) => void,
  length: number,
  keys: readonly string[],
  value: (index: number, key: string, k: number) => string | number | null,
): void {
  if (length === 0) {
    write('[]\n');
    return;
  }
  // What goes before each value: the record's opening brace or the comma after the last value.
  const before = keys.map((key, k) => `${k === 0 ? '  {\n' : ',\n'}    ${JSON.stringify(key)}: `);
  const close = keys.length === 0 ? '  {}' : '\n  }';
  let text = '[\n';
  for (let i = 0; i < length; i += 1) {
    for (let k = 0; k < keys.length; k += 1) {
      const key = keys[k] as string;
      text += before[k] + json(value(i, key, k));
    }
    text += i === length - 1 ? `${close}\n]\n` : `${close},\n`;
    if (text.length >= PIECE) {
      write(text);
      text = '';
    }
  }
  write(text);
}
