import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextColumn } from '../../src/cli/column-store.js';
import { keyOrder, writeJsonRecords } from '../../src/cli/json-array.js';

/** An io that takes text only (as a test's io does), and one that takes bytes too (as the real one). */
function outputs() {
  const texts: string[] = [];
  const bytes: Uint8Array[] = [];
  return {
    texts,
    bytes,
    text: { stdout: (text: string) => texts.push(text) },
    both: {
      stdout: (text: string) => bytes.push(new TextEncoder().encode(text)),
      // The writer reuses its buffer: keep a copy.
      stdoutBytes: (piece: Uint8Array) => bytes.push(new Uint8Array(piece)),
    },
    read: () => Buffer.concat(bytes).toString('utf8'),
  };
}

describe('writeJsonRecords', () => {
  it('writes what JSON.stringify(records, null, 2) writes, as text or bytes, values or text columns (property)', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -5, max: 2 ** 32 }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'rank', '2021', '1', 'tỉnh', '"q"'), { maxLength: 4 }),
        fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        fc.array(fc.string({ unit: 'binary' }), { minLength: 5, maxLength: 5 }),
        (names, rows, texts) => {
          const keys = keyOrder(names);
          // The first key's values are text cells kept in a TextColumn.
          const column = new TextColumn();
          for (const text of texts) column.push(text);
          const records = rows.map((row, i) =>
            Object.fromEntries(keys.map((key, k) => [key, k === 0 ? texts[i] : row[k]])),
          );
          // The second key's values, when they are numbers or null, are read from an array.
          const numbers = records.map((record) => record[keys[1] ?? ''] ?? null);
          const numeric = numbers.every((value) => value === null || typeof value === 'number');
          const fields = keys.map((key, k) => {
            if (k === 0) return column;
            if (k === 1 && numeric) return numbers as (number | null)[];
            return (i: number) => records[i]?.[key] ?? null;
          });
          const expected = `${JSON.stringify(records, null, 2)}\n`;
          const out = outputs();
          writeJsonRecords(out.text, rows.length, keys, fields);
          expect(out.texts.join('')).toBe(expected);
          writeJsonRecords(out.both, rows.length, keys, fields);
          expect(out.read()).toBe(expected);
        },
      ),
    );
  });

  it('writes long output in pieces of about 64 KB, and cells longer than a piece whole', () => {
    const out = outputs();
    const column = new TextColumn();
    const long = 'ả'.repeat(40_000);
    for (let i = 0; i < 10_000; i += 1) column.push(i === 5000 ? long : `unit ${i}`);
    writeJsonRecords(out.both, 10_000, ['unit', 'n'], [column, (i) => i]);
    expect(out.bytes.length).toBeGreaterThan(3);
    const records = JSON.parse(out.read()) as { unit: string; n: number }[];
    expect(records).toHaveLength(10_000);
    expect(records[5000]).toEqual({ unit: long, n: 5000 });
    expect(records[9999]).toEqual({ unit: 'unit 9999', n: 9999 });
    writeJsonRecords(out.text, 10_000, ['unit'], [(i) => (i === 3 ? long.repeat(2) : `u${i}`)]);
    expect((JSON.parse(out.texts.join('')) as { unit: string }[])[3]?.unit).toBe(long.repeat(2));
  });
});
