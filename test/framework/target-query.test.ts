import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DxError } from '../../src/errors.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import { NATIONAL_TARGETS } from '../../src/framework/national-targets.js';
import { nationalTargetsFor } from '../../src/framework/target-query.js';

const year = (t: { deadline: { kind: string; year?: number } }) => t.deadline.year ?? 0;

describe('nationalTargetsFor', () => {
  it('puts 749, 411 and 57-NQ/TW side by side for the digital economy share of GDP', () => {
    const rows = nationalTargetsFor('econ.digital-economy.gdp-share').map((t) => [
      t.document,
      year(t),
      t.value,
    ]);
    expect(rows).toEqual([
      ['qd-749-ttg-2020', 2025, 20],
      ['qd-411-ttg-2022', 2025, 20],
      ['qd-411-ttg-2022', 2030, 30],
      ['nq-57-tw-2024', 2030, 30],
      ['nq-57-tw-2024', 2045, 50],
    ]);
  });

  it('orders the EGDI rank targets by deadline, then by the issue date of the document', () => {
    expect(nationalTargetsFor('gov.egdi.rank').map((t) => t.id)).toEqual([
      'nt-749-2025-egdi-rank',
      'nt-942-2025-digital-government-rank',
      'nt-749-2030-egdi-rank',
      'nt-942-2030-digital-government-rank',
      'nt-57-2030-egdi-rank',
    ]);
  });

  it('returns exactly the targets on the indicator, frozen, for every catalogue id', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATORS.map((i) => i.id)), (id) => {
        const found = nationalTargetsFor(id);
        expect(Object.isFrozen(found)).toBe(true);
        expect([...found].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          NATIONAL_TARGETS.filter((t) => t.indicator === id).sort((a, b) =>
            a.id.localeCompare(b.id),
          ),
        );
        for (let i = 1; i < found.length; i++)
          expect(year(found[i - 1] as never)).toBeLessThanOrEqual(year(found[i] as never));
      }),
    );
  });

  it('throws INVALID_ARGUMENT for a non-string and UNKNOWN_ID for an id not in the catalogue', () => {
    expect(() => nationalTargetsFor(42 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          "indicator: expected an indicator id such as 'econ.digital-economy.gdp-share', got 42.",
      }),
    );
    expect(() => nationalTargetsFor('no.such.indicator')).toThrowError(DxError);
    expect(() => nationalTargetsFor('no.such.indicator')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
  });
});
