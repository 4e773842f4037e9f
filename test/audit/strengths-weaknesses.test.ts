import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strengthsWeaknesses } from '../../src/audit/strengths-weaknesses.js';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import { rank } from '../../src/ranking/rank.js';
import { loadCase } from '../fixtures/coinr/load.js';
import { dxErrorOf } from '../fixtures/errors.js';

const result = compositeIndexColumns(
  {
    kind: 'columns',
    units: ['01', '79', '48'],
    columns: { online: [90, 80, 70], signed: [60, 95, 80], cashless: [70, 50, null] },
  },
  {
    id: 'index',
    aggregate: { missing: 'reweight' },
    children: [{ id: 'government', children: ['online', 'signed'] }, 'cashless'],
  },
);

describe('strengthsWeaknesses', () => {
  it('finds the best and worst nodes of a unit, and what it leads', () => {
    expect(strengthsWeaknesses(result, '01', { n: 2 })).toEqual({
      unit: '01',
      strengths: [
        { id: 'online', value: 90, rank: 1 },
        { id: 'cashless', value: 70, rank: 1 },
      ],
      weaknesses: [
        { id: 'signed', value: 60, rank: 3 },
        { id: 'government', value: 75, rank: 2 }, // tied with 48
      ],
      leads: ['online', 'cashless'],
    });
  });

  it('leaves out nodes where the unit has no value, and takes indicators', () => {
    const danang = strengthsWeaknesses(result, '48');
    expect(danang.strengths.map((s) => s.id)).not.toContain('cashless');
    expect(strengthsWeaknesses(result, '79', { indicators: ['government'] }).leads).toEqual([
      'government',
    ]);
  });

  it('names an unknown unit or node, and a bad n', () => {
    expect(() => strengthsWeaknesses(result, '99')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'unit: "99" is not a unit of the result.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { indicators: ['x'] })).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'options.indicators: "x" is not a node of the result.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { n: 0 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.n: expected an integer ≥ 1, got 0.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { indicators: 'x' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('strengthsWeaknesses: either form of a composite result', () => {
  it('reads what compositeIndex returns as it reads the columns', () => {
    const rows = compositeIndex(
      {
        '01': { online: 90, signed: 60, cashless: 70 },
        '79': { online: 80, signed: 95, cashless: 50 },
        '48': { online: 70, signed: 80, cashless: null },
      },
      {
        id: 'index',
        aggregate: { missing: 'reweight' },
        children: [{ id: 'government', children: ['online', 'signed'] }, 'cashless'],
      },
    );
    for (const unit of ['01', '79', '48'])
      for (const options of [
        {},
        { n: 2 },
        { dropWorst: true },
        { indicators: ['signed', 'government'] },
      ])
        expect(strengthsWeaknesses(rows, unit, options)).toEqual(
          strengthsWeaknesses(result, unit, options),
        );
  });

  it('refuses what is not a result, a rows result included', () => {
    for (const bad of [[], [{ unit: '01' }], { units: ['01'], nodes: {} }, { '01': 0.5 }])
      expect(() => strengthsWeaknesses(bad as never, '01')).toThrowError(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringMatching(
            /^result: expected a compositeIndex or compositeIndexColumns result, got /,
          ),
        }),
      );
  });
});

describe('strengthsWeaknesses: defaults and messages', () => {
  it('leaves the root out by default', () => {
    const all = strengthsWeaknesses(result, '79', { n: 10 });
    expect(all.strengths.map((s) => s.id)).not.toContain('index');
    expect(all.strengths).toHaveLength(4);
  });

  it('names a bad result or options', () => {
    expect(() => strengthsWeaknesses(null as never, '01')).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'result: expected a compositeIndex or compositeIndexColumns result, got null.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', 5 as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { n: 5 }, got 5.',
      }),
    );
    expect(() => strengthsWeaknesses(result, '01', { indicators: 'x' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.indicators: expected an array of node ids, got "x".',
      }),
    );
  });
});

describe('strengthsWeaknesses: a result built by hand', () => {
  const nodes = JSON.parse(JSON.stringify(result.nodes)) as Record<string, (number | null)[]>;
  const withOnline = (online: unknown[]) => ({ ...result, nodes: { ...nodes, online } }) as never;

  it('reads a hole in a node’s values as a missing value', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const holed = strengthsWeaknesses(withOnline([90, , 70]), '79');
    expect(holed.strengths.map((s) => s.id)).toEqual(['signed', 'government', 'cashless']);
    expect(holed.leads).toEqual(['signed', 'government']);
  });

  it('names a value that is not a finite number or null, by node and unit', () => {
    expect(
      dxErrorOf(() => strengthsWeaknesses(withOnline([90, Number.NaN, 70]), '01')),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'result.nodes["online"][1]: expected a finite number or null, got NaN.',
    });
    expect(dxErrorOf(() => strengthsWeaknesses(withOnline([90, '80', 70]), '01')).message).toBe(
      'result.nodes["online"][1]: expected a finite number or null, got "80".',
    );
    expect(
      dxErrorOf(() => strengthsWeaknesses(withOnline([90, Number.POSITIVE_INFINITY, 70]), '01'))
        .message,
    ).toBe('result.nodes["online"][1]: expected a finite number or null, got Infinity.');
  });

  it('names an unknown option and malformed groups', () => {
    expect(dxErrorOf(() => strengthsWeaknesses(result, '79', { top: 1 } as never)).message).toBe(
      'options.top: not an option here; expected n, indicators, dropWorst, minUniqueShare, groups.',
    );
    expect(
      dxErrorOf(() => strengthsWeaknesses(result, '79', { groups: 5 as never })),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'options.groups: expected unit → group name, got 5.',
    });
    expect(
      dxErrorOf(() => strengthsWeaknesses(result, '79', { groups: { '79': 3 as never } })).message,
    ).toBe('options.groups["79"]: expected a group name, got 3.');
  });
});

