import { describe, expect, it } from 'vitest';
import { IndicatorDefinitionSchema, IndicatorIdSchema } from '../../src/model/indicator.js';
import { DatePeriodSchema, PeriodSchema } from '../../src/model/period.js';
import { PILLARS } from '../../src/model/pillar.js';
import { QUALIFIERS } from '../../src/model/qualifier.js';
import { RankingEntrySchema } from '../../src/model/ranking.js';
import { PartialDateSchema, RecordIdSchema } from '../../src/model/source.js';
import { TargetSchema } from '../../src/model/target.js';

const indicator = {
  id: 'gov.edocs.outgoing-signed-share',
  pillar: 'government',
  label: { vi: 'Tỷ lệ văn bản đi được ký số', en: 'Share of outgoing documents digitally signed' },
  unit: 'percent',
  direction: 'higher-is-better',
  bounds: { min: 0, max: 100 },
  numerator: 'gov.edocs.outgoing-signed.count',
  denominator: 'gov.edocs.outgoing.count',
  legalBasis: [],
};

describe('schemas', () => {
  it('accept valid periods and reject impossible dates', () => {
    expect(DatePeriodSchema.safeParse({ kind: 'date', date: '2024-02-29' }).success).toBe(true);
    expect(DatePeriodSchema.safeParse({ kind: 'date', date: '2023-02-29' }).success).toBe(false);
    expect(PeriodSchema.safeParse({ kind: 'half', year: 2021, half: 3 }).success).toBe(false);
    expect(
      PeriodSchema.safeParse({
        kind: 'range',
        from: { kind: 'year', year: 2021 },
        to: { kind: 'range' },
      }).success,
    ).toBe(false);
  });

  it('check indicator definitions', () => {
    expect(IndicatorDefinitionSchema.safeParse(indicator).success).toBe(true);
    const { denominator: _, ...half } = indicator;
    expect(IndicatorDefinitionSchema.safeParse(half).success).toBe(false);
    expect(
      IndicatorDefinitionSchema.safeParse({ ...indicator, bounds: { min: 5, max: 1 } }).success,
    ).toBe(false);
    expect(IndicatorIdSchema.safeParse('Gov.x').success).toBe(false);
    expect(IndicatorIdSchema.safeParse('misc.x').success).toBe(false);
    expect(IndicatorIdSchema.safeParse('soc.a-b.c2').success).toBe(true);
  });

  it('check targets and rankings', () => {
    const target = {
      id: 't',
      scope: '49',
      indicator: 'dti.overall.rank',
      comparator: 'topN',
      value: 20,
      deadline: { kind: 'year', year: 2025 },
      verified: true,
    };
    expect(TargetSchema.safeParse(target).success).toBe(true);
    expect(TargetSchema.safeParse({ ...target, value: 0 }).success).toBe(false);
    expect(TargetSchema.safeParse({ ...target, value: 2.5 }).success).toBe(false);
    const entry = {
      index: 'DTI',
      edition: 2021,
      province: '93',
      rank: 17,
      of: 63,
      scope: 'national',
      source: { source: 'hg' },
    };
    expect(RankingEntrySchema.safeParse(entry).success).toBe(true);
    expect(RankingEntrySchema.safeParse({ ...entry, rank: 64 }).success).toBe(false);
    expect(RankingEntrySchema.safeParse({ ...entry, scope: 'atlantis' }).success).toBe(false);
    expect(
      RankingEntrySchema.safeParse({
        ...entry,
        source: { url: 'https://dti.gov.vn/xep-hang-2022' },
      }).success,
    ).toBe(true);
  });

  it('check ids and partial dates', () => {
    expect(RecordIdSchema.safeParse('qn-viettimes-2023-04').success).toBe(true);
    expect(RecordIdSchema.safeParse('QN').success).toBe(false);
    for (const ok of ['2021', '2021-12', '2021-12-03'])
      expect(PartialDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['2021-13', '21-12', '2021-12-32'])
      expect(PartialDateSchema.safeParse(bad).success).toBe(false);
  });

  it('ship frozen vocabularies', () => {
    expect(QUALIFIERS).toEqual(['exact', 'approx', 'over', 'atLeast', 'under', 'atMost']);
    expect(Object.isFrozen(QUALIFIERS)).toBe(true);
    expect(PILLARS.map((p) => p.id)).toEqual(['government', 'economy', 'society', 'foundation']);
    expect(Object.isFrozen(PILLARS[0]?.name)).toBe(true);
  });
});
