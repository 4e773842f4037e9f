import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMUNES_AS_OF,
  communeDay,
  communesAt,
  communesOf,
  getCommune,
} from '../../src/communes/lookup.js';
import { DxError } from '../../src/errors.js';
import { formatError } from '../../src/vi/format-error.js';

const codeOf = (error: unknown) => (error instanceof DxError ? error.code : String(error));
const thrown = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return codeOf(error);
  }
  return 'returned';
};

describe('getCommune', () => {
  it('anchors a reused code in time: 00004 is Trúc Bạch, then Ba Đình', () => {
    const before = getCommune('00004', { at: '2025-06-30' });
    expect([before.name, before.kind, before.district?.name]).toEqual([
      'Phường Trúc Bạch',
      'ward',
      'Quận Ba Đình',
    ]);
    const after = getCommune('00004');
    expect([after.name, after.province, after.district]).toEqual([
      'Phường Ba Đình',
      '01',
      undefined,
    ]);
  });

  it('shows later changes of kind from their day (Trảng Bom, Đồng Nai, 237/NQ-UBTVQH16)', () => {
    expect(getCommune('26248', { at: '2026-04-29' }).name).toBe('Xã Trảng Bom');
    expect(getCommune('26248', { at: '2026-04-30' }).name).toBe('Phường Trảng Bom');
  });

  it('says an unknown code in Vietnamese too (formatError), with days as each language writes them', () => {
    const vi = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return formatError(error as DxError, { lang: 'vi' });
      }
      return 'returned';
    };
    expect(vi(() => getCommune('99999', { at: '2025-07-01' }))).toBe(
      "Không tìm thấy xã, phường, đặc khu (UNKNOWN_COMMUNE)\n  Không có đơn vị cấp xã nào mang mã '99999' vào ngày 1/7/2025",
    );
    expect(vi(() => getCommune('00001', { at: '2025-07-01' }))).toMatch(
      /Mã 00001 là Phường Phúc Xá từ ngày 1\/3\/2025 đến ngày 30\/6\/2025; xem communeSuccessors\('00001'\)/,
    );
  });

  it('says what an unknown code was, and refuses malformed codes, dates and options', () => {
    expect(() => getCommune('00001')).toThrow(/Phúc Xá.*communeSuccessors/);
    expect(thrown(() => getCommune('99999'))).toBe('UNKNOWN_COMMUNE');
    expect(thrown(() => getCommune(4 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(() => getCommune(4 as unknown as string)).toThrow(/'00004'/);
    expect(thrown(() => getCommune('0004'))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => getCommune('00004', { at: '1975-04-30' }))).toBe('INVALID_DATE');
    expect(thrown(() => getCommune('00004', { at: '2020-01-01' }))).toBe('INVALID_DATE');
    expect(thrown(() => getCommune('00004', { at: '2025-02-30' }))).toBe('INVALID_DATE');
    expect(thrown(() => getCommune('00004', { date: '2025-01-01' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('communesAt', () => {
  it('reproduces the counts of both eras and of the later changes', () => {
    const count = (at: string) => {
      const units = communesAt(at);
      const by = (kind: string) => units.filter((unit) => unit.kind === kind).length;
      return [units.length, by('commune'), by('ward'), by('township'), by('special-zone')];
    };
    expect(count('2025-06-30')).toEqual([10035, 7692, 1726, 617, 0]);
    expect(count('2025-07-01')).toEqual([3321, 2621, 687, 0, 13]);
    expect(count('2026-04-30')).toEqual([3321, 2611, 697, 0, 13]);
    expect(count('2026-09-20')).toEqual([3321, 2599, 709, 0, 13]);
    expect(count(COMMUNES_AS_OF)).toEqual(count('2026-09-20'));
  });

  it('gives one record per code on any day of the data', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2025, 2, 1), max: new Date(2027, 11, 31), noInvalidDate: true }),
        (date) => {
          const codes = communesAt(date).map((unit) => unit.code);
          expect(new Set(codes).size).toBe(codes.length);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('returns a frozen array', () => {
    expect(Object.isFrozen(communesAt())).toBe(true);
  });
});

describe('communesOf', () => {
  it('lists one province by code or by name, in either era', () => {
    expect(communesOf('01').length).toBe(126); // 51 phường and 75 xã (1656/NQ-UBTVQH15 Điều 1)
    expect(communesOf('Hà Nội')).toEqual(communesOf('01'));
    expect(
      communesOf('Quảng Nam', { at: '2025-06-30' }).every((unit) => unit.province === '49'),
    ).toBe(true);
  });

  it('adds up to the whole country', () => {
    const provinces = new Set(communesAt().map((unit) => unit.province));
    let total = 0;
    for (const code of provinces) total += communesOf(code).length;
    expect(total).toBe(3321);
  });

  it('refuses a province that does not exist that day', () => {
    expect(thrown(() => communesOf('Quảng Nam'))).toBe('UNKNOWN_PROVINCE');
    expect(thrown(() => communesOf('99'))).toBe('UNKNOWN_PROVINCE');
    expect(thrown(() => communesOf(1 as unknown as string))).toBe('INVALID_ARGUMENT');
  });
});

describe('COMMUNES_AS_OF', () => {
  it('is the day of the latest change in the table, so no `at` means the units of now', () => {
    const latest = communesAt('2030-01-01')
      .map((unit) => unit.validFrom)
      .sort()
      .at(-1);
    expect(COMMUNES_AS_OF).toBe(latest);
    expect(COMMUNES_AS_OF).toBe('2026-09-20'); // 388/NQ-UBTVQH16, Bắc Ninh
    // Nothing changes after it: the default is the state of every later day.
    expect(communesAt()).toEqual(communesAt('2030-01-01'));
    expect(getCommune('07294').kind).toBe('ward');
    expect(getCommune('07294', { at: '2025-07-01' }).kind).toBe('commune');
  });
});

describe('communeDay', () => {
  it('defaults to COMMUNES_AS_OF and names the first day of the data', () => {
    expect(communeDay(undefined)).toBe(COMMUNES_AS_OF);
    expect(() => communeDay('2025-02-28')).toThrow(/2025-03-01/);
    expect(() => communeDay('1954-07-21')).toThrow(/1976/);
  });
});

// Commune codes are units like province codes: every function that takes units takes them, and
// gives the same result as for the same data under other labels. Đồng Nai's codes (25xxx, 26xxx)
// are integer-like object keys, which JavaScript orders apart from other keys.
describe('commune codes as the units of indices, ranks and plans', () => {
  const units = communesOf('75', { at: '2025-07-01' }).map((c) => c.code);
  const label = (code: string) => `u${code}`;
  const unlabel = (text: string) => text.slice(1);
  // Deterministic figures per commune, in 0–100, from its code.
  const figures = (code: string, year = 0) => {
    const n = Number(code);
    return {
      online: ((n * 37 + year * 11) % 101) as number,
      fibre: ((n * 53 + year * 7) % 97) as number,
      signed: ((n * 71 + year * 5) % 89) as number,
    };
  };
  const dataOf = (key: (code: string) => string, year = 0) =>
    Object.fromEntries(units.map((code) => [key(code), figures(code, year)]));
  const framework = {
    id: 'dx',
    children: [
      { id: 'government', weight: 2, children: ['online', 'signed'] },
      { id: 'infrastructure', weight: 1, children: ['fibre'] },
    ],
  };

  it('uses real codes of one province (95 units of Đồng Nai)', () => {
    expect(units).toHaveLength(95);
    expect(units.every((code) => /^2[56]\d{3}$/.test(code))).toBe(true);
  });

  it('compositeIndex ranks every commune, as under other labels', async () => {
    const { compositeIndex } = await import('../../src/index.js');
    const byCode = compositeIndex(
      dataOf((c) => c),
      framework,
    );
    const byLabel = compositeIndex(dataOf(label), framework);
    expect(byCode.map((r) => r.unit).sort()).toEqual(units);
    // Ranks run from 1 to 95 in score order (equal scores share a rank).
    const ordered = [...byCode].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    expect(ordered[0]?.rank).toBe(1);
    ordered.forEach((r, i) => {
      expect(r.rank).toBeLessThanOrEqual(i + 1);
      if (i > 0) expect(r.score).toBeLessThanOrEqual(ordered[i - 1]?.score as number);
    });
    expect(byCode).toEqual(byLabel.map((r) => ({ ...r, unit: unlabel(r.unit) })));
  });

  it('rank and rankBy rank commune records', async () => {
    const { rank, rankBy } = await import('../../src/index.js');
    const rows = units.map((code) => ({ code, online: figures(code).online }));
    const ranks = rank(rows.map((r) => r.online));
    const ranked = rankBy(rows, 'online');
    expect(ranked.map((r) => [r.item.code, r.rank]).sort()).toEqual(
      rows.map((r, i) => [r.code, ranks[i]]).sort(),
    );
  });

  it('uncertainty gives every commune its rank interval, as under other labels', async () => {
    const { uncertainty } = await import('../../src/sensitivity.js');
    const options = { weights: [{ government: 1 }, { government: 3 }], seed: 7 };
    const byCode = uncertainty(
      dataOf((c) => c),
      framework,
      options,
    );
    const byLabel = uncertainty(dataOf(label), framework, options);
    expect(byCode.units.map((u) => u.unit).sort()).toEqual(units);
    expect(byCode.units).toEqual(byLabel.units.map((u) => ({ ...u, unit: unlabel(u.unit) })));
  });

  it('the planning functions take commune codes', async () => {
    const { compositeIndex } = await import('../../src/index.js');
    const planning = await import('../../src/planning.js');
    const shares = units.map((code) => ({
      unit: code,
      value: figures(code).online / 2 + 1,
      weight: 1,
    }));
    const targets = planning.allocateTarget(80, shares, { method: 'equal-gap-closure', cap: 100 });
    expect(targets.map((t) => t.unit)).toEqual(units);
    const labelled = planning.allocateTarget(
      80,
      shares.map((s) => ({ ...s, unit: label(s.unit) })),
      { method: 'equal-gap-closure', cap: 100 },
    );
    expect(targets).toEqual(labelled.map((t) => ({ ...t, unit: unlabel(t.unit) })));

    const before = compositeIndex(
      dataOf((c) => c, 0),
      framework,
    );
    const after = compositeIndex(
      dataOf((c) => c, 1),
      framework,
    );
    const last = before.find((r) => r.rank === units.length)?.unit as string;
    const reach = planning.scoreToReach(before, last, 1);
    expect([reach.unit, reach.rank, reach.currentRank]).toEqual([last, 1, units.length]);
    const moved = planning.attributeRankChange(before, after, framework, last);
    expect(moved.before).toBe(units.length);
    const labelledMove = planning.attributeRankChange(
      compositeIndex(dataOf(label, 0), framework),
      compositeIndex(dataOf(label, 1), framework),
      framework,
      label(last),
    );
    expect(moved).toEqual({ ...labelledMove, unit: last });
    const change = planning.decomposeChange(figures(last, 0), figures(last, 1), framework);
    expect(change.nodes[0]?.id).toBe('dx');

    const panel = Object.fromEntries(
      units.map((code) => [
        code,
        [0, 1].map((year) => ({
          date: `${2025 + year}-12-31`,
          value: figures(code, year).online + 1,
        })),
      ]),
    );
    const sigma = planning.convergence(panel, { method: 'sigma' });
    const labelledPanel = Object.fromEntries(Object.entries(panel).map(([k, v]) => [label(k), v]));
    expect(sigma).toEqual(planning.convergence(labelledPanel, { method: 'sigma' }));
  });
});
