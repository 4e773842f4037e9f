import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milestones } from '../../src/planning/milestones.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('milestones', () => {
  it('steps linearly to the target at each year end', () => {
    expect(
      milestones({ date: '2021-12-31', value: 60 }, { date: '2025-12-31', value: 80 }),
    ).toEqual([
      { date: '2022-12-31', value: 65 },
      { date: '2023-12-31', value: 70 },
      { date: '2024-12-31', value: 75 },
      { date: '2025-12-31', value: 80 },
    ]);
  });

  it('gives a start inside a period a full step at its end', () => {
    // From April 2023 to the end of 2025: three year ends, three equal steps of 10.
    expect(
      milestones({ date: '2023-04-30', value: 50 }, { date: '2025-12-31', value: 80 }).map((m) => [
        m.date,
        m.value,
      ]),
    ).toEqual([
      ['2023-12-31', 60],
      ['2024-12-31', 70],
      ['2025-12-31', 80],
    ]);
  });

  it('ends at a deadline that is not a period end', () => {
    expect(
      milestones(
        { date: '2024-01-15', value: 0 },
        { date: '2024-08-15', value: 30 },
        { every: 'quarter' },
      ),
    ).toEqual([
      { date: '2024-03-31', value: 10 },
      { date: '2024-06-30', value: 20 },
      { date: '2024-08-15', value: 30 },
    ]);
  });

  it('dates halves and quarters at month ends', () => {
    expect(
      milestones(
        { date: '2023-06-30', value: 0 },
        { date: '2024-06-30', value: 2 },
        { every: 'half' },
      ),
    ).toEqual([
      { date: '2023-12-31', value: 1 },
      { date: '2024-06-30', value: 2 },
    ]);
    expect(
      milestones(
        { date: new Date(2023, 11, 31), value: 0 },
        { date: '2024-12-31', value: 4 },
        { every: 'quarter' },
      ).map((m) => m.date),
    ).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
  });

  it('grows by the same rate each period on a geometric path', () => {
    const path = milestones(
      { date: '2021-12-31', value: 10 },
      { date: '2024-12-31', value: 80 },
      { path: 'geometric' },
    );
    expect(path.map((m) => m.value)).toEqual([20, 40, 80].map((v) => expect.closeTo(v, 12)));
    expect(path.at(-1)?.value).toBe(80);
  });

  it('goes down for a target below the start', () => {
    expect(
      milestones({ date: '2022-12-31', value: 20 }, { date: '2024-12-31', value: 10 }).map(
        (m) => m.value,
      ),
    ).toEqual([15, 10]);
  });

  it('rejects a deadline that is not after the start, and values a geometric path cannot take', () => {
    expect(() =>
      milestones({ date: '2025-12-31', value: 1 }, { date: '2025-12-31', value: 2 }),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'to.date (2025-12-31) is not after from.date (2025-12-31); give a deadline later than the start.',
      }),
    );
    expect(() =>
      milestones(
        { date: '2021-12-31', value: 0 },
        { date: '2025-12-31', value: 2 },
        { path: 'geometric' },
      ),
    ).toThrowError(/from\.value is 0; a geometric path needs values > 0/);
    expect(() =>
      milestones(
        { date: '2021-12-31', value: 1 },
        { date: '2025-12-31', value: -2 },
        { path: 'geometric' },
      ),
    ).toThrowError(/to\.value is -2/);
    expect(() =>
      milestones(
        { date: '2021-12-31', value: 1 },
        { date: '2025-12-31', value: 0 },
        { path: 'geometric' },
      ),
    ).toThrowError(/to\.value is 0/);
    expect(() =>
      milestones(
        { date: '2021-12-31', value: 1 },
        { date: '2025-12-31', value: 2 },
        { every: 'month' as never },
      ),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^options\.every/),
      }),
    );
    expect(() =>
      milestones(
        { date: '2021-12-31', value: 1 },
        { date: '2025-12-31', value: 2 },
        'year' as never,
      ),
    ).toThrowError(/options/);
    expect(() =>
      milestones({ date: '2021-02-30', value: 1 }, { date: '2025-12-31', value: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() =>
      milestones({ date: '2021-12-31', value: Number.NaN }, { date: '2025-12-31', value: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(() => milestones(null as never, { date: '2025-12-31', value: 2 })).toThrowError(
      /from: expected \{ date, value \}/,
    );
  });

  const day = fc
    .record({
      y: fc.integer({ min: 2000, max: 2040 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const value = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  const every = fc.constantFrom('year' as const, 'half' as const, 'quarter' as const);
  const path = fc.constantFrom('linear' as const, 'geometric' as const);

  it('ends at the target, dated in order, and moves monotonically (property)', () => {
    fc.assert(
      fc.property(day, day, value, value, every, path, (a, b, va, vb, e, p) => {
        fc.pre(a !== b);
        const [start, deadline] = a < b ? [a, b] : [b, a];
        const result = milestones(
          { date: start, value: va },
          { date: deadline, value: vb },
          { every: e, path: p },
        );
        expect(result.at(-1)).toEqual({ date: deadline, value: vb });
        const dates = result.map((m) => m.date);
        expect(dates.every((d, i) => d > start && (i === 0 || d > (dates[i - 1] as string)))).toBe(
          true,
        );
        const values = [va, ...result.map((m) => m.value)];
        const up = vb >= va;
        for (let i = 1; i < values.length; i++) {
          const step = (values[i] as number) - (values[i - 1] as number);
          expect(up ? step >= -1e-9 * vb : step <= 1e-9 * va).toBe(true);
        }
      }),
    );
  });

  it('takes equal steps (linear) or equal ratios (geometric) (property)', () => {
    fc.assert(
      fc.property(day, day, value, value, every, (a, b, va, vb, e) => {
        fc.pre(a < b);
        const linear = milestones({ date: a, value: va }, { date: b, value: vb }, { every: e }).map(
          (m) => m.value,
        );
        const steps = [va, ...linear].slice(1).map((v, i) => v - ([va, ...linear][i] as number));
        for (const s of steps) expect(s).toBeCloseTo((vb - va) / linear.length, 6);
        const geometric = milestones(
          { date: a, value: va },
          { date: b, value: vb },
          { every: e, path: 'geometric' },
        ).map((m) => m.value);
        const ratios = [va, ...geometric]
          .slice(1)
          .map((v, i) => v / ([va, ...geometric][i] as number));
        for (const r of ratios) expect(r).toBeCloseTo((vb / va) ** (1 / geometric.length), 9);
      }),
    );
  });

  it('names the code and the place of every refusal', () => {
    const from = { date: '2021-12-31', value: 1 };
    const to = { date: '2025-12-31', value: 2 };
    const refusal = (run: () => unknown) => {
      const error = dxErrorOf(run);
      return [error.code, error.message];
    };
    expect(refusal(() => milestones(from, to, 'year' as never))).toEqual([
      'INVALID_ARGUMENT',
      'options: expected { path, every }, got "year".',
    ]);
    expect(refusal(() => milestones(from, to, { every: 'year', pace: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.pace: not an option here; expected path, every.',
    ]);
    expect(refusal(() => milestones(from, to, { path: 'curved' } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.path: expected one of "linear", "geometric", got "curved".',
    ]);
    expect(refusal(() => milestones(from, { date: '2025-12-31', value: 'x' } as never))).toEqual([
      'INVALID_NUMBER',
      'to.value: expected a finite number, got "x".',
    ]);
    expect(refusal(() => milestones({ ...from, value: 0 }, to, { path: 'geometric' }))).toEqual([
      'INVALID_ARGUMENT',
      "from.value is 0; a geometric path needs values > 0: use { path: 'linear' } or positive values.",
    ]);
    expect(refusal(() => milestones(from, { ...to, value: -2 }, { path: 'geometric' }))).toEqual([
      'INVALID_ARGUMENT',
      "to.value is -2; a geometric path needs values > 0: use { path: 'linear' } or positive values.",
    ]);
  });
});
