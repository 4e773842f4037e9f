import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { readTable } from '../../src/cli/stream-table.js';

/** An io whose one file is read in pieces of `size` bytes, as the real one reads a file. */
function piecesIo(text: string | Uint8Array, size = 7, extra: Partial<CliIo> = {}): CliIo {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: () => new TextDecoder().decode(bytes),
    readPieces: () =>
      Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      ),
    writeFile: () => undefined,
    isTTY: false,
    env: {},
    ...extra,
  };
}

const request = { numbers: () => 'dti', decimal: 'auto' as const };

describe('readTable', () => {
  it('reads a CSV in pieces: text cells trimmed, the number column as numbers, lines for messages', () => {
    const { table, numbers, column } = readTable(
      piecesIo('province;dti\nĐà Nẵng ; 0,8002\nCần Thơ;\r\n"Huế";0,6975\n'),
      'dti.csv',
      request,
    );
    expect(column).toBe('dti');
    expect(table.header).toEqual(['province', 'dti']);
    expect(table.length).toBe(3);
    expect(table.cell(0, 0)).toBe('Đà Nẵng');
    expect([...numbers]).toEqual([0.8002, null, 0.6975]);
    expect(table.where(2, 'dti')).toMatchObject({
      line: 4,
      column: 2,
      text: 'line 4, column 2 (dti)',
    });
  });

  it('reads a JSON array whole, as every command does, with a byte-order mark or in UTF-16', () => {
    const json = '\ufeff [{"dti": 0.5, "province": "Huế"}, {"dti": null}]';
    const { table, numbers } = readTable(piecesIo(json), 'dti.json', request);
    expect([...numbers]).toEqual([0.5, null]);
    expect(table.cell(0, 1)).toBe('Huế');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...'[{"dti": 1}]'].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect([...readTable(piecesIo(utf16), 'dti.json', request).numbers]).toEqual([1]);
  });

  it('lists the first bad cells and counts the rest, each with its line', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `u${i};abc`).join('\n');
    expect(() => readTable(piecesIo(`unit;dti\n${rows}\n`), 'dti.csv', request)).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(
          /^dti\.csv: line 2, column 2 \(dti\): "abc" is not a number[^\n]*\n(.*\n){19}dti\.csv: … and 5 more cells of dti that are not numbers\.$/,
        ),
      }),
    );
  });

  it('stops at the row after the most a text table shows, and names the file in CSV errors', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `u${i};${i}`).join('\n');
    expect(() =>
      readTable(piecesIo(`unit;dti\n${rows}\n`), 'dti.csv', {
        ...request,
        maxRows: 3,
        maxRowsAdvice: 'print it with --json',
      }),
    ).toThrowError(
      expect.objectContaining({
        code: 'TOO_LARGE',
        message: 'dti.csv: more than 3 rows, more than a text table shows; print it with --json.',
      }),
    );
    expect(() => readTable(piecesIo('unit;dti\n"u;1\n'), 'dti.csv', request)).toThrowError(
      expect.objectContaining({
        code: 'CSV_SYNTAX',
        message: 'dti.csv: CSV line 2: a quoted cell is never closed.',
      }),
    );
  });
});
