import fc from 'fast-check';
import {
  linearRegression,
  linearRegressionLine,
  rSquared,
  sampleStandardDeviation,
} from 'simple-statistics';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BetaConvergence,
  type ConvergenceOptions,
  convergence,
  type SigmaConvergence,
} from '../../src/planning/convergence.js';
import { dxErrorOf } from '../fixtures/errors.js';

// Years measured as 365.2425 days: 2020-12-31 → 2022-12-31 is 730 days.
const T = 730 / 365.2425;

describe('convergence', () => {
  const panel = {
    A: [
      { date: '2022-12-31', value: 4 },
      { date: '2020-12-31', value: 1 },
    ],
    B: [
      { date: '2020-12-31', value: 4 },
      { date: '2021-12-31', value: 5 },
      { date: '2022-12-31', value: 8 },
    ],
  };

  it('regresses log growth on the log initial level (β, hand-computed)', () => {
    // Growth ln 4 / T and ln 2 / T against ln 1 and ln 4: slope −(ln 2 / T) / ln 4 = −1 / (2T).
    const result = convergence(panel, { method: 'beta' });
    expect(result.beta).toBeCloseTo(-1 / (2 * T), 12);
    expect(result.intercept).toBeCloseTo(Math.log(4) / T, 12);
    expect(result.n).toBe(2);
    expect(result.years).toBeCloseTo(T, 12);
    // λ = −ln(1 + bT) / T = ln 2 / T; the half-life is then T.
    expect(result.speed).toBeCloseTo(Math.LN2 / T, 12);
    expect(result.halfLife).toBeCloseTo(T, 12);
    expect(result.converging).toBe(true);
    expect(result.rSquared).toBeCloseTo(1, 12);
  });

  it('measures the spread of logs by date (σ, hand-computed)', () => {
    const result = convergence(new Map(Object.entries(panel)), { method: 'sigma' });
    // sd of {0, ln 4} is ln 4 / √2; of {ln 4, ln 8}, ln 2 / √2; 2021 has one unit.
    expect(result.byDate).toEqual([
      { date: '2020-12-31', sd: expect.closeTo(Math.log(4) / Math.SQRT2, 12), n: 2 },
      { date: '2021-12-31', sd: null, n: 1 },
      { date: '2022-12-31', sd: expect.closeTo(Math.LN2 / Math.SQRT2, 12), n: 2 },
    ]);
    expect(result.change).toBeCloseTo(-Math.LN2 / Math.SQRT2, 12);
    expect(result.converging).toBe(true);
  });

  it('reports divergence, and no speed when 1 + bT ≤ 0', () => {
    const diverging = {
      A: [
        { date: '2020-12-31', value: 1 },
        { date: '2022-12-31', value: 1 },
      ],
      B: [
        { date: '2020-12-31', value: 2 },
        { date: '2022-12-31', value: 4 },
      ],
      C: [
        { date: '2020-12-31', value: 3 },
        { date: '2022-12-31', value: 9 },
      ],
    };
    const beta = convergence(diverging, { method: 'beta' });
    expect(beta.converging).toBe(false);
    expect(beta.speed).toBeLessThan(0);
    expect(beta.halfLife).toBeNull();
    expect(convergence(diverging, { method: 'sigma' }).converging).toBe(false);
    // Overshooting: the laggard ends far above the leader.
    const leapfrog = {
      A: [
        { date: '2020-12-31', value: 1 },
        { date: '2022-12-31', value: 100 },
      ],
      B: [
        { date: '2020-12-31', value: 2 },
        { date: '2022-12-31', value: 1 },
      ],
    };
    expect(convergence(leapfrog, { method: 'beta' })).toMatchObject({
      speed: null,
      halfLife: null,
    });
    const parallel = {
      A: [
        { date: '2020-12-31', value: 1 },
        { date: '2022-12-31', value: 2 },
      ],
      B: [
        { date: '2020-12-31', value: 2 },
        { date: '2022-12-31', value: 4 },
      ],
    };
    expect(convergence(parallel, { method: 'sigma' })).toMatchObject({ converging: false });
    expect(convergence(parallel, { method: 'beta' })).toMatchObject({
      converging: false,
      beta: 0,
      rSquared: null,
      speed: 0,
      halfLife: null,
    });
  });

  it('rejects panels it cannot compare', () => {
    expect(() =>
      convergence({ A: [{ date: '2020-12-31', value: 0 }] }, { method: 'sigma' }),
    ).toThrowError(
      'panel["A"][0].value: 0 has no logarithm; convergence compares logs and needs values > 0.',
    );
    expect(() =>
      convergence(
        {
          A: [
            { date: '2020-12-31', value: 1 },
            { date: '2020-12-31', value: 2 },
          ],
        },
        { method: 'sigma' },
      ),
    ).toThrowError('panel["A"]: two values on 2020-12-31; keep one per date.');
    expect(() =>
      convergence(
        {
          A: [
            { date: '2020-12-31', value: 1 },
            { date: '2022-12-31', value: 2 },
          ],
          B: [
            { date: '2021-12-31', value: 1 },
            { date: '2022-12-31', value: 2 },
          ],
        },
        { method: 'beta' },
      ),
    ).toThrowError(
      /"A" runs 2020-12-31 to 2022-12-31 and "B" 2021-12-31 to 2022-12-31; give every unit the same first and last date/,
    );
    expect(() =>
      convergence(
        {
          A: [
            { date: '2020-12-31', value: 1 },
            { date: '2022-12-31', value: 2 },
          ],
          B: [
            { date: '2020-12-31', value: 1 },
            { date: '2021-12-31', value: 2 },
          ],
        },
        { method: 'beta' },
      ),
    ).toThrowError(/and "B" 2020-12-31 to 2021-12-31/);
    expect(() => convergence({ A: [] }, { method: 'beta' })).toThrowError(
      'panel["A"]: β-convergence needs two dates per unit, got 0.',
    );
    expect(() =>
      convergence({ A: [{ date: '2020-12-31', value: 1 }] }, { method: 'beta' }),
    ).toThrowError('panel["A"]: β-convergence needs two dates per unit, got 1.');
    expect(() => convergence({ A: panel.A }, { method: 'beta' })).toThrowError(
      expect.objectContaining({
        code: 'EMPTY_INPUT',
        message: 'panel: β-convergence needs at least two units, got 1.',
      }),
    );
    expect(() => convergence({}, { method: 'beta' })).toThrowError(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() =>
      convergence(
        {
          A: [
            { date: '2020-12-31', value: 2 },
            { date: '2022-12-31', value: 3 },
          ],
          B: [
            { date: '2020-12-31', value: 2 },
            { date: '2022-12-31', value: 5 },
          ],
        },
        { method: 'beta' },
      ),
    ).toThrowError(/every unit starts at the same level/);
    expect(() => convergence({ A: panel.A }, { method: 'sigma' })).toThrowError(
      'panel: σ-convergence needs at least two dates with two or more units each.',
    );
    expect(() => convergence(panel, { method: 'gamma' as never })).toThrowError(/options\.method/);
    expect(() => convergence(panel, { kind: 'beta' } as never)).toThrowError(
      "options.kind: the option 'kind' was renamed 'method' in vn-dx 1.0; write { method: 'beta' }.",
    );
    expect(() => convergence(panel, undefined as never)).toThrowError(
      /options: expected \{ method \}/,
    );
    expect(() => convergence({ A: 3 } as never, { method: 'beta' })).toThrowError(
      /panel\["A"\]: expected an array/,
    );
    expect(() => convergence(new Map([[1, []]]) as never, { method: 'beta' })).toThrowError(
      /panel key/,
    );
    expect(() => convergence([] as never, { method: 'beta' })).toThrowError(
      /panel: expected a record or Map/,
    );
  });

  it('narrows its result type by method', () => {
    expectTypeOf(convergence(panel, { method: 'beta' })).toEqualTypeOf<BetaConvergence>();
    expectTypeOf(convergence(panel, { method: 'sigma' })).toEqualTypeOf<SigmaConvergence>();
    const options: ConvergenceOptions = { method: 'sigma' };
    const either = convergence(panel, options);
    expectTypeOf(either).toEqualTypeOf<BetaConvergence | SigmaConvergence>();
    expect(either.method).toBe('sigma');
  });

  it('agrees with simple-statistics (property)', () => {
    // Values on a grid of 0.1: distinct starting levels differ enough for a well-conditioned fit.
    const level = fc.integer({ min: 1, max: 1000 }).map((v) => v / 10);
    const unit = fc.tuple(level, level);
    fc.assert(
      fc.property(fc.array(unit, { minLength: 3, maxLength: 12 }), (pairs) => {
        const xs = pairs.map(([a]) => Math.log(a));
        fc.pre(new Set(xs).size > 1);
        const data = Object.fromEntries(
          pairs.map(([a, b], i) => [
            `u${i}`,
            [
              { date: '2020-12-31', value: a },
              { date: '2022-12-31', value: b },
            ],
          ]),
        );
        const points = pairs.map(([a, b]) => [Math.log(a), Math.log(b / a) / T]);
        const line = linearRegression(points);
        const beta = convergence(data, { method: 'beta' });
        expect(beta.beta).toBeCloseTo(line.m, 9);
        expect(beta.intercept).toBeCloseTo(line.b, 9);
        if (beta.rSquared !== null)
          expect(beta.rSquared).toBeCloseTo(rSquared(points, linearRegressionLine(line)), 9);
        const sigma = convergence(data, { method: 'sigma' });
        expect(sigma.byDate[0]?.sd).toBeCloseTo(sampleStandardDeviation(xs), 9);
        expect(sigma.byDate[1]?.sd).toBeCloseTo(
          sampleStandardDeviation(pairs.map(([, b]) => Math.log(b))),
          9,
        );
      }),
    );
  });

  it('names the method, and λ = −ln(1 + bT) / T with the period T in years', () => {
    const result = convergence(panel, { method: 'beta' });
    expect(result.method).toBe('beta');
    expect(result.speed).toBeCloseTo(-Math.log(1 + result.beta * result.years) / result.years, 14);
    // Both units end at one level over four years: 1 + bT is exactly 0, no finite speed.
    const closed = convergence(
      {
        A: [
          { date: '2020-12-31', value: 1 },
          { date: '2024-12-31', value: 4 },
        ],
        B: [
          { date: '2020-12-31', value: 4 },
          { date: '2024-12-31', value: 4 },
        ],
      },
      { method: 'beta' },
    );
    expect(1 + closed.beta * closed.years).toBe(0);
    expect(closed).toMatchObject({ speed: null, halfLife: null, converging: true });
    // Over two years rounding leaves 1 + bT at about 1e-16, not 0: still no finite speed.
    const closedInTwo = convergence(
      {
        A: [
          { date: '2020-12-31', value: 1 },
          { date: '2022-12-31', value: 4 },
        ],
        B: [
          { date: '2020-12-31', value: 4 },
          { date: '2022-12-31', value: 4 },
        ],
      },
      { method: 'beta' },
    );
    expect(Math.abs(1 + closedInTwo.beta * closedInTwo.years)).toBeLessThan(1e-12);
    expect(closedInTwo).toMatchObject({ speed: null, halfLife: null, converging: true });
    // Nearly closed (the log gap shrinks to a hundredth, 1 + bT = 0.01): a finite speed, ln(100) / T.
    const nearly = convergence(
      {
        A: [
          { date: '2020-12-31', value: 1 },
          { date: '2022-12-31', value: 4 },
        ],
        B: [
          { date: '2020-12-31', value: 100 },
          { date: '2022-12-31', value: 4 * 100 ** 0.01 },
        ],
      },
      { method: 'beta' },
    );
    expect(nearly.speed).toBeCloseTo(Math.log(100) / nearly.years, 10);
  });

  it('names the code and the place of every refusal', () => {
    const refusal = (run: () => unknown) => {
      const error = dxErrorOf(run);
      return [error.code, error.message];
    };
    const two = (first: string, last: string, a = 1, b = 2) => [
      { date: first, value: a },
      { date: last, value: b },
    ];
    expect(refusal(() => convergence(new Map([[1, []]]) as never, { method: 'beta' }))).toEqual([
      'INVALID_ARGUMENT',
      'panel key: expected a unit code, got 1.',
    ]);
    expect(
      refusal(() => convergence({ A: [{ date: 'x', value: 1 }] } as never, { method: 'beta' })),
    ).toEqual([
      'INVALID_DATE',
      'panel["A"][0].date: expected an ISO date string (YYYY-MM-DD), got "x".',
    ]);
    expect(
      refusal(() => convergence({ A: [{ date: '2020-12-31', value: 0 }] }, { method: 'sigma' })),
    ).toEqual([
      'INVALID_ARGUMENT',
      'panel["A"][0].value: 0 has no logarithm; convergence compares logs and needs values > 0.',
    ]);
    expect(
      refusal(() => convergence({ A: two('2020-12-31', '2020-12-31') }, { method: 'sigma' })),
    ).toEqual(['INVALID_ARGUMENT', 'panel["A"]: two values on 2020-12-31; keep one per date.']);
    expect(
      refusal(() => convergence({ A: [{ date: '2020-12-31', value: 1 }] }, { method: 'beta' })),
    ).toEqual(['INVALID_ARGUMENT', 'panel["A"]: β-convergence needs two dates per unit, got 1.']);
    expect(
      refusal(() =>
        convergence(
          { A: two('2020-12-31', '2022-12-31'), B: two('2021-12-31', '2022-12-31') },
          { method: 'beta' },
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'panel: β-convergence compares growth over one period, but "A" runs 2020-12-31 to 2022-12-31 and "B" 2021-12-31 to 2022-12-31; give every unit the same first and last date.',
    ]);
    expect(
      refusal(() =>
        convergence(
          { A: two('2020-12-31', '2022-12-31', 2, 3), B: two('2020-12-31', '2022-12-31', 2, 5) },
          { method: 'beta' },
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'panel: every unit starts at the same level, so growth cannot be regressed on it.',
    ]);
    expect(refusal(() => convergence({ A: panel.A }, { method: 'sigma' }))).toEqual([
      'EMPTY_INPUT',
      'panel: σ-convergence needs at least two dates with two or more units each.',
    ]);
  });
});
