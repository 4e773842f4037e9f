import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyOrder, writeJsonRecords } from '../../src/cli/json-array.js';

describe('writeJsonRecords', () => {
  it('writes what JSON.stringify(records, null, 2) writes, in pieces (property)', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'rank', '2021', '1', 'tỉnh', '"q"'), { maxLength: 4 }),
        fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        (names, rows) => {
          const keys = keyOrder(names);
          const records = rows.map((row) =>
            Object.fromEntries(keys.map((key, k) => [key, row[k]])),
          );
          let out = '';
          writeJsonRecords(
            (text) => (out += text),
            rows.length,
            keys,
            (i, key) => records[i]?.[key] ?? null,
          );
          expect(out).toBe(`${JSON.stringify(records, null, 2)}\n`);
        },
      ),
    );
  });

  it('writes long output in pieces of 16 K characters and at most a record more', () => {
    const pieces: string[] = [];
    writeJsonRecords(
      (text) => pieces.push(text),
      10_000,
      ['unit'],
      (i) => `unit ${i}`,
    );
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(1 << 14);
      expect(piece.length).toBeLessThan((1 << 14) + 40);
    }
    expect(JSON.parse(pieces.join(''))).toHaveLength(10_000);
  });
});
