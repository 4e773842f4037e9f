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
    expect(lines.get(4999)).toBe(5001);
  });

  it('gives a Float64Array when no cell is blank', () => {
    const numbers = new NumberColumn();
    numbers.push(1);
    numbers.set(0, 2);
    expect(numbers.read()).toEqual(new Float64Array([2]));
  });
});