describe('strengthsWeaknesses: the worst rank and few distinct values', () => {
  // Five units; on `flag` three share the lowest value (rank 3 of 5), on `alone` 01 is last.
  const tied = compositeIndexColumns(
    {
      kind: 'columns',
      units: ['01', '02', '03', '04', '05'],
      columns: {
        flag: [0, 0, 0, 1, 1],
        alone: [1, 2, 3, 4, 5],
        mid: [3, 5, 4, 1, 2],
      },
    },
    { id: 'index', children: ['flag', 'alone', 'mid'] },
  );

  it('dropWorst leaves out every node where the unit holds the worst rank, ties included', () => {
    const kept = strengthsWeaknesses(tied, '01', { n: 1 });
    expect(kept.strengths).toEqual([{ id: 'flag', value: 0, rank: 3 }]);
    expect(kept.weaknesses).toEqual([{ id: 'alone', value: 1, rank: 5 }]);
    const dropped = strengthsWeaknesses(tied, '01', { n: 1, dropWorst: true });
    expect(dropped.strengths).toEqual([{ id: 'mid', value: 3, rank: 3 }]);
    expect(dropped.weaknesses).toEqual([{ id: 'mid', value: 3, rank: 3 }]);
    // 05 is not at the worst rank anywhere: nothing changes.
    expect(strengthsWeaknesses(tied, '05', { dropWorst: true })).toEqual(
      strengthsWeaknesses(tied, '05'),
    );
  });

  it('minUniqueShare leaves out nodes with few distinct values (a missing value counts as one)', () => {
    const few = strengthsWeaknesses(tied, '04', { minUniqueShare: 0.4 });
    expect(few.strengths.map((s) => s.id)).toEqual(['alone', 'mid']);
    expect(strengthsWeaknesses(tied, '04', { minUniqueShare: 0.39 }).strengths).toHaveLength(3);
  });

  it('groups rank a unit among its own group, and name a unit without one', () => {
    const groups = { '01': 'north', '02': 'north', '03': 'south', '04': 'south', '05': 'south' };
    // Among the south's three units, 03 leads on mid and is last on flag and alone.
    const south = strengthsWeaknesses(tied, '03', { groups, n: 3 });
    expect(south.strengths).toEqual([
      { id: 'mid', value: 4, rank: 1 },
      { id: 'flag', value: 0, rank: 3 },
      { id: 'alone', value: 3, rank: 3 },
    ]);
    expect(south.leads).toEqual(['mid']);
    expect(strengthsWeaknesses(tied, '03', { groups, dropWorst: true }).strengths).toEqual([
      { id: 'mid', value: 4, rank: 1 },
    ]);
    expect(() => strengthsWeaknesses(tied, '03', { groups: { '01': 'north' } })).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'options.groups: unit "03" has no group.',
      }),
    );
    expect(() => strengthsWeaknesses(tied, '03', { groups: { '03': 3 as never } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('names bad values of the options', () => {
    expect(() => strengthsWeaknesses(tied, '01', { dropWorst: 'yes' as never })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.dropWorst: expected one of true, false, got "yes".',
      }),
    );
    expect(() => strengthsWeaknesses(tied, '01', { minUniqueShare: 2 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.minUniqueShare: expected a number from 0 to 1, got 2.',
      }),
    );
  });

  it('dropping the worst rank only ever removes nodes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 3 }),
        (columns, u) => {
          const ids = columns.map((_, i) => `c${i}`);
          const r = compositeIndexColumns(
            {
              kind: 'columns',
              units: ['a', 'b', 'c', 'd'],
              columns: Object.fromEntries(columns.map((c, i) => [`c${i}`, c])),
            },
            { id: 'root', children: ids },
          );
          const unit = ['a', 'b', 'c', 'd'][u] as string;
          const all = strengthsWeaknesses(r, unit, { n: ids.length });
          const some = strengthsWeaknesses(r, unit, { n: ids.length, dropWorst: true });
          for (const s of all.strengths) {
            const held = s.rank === Math.max(...rank4(r.nodes[s.id]));
            expect(some.strengths.some((t) => t.id === s.id)).toBe(!held);
          }
          expect(some.strengths.length).toBeLessThanOrEqual(all.strengths.length);
        },
      ),
    );
  });
});

