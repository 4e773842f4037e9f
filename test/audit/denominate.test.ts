import { describe, expect, it } from 'vitest';
import { denominate } from '../../src/audit/denominate.js';

function rejects(run: () => unknown, code: string, message: string): void {
  expect(run).toThrowError(expect.objectContaining({ name: 'DxError', code, message }));
}

describe('denominate', () => {
  it('divides by the denominator and scales; a missing side gives null', () => {
    expect(denominate([10, 20, null, 5], [2, 4, 1, null])).toEqual([5, 5, null, null]);
    expect(denominate([1], [4], { scale: 1000 })).toEqual([250]);
  });

  it('refuses a denominator ≤ 0, mismatched lengths and a bad scale', () => {
    rejects(
      () => denominate([1, 2], [1, 0]),
      'INVALID_ARGUMENT',
      'denominators[1]: expected a number > 0, got 0.',
    );
    rejects(
      () => denominate([1, 2], [1]),
      'LENGTH_MISMATCH',
      'denominators: expected 2 denominators, one per value, got 1.',
    );
    rejects(
      () => denominate([1], [1], { scale: 0 }),
      'INVALID_NUMBER',
      'options.scale: expected a finite number > 0, got 0.',
    );
    rejects(
      () => denominate([1], [Number.POSITIVE_INFINITY]),
      'INVALID_NUMBER',
      'denominators[0]: expected a finite number, got Infinity.',
    );
    rejects(
      () => denominate([1e300], [1e-300]),
      'INVALID_NUMBER',
      'values[0]: the share overflows; lower the scale.',
    );
  });
});

describe('denominate: messages', () => {
  it('names its arguments', () => {
    rejects(
      () => denominate([1], [1], 3 as never),
      'INVALID_ARGUMENT',
      'options: expected an object like { scale: 1000 }, got 3.',
    );
    rejects(
      () => denominate([1], [1], { per: 100 } as never),
      'INVALID_ARGUMENT',
      'options.per: not an option here; expected scale.',
    );
    rejects(
      () => denominate([Number.NaN], [1]),
      'INVALID_NUMBER',
      'values[0]: expected a finite number, got NaN.',
    );
    expect(denominate([], [])).toEqual([]);
  });
});
