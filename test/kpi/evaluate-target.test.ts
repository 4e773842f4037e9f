import { describe, expect, it } from 'vitest';
import { directionOfComparator, evaluateTarget } from '../../src/kpi/evaluate-target.js';

describe('evaluateTarget', () => {
  it('evaluates each comparator', () => {
    const topN = { comparator: 'top-n', value: 20 } as const;
    expect(evaluateTarget(17, topN)).toEqual({ met: true, gap: -3, share: null });
    expect(evaluateTarget(20, topN)).toEqual({ met: true, gap: 0, share: null });
    expect(evaluateTarget(21, topN)).toEqual({ met: false, gap: 1, share: null });
    expect(evaluateTarget(25, topN, { baseline: 30 })).toEqual({ met: false, gap: 5, share: 0.5 });
    expect(evaluateTarget(94, { comparator: 'gte', value: 100 })).toEqual({
      met: false,
      gap: 6,
      share: 0.94,
    });
    expect(evaluateTarget(2, { comparator: 'lte', value: 3 })).toEqual({
      met: true,
      gap: -1,
      share: null,
    });
    expect(evaluateTarget(4, { comparator: 'lte', value: 3 }, { baseline: 7 })).toEqual({
      met: false,
      gap: 1,
      share: 0.75,
    });
    expect(evaluateTarget(99.5, { comparator: 'eq', value: 100 })).toEqual({
      met: false,
      gap: 0.5,
      share: null,
    });
    expect(evaluateTarget(99.5, { comparator: 'eq', value: 100 }, { tolerance: 1 })).toEqual({
      met: true,
      gap: 0.5,
      share: null,
    });
    // No way to measure: a gte target of 0 from the default baseline.
    expect(evaluateTarget(1, { comparator: 'gte', value: 0 }).share).toBeNull();
  });

  it('rejects bad input', () => {
    expect(() => evaluateTarget(1.5, { comparator: 'top-n', value: 20 })).toThrowError(/rank/);
    expect(() => evaluateTarget(Number.NaN, { comparator: 'gte', value: 1 })).toThrowError(/value/);
    expect(() => evaluateTarget(1, { comparator: 'gte', value: Number.NaN })).toThrowError(
      /target/,
    );
    expect(() => evaluateTarget(1, { comparator: 'near' as never, value: 1 })).toThrowError(
      /comparator/,
    );
    expect(() => evaluateTarget(1, { comparator: 'eq', value: 1 }, { tolerance: -1 })).toThrowError(
      /tolerance/,
    );
  });

  it('gives the improving direction of each comparator', () => {
    expect(['gte', 'lte', 'eq', 'top-n'].map((c) => directionOfComparator(c as never))).toEqual([
      'higher-is-better',
      'lower-is-better',
      'higher-is-better',
      'lower-is-better',
    ]);
  });

  it('rejects an unknown comparator rather than guessing a direction', () => {
    expect(() => directionOfComparator('gt' as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'comparator: expected one of "gte", "lte", "eq", "top-n", got "gt".',
      }),
    );
  });
});

