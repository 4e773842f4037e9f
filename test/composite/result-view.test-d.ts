import { describe, expectTypeOf, it } from 'vitest';
import {
  type CompositeIndexResult,
  compositeIndex,
  compositeIndexColumns,
  effectiveWeights,
  type RankSensitivity,
  rankSensitivity,
  type SobolIndices,
  scoreToReach,
  sobolIndices,
  strengthsWeaknesses,
  type WeightSet,
} from '../../src/index.js';

describe('composite results as the readers take them', () => {
  it('takes both forms of result, and the plain forms', () => {
    const data = { a: { x: 1 }, b: { x: 2 } };
    const rows = compositeIndex(data, 'x');
    const columns = compositeIndexColumns(data, 'x');
    expectTypeOf(rows).toExtend<CompositeIndexResult>();
    expectTypeOf(columns).toExtend<CompositeIndexResult>();
    expectTypeOf(strengthsWeaknesses).toBeCallableWith(rows, 'a');
    expectTypeOf(strengthsWeaknesses).toBeCallableWith(columns, 'a');
    expectTypeOf(scoreToReach).toBeCallableWith(rows, 'a', 1);
    expectTypeOf(scoreToReach).toBeCallableWith({ a: 1, b: null }, 'a', 1);
    // @ts-expect-error: a bare array of scores is not a result
    scoreToReach([1, 2], 'a', 1);
  });

  it('names results for their functions, and keyed results are records', () => {
    expectTypeOf(effectiveWeights('x')).toEqualTypeOf<WeightSet>();
    expectTypeOf(sobolIndices).returns.toEqualTypeOf<SobolIndices>();
    expectTypeOf(rankSensitivity).returns.toEqualTypeOf<RankSensitivity>();
  });
});
