import { describe, expect, it } from 'vitest';
import { topN } from '../../src/ranking/top-n.js';

const rows = [
  { p: 'A', v: 70 },
  { p: 'B', v: 90 },
  { p: 'C', v: 85 },
  { p: 'D', v: 85 },
  { p: 'E', v: null },
];

describe('topN', () => {
  it('keeps ties at the cut-off, best first, and leaves out missing values', () => {
    expect(topN(rows, 2, 'v').map((r) => r.item.p)).toEqual(['B', 'C', 'D']);
    expect(topN(rows, 1, 'v').map((r) => r.item.p)).toEqual(['B']);
    expect(topN(rows, 10, 'v').map((r) => r.item.p)).toEqual(['B', 'C', 'D', 'A']);
    expect(topN(rows, 0, 'v')).toEqual([]);
    expect(topN(rows, 2, 'v', { ties: 'ordinal' }).map((r) => r.item.p)).toEqual(['B', 'C']);
    expect(topN(rows, 1, 'v', { direction: 'lower-is-better' }).map((r) => r.item.p)).toEqual([
      'A',
    ]);
  });

  it('rejects a bad n', () => {
    for (const n of [-1, 1.5, Number.NaN])
      expect(() => topN(rows, n, 'v')).toThrowError(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    expect(() => topN(rows, -1, 'v')).toThrowError('n: expected an integer ≥ 0, got -1.');
  });
});
