import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateTarget } from '../../src/planning/allocate-target.js';
import { dxErrorOf } from '../fixtures/errors.js';

const units = [
  { unit: 'A', value: 10, weight: 3 },
  { unit: 'B', value: 20, weight: 1 },
];
const targets = (result: readonly { target: number }[]) => result.map((u) => u.target);

describe('allocateTarget', () => {
  it('splits by the same factor, the same increase or the same share of the gap (hand-computed)', () => {
    // Weighted mean (3 × 10 + 20) / 4 = 12.5; the national target 25 doubles it.
    expect(allocateTarget(25, units, { method: 'proportional' })).toEqual([
      { unit: 'A', value: 10, weight: 3, target: 20, increase: 10 },
      { unit: 'B', value: 20, weight: 1, target: 40, increase: 20 },
    ]);
    expect(targets(allocateTarget(25, units, { method: 'equal-increment' }))).toEqual([22.5, 32.5]);
    // Gap to 50 closed by (25 − 12.5) / (50 − 12.5) = 1/3: A 10 + 40/3, B 20 + 10.
    expect(targets(allocateTarget(25, units, { method: 'equal-gap-closure', cap: 50 }))).toEqual([
      expect.closeTo(10 + 40 / 3, 12),
      expect.closeTo(30, 12),
    ]);
  });

  it('holds a unit at the cap and lets the others make up the rest', () => {
    // Proportional would ask B for 40; held at 30, A needs (100 − 30) / 3.
    expect(targets(allocateTarget(25, units, { method: 'proportional', cap: 30 }))).toEqual([
      expect.closeTo(70 / 3, 12),
      30,
    ]);
    expect(targets(allocateTarget(25, units, { method: 'equal-increment', cap: 30 }))).toEqual([
      expect.closeTo(70 / 3, 12),
      30,
    ]);
    // Several rounds: C passes first, then B.
    const three = [
      { unit: 'A', value: 10, weight: 1 },
      { unit: 'B', value: 40, weight: 1 },
      { unit: 'C', value: 50, weight: 1 },
    ];
    expect(targets(allocateTarget(60, three, { method: 'proportional', cap: 70 }))).toEqual([
      40, 70, 70,
    ]);
    expect(targets(allocateTarget(70, three, { method: 'equal-increment', cap: 70 }))).toEqual([
      70, 70, 70,
    ]);
  });

  it('gives zero-weight units a target by the same rule', () => {
    const result = allocateTarget(
      20,
      [
        { unit: 'A', value: 10, weight: 1 },
        { unit: 'Z', value: 4, weight: 0 },
      ],
      { method: 'proportional' },
    );
    expect(targets(result)).toEqual([20, 8]);
  });

  it('adds the same amount from a mean of 0 or below', () => {
    const around = [
      { unit: 'A', value: -2, weight: 1 },
      { unit: 'B', value: 2, weight: 1 },
    ];
    expect(targets(allocateTarget(5, around, { method: 'equal-increment' }))).toEqual([3, 7]);
  });

  it('says by how much a target above the cap is out of reach', () => {
    expect(() => allocateTarget(35, units, { method: 'equal-increment', cap: 30 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'national: the target 35 is above the cap 30 by 5; no split can reach it. Lower the target or raise the cap.',
      }),
    );
    expect(() =>
      allocateTarget(
        30,
        [
          { unit: 'A', value: 0, weight: 1 },
          { unit: 'B', value: 20, weight: 1 },
        ],
        { method: 'proportional', cap: 40 },
      ),
    ).toThrowError(
      /reaches at most 20, 10 short of 30, because units at 0 cannot grow by a factor/,
    );
  });

  it('rejects input it cannot split', () => {
    expect(() => allocateTarget(25, units, { method: 'equal-gap-closure' })).toThrowError(
      /options\.cap: 'equal-gap-closure' needs a cap/,
    );
    expect(() =>
      allocateTarget(25, [{ unit: 'A', value: 50, weight: 1 }], {
        method: 'equal-gap-closure',
        cap: 50,
      }),
    ).toThrowError(/already the cap 50; there is no gap to close/);
    expect(() => allocateTarget(25, units, { method: 'proportional', cap: 15 })).toThrowError(
      'units[1].value: 20 is already above the cap 15; raise the cap or leave the unit out.',
    );
    expect(() =>
      allocateTarget(25, [{ unit: 'A', value: 0, weight: 1 }], { method: 'proportional' }),
    ).toThrowError(/'proportional' scales it and needs it > 0/);
    expect(() =>
      allocateTarget(25, [{ unit: 'A', value: 1, weight: 0 }], { method: 'proportional' }),
    ).toThrowError(/all weights are 0/);
    expect(() => allocateTarget(25, [], { method: 'proportional' })).toThrowError(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() =>
      allocateTarget(25, [{ unit: 'A', value: 1, weight: -1 }], { method: 'proportional' }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(/^units\[0\]\.weight/),
      }),
    );
    expect(() =>
      allocateTarget(25, [{ unit: 7, value: 1, weight: 1 }] as never, { method: 'proportional' }),
    ).toThrowError(/units\[0\]\.unit: expected a unit code/);
    expect(() => allocateTarget(25, units, { method: 'even' as never })).toThrowError(
      /options\.method/,
    );
    expect(() => allocateTarget(25, units, undefined as never)).toThrowError(
      /options: expected \{ method, cap\? \}/,
    );
    expect(() => allocateTarget(Number.NaN, units, { method: 'proportional' })).toThrowError(
      /national/,
    );
    expect(() =>
      allocateTarget(25, units, { method: 'proportional', cap: Number.POSITIVE_INFINITY }),
    ).toThrowError(/options\.cap/);
  });

  it('the weighted mean of the targets is the national target, none above the cap (property)', () => {
    const unit = fc.record({
      value: fc.double({ min: 0.1, max: 50, noNaN: true }),
      weight: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    const method = fc.constantFrom(
      'proportional' as const,
      'equal-increment' as const,
      'equal-gap-closure' as const,
    );
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 10 }),
        method,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, m, t) => {
          const list = raw.map((u, i) => ({ unit: `u${i}`, ...u }));
          const total = list.reduce((s, u) => s + u.weight, 0);
          fc.pre(total > 1e-6);
          const mean = list.reduce((s, u) => s + u.weight * u.value, 0) / total;
          const cap = 100;
          fc.pre(mean < cap - 1e-6);
          const national = mean + t * (cap - mean);
          const result = allocateTarget(national, list, { method: m, cap });
          const reached = result.reduce((s, u) => s + u.weight * u.target, 0) / total;
          expect(reached).toBeCloseTo(national, 6);
          for (const u of result) expect(u.target).toBeLessThanOrEqual(cap + 1e-9);
        },
      ),
    );
  });

  it('names the code and the place of every refusal', () => {
    const refusal = (run: () => unknown) => {
      const error = dxErrorOf(run);
      return [error.code, error.message];
    };
    const proportional = { method: 'proportional' } as const;
    const [a] = units;
    expect(refusal(() => allocateTarget(25, units, { ...proportional, kap: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.kap: not an option here; expected method, cap.',
    ]);
    expect(refusal(() => allocateTarget(25, 'x' as never, proportional))).toEqual([
      'INVALID_ARGUMENT',
      'units: expected an array of { unit, value, weight }, got "x".',
    ]);
    expect(refusal(() => allocateTarget(25, [a, 3] as never, proportional))).toEqual([
      'INVALID_ARGUMENT',
      'units[1]: expected { unit, value, weight }, got 3.',
    ]);
    expect(
      refusal(() =>
        allocateTarget(25, [a, { unit: 'B', value: 'x', weight: 1 }] as never, proportional),
      ),
    ).toEqual(['INVALID_NUMBER', 'units[1].value: expected a finite number, got "x".']);
    expect(refusal(() => allocateTarget(25, units, { ...proportional, cap: 15 }))).toEqual([
      'INVALID_ARGUMENT',
      'units[1].value: 20 is already above the cap 15; raise the cap or leave the unit out.',
    ]);
    expect(
      refusal(() =>
        allocateTarget(25, [a, { unit: 5, value: 1, weight: 1 }] as never, proportional),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'units[1].unit: expected a unit code, got 5.']);
    expect(refusal(() => allocateTarget(25, [], proportional))).toEqual([
      'EMPTY_INPUT',
      'units: expected at least one unit, got none.',
    ]);
    expect(
      refusal(() => allocateTarget(25, [{ unit: 'A', value: 1, weight: 0 }], proportional)),
    ).toEqual([
      'INVALID_ARGUMENT',
      'units[].weight: all weights are 0; give at least one a positive weight.',
    ]);
    expect(refusal(() => allocateTarget(25, units, { method: 'equal-gap-closure' }))).toEqual([
      'INVALID_ARGUMENT',
      "options.cap: 'equal-gap-closure' needs a cap to measure each gap against; give { cap }.",
    ]);
    expect(
      refusal(() =>
        allocateTarget(25, [{ unit: 'A', value: 30, weight: 1 }], {
          method: 'equal-gap-closure',
          cap: 30,
        }),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'units: the weighted mean is already the cap 30; there is no gap to close.',
    ]);
    expect(
      refusal(() =>
        allocateTarget(
          25,
          [
            { unit: 'A', value: -1, weight: 1 },
            { unit: 'B', value: 1, weight: 1 },
          ],
          proportional,
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      "units: the weighted mean is 0; 'proportional' scales it and needs it > 0. Use 'equal-increment'.",
    ]);
    // A unit at 0 cannot grow by a factor: B held at the cap, A stays at 0, the mean reaches 7.5.
    expect(
      refusal(() =>
        allocateTarget(
          10,
          [
            { unit: 'A', value: 0, weight: 1 },
            { unit: 'B', value: 10, weight: 1 },
          ],
          { ...proportional, cap: 15 },
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      "national: proportional growth under the cap 15 reaches at most 7.5, 2.5 short of 10, because units at 0 cannot grow by a factor; use 'equal-increment' or 'equal-gap-closure'.",
    ]);
  });

  it('measures the shortfall relative to the target: a large target is not refused for rounding', () => {
    // The targets' weighted mean misses 1e9 by about 1e-7 in floating point, far below 1e-9 of it.
    const large = [
      { unit: 'A', value: 1e9 / 7, weight: 3 },
      { unit: 'B', value: 2e9 / 3, weight: 1.1 },
      { unit: 'C', value: 0.3e9, weight: 0.7 },
    ];
    for (const method of ['proportional', 'equal-increment'] as const) {
      const result = allocateTarget(1e9, large, { method });
      const reached = result.reduce((sum, u) => sum + u.weight * u.target, 0) / 4.8;
      expect(reached).not.toBe(1e9);
      expect(Math.abs(reached - 1e9)).toBeLessThan(1e-6);
    }
  });
});
