import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type CompositeColumnsResult,
  type CompositeData,
  type CompositeResult,
  compositeIndex,
  compositeIndexColumns,
  type Direction,
  type DxErrorCode,
  findProvince,
  getProvince,
  type Observation,
  type ObservationSchema,
  type Period,
  type Province,
  parsePeriod,
  parseQuantity,
  type Qualifier,
  type SafeResult,
  safeParseObservation,
} from '../src/index.js';

describe('public types', () => {
  it('infers Observation from ObservationSchema', () => {
    expectTypeOf<Observation>().toEqualTypeOf<z.infer<typeof ObservationSchema>>();
    expectTypeOf<Observation['qualifier']>().toEqualTypeOf<Qualifier>();
    expectTypeOf<Observation['province']>().toEqualTypeOf<string>();
  });

  it('makes Period a discriminated union', () => {
    expectTypeOf<Period['kind']>().toEqualTypeOf<
      'year' | 'half' | 'quarter' | 'month' | 'date' | 'range'
    >();
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Period>();
  });

  it('types lookups', () => {
    expectTypeOf(findProvince).returns.toEqualTypeOf<Province | undefined>();
    expectTypeOf(getProvince).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<Province['kind']>().toEqualTypeOf<'province' | 'municipality'>();
  });

  it('types quantities and results', () => {
    expectTypeOf(parseQuantity('1')).toHaveProperty('qualifier').toEqualTypeOf<Qualifier>();
    expectTypeOf(safeParseObservation).returns.toEqualTypeOf<SafeResult<Observation>>();
    expectTypeOf<Direction>().toEqualTypeOf<'higher-is-better' | 'lower-is-better'>();
    expectTypeOf<'NOT_A_CODE'>().not.toExtend<DxErrorCode>();
  });
});

describe('composite index types', () => {
  it('returns one result per unit, or aligned columns', () => {
    expectTypeOf(compositeIndex).returns.toEqualTypeOf<CompositeResult[]>();
    expectTypeOf(compositeIndexColumns).returns.toEqualTypeOf<CompositeColumnsResult>();
    expectTypeOf<CompositeColumnsResult['scores']>().toEqualTypeOf<readonly (number | null)[]>();
    expectTypeOf<CompositeColumnsResult['nodes']>().toEqualTypeOf<
      Readonly<Record<string, readonly (number | null)[]>>
    >();
    expectTypeOf<CompositeResult['rank']>().toEqualTypeOf<number | null>();
  });

  it('accepts records, maps and typed columns as data', () => {
    expectTypeOf<{ a: { x: 1; y: null } }>().toExtend<CompositeData>();
    expectTypeOf<Map<string, { x: number }>>().toExtend<CompositeData>();
    expectTypeOf<{
      kind: 'columns';
      units: string[];
      columns: { x: Float64Array; y: (number | null)[] };
    }>().toExtend<CompositeData>();
    expectTypeOf<{ kind: 'columns'; units: string[] }>().not.toExtend<CompositeData>();
  });
});

describe('period types match their schemas', () => {
  it('infers each variant as its named interface', async () => {
    const schemas = await import('../src/model/period.js');
    expectTypeOf<z.infer<typeof schemas.YearPeriodSchema>>().toEqualTypeOf<
      import('../src/model/period.js').YearPeriod
    >();
    expectTypeOf<z.infer<typeof schemas.HalfPeriodSchema>>().toEqualTypeOf<
      import('../src/model/period.js').HalfPeriod
    >();
    expectTypeOf<z.infer<typeof schemas.QuarterPeriodSchema>>().toEqualTypeOf<
      import('../src/model/period.js').QuarterPeriod
    >();
    expectTypeOf<z.infer<typeof schemas.MonthPeriodSchema>>().toEqualTypeOf<
      import('../src/model/period.js').MonthPeriod
    >();
    expectTypeOf<z.infer<typeof schemas.DatePeriodSchema>>().toEqualTypeOf<
      import('../src/model/period.js').DatePeriod
    >();
    expectTypeOf<z.infer<typeof schemas.RangePeriodSchema>>().toEqualTypeOf<
      import('../src/model/period.js').RangePeriod
    >();
  });
});
