import { describe, expect, it } from 'vitest';
import { dtiStructureFor } from '../../src/framework/dti-query.js';

describe('dtiStructureFor', () => {
  it('returns undefined for editions not covered', () => {
    expect(dtiStructureFor(2019)).toBeUndefined();
    expect(dtiStructureFor(2025)).toBeUndefined();
  });

  it.each([[2022.5], [Number.NaN], ['2022'], [null]])('throws INVALID_ARGUMENT for %j', (input) => {
    expect(() => dtiStructureFor(input as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('rejects an unknown level', () => {
    expect(() => dtiStructureFor(2024, 'district' as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: `level: expected 'province', 'ministry' or 'nation', got "district".`,
      }),
    );
    expect(() => dtiStructureFor(1899)).toThrowError(
      expect.objectContaining({
        message: 'edition: expected an integer from 1900 to 2100, got 1899.',
      }),
    );
  });

  it('finds the scheme of each edition and level', () => {
    expect(dtiStructureFor(2020)?.decision).toBe('1726/QĐ-BTTTT');
    expect(dtiStructureFor(2023)?.decision).toBe('922/QĐ-BTTTT');
    expect(dtiStructureFor(2024)?.level).toBe('province');
    expect(dtiStructureFor(2024, 'ministry')?.level).toBe('ministry');
    expect(dtiStructureFor(2022, 'nation')).toBeUndefined();
    expect(dtiStructureFor(1900)).toBeUndefined();
    expect(() => dtiStructureFor(1899)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
