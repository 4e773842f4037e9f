import { describe, expect, it } from 'vitest';
import { NATIONAL_DOCUMENTS, NATIONAL_SOURCES } from '../../src/framework/documents.js';
import { dtiStructureFor } from '../../src/framework/dti-query.js';
import { DtiStructureSchema } from '../../src/framework/dti-schemas.js';
import {
  DTI_922_WEIGHTS,
  DTI_STRUCTURES,
  type Dti922ScoredIndexId,
} from '../../src/framework/dti-structures.js';
import { INDICATORS } from '../../src/framework/indicators.js';
import { validate } from '../../src/model/validate.js';

const sourceIds = new Set(NATIONAL_SOURCES.map((source) => source.id));
const indicatorIds = new Set(INDICATORS.map((indicator) => indicator.id));

// The five DTI 2022 rows with published main-index values, copied from
// /work/shared/reference/dti_2022.csv (source: https://dti.gov.vn/xep-hang-2022).
// Columns: overall score, then nhan_thuc_so, the_che_so, ha_tang_so, nhan_luc_so,
// an_toan_thong_tin_mang, hoat_dong_chinh_quyen_so, hoat_dong_kinh_te_so, hoat_dong_xa_hoi_so.
const DTI_2022_TOP5: readonly (readonly [string, number, readonly number[]])[] = [
  ['TP. Đà Nẵng', 0.8002, [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197]],
  ['TP. Hồ Chí Minh', 0.7163, [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359]],
  ['Quảng Ninh', 0.7024, [0.9581, 0.9, 0.7648, 0.625, 0.5382, 0.8385, 0.5904, 0.4505]],
  ['Thừa Thiên - Huế', 0.6975, [0.95, 0.9, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001]],
  ['TP. Cần Thơ', 0.6924, [0.9, 0.8, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556, 0.2947]],
];
const CSV_COLUMNS: readonly Dti922ScoredIndexId[] = [
  'digital-awareness',
  'digital-institutions',
  'digital-infrastructure',
  'digital-human-resources',
  'cyber-security',
  'digital-government-activity',
  'digital-economy-activity',
  'digital-society-activity',
];

function refsOf(structure: (typeof DTI_STRUCTURES)[number]): string[] {
  return [
    ...structure.sources,
    ...structure.totals.sources,
    ...structure.formula.sources,
    ...structure.pillars.flatMap((pillar) => pillar.sources),
    ...structure.groups.flatMap((group) => group.sources),
    ...structure.mainIndices.flatMap((index) => index.sources),
  ].map((ref) => ref.source);
}

describe('DTI levels and comparability (405/QĐ-BKHCN, DTI 2024)', () => {
  it('holds the ministerial index: 6 main indices, 31 components, 1,000 points', () => {
    expect(dtiStructureFor(2024, 'ministry')?.totals).toMatchObject({
      points: 1000,
      mainIndices: 6,
      components: 31,
      pillars: null,
    });
  });

  it('holds the national index: 12 indicators in three pillars weighted 400/300/300', () => {
    const nation = dtiStructureFor(2024, 'nation');
    expect(nation?.totals).toMatchObject({ points: 1000, pillars: 3, components: 12 });
    expect(nation?.pillars.map((p) => [p.pillar, p.points, p.weight])).toEqual([
      ['government', 400, 0.4],
      ['economy', 300, 0.3],
      ['society', 300, 0.3],
    ]);
    expect(nation?.comparability.ranksComparable).toBeNull();
  });

  it('keeps the provincial index the default level', () => {
    expect(dtiStructureFor(2024)?.level).toBe('province');
    expect(dtiStructureFor(2024)?.totals.components).toBe(47);
    expect(dtiStructureFor(2022, 'nation')).toBeUndefined();
  });

  it('lets users read that scores compare only within a scheme, while ranks keep their meaning', () => {
    const ids = new Set(DTI_STRUCTURES.map((s) => s.id));
    for (const structure of DTI_STRUCTURES) {
      const { scoresComparableWith } = structure.comparability;
      expect(scoresComparableWith).toContain(structure.id);
      for (const id of scoresComparableWith) expect(ids).toContain(id);
    }
    const provincial = DTI_STRUCTURES.filter((s) => s.level === 'province');
    expect(provincial.map((s) => s.comparability.scoresComparableWith)).toEqual([
      ['dti-1726-btttt'],
      ['dti-922-btttt'],
      ['dti-2024'],
    ]);
    expect(provincial.every((s) => s.comparability.ranksComparable === true)).toBe(true);
  });
});

