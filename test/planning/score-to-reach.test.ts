import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/composite/aggregate.js';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import { DTI_MAIN_INDEX_VALUES } from '../../src/dti/main-index-values.js';
import { DTI_922_FRAMEWORK } from '../../src/framework/dti-framework.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';
import { componentIncreases, scoreToReach } from '../../src/planning/score-to-reach.js';
import { rank } from '../../src/ranking/rank.js';
import { dxErrorOf } from '../fixtures/errors.js';

describe('scoreToReach', () => {
  const scores = { A: 0.8, B: 0.7, C: 0.7, D: 0.6, E: 0.5 };

  it('needs the score of the unit now at that rank among the others (competition ties)', () => {
    expect(scoreToReach(scores, 'E', 2)).toEqual({
      unit: 'E',
      rank: 2,
      score: 0.7,
      current: 0.5,
      currentRank: 5,
      gap: expect.closeTo(0.2, 12),
    });
    // Tied with B and C at 0.7, E would share 2nd; for 3rd the same score does.
    expect(scoreToReach(scores, 'E', 3).score).toBe(0.7);
    expect(scoreToReach(scores, 'E', 4).score).toBe(0.6);
    expect(scoreToReach(scores, 'A', 1)).toMatchObject({ score: 0.7, currentRank: 1, gap: 0 });
    expect(scoreToReach(scores, 'C', 2)).toMatchObject({ score: 0.7, currentRank: 2, gap: 0 });
  });

  it('says when any score reaches the rank (the last place)', () => {
    expect(scoreToReach(scores, 'A', 5)).toMatchObject({ score: null, gap: 0, currentRank: 1 });
  });

  it('reads a Map, skips units without a score, and answers for a unit without one', () => {
    const map = new Map<string, number | null>([
      ['A', 3],
      ['B', null],
      ['C', 1],
    ]);
    expect(scoreToReach(map, 'X', 1)).toEqual({
      unit: 'X',
      rank: 1,
      score: 3,
      current: null,
      currentRank: null,
      gap: null,
    });
    expect(scoreToReach(map, 'B', 2).score).toBe(1);
    // B has no score, so the field is A, C and X: three units.
    expect(() => scoreToReach(map, 'X', 4)).toThrowError(/from 1 to 3/);
  });

  it('turns round for lower-is-better scores', () => {
    const times = { A: 2, B: 5, C: 9 };
    expect(scoreToReach(times, 'C', 2, { direction: 'lower-is-better' })).toEqual({
      unit: 'C',
      rank: 2,
      score: 5,
      current: 9,
      currentRank: 3,
      gap: 4,
    });
  });

  it('counts ties as sharing the better rank, both ways, and needs nothing at the last place', () => {
    expect(
      scoreToReach({ A: 2, B: 2, C: 5 }, 'C', 1, { direction: 'lower-is-better' }),
    ).toMatchObject({
      score: 2,
      currentRank: 3,
      gap: 3,
    });
    expect(
      scoreToReach({ A: 2, B: 2, C: 5 }, 'B', 1, { direction: 'lower-is-better' }),
    ).toMatchObject({
      currentRank: 1,
      gap: 0,
    });
    expect(scoreToReach({ A: -1, B: 3 }, 'A', 2)).toMatchObject({ score: null, gap: 0 });
  });

  it('rejects a rank beyond the field and malformed input', () => {
    expect(() => scoreToReach(scores, 'E', 6)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'rank: expected a whole number from 1 to 5 (the units with a score, "E" included), got 6; ask for a rank within the field.',
      }),
    );
    expect(() => scoreToReach(scores, 'E', 0)).toThrowError(/got 0/);
    expect(() => scoreToReach(scores, 'E', 1.5)).toThrowError(/got 1\.5/);
    expect(() => scoreToReach({ A: Number.NaN }, 'E', 1)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(/^scores\["A"\]/),
      }),
    );
    expect(() => scoreToReach([] as never, 'E', 1)).toThrowError(
      /scores: expected a record or Map/,
    );
    expect(() => scoreToReach(new Map([[1, 2]]) as never, 'E', 1)).toThrowError(/scores key/);
    expect(() => scoreToReach(scores, 5 as never, 1)).toThrowError(/unit: expected a unit code/);
    expect(() => scoreToReach(scores, 'E', 1, { direction: 'up' as never })).toThrowError(
      /options\.direction/,
    );
  });

  it('the score found reaches the rank, and anything less does not (property, against rank)', () => {
    const field = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 3 }),
      fc.integer({ min: 0, max: 20 }).map((v) => v / 4),
      { minKeys: 1, maxKeys: 12 },
    );
    fc.assert(
      fc.property(field, fc.nat(), fc.boolean(), (others, pick, lower) => {
        const unit = '__unit__';
        const n = Object.keys(others).length + 1;
        const target = (pick % n) + 1;
        const direction = lower ? ('lower-is-better' as const) : ('higher-is-better' as const);
        const { score } = scoreToReach(others, unit, target, { direction });
        const rankWith = (own: number) =>
          rank([own, ...Object.values(others)], { direction })[0] as number;
        if (score === null) {
          expect(target).toBe(n);
          return;
        }
        expect(rankWith(score)).toBeLessThanOrEqual(target);
        expect(rankWith(lower ? score + 0.01 : score - 0.01)).toBeGreaterThan(target);
      }),
    );
  });
});

