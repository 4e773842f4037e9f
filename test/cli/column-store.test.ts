import { describe, expect, it } from 'vitest';
import { LineColumn, NumberColumn, TextColumn } from '../../src/cli/column-store.js';

describe('column store', () => {
  it('gives back every cell as it was kept, past several growths', () => {
    const text = new TextColumn();
    const numbers = new NumberColumn();
    const lines = new LineColumn();
    const cells = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? '' : `Đơn vị ${i} 😀`));
    cells.forEach((cell, i) => {
      text.push(cell);
      numbers.push(i % 5 === 0 ? Number.NaN : i / 2);
      lines.push(i + 2);
    });
    expect(cells.every((cell, i) => text.get(i) === cell)).toBe(true);
    expect(text.get(-1)).toBe('');
    expect(text.get(5000)).toBe('');
    expect(text.size).toBeGreaterThan(50_000);
    const read = numbers.read();
    expect(read[0]).toBeNull();
    expect(read[3]).toBe(1.5);
    expect(read.length).toBe(5000);
    expect(read[4999]).toBe(4999 / 2);
    expect(lines.get(4999)).toBe(5001);
  });

  it('gives back long cells, and cells read while the column is still being filled', () => {
    const text = new TextColumn();
    const long = 'ả'.repeat(3 << 20);
    const cells = ['a', long, `${long}b`, 'c', '', 'lone \ud800 surrogate'];
    const read: string[] = [];
    for (const cell of cells) {
      text.push(cell);
      read.push(text.get(text.length - 1));
    }
    expect(read).toEqual(cells);
    expect(cells.map((_, i) => text.get(i))).toEqual(cells);
    expect(text.size).toBe(cells.reduce((sum, cell) => sum + cell.length, 0));
  });

  it('gives back every line, however the lines between rows vary', () => {
    const lines = new LineColumn();
    const kept = [2, 3, 5, 6, 7, 12, 13, 13 + 2 ** 31, 14 + 2 ** 31];
    for (const line of kept) lines.push(line);
    expect(kept.map((_, i) => lines.get(i))).toEqual(kept);
    expect([lines.get(-1), lines.get(kept.length)]).toEqual([0, 0]);
    const many = new LineColumn();
    for (let i = 0; i < 3000; i += 1) many.push(2 + i * 2);
    expect(many.get(2999)).toBe(2 + 2999 * 2);
    expect(new LineColumn().get(0)).toBe(0);
  });

  it('gives a Float64Array when no cell is blank', () => {
    const numbers = new NumberColumn();
    numbers.push(1);
    numbers.set(0, 2);
    expect(numbers.read()).toEqual(new Float64Array([2]));
  });
});

describe('column store over many blocks and changes', () => {
  it('reads cells of several blocks in any order', () => {
    const text = new TextColumn();
    const cells = Array.from({ length: 3 * 4096 + 5 }, (_, i) => `ô ${i}`);
    for (const cell of cells) text.push(cell);
    const order = [12_290, 0, 4095, 4096, 8191, 8192, 1, 12_000, 4097, 5000, 3];
    expect(order.map((i) => text.get(i))).toEqual(order.map((i) => cells[i]));
    expect(cells.every((cell, i) => text.get(i) === cell)).toBe(true);
  });

  it('gives back every line past many changes, in any order', () => {
    const lines = new LineColumn();
    const kept = Array.from({ length: 2000 }, (_, i) => 2 + i * 2 + (i % 3));
    for (const line of kept) lines.push(line);
    expect(kept.every((line, i) => lines.get(i) === line)).toBe(true);
    expect([1999, 0, 1024, 17, 16, 15].map((i) => lines.get(i))).toEqual(
      [1999, 0, 1024, 17, 16, 15].map((i) => kept[i]),
    );
  });

  it('reads a cell twice before the next is pushed, and still finds the next', () => {
    const text = new TextColumn();
    text.push('a');
    expect([text.get(0), text.get(0)]).toEqual(['a', 'a']);
    text.push('b');
    expect([text.get(1), text.get(0)]).toEqual(['b', 'a']);
  });
});
