import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DxError } from '../../src/errors.js';
import type { RankingEntry } from '../../src/model/ranking.js';
import { mergeRankHistory } from '../../src/ranking/rank-history.js';
import { dxErrorOf } from '../fixtures/errors.js';

const entry = (
  edition: number | null,
  rank: number,
  extra: Partial<RankingEntry> = {},
): RankingEntry => ({
  id: `e-${edition}-${rank}`,
  index: 'DTI',
  edition,
  province: '93',
  rank,
  of: 63,
  scope: 'national',
  source: { source: 's' },
  ...extra,
});

describe('mergeRankHistory', () => {
  it('lets a reported entry win over a published one of the same index, scope, edition and basis', () => {
    const merged = mergeRankHistory(
      [entry(2021, 17)],
      [entry(2021, 18), entry(2022, 17), entry(2021, 9, { of: 34 })],
    );
    expect(merged.map((e) => [e.edition, e.rank, e.of])).toEqual([
      [2021, 17, 63],
      [2021, 9, 34],
      [2022, 17, 63],
    ]);
  });

  it('sorts by index, scope, then edition with undated entries first', () => {
    const merged = mergeRankHistory(
      [
        entry(2022, 5, { index: 'PCI' }),
        entry(null, 3),
        entry(2021, 2, { scope: 'central', of: 14 }),
      ],
      [entry(2020, 28)],
    );
    expect(merged.map((e) => `${e.index} ${e.scope} ${e.edition}`)).toEqual([
      'DTI central 2021',
      'DTI national null',
      'DTI national 2020',
      'PCI national 2022',
    ]);
  });

  it('keeps every reported entry and never modifies its inputs (property)', () => {
    const arb = fc.array(
      fc.record({
        edition: fc.option(fc.integer({ min: 2018, max: 2026 })),
        rank: fc.integer({ min: 1, max: 63 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const reported = Object.freeze(a.map((p) => Object.freeze(entry(p.edition, p.rank))));
        const published = Object.freeze(b.map((p) => Object.freeze(entry(p.edition, p.rank))));
        const merged = mergeRankHistory(reported, published);
        for (const own of reported) expect(merged).toContain(own);
        const keys = new Set(reported.map((e) => e.edition));
        for (const other of published)
          expect(merged.includes(other)).toBe(!keys.has(other.edition));
      }),
    );
  });

  it('rejects what is not an array', () => {
    expect(() => mergeRankHistory(null as never, [])).toThrowError(/^reported: expected an array/);
    expect(() => mergeRankHistory([], {} as never)).toThrowError(/^published: expected an array/);
  });

  it('names the entry, and the field, that is not a ranking entry', () => {
    const bad = (value: unknown) => value as RankingEntry;
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as DxError).code;
      }
      return 'no error';
    };
    expect(() => mergeRankHistory([entry(2021, 1), bad(5)], [])).toThrowError(
      /^reported\[1\]: expected a ranking entry, got 5/,
    );
    expect(code(() => mergeRankHistory([entry(2021, 1), bad(5)], []))).toBe('INVALID_ARGUMENT');
    const { scope: _scope, ...noScope } = entry(2021, 1);
    const { index: _index, ...noIndex } = entry(2021, 1);
    for (const missing of [noScope, noIndex]) {
      expect(() => mergeRankHistory([], [entry(2020, 1), bad(missing)])).toThrowError(
        /^published\[1\]: expected a ranking entry with an index and a scope, got /,
      );
    }
    expect(() => mergeRankHistory([bad({ ...entry(2021, 1), edition: '2021' })], [])).toThrowError(
      /^reported\[0\]\.edition: expected a number or null, got "2021"/,
    );
    expect(() => mergeRankHistory([], [bad({ ...entry(2021, 1), of: Symbol('x') })])).toThrowError(
      /^published\[0\]\.of: expected a number or null, got /,
    );
    // Absent and null editions are fine: an undated entry.
    const { edition: _edition, ...undated } = entry(2021, 1);
    expect(mergeRankHistory([bad(undated)], [entry(2022, 2)]).map((e) => e.rank)).toEqual([1, 2]);
  });
});

describe('mergeRankHistory: the code of each refusal', () => {
  // The messages are pinned above; this pins the code beside them (a test that read only the
  // message let a mutant that emptied the code survive).
  it.each<[string, () => unknown, string]>([
    [
      'a list that is not an array',
      () => mergeRankHistory(null as never, []),
      'reported: expected an array of ranking entries, got null.',
    ],
    [
      'an entry without an index',
      () => mergeRankHistory([{ ...entry(2021, 1), index: 5 } as never], []),
      'reported[0]: expected a ranking entry with an index and a scope, got { id: "e-2021-1", index: 5, edition: 2021, province: "93", … }.',
    ],
    [
      'an edition that is not a number',
      () => mergeRankHistory([], [{ ...entry(2021, 1), of: '63' } as never]),
      'published[0].of: expected a number or null, got "63".',
    ],
  ])('refuses %s with INVALID_ARGUMENT', (_, run, message) => {
    const error = dxErrorOf(run);
    expect([error.code, error.message]).toEqual(['INVALID_ARGUMENT', message]);
  });
});