/** Competition ranks of four values, higher better. */
function rank4(values: readonly (number | null)[] | undefined): number[] {
  const xs = (values ?? []).map((v) => v ?? Number.NEGATIVE_INFINITY);
  return xs.map((x) => 1 + xs.filter((y) => y > x).length);
}

// get_str_weak for every ASEM unit (scripts/coinr/str-weak.R).
interface Table {
  readonly Code: string[];
  readonly Rank: number[];
  readonly Value: number[];
}
interface StrWeakFixture {
  readonly units: string[];
  readonly groups: { readonly EurAsia_group: string[] };
  readonly ids: string[];
  readonly direction: number[];
  readonly raw: Record<string, (number | null)[]>;
  readonly variants: Record<
    string,
    { call: string; units: Record<string, { strengths: Table; weaknesses: Table }> }
  >;
}

describe('strengthsWeaknesses against COINr get_str_weak (every ASEM unit)', () => {
  const fixture = loadCase<StrWeakFixture>('z_str_weak');
  const meta = loadCase('a_minmax_amean').meta;
  // COINr orders its indicator metadata by pillar code (and keeps iMeta's order inside a
  // pillar); its ties keep that order: pass it as ids (and reversed for the weaknesses, which
  // COINr takes from the end of the ascending list).
  const parent = (id: string) => meta.Parent[meta.iCode.indexOf(id)] as string;
  const coinrOrder = [...fixture.ids].sort((a, b) =>
    parent(a) < parent(b) ? -1 : parent(a) > parent(b) ? 1 : 0,
  );
  const columns = { kind: 'columns' as const, units: fixture.units, columns: fixture.raw };
  const normalised = compositeIndexColumns(columns, {
    id: 'index',
    aggregate: { missing: 'reweight' },
    children: fixture.ids.map((id, k) => ({
      id,
      normalize: {
        method: 'min-max' as const,
        direction:
          fixture.direction[k] === -1
            ? ('lower-is-better' as const)
            : ('higher-is-better' as const),
      },
    })),
  });
  // COINr's adjust_direction = FALSE ranks raw values as they are: leaves without normalize.
  const asGiven = compositeIndexColumns(columns, {
    id: 'index',
    aggregate: { missing: 'reweight' },
    children: fixture.ids,
  });
  const setups = {
    default: { result: normalised, options: { dropWorst: true } },
    keep_min: { result: normalised, options: {} },
    no_direction: { result: asGiven, options: { dropWorst: true } },
    normalised: { result: normalised, options: { dropWorst: true } },
    top3: { result: normalised, options: { dropWorst: true, n: 3 } },
    unique_half: { result: normalised, options: { dropWorst: true, minUniqueShare: 0.5 } },
  } as const;
  it(`by_group: ${fixture.variants.by_group?.call}`, () => {
    const groups = Object.fromEntries(
      fixture.units.map((u, k) => [u, fixture.groups.EurAsia_group[k] as string]),
    );
    // COINr drops a unit's worst in-group rank only where it equals the worst rank of any
    // group; vn-dx where it is the worst of the unit's own group. The rules differ for a unit
    // at the bottom of its group on an indicator where another group's bottom rank is larger:
    // every other unit must match COINr exactly.
    const worstIn = (id: string, group: string) => {
      const members = fixture.units.flatMap((u, k) => (groups[u] === group ? [k] : []));
      const ranks = rank(members.map((k) => normalised.nodes[id]?.[k] ?? null));
      return { members, ranks, worst: Math.max(...ranks.map((r) => r ?? 0)) };
    };
    let compared = 0;
    for (const unit of fixture.units) {
      const u = fixture.units.indexOf(unit);
      const group = groups[unit] as string;
      const differs = fixture.ids.some((id) => {
        const own = worstIn(id, group);
        const mine = own.ranks[own.members.indexOf(u)];
        const others = Math.max(...['Asia', 'Europe'].map((g) => worstIn(id, g).worst));
        return mine === own.worst && own.worst < others;
      });
      if (differs) continue;
      compared++;
      const want = fixture.variants.by_group?.units[unit];
      const options = { dropWorst: true, groups };
      const strengths = strengthsWeaknesses(normalised, unit, {
        ...options,
        indicators: coinrOrder,
      }).strengths;
      const weaknesses = strengthsWeaknesses(normalised, unit, {
        ...options,
        indicators: [...coinrOrder].reverse(),
      }).weaknesses;
      expect(strengths.map((s) => [s.id, s.rank])).toEqual(
        want?.strengths.Code.map((c, i) => [c, want.strengths.Rank[i]]),
      );
      expect(weaknesses.map((s) => [s.id, s.rank]).reverse()).toEqual(
        want?.weaknesses.Code.map((c, i) => [c, want.weaknesses.Rank[i]]),
      );
    }
    // Few units escape the difference (most hold a bottom rank in their group somewhere).
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  it(`by_group_keep_min: ${fixture.variants.by_group_keep_min?.call}`, () => {
    const groups = Object.fromEntries(
      fixture.units.map((u, k) => [u, fixture.groups.EurAsia_group[k] as string]),
    );
    for (const unit of fixture.units) {
      const want = fixture.variants.by_group_keep_min?.units[unit];
      const strengths = strengthsWeaknesses(normalised, unit, {
        groups,
        indicators: coinrOrder,
      }).strengths;
      const weaknesses = strengthsWeaknesses(normalised, unit, {
        groups,
        indicators: [...coinrOrder].reverse(),
      }).weaknesses;
      expect(strengths.map((s) => [s.id, s.rank])).toEqual(
        want?.strengths.Code.map((c, i) => [c, want.strengths.Rank[i]]),
      );
      expect(weaknesses.map((s) => [s.id, s.rank]).reverse()).toEqual(
        want?.weaknesses.Code.map((c, i) => [c, want.weaknesses.Rank[i]]),
      );
    }
  });

  for (const [name, setup] of Object.entries(setups)) {
    it(`${name}: ${fixture.variants[name]?.call}`, () => {
      for (const unit of fixture.units) {
        const want = fixture.variants[name]?.units[unit];
        if (want === undefined) throw new Error(`no unit ${unit}`);
        const strengths = strengthsWeaknesses(setup.result, unit, {
          ...setup.options,
          indicators: coinrOrder,
        }).strengths;
        const weaknesses = strengthsWeaknesses(setup.result, unit, {
          ...setup.options,
          indicators: [...coinrOrder].reverse(),
        }).weaknesses;
        expect(strengths.map((s) => s.id)).toEqual(want.strengths.Code);
        expect(strengths.map((s) => s.rank)).toEqual(want.strengths.Rank);
        // COINr lists weaknesses from the better to the worst; vn-dx worst first.
        expect(weaknesses.map((s) => s.id).reverse()).toEqual(want.weaknesses.Code);
        expect(weaknesses.map((s) => s.rank).reverse()).toEqual(want.weaknesses.Rank);
        // Values: raw in COINr, as the index sees them in vn-dx (equal where nothing normalises).
        if (name === 'no_direction' || name === 'normalised') {
          const diff = strengths.map((s, i) =>
            Math.abs(s.value - (want.strengths.Value[i] as number)),
          );
          expect(Math.max(...diff)).toBeLessThan(1e-9);
        }
      }
    });
  }
});
