import { describe, expect, it } from 'vitest';
import { aggregateSettings } from '../../src/composite/aggregate.js';
import { copeland } from '../../src/composite/copeland.js';

const settings = aggregateSettings({ method: 'copeland', missing: 'reweight' }, true);
const columns = (...rows: (number | null)[][]) =>
  rows[0]?.map((_, k) => Float64Array.from(rows, (row) => row[k] ?? Number.NaN)) ?? [];

describe('copeland', () => {
  it('scores +1 per unit outranked and −1 per unit that outranks, by weight share', () => {
    const values = new Float64Array(3);
    const absent = copeland(
      columns([3, 1], [2, 2], [1, 3]),
      new Float64Array([2, 1]),
      settings,
      3,
      values,
      () => {},
    );
    expect(absent).toBe(0);
    expect(Array.from(values)).toEqual([2, 0, -2]);
  });

  it('scores 0 on an even split, and leaves a unit without coverage missing', () => {
    const values = new Float64Array(3);
    const strict = aggregateSettings(
      { method: 'copeland', missing: 'reweight', minCoverage: 1 },
      true,
    );
    const missing: [number, number][] = [];
    const absent = copeland(
      columns([2, 1], [1, 2], [null, 5]),
      new Float64Array([1, 1]),
      strict,
      3,
      values,
      (u, k) => missing.push([u, k]),
    );
    expect(absent).toBe(1);
    expect(Array.from(values)).toEqual([0, 0, Number.NaN]);
    expect(missing).toEqual([[2, 0]]);
  });

  it('shares weights near the largest number without overflow', () => {
    const values = new Float64Array(2);
    copeland(
      columns([2, 2, 1], [1, 1, 2]),
      new Float64Array([1e308, 1e308, 1]),
      settings,
      2,
      values,
      () => {},
    );
    expect(Array.from(values)).toEqual([1, -1]);
  });
});

describe('copeland: shares and coverage', () => {
  it('scores an even split by weight 0 where the shares do not sum to exactly 1, a zero weight aside', () => {
    // 0.7 + 0.3 of 2.8 for the first unit, 1 for the second, 0.7 + 0.1 tied: exactly half each.
    // Dividing by the float sum of the compared shares instead of 1 would tip it one way.
    const values = new Float64Array(2);
    copeland(
      columns([2, 0, 1, 0, 1, 0], [1, 1, 0, 0, 1, 5]),
      new Float64Array([0.7, 1, 0.3, 0.7, 0.1, 0]),
      settings,
      2,
      values,
      () => {},
    );
    expect(Array.from(values)).toEqual([0, 0]);
  });

  it('leaves a unit without coverage out of every pair, first or last', () => {
    const strict = aggregateSettings(
      { method: 'copeland', missing: 'reweight', minCoverage: 1 },
      true,
    );
    const values = new Float64Array(3);
    const absent = copeland(
      columns([9, null], [2, 1], [1, 2]),
      new Float64Array([1, 1]),
      strict,
      3,
      values,
      () => {},
    );
    expect(absent).toBe(1);
    expect(Array.from(values)).toEqual([Number.NaN, 0, 0]);
  });
});
