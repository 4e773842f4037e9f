import { describe, expect, it } from 'vitest';
import { DTI_NATIONAL, DtiNationalSummarySchema } from '../../src/dti/national.js';
import { DTI_RESULTS } from '../../src/dti/results.js';
import { validate } from '../../src/model/validate.js';

const row = (edition: number) => {
  const found = DTI_NATIONAL.find((r) => r.edition === edition);
  if (!found) throw new Error(`no row ${edition}`);
  return found;
};
const growth = (now: number | undefined, before: number | undefined) =>
  Math.round(((now ?? 0) / (before ?? 1) - 1) * 1000) / 10;

describe('DTI_NATIONAL', () => {
  it('validates every row, one per edition 2020–2024 in order', () => {
    DTI_NATIONAL.forEach((r, i) => {
      validate(DtiNationalSummarySchema, r, `DTI_NATIONAL[${i}]`);
    });
    expect(DTI_NATIONAL.map((r) => r.edition)).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('accepts partial rows and rejects values outside 0–1', () => {
    const partial = { ...row(2020) };
    expect(DtiNationalSummarySchema.safeParse(partial).success).toBe(true);
    const bad = { ...row(2024), national: { ...row(2024).national, value: 79.55 } };
    expect(DtiNationalSummarySchema.safeParse(bad).success).toBe(false);
  });

  it('pins the published values and their sources', () => {
    expect(DTI_NATIONAL.map((r) => r.provincialMean?.value)).toEqual([
      0.3026, 0.4014, 0.5763, 0.6783, 0.6961,
    ]);
    expect(DTI_NATIONAL.map((r) => r.national?.value ?? null)).toEqual([
      null,
      null,
      null,
      0.7326,
      0.7955,
    ]);
    expect(row(2024).pillarMeans).toMatchObject({
      government: { value: 0.7582 },
      economy: { value: 0.7723 },
      society: { value: 0.7692 },
    });
    expect(row(2024).national?.source.url).toBe(
      'https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm',
    );
  });

  it('agrees with the growth rates the sources report, and notes where it does not', () => {
    expect(growth(row(2021).provincialMean?.value, row(2020).provincialMean?.value)).toBe(32.7);
    expect(growth(row(2024).provincialMean?.value, row(2023).provincialMean?.value)).toBe(2.6);
    expect(growth(row(2024).national?.value, row(2023).national?.value)).toBe(8.6);
    // Reported as +17.2%; the printed values give +17.7%.
    expect(growth(row(2023).provincialMean?.value, row(2022).provincialMean?.value)).toBe(17.7);
    expect(row(2023).provincialMean?.note).toMatch(/17\.2%.*17\.7%/);
  });

  it('lies between the lowest and highest published provincial values of each edition', () => {
    for (const r of DTI_NATIONAL) {
      const scores = DTI_RESULTS.filter((e) => e.edition === r.edition && e.of === 63)
        .map((e) => e.score)
        .filter((s): s is number => s !== undefined);
      const mean = r.provincialMean?.value ?? 0;
      expect(mean, String(r.edition)).toBeLessThan(Math.max(...scores));
      if (r.edition === 2020) expect(mean).toBeGreaterThan(Math.min(...scores)); // Ninh Thuận, last
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(DTI_NATIONAL)).toBe(true);
    for (const r of DTI_NATIONAL) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.pillarMeans)).toBe(true);
    }
  });
});