describe('componentIncreases', () => {
  const framework: FrameworkNode = {
    id: 'index',
    children: [
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ],
  };

  it('divides the gap by each share under an arithmetic mean (hand-computed)', () => {
    // Score 0.55; to reach 0.6: a needs 0.05 / 0.75, b 0.05 / 0.25.
    const [a, b] = componentIncreases({ a: 0.6, b: 0.4 }, framework, 0.6);
    expect(a).toEqual({
      id: 'a',
      share: 0.75,
      current: 0.6,
      needed: expect.closeTo(0.6 + 0.05 / 0.75, 12),
      increase: expect.closeTo(0.05 / 0.75, 12),
      feasible: true,
    });
    expect(b?.increase).toBeCloseTo(0.2, 12);
  });

  it('says what is infeasible: past the maximum, or weight 0', () => {
    const weighted: FrameworkNode = {
      id: 'i',
      children: [{ id: 'a', weight: 1 }, { id: 'b', weight: 0 }, 'c'],
    };
    const result = componentIncreases({ a: 0.5, b: 0.5, c: 0.5 }, weighted, 0.8, { max: { a: 2 } });
    expect(result.map((c) => [c.id, c.needed, c.feasible])).toEqual([
      ['a', expect.closeTo(1.1, 12), true],
      ['b', null, false],
      ['c', expect.closeTo(1.1, 12), false],
    ]);
    expect(
      componentIncreases({ a: 0.5, b: 0.5, c: 0.5 }, weighted, 0.8, { max: 1.2 }).map(
        (c) => c.feasible,
      ),
    ).toEqual([true, false, true]);
  });

  it('works for geometric and harmonic roots', () => {
    const geometric: FrameworkNode = { ...framework, aggregate: { method: 'geometric' } };
    // Equal weights: sqrt(a b) = 0.6 with b = 0.4 needs a = 0.9.
    const equal: FrameworkNode = {
      id: 'g',
      aggregate: { method: 'geometric' },
      children: ['a', 'b'],
    };
    expect(componentIncreases({ a: 0.4, b: 0.4 }, equal, 0.6)[0]?.needed).toBeCloseTo(0.9, 12);
    const harmonic: FrameworkNode = {
      id: 'h',
      aggregate: { method: 'harmonic' },
      children: ['a', 'b'],
    };
    // 2 / (1/a + 1/0.5) = 0.6 needs 1/a = 10/3 − 2, a = 0.75.
    expect(componentIncreases({ a: 0.5, b: 0.5 }, harmonic, 0.6)[0]?.needed).toBeCloseTo(0.75, 12);
    // A harmonic mean of 2 with b = 0.5 is out of reach whatever a is.
    expect(componentIncreases({ a: 0.5, b: 0.5 }, harmonic, 2)[0]).toMatchObject({
      needed: null,
      feasible: false,
    });
    expect(
      componentIncreases({ a: 0.5, b: 0.4 }, geometric, 0.5).every((c) => c.needed !== null),
    ).toBe(true);
  });

  it('lifts the recomputed aggregate to the target exactly (property)', () => {
    const method = fc.constantFrom(
      'arithmetic' as const,
      'geometric' as const,
      'harmonic' as const,
    );
    const parts = fc.array(
      fc.record({
        weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
        value: fc.double({ min: 0.05, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(
        method,
        parts,
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        (m, ps, target) => {
          const root: FrameworkNode = {
            id: 'root',
            aggregate: { method: m },
            children: ps.map((p, i) => ({ id: `c${i}`, weight: p.weight })),
          };
          const values = Object.fromEntries(ps.map((p, i) => [`c${i}`, p.value]));
          componentIncreases(values, root, target, { max: 100 }).forEach((c, i) => {
            if (c.needed === null) return;
            const moved = ps.map((p, j) => (j === i ? (c.needed as number) : p.value));
            expect(
              aggregate(
                moved,
                ps.map((p) => p.weight),
                { method: m },
              ),
            ).toBeCloseTo(target, 8);
          });
        },
      ),
    );
  });

  it('tells what each DTI main index of Cần Thơ (2022) would need to pass Thừa Thiên Huế', () => {
    const canTho = DTI_MAIN_INDEX_VALUES.find((v) => v.province === '92')?.values ?? {};
    const result = componentIncreases(canTho, DTI_922_FRAMEWORK, 0.6975);
    // The score is 0.69245: 0.00505 to go, ÷ 0.2 for digital government, ÷ 0.1 for awareness.
    expect(result.find((c) => c.id === 'digital-government-activity')?.increase).toBeCloseTo(
      0.025525,
      9,
    );
    expect(result.find((c) => c.id === 'digital-awareness')?.increase).toBeCloseTo(0.05105, 9);
    expect(result.every((c) => c.feasible)).toBe(true);
    expect(
      componentIncreases(canTho, DTI_922_FRAMEWORK, 0.8002).find(
        (c) => c.id === 'digital-awareness',
      )?.feasible,
    ).toBe(false);
  });

  it('counts a component that reaches exactly its maximum as feasible, and takes any target under an arithmetic mean', () => {
    const equal: FrameworkNode = { id: 'i', children: ['a', 'b'] };
    expect(componentIncreases({ a: 0.5, b: 0.5 }, equal, 0.75)[0]).toMatchObject({
      needed: 1,
      feasible: true,
    });
    expect(componentIncreases({ a: 0, b: -1 }, equal, -2)[0]).toMatchObject({
      needed: -3,
      increase: -3,
    });
  });

  it('rejects what it cannot use', () => {
    expect(() => componentIncreases({ a: 1 }, framework, 0.5)).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'values: no value for component "b"; give each child of the root a value.',
      }),
    );
    expect(() => componentIncreases({}, { id: 'r', children: 'ab' as never }, 0.5)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() =>
      componentIncreases(
        { a: 1, b: 1 },
        { id: 'r', children: [{ id: 'a', weight: Number.POSITIVE_INFINITY }, 'b'] },
        0.5,
      ),
    ).toThrowError(/framework\.children\[0\]\.weight/);
    expect(() => componentIncreases({}, { id: 'leaf' }, 0.5)).toThrowError(
      /framework\.children: expected a non-empty array/,
    );
    expect(() =>
      componentIncreases({ a: 1 }, { id: 'r', children: [{ id: 'a', weight: 0 }] }, 0.5),
    ).toThrowError('framework.children: all weigh 0; give at least one a positive weight.');
    expect(() =>
      componentIncreases(
        { a: 1, b: 1 },
        { id: 'r', children: [{ id: 'a', weight: -1 }, 'b'] },
        0.5,
      ),
    ).toThrowError(
      expect.objectContaining({
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(/^framework\.children\[0\]\.weight/),
      }),
    );
    expect(() =>
      componentIncreases(
        { a: 0, b: 1 },
        { id: 'r', aggregate: { method: 'geometric' }, children: ['a', 'b'] },
        0.5,
      ),
    ).toThrowError(/values\["a"\]: expected a value > 0 under a geometric mean, got 0/);
    expect(() =>
      componentIncreases(
        { a: 1, b: 1 },
        { id: 'r', aggregate: { method: 'geometric' }, children: ['a', 'b'] },
        0,
      ),
    ).toThrowError(/target: expected a finite number > 0/);
    expect(() => componentIncreases({ a: 1, b: 1 }, framework, Number.NaN)).toThrowError(/target/);
    expect(() =>
      componentIncreases({ a: 1, b: 1 }, framework, 0.5, { max: 'x' as never }),
    ).toThrowError(/options\.max/);
    expect(() =>
      componentIncreases({ a: 1, b: 1 }, framework, 0.5, { max: { a: Number.NaN } }),
    ).toThrowError(/options\.max\["a"\]/);
    expect(() => componentIncreases({ a: 1, b: 'x' as never }, framework, 0.5)).toThrowError(
      /values\["b"\]/,
    );
    expect(() =>
      componentIncreases(
        { a: 1, b: 1 },
        { ...framework, aggregate: { method: 'median' as never } },
        0.5,
      ),
    ).toThrowError(/framework\.aggregate\.method/);
    expect(() => componentIncreases({ a: 1, b: 1 }, null as never, 0.5)).toThrowError(
      /framework: expected a framework node/,
    );
  });
});

describe('scoreToReach on a composite result', () => {
  const data = {
    '01': { online: 90, signed: 60 },
    '79': { online: 80, signed: 95 },
    '48': { online: 70, signed: 80 },
    '93': { online: null, signed: null },
  };
  const framework: FrameworkNode = {
    id: 'index',
    children: [
      { id: 'online', normalize: { method: 'min-max' } },
      { id: 'signed', normalize: { method: 'min-max' } },
    ],
  };

  it('reads the scores of either form as the record of them', () => {
    const rows = compositeIndex(data, framework, { aggregate: { missing: 'reweight' } });
    const columns = compositeIndexColumns(data, framework, { aggregate: { missing: 'reweight' } });
    const record = Object.fromEntries(rows.map((row) => [row.unit, row.score]));
    for (const unit of ['01', '79', '48', '93'])
      for (const wanted of [1, 2, 3]) {
        const expected = scoreToReach(record, unit, wanted);
        expect(scoreToReach(rows, unit, wanted)).toEqual(expected);
        expect(scoreToReach(columns, unit, wanted)).toEqual(expected);
      }
  });

  it('refuses a bare array', () => {
    expect(() => scoreToReach([] as never, 'A', 1)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('scoreToReach and componentIncreases refusals', () => {
  const refusal = (run: () => unknown) => {
    const error = dxErrorOf(run);
    return [error.code, error.message];
  };

  it('name the code and the place of every refusal', () => {
    const scores = { A: 0.8, B: 0.7 };
    expect(refusal(() => scoreToReach(scores, 'A', 1, 3 as never))).toEqual([
      'INVALID_ARGUMENT',
      'options: expected { direction }, got 3.',
    ]);
    expect(refusal(() => scoreToReach(scores, 'A', 1, { way: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.way: not an option here; expected direction.',
    ]);
    expect(refusal(() => scoreToReach(scores, 5 as never, 1))).toEqual([
      'INVALID_ARGUMENT',
      'unit: expected a unit code, got 5.',
    ]);
    expect(refusal(() => scoreToReach(scores, 'A', '1' as never))).toEqual([
      'INVALID_ARGUMENT',
      'rank: expected a whole number from 1 to 2 (the units with a score, "A" included), got "1"; ask for a rank within the field.',
    ]);
    const framework = { id: 'index', children: ['a', 'b'] };
    const values = { a: 1, b: 1 };
    expect(refusal(() => componentIncreases(3 as never, framework, 0.5))).toEqual([
      'INVALID_ARGUMENT',
      'values: expected a record of component id → value, got 3.',
    ]);
    expect(refusal(() => componentIncreases(values, framework, 0.5, 3 as never))).toEqual([
      'INVALID_ARGUMENT',
      'options: expected { max }, got 3.',
    ]);
    expect(refusal(() => componentIncreases(values, framework, 0.5, { min: 1 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.min: not an option here; expected max.',
    ]);
    expect(
      refusal(() =>
        componentIncreases(
          { a: 1, b: 0 },
          { ...framework, aggregate: { method: 'geometric' } },
          0.5,
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'values["b"]: expected a value > 0 under a geometric mean, got 0.',
    ]);
    expect(
      refusal(() =>
        componentIncreases(
          values,
          {
            id: 'index',
            children: [
              { id: 'a', weight: 0 },
              { id: 'b', weight: 0 },
            ],
          },
          0.5,
        ),
      ),
    ).toEqual([
      'INVALID_ARGUMENT',
      'framework.children: all weigh 0; give at least one a positive weight.',
    ]);
    expect(refusal(() => componentIncreases(values, framework, 0.5, { max: Number.NaN }))).toEqual([
      'INVALID_NUMBER',
      'options.max: expected a finite number, got NaN.',
    ]);
    expect(
      refusal(() => componentIncreases(values, framework, 0.5, { max: 'x' } as never)),
    ).toEqual([
      'INVALID_ARGUMENT',
      'options.max: expected a number or a record of component id → maximum, got "x".',
    ]);
  });

  it('reports no value, and no increase, where a harmonic mean leaves no room', () => {
    // Harmonic, equal weights: b = 0.5 alone gives 1/target − 0.5/0.5 = 0 room at target 1,
    // so no value of a lifts the score to 1; a = 2 leaves b room 1 − 0.25.
    expect(
      componentIncreases(
        { a: 2, b: 0.5 },
        { id: 'index', aggregate: { method: 'harmonic' }, children: ['a', 'b'] },
        1,
      ),
    ).toEqual([
      { id: 'a', share: 0.5, current: 2, needed: null, increase: null, feasible: false },
      {
        id: 'b',
        share: 0.5,
        current: 0.5,
        needed: 0.5 / 0.75,
        increase: 0.5 / 0.75 - 0.5,
        feasible: true,
      },
    ]);
  });
});
