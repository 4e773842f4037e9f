import { describe, expect, it } from 'vitest';
import { screenUnits } from '../../src/audit/screen-units.js';
import { compositeIndex } from '../../src/composite/composite.js';

describe('screenUnits', () => {
  const data = new Map([
    ['HN', { a: 1, b: 2, c: 3 }],
    ['HCM', { a: 3, b: null, c: 1 }],
    ['DN', { a: null, b: null, c: 2 }],
  ]);

  it('keeps units with enough data, as columns ready for compositeIndex', () => {
    const screened = screenUnits(data, { minAvailability: 0.6 });
    expect(screened.kept).toEqual(['HN', 'HCM']);
    expect(screened.dropped).toEqual([{ unit: 'DN', availability: 1 / 3 }]);
    expect(screened.data).toEqual({
      kind: 'columns',
      units: ['HN', 'HCM'],
      columns: { a: [1, 3], b: [2, null], c: [3, 1] },
    });
    const index = compositeIndex(screened.data, {
      id: 'i',
      aggregate: { missing: 'reweight' },
      children: ['a', 'b', 'c'],
    });
    expect(index.map((r) => r.unit)).toEqual(['HN', 'HCM']);
  });

  it('counts only the chosen indicators, and checks its threshold', () => {
    expect(screenUnits(data, { minAvailability: 1, indicators: ['c'] }).kept).toEqual([
      'HN',
      'HCM',
      'DN',
    ]);
    expect(screenUnits(data, { minAvailability: 0, indicators: [] }).kept).toEqual([
      'HN',
      'HCM',
      'DN',
    ]);
    expect(() => screenUnits(data, { minAvailability: 1.5 })).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.minAvailability: expected a number from 0 to 1, got 1.5.',
      }),
    );
    expect(() => screenUnits(data, 5 as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options: expected an object like { minAvailability: 0.65 }, got 5.',
      }),
    );
    expect(() => screenUnits(data, { minAvailability: 0.5, x: 1 } as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'options.x: not an option here; expected minAvailability, indicators.',
      }),
    );
  });
});
