import { describe, expect, it } from 'vitest';
import {
  IndicatorDefinitionSchema,
  IndicatorIdSchema,
  UnitSchema,
} from '../../src/model/indicator.js';

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

describe('IndicatorDefinitionSchema', () => {
  it('accepts a ratio with both counts, and bounds in order', () => {
    expect(IndicatorDefinitionSchema.safeParse(indicator).success).toBe(true);
    const { denominator: _, ...half } = indicator;
    const result = IndicatorDefinitionSchema.safeParse(half);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'denominator',
    ]);
    const bounds = IndicatorDefinitionSchema.safeParse({
      ...indicator,
      bounds: { min: 5, max: 1 },
    });
    expect(bounds.success ? [] : bounds.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'bounds',
    ]);
    expect(
      IndicatorDefinitionSchema.safeParse({ ...indicator, bounds: { min: 1, max: 1 } }).success,
    ).toBe(true);
    expect(IndicatorDefinitionSchema.safeParse({ ...indicator, bounds: {} }).success).toBe(true);
    // One bound alone has nothing to be out of order with.
    expect(
      IndicatorDefinitionSchema.safeParse({ ...indicator, bounds: { max: 100 } }).success,
    ).toBe(true);
    expect(IndicatorDefinitionSchema.safeParse({ ...indicator, bounds: { min: 0 } }).success).toBe(
      true,
    );
  });
});

describe('IndicatorIdSchema, UnitSchema', () => {
  it('read dotted ids with a pillar prefix', () => {
    expect(IndicatorIdSchema.safeParse('soc.a-b.c2').success).toBe(true);
    for (const bad of ['Gov.x', 'misc.x', 'gov', 'gov.', 'gov.a--b', 'gov.a.'])
      expect(IndicatorIdSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('list the vocabularies', () => {
    expect(UnitSchema.options).toEqual([
      'percent',
      'count',
      'per100',
      'vnd',
      'rank',
      'index',
      'days',
      'hours',
    ]);
  });
});