describe('DTI_STRUCTURES', () => {
  it('validates every structure against DtiStructureSchema', () => {
    for (const structure of DTI_STRUCTURES) {
      expect(() => validate(DtiStructureSchema, structure, structure.id)).not.toThrow();
    }
  });

  it('has unique ids, editions that do not overlap, and unique main-index ids per scheme', () => {
    expect(new Set(DTI_STRUCTURES.map((s) => s.id)).size).toBe(DTI_STRUCTURES.length);
    const editions = (level: string) =>
      DTI_STRUCTURES.filter((s) => s.level === level).flatMap((s) => s.editions);
    expect(editions('province')).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(editions('ministry')).toEqual([2024]);
    expect(editions('nation')).toEqual([2024]);
    for (const structure of DTI_STRUCTURES) {
      const ids = structure.mainIndices.map((index) => index.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(structure.mainIndices.map((index) => index.order)).toEqual(ids.map((_, i) => i + 1));
      // Main indices are listed wherever their names are known; the 2024
      // ministerial index reports only a count.
      if (structure.level === 'province') {
        expect(structure.mainIndices.length).toBe(structure.totals.mainIndices);
      }
    }
  });

  it('resolves every document, source and indicator reference', () => {
    const documents = new Map(NATIONAL_DOCUMENTS.map((d) => [d.id, d]));
    for (const structure of DTI_STRUCTURES) {
      expect(documents.get(structure.document)?.number).toBe(structure.decision);
      for (const id of refsOf(structure)) expect(sourceIds, structure.id).toContain(id);
      for (const index of structure.mainIndices) {
        if (index.indicator !== null) expect(indicatorIds).toContain(index.indicator);
      }
    }
  });

  it('describes 922/QĐ-BTTTT: 9 main indices, 98 components, 1,000 points, smart city unscored', () => {
    const s = dtiStructureFor(2022);
    expect(s?.decision).toBe('922/QĐ-BTTTT');
    expect(s?.totals).toMatchObject({
      points: 1000,
      mainIndices: 9,
      scoredMainIndices: 8,
      components: 98,
    });
    const indices = s?.mainIndices ?? [];
    expect(indices.reduce((sum, index) => sum + (index.points ?? 0), 0)).toBe(1000);
    expect(indices.reduce((sum, index) => sum + (index.components ?? 0), 0)).toBe(98);
    expect(indices.filter((index) => index.scored)).toHaveLength(8);
    const smartCity = indices.find((index) => index.id === 'smart-city');
    expect(smartCity).toMatchObject({ scored: false, points: 0, weight: 0, components: 3 });
    for (const group of s?.groups ?? []) {
      const members = indices.filter((index) => index.group === group.id);
      expect(members.reduce((sum, index) => sum + (index.points ?? 0), 0)).toBe(group.points);
      expect(members.reduce((sum, index) => sum + (index.components ?? 0), 0)).toBe(
        group.components,
      );
    }
    for (const index of indices) expect(index.weight).toBeCloseTo((index.points ?? 0) / 1000, 12);
    expect(indices.find((index) => index.id === 'digital-society-activity')?.verified).toBe(false);
  });

  it('marks the 1726 weights and the 2024 scheme as unverified and leaves unknowns null', () => {
    const s2020 = dtiStructureFor(2020);
    expect(s2020?.verified).toBe(false);
    expect(s2020?.pillars.map((p) => p.points)).toEqual([400, 300, 300]);
    expect(s2020?.pillars.every((p) => !p.verified)).toBe(true);
    expect(s2020?.mainIndices).toHaveLength(21);
    expect(s2020?.mainIndices.every((index) => index.weight === null)).toBe(true);
    const s2024 = dtiStructureFor(2024);
    expect(s2024?.decisionVerified).toBe(false);
    expect(s2024?.totals).toMatchObject({ points: null, mainIndices: 8, components: 47 });
    expect(s2024?.formula.expression).toBeNull();
    expect(
      s2024?.mainIndices.every((index) => index.points === null && index.weight === null),
    ).toBe(true);
  });

  it('keeps every structure deep-frozen', () => {
    expect(Object.isFrozen(DTI_STRUCTURES)).toBe(true);
    for (const structure of DTI_STRUCTURES) {
      expect(Object.isFrozen(structure)).toBe(true);
      expect(Object.isFrozen(structure.totals)).toBe(true);
      expect(Object.isFrozen(structure.formula)).toBe(true);
      expect(Object.isFrozen(structure.editions)).toBe(true);
      for (const index of structure.mainIndices) {
        expect(Object.isFrozen(index)).toBe(true);
        expect(Object.isFrozen(index.label)).toBe(true);
        expect(Object.isFrozen(index.sources)).toBe(true);
      }
    }
  });
});

describe('DTI_922_WEIGHTS', () => {
  it('matches the 922 structure and sums to 1', () => {
    const s = dtiStructureFor(2021);
    for (const [id, weight] of Object.entries(DTI_922_WEIGHTS)) {
      expect(s?.mainIndices.find((index) => index.id === id)?.weight).toBe(weight);
    }
    expect(Object.keys(DTI_922_WEIGHTS)).toEqual(CSV_COLUMNS);
    expect(Object.values(DTI_922_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.isFrozen(DTI_922_WEIGHTS)).toBe(true);
  });

  it.each(DTI_2022_TOP5)(
    'reproduces the published DTI 2022 value of %s within 1e-4',
    (_name, published, values) => {
      const computed = CSV_COLUMNS.reduce(
        (sum, id, i) => sum + DTI_922_WEIGHTS[id] * (values[i] ?? Number.NaN),
        0,
      );
      expect(Math.abs(computed - published)).toBeLessThanOrEqual(1e-4);
    },
  );

  it('reproduces Bắc Ninh 2020 with the (unverified) 1726 pillar weights', () => {
    // Bắc Ninh, DTI 2020: CQS 0.4449, KTS 0.3668, XHS 0.4052, overall 0.4096 (dti.md §2.2, [S19]).
    const weights = dtiStructureFor(2020)?.pillars.map((p) => p.weight ?? Number.NaN) ?? [];
    const computed = [0.4449, 0.3668, 0.4052].reduce(
      (sum, v, i) => sum + v * (weights[i] ?? Number.NaN),
      0,
    );
    expect(Math.abs(computed - 0.4096)).toBeLessThanOrEqual(1e-4);
  });
});
