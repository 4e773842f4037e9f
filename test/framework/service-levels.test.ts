import { describe, expect, it } from 'vitest';
import {
  SERVICE_LEVELS,
  ServiceLevelSchema,
  serviceLevelsAt,
} from '../../src/framework/service-levels.js';
import { validate } from '../../src/model/validate.js';

describe('SERVICE_LEVELS', () => {
  it('validates every level against ServiceLevelSchema', () => {
    for (const level of SERVICE_LEVELS) {
      expect(() => validate(ServiceLevelSchema, level, level.id)).not.toThrow();
    }
  });

  it('has unique ids: four levels of 43/2011, two classes of 42/2022', () => {
    expect(new Set(SERVICE_LEVELS.map((l) => l.id)).size).toBe(SERVICE_LEVELS.length);
    const by = (scheme: string) => SERVICE_LEVELS.filter((l) => l.scheme === scheme);
    expect(by('decree-43-2011').map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(by('decree-42-2022').map((l) => l.id)).toEqual(['full-process', 'partial']);
    for (const level of by('decree-43-2011')) {
      expect(level.decree).toBe('43/2011/NĐ-CP');
      expect(level.validFrom).toBeNull();
      expect(level.validTo).toBe('2022-08-14');
      expect(level.legacyEquivalent).toBeNull();
    }
    for (const level of by('decree-42-2022')) {
      expect(level.decree).toBe('42/2022/NĐ-CP');
      expect(level.validFrom).toBe('2022-08-15');
      expect(level.validTo).toBeNull();
      expect(level.level).toBeNull();
      expect(level.legacyEquivalent?.verified).toBe(false);
    }
  });

  it('leaves no gap between the schemes', () => {
    const end = new Date(`${SERVICE_LEVELS[0]?.validTo}T00:00:00Z`);
    const start = new Date(`${SERVICE_LEVELS[4]?.validFrom}T00:00:00Z`);
    expect(start.getTime() - end.getTime()).toBe(86_400_000);
  });

  it('rejects a legacy equivalent marked verified', () => {
    const partial = SERVICE_LEVELS[5];
    const bad = { ...partial, legacyEquivalent: { level: 3, verified: true, note: 'x' } };
    expect(() => validate(ServiceLevelSchema, bad)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(SERVICE_LEVELS)).toBe(true);
    for (const level of SERVICE_LEVELS) {
      expect(Object.isFrozen(level)).toBe(true);
      expect(Object.isFrozen(level.label)).toBe(true);
      expect(Object.isFrozen(level.sources)).toBe(true);
      if (level.legacyEquivalent) expect(Object.isFrozen(level.legacyEquivalent)).toBe(true);
    }
  });
});

describe('serviceLevelsAt', () => {
  it.each([
    ['2011-06-12', []],
    ['2011-06-13', ['level-1', 'level-2', 'level-3', 'level-4']],
    ['2020-01-01', ['level-1', 'level-2', 'level-3', 'level-4']],
    ['2022-08-14', ['level-1', 'level-2', 'level-3', 'level-4']],
    ['2022-08-15', ['full-process', 'partial']],
    ['2026-01-01T09:00:00', ['full-process', 'partial']],
  ])('%s → %j', (day, ids) => {
    expect(serviceLevelsAt(day).map((l) => l.id)).toEqual(ids);
  });

  it('accepts a Date, read in local time', () => {
    expect(serviceLevelsAt(new Date(2022, 7, 14, 23, 59)).length).toBe(4);
    expect(serviceLevelsAt(new Date(2022, 7, 15, 0, 0)).length).toBe(2);
  });

  it('returns frozen arrays of the shared records', () => {
    const levels = serviceLevelsAt('2023-01-01');
    expect(Object.isFrozen(levels)).toBe(true);
    expect(levels[0]).toBe(SERVICE_LEVELS[4]);
    expect(Object.isFrozen(serviceLevelsAt('2000-01-01'))).toBe(true);
  });

  it.each([['2022-02-30'], ['15/08/2022'], [''], [new Date(Number.NaN)], [20220815], [null]])(
    'throws INVALID_DATE for %j',
    (input) => {
      expect(() => serviceLevelsAt(input as never)).toThrowError(
        expect.objectContaining({ code: 'INVALID_DATE' }),
      );
    },
  );

  it('names its argument', () => {
    expect(() => serviceLevelsAt('x')).toThrowError(
      expect.objectContaining({
        message: 'date: expected an ISO date string (YYYY-MM-DD), got "x".',
      }),
    );
  });
});