describe('evaluateTarget at the boundaries', () => {
  it('meets gte and lte targets exactly on the value, and eq within the tolerance', () => {
    expect(evaluateTarget(80, { comparator: 'gte', value: 80 })).toMatchObject({
      met: true,
      gap: 0,
    });
    expect(evaluateTarget(79.5, { comparator: 'gte', value: 80 })).toMatchObject({
      met: false,
      gap: 0.5,
    });
    expect(evaluateTarget(5, { comparator: 'lte', value: 5 })).toMatchObject({ met: true, gap: 0 });
    expect(evaluateTarget(5.5, { comparator: 'lte', value: 5 })).toMatchObject({
      met: false,
      gap: 0.5,
    });
    expect(
      evaluateTarget(99.5, { comparator: 'eq', value: 100 }, { tolerance: 0.5 }),
    ).toMatchObject({ met: true, gap: 0.5 });
    expect(evaluateTarget(99.5, { comparator: 'eq', value: 100 }, { tolerance: 0.25 }).met).toBe(
      false,
    );
    expect(evaluateTarget(1, { comparator: 'top-n', value: 1 })).toMatchObject({
      met: true,
      gap: 0,
    });
  });

  it.each<[string, () => unknown, string, string]>([
    [
      'a value that is not a number',
      () => evaluateTarget(Number.NaN, { comparator: 'gte', value: 1 }),
      'INVALID_NUMBER',
      'value: expected a finite number, got NaN.',
    ],
    [
      'a missing target',
      () => evaluateTarget(1, null as never),
      'INVALID_ARGUMENT',
      'target: expected { comparator, value }, got null.',
    ],
    [
      'a target value that is not a number',
      () => evaluateTarget(1, { comparator: 'gte', value: '80' as never }),
      'INVALID_NUMBER',
      'target.value: expected a finite number, got "80".',
    ],
    [
      'an infinite target value',
      () => evaluateTarget(1, { comparator: 'gte', value: Number.POSITIVE_INFINITY }),
      'INVALID_NUMBER',
      'target.value: expected a finite number, got Infinity.',
    ],
    [
      'a negative tolerance',
      () => evaluateTarget(1, { comparator: 'eq', value: 1 }, { tolerance: -1 }),
      'INVALID_NUMBER',
      'options.tolerance: expected a finite number ≥ 0, got -1.',
    ],
    [
      'an infinite tolerance',
      () =>
        evaluateTarget(1, { comparator: 'eq', value: 1 }, { tolerance: Number.POSITIVE_INFINITY }),
      'INVALID_NUMBER',
      'options.tolerance: expected a finite number ≥ 0, got Infinity.',
    ],
    [
      "0.x's positional tolerance",
      () => evaluateTarget(1, { comparator: 'eq', value: 1 }, 0.5 as never),
      'INVALID_ARGUMENT',
      'options: expected an object { tolerance, baseline }, got 0.5; since vn-dx 1.0 the tolerance is an option: { tolerance }.',
    ],
    [
      'an unknown option',
      () => evaluateTarget(1, { comparator: 'eq', value: 1 }, { tolerence: 1 } as never),
      'INVALID_ARGUMENT',
      'options.tolerence: not an option here; expected tolerance, baseline.',
    ],
    [
      'a baseline that is not a number',
      () => evaluateTarget(1, { comparator: 'gte', value: 2 }, { baseline: Number.NaN }),
      'INVALID_NUMBER',
      'options.baseline: expected a finite number, got NaN.',
    ],
    [
      'a rank of 0',
      () => evaluateTarget(0, { comparator: 'top-n', value: 5 }),
      'INVALID_ARGUMENT',
      'value: a rank must be a whole number ≥ 1, got 0.',
    ],
    [
      'a fractional rank',
      () => evaluateTarget(1.5, { comparator: 'top-n', value: 5 }),
      'INVALID_ARGUMENT',
      'value: a rank must be a whole number ≥ 1, got 1.5.',
    ],
    [
      'an unknown comparator',
      () => evaluateTarget(1, { comparator: 'gt' as never, value: 5 }),
      'INVALID_ARGUMENT',
      'target.comparator: expected gte, lte, eq or top-n, got "gt".',
    ],
  ])('rejects %s', (_, run, code, message) => {
    expect(run).toThrowError(expect.objectContaining({ code, message }));
  });
});

describe('evaluateTarget: options and 0.x spellings', () => {
  it('names options that are not an object', () => {
    expect(() => evaluateTarget(1, { comparator: 'gte', value: 2 }, null as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected { tolerance, baseline }, got null.',
      }),
    );
  });

  it("names 0.x's topN comparator with its 1.0 spelling", () => {
    expect(() => evaluateTarget(3, { comparator: 'topN' as never, value: 5 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: "target.comparator: 'topN' was renamed 'top-n' in vn-dx 1.0; write 'top-n'.",
      }),
    );
  });
});
