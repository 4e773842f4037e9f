import { describe, expect, it } from 'vitest';
import { directionOfComparator, evaluateTarget } from '../../src/kpi/target.js';

describe('evaluateTarget', () => {
  it('evaluates each comparator', () => {
    expect(evaluateTarget(17, { comparator: 'topN', value: 20 })).toEqual({ met: true, gap: -3 });
    expect(evaluateTarget(20, { comparator: 'topN', value: 20 })).toEqual({ met: true, gap: 0 });
    expect(evaluateTarget(21, { comparator: 'topN', value: 20 })).toEqual({ met: false, gap: 1 });
    expect(evaluateTarget(94, { comparator: 'gte', value: 100 })).toEqual({ met: false, gap: 6 });
    expect(evaluateTarget(2, { comparator: 'lte', value: 3 })).toEqual({ met: true, gap: -1 });
    expect(evaluateTarget(99.5, { comparator: 'eq', value: 100 })).toEqual({
      met: false,
      gap: 0.5,
    });
    expect(evaluateTarget(99.5, { comparator: 'eq', value: 100 }, 1)).toEqual({
      met: true,
      gap: 0.5,
    });
  });

  it('rejects bad input', () => {
    expect(() => evaluateTarget(1.5, { comparator: 'topN', value: 20 })).toThrowError(/rank/);
    expect(() => evaluateTarget(Number.NaN, { comparator: 'gte', value: 1 })).toThrowError(/value/);
    expect(() => evaluateTarget(1, { comparator: 'gte', value: Number.NaN })).toThrowError(
      /target/,
    );
    expect(() => evaluateTarget(1, { comparator: 'near' as never, value: 1 })).toThrowError(
      /comparator/,
    );
    expect(() => evaluateTarget(1, { comparator: 'eq', value: 1 }, -1)).toThrowError(/tolerance/);
  });

  it('gives the improving direction of each comparator', () => {
    expect(['gte', 'lte', 'eq', 'topN'].map((c) => directionOfComparator(c as never))).toEqual([
      'higher-is-better',
      'lower-is-better',
      'higher-is-better',
      'lower-is-better',
    ]);
  });
});
