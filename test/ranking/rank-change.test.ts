import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankChange } from '../../src/ranking/rank-change.js';

describe('rankChange', () => {
  it('counts places gained on the same field', () => {
    const change = rankChange({ rank: 28, of: 63 }, { rank: 17, of: 63 });
    expect(change).toEqual({
      previous: { rank: 28, of: 63 },
      current: { rank: 17, of: 63 },
      places: 11,
      percentile: change.percentile,
      direction: 'up',
      comparable: true,
    });
    expect(change.percentile).toBeCloseTo(11 / 62, 12);
    expect(rankChange({ rank: 5, of: 63 }, { rank: 9, of: 63 }).direction).toBe('down');
    expect(rankChange({ rank: 5, of: 63 }, { rank: 5, of: 63 }).direction).toBe('same');
  });

  it('compares percentiles across the 2025 merger', () => {
    const change = rankChange({ rank: 20, of: 63 }, { rank: 12, of: 34 });
    expect(change.comparable).toBe(false);
    expect(change.percentile).toBeCloseTo(22 / 33 - 43 / 62, 12);
    expect(change.direction).toBe('down');
    expect(rankChange({ rank: 1, of: 1 }, { rank: 1, of: 34 }).percentile).toBe(0);
  });

  it('rejects impossible positions', () => {
    for (const bad of [{ rank: 0, of: 63 }, { rank: 64, of: 63 }, { rank: 1.5, of: 63 }, null]) {
      expect(() => rankChange(bad as never, { rank: 1, of: 63 })).toThrowError(/previous/);
      expect(() => rankChange({ rank: 1, of: 63 }, bad as never)).toThrowError(/current/);
    }
  });

  it('names the bad position in an INVALID_ARGUMENT error, undefined included', () => {
    for (const [bad, shown] of [
      [undefined, 'undefined'],
      [5, '5'],
      [{ rank: 2, of: 1 }, '{ rank: 2, of: 1 }'],
    ] as const) {
      expect(() => rankChange(bad as never, { rank: 1, of: 63 })).toThrowError(
        expect.objectContaining({
          name: 'DxError',
          code: 'INVALID_ARGUMENT',
          message: `previous: expected { rank, of } with whole numbers 1 ≤ rank ≤ of, got ${shown}.`,
        }),
      );
    }
  });

  it('is antisymmetric (property)', () => {
    const position = fc
      .integer({ min: 1, max: 63 })
      .chain((of) => fc.record({ rank: fc.integer({ min: 1, max: of }), of: fc.constant(of) }));
    fc.assert(
      fc.property(position, position, (a, b) => {
        const forward = rankChange(a, b);
        const backward = rankChange(b, a);
        expect(forward.places + backward.places).toBe(0);
        expect(forward.percentile).toBeCloseTo(-backward.percentile, 12);
      }),
      { seed: 107, numRuns: 300 },
    );
  });
});
