import { sampleCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { correlations } from '../../src/audit/correlations.js';
import { compositeIndexColumns } from '../../src/composite/composite.js';
import { type Column, loadCase } from '../fixtures/coinr/load.js';

interface StatsCase {
  units: string[];
  ids: string[];
  raw: Record<string, Column>;
  pearson: (number | null)[][];
  spearman: (number | null)[][];
}

describe('correlations agree with R cor(use = "pairwise.complete.obs") on the ASEM data', () => {
  const fixture = loadCase<StatsCase>('t_stats_raw');
  const data = { kind: 'columns' as const, units: fixture.units, columns: fixture.raw };
  it.each(['pearson', 'spearman'] as const)('%s', (method) => {
    const { indicators: ids, matrix } = correlations(data, { method, indicators: fixture.ids });
    expect(ids).toEqual(fixture.ids);
    let worst = 0;
    matrix.forEach((row, i) => {
      row.forEach((r, j) => {
        const expected = fixture[method][i]?.[j] ?? null;
        expect(r === null, `${ids[i]} ${ids[j]}`).toBe(expected === null);
        if (r !== null) worst = Math.max(worst, Math.abs(r - (expected as number)));
      });
    });
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('correlations', () => {
  it('matches simple-statistics on complete data, and is symmetric with 1 on the diagonal', () => {
    const x = [1, 4, 2, 8, 5];
    const y = [2, 3, 1, 9, 4];
    const { matrix } = correlations({
      kind: 'columns',
      units: ['a', 'b', 'c', 'd', 'e'],
      columns: { x, y },
    });
    expect(matrix[0]?.[1]).toBeCloseTo(sampleCorrelation(x, y), 14);
    expect(matrix[1]?.[0]).toBe(matrix[0]?.[1]);
    expect(matrix[0]?.[0]).toBe(1);
  });

  it('gives null for a constant column and for pairs with fewer than 2 common units', () => {
    const { matrix } = correlations({
      a: { x: 1, flat: 5, sparse: 1 },
      b: { x: 2, flat: 5, sparse: null },
      c: { x: 3, flat: 5, sparse: null },
    });
    expect(matrix).toEqual([
      [1, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('rejects an unknown method', () => {
    expect(() => correlations({}, { method: 'kendall' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.method: expected one of "pearson", "spearman", got "kendall".',
      }),
    );
  });
});

describe('correlations across levels', () => {
  it("correlates indicators with their pillar and the index from a result's nodes", () => {
    const result = compositeIndexColumns(
      {
        kind: 'columns',
        units: ['a', 'b', 'c', 'd'],
        columns: { x: [1, 2, 3, 4], y: [2, 1, 4, 3], z: [4, 3, 2, 1] },
      },
      { id: 'index', children: [{ id: 'pillar', children: ['x', 'y'] }, 'z'] },
    );
    const { indicators: ids, matrix } = correlations(
      { kind: 'columns', units: result.units, columns: result.nodes },
      { method: 'spearman' },
    );
    expect(ids).toEqual(['x', 'y', 'pillar', 'z', 'index']);
    expect(matrix[0]?.[3]).toBe(-1); // x against z
    expect(matrix[2]?.[0]).toBeCloseTo(2 / Math.sqrt(5), 14); // the pillar follows x (with ties)
  });
});

describe('correlations: options', () => {
  it('rejects options that are not an object', () => {
    expect(() => correlations({}, 'pearson' as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: `options: expected an object like { method: 'pearson' }, got "pearson".`,
      }),
    );
    expect(() => correlations({}, { x: 1 } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.x: not an option here; expected method, indicators.',
      }),
    );
  });
});
