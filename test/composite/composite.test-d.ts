import { describe, expectTypeOf, it } from 'vitest';
import { compositeIndex, compositeIndexColumns } from '../../src/composite/composite.js';
import type { CompositeResult, CompositeRow } from '../../src/composite/composite-types.js';
import type { FrameworkNode } from '../../src/model/framework-node.js';

// Rows as users declare them: interfaces (no index signature), readonly, with missing values.
interface Row {
  readonly online: number;
  readonly signed: number | null;
}
const framework: FrameworkNode = { id: 'dx', children: ['online', 'signed'] };

describe('compositeIndex accepts what users write', () => {
  it('takes rows declared as an interface, in a record or a Map', () => {
    const rows: Record<string, Row> = { '48': { online: 90, signed: 98 } };
    const map: ReadonlyMap<string, Row> = new Map([['48', { online: 90, signed: null }]]);
    expectTypeOf(compositeIndex(rows, framework)).toEqualTypeOf<CompositeResult[]>();
    expectTypeOf(compositeIndex(map, framework)).toEqualTypeOf<CompositeResult[]>();
    expectTypeOf(compositeIndexColumns(rows, framework).units).toEqualTypeOf<readonly string[]>();
  });

  it('takes deeply readonly data and columns', () => {
    const frozen = { a: { online: 1, signed: 2 } } as const;
    expectTypeOf(compositeIndex(frozen, framework)).toEqualTypeOf<CompositeResult[]>();
    const columns = compositeIndex(
      { kind: 'columns', units: ['a'], columns: { online: new Float64Array([1]) } },
      framework,
    );
    expectTypeOf(columns).toEqualTypeOf<CompositeResult[]>();
  });

  it('refuses rows whose values are not numbers', () => {
    interface Wrong {
      readonly online: string;
    }
    const rows: Record<string, Wrong> = { a: { online: '90' } };
    // @ts-expect-error a text value is not an indicator value
    compositeIndex(rows, framework);
    expectTypeOf<CompositeRow<Row>>().toEqualTypeOf<{
      readonly online: number | null | undefined;
      readonly signed: number | null | undefined;
    }>();
  });

  it('points a misspelled normalisation kind at the kind, not at String.prototype.normalize', () => {
    const node: FrameworkNode = {
      id: 'dx',
      // @ts-expect-error 'minmax' is not a kind ("Did you mean 'min-max'?")
      children: [{ id: 'online', normalize: { kind: 'minmax' } }],
    };
    expectTypeOf(node.id).toEqualTypeOf<string>();
  });
});
