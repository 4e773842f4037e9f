import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ambiguousCommune,
  currentFormOf,
  findCommune,
  readQuery,
} from '../../src/communes/find.js';
import { communesAt, getCommune } from '../../src/communes/lookup.js';
import { DxError } from '../../src/errors.js';

const caught = (call: () => unknown): DxError | undefined => {
  try {
    call();
  } catch (error) {
    if (error instanceof DxError) return error;
    throw error;
  }
  return undefined;
};

describe('findCommune', () => {
  it('reads names as people type them', () => {
    for (const query of [
      'Phường Ba Đình',
      'phuong ba dinh',
      'P. Ba Dinh',
      'P.Ba Đình',
      'BA ĐÌNH',
      'ba  dinh',
    ])
      expect(findCommune(query, { province: 'Hà Nội' })?.code, query).toBe('00004');
  });

  it('reads numbered wards as Phường 1, P1, P.01 and F1 (Quận 5 of 30 June 2025)', () => {
    const at = '2025-06-30';
    const ward1 = communesAt(at).find(
      (u) => u.name === 'Phường 1' && u.district?.name === 'Quận 5',
    );
    // Without a district Phường 1 fits many wards of the city: ambiguous, with every candidate.
    const error = caught(() => findCommune('P1', { province: '79', at }));
    expect(error?.code).toBe('AMBIGUOUS_COMMUNE');
    expect(error?.issues.map((issue) => issue.path[1])).toContain(ward1?.code);
    for (const query of ['Phường 1', 'P1', 'P.01', 'F1', 'phuong 01'])
      expect(caught(() => findCommune(query, { province: '79', at }))?.code).toBe(
        'AMBIGUOUS_COMMUNE',
      );
  });

  it('finds a unit by a former name, after every current name', () => {
    expect(findCommune('Phường Trúc Bạch', { province: '01' })?.name).toBe('Phường Ba Đình');
    expect(findCommune('Xã Trảng Bom', { province: '75', at: '2026-05-01' })?.name).toBe(
      'Phường Trảng Bom',
    );
    // Đa Kao was split: its former name fits two units.
    expect(caught(() => findCommune('Đa Kao', { province: '79' }))?.code).toBe('AMBIGUOUS_COMMUNE');
  });

  it('tells apart names that fold alike when the query has the marks', () => {
    expect(findCommune('Xã Văn Lăng', { province: '19' })?.code).toBe('05665');
    expect(findCommune('Xã Văn Lang', { province: '19' })?.code).toBe('02143');
    expect(caught(() => findCommune('Xa Van Lang', { province: '19' }))?.code).toBe(
      'AMBIGUOUS_COMMUNE',
    );
  });

  it('takes a code, and never guesses', () => {
    expect(findCommune('00004')?.name).toBe('Phường Ba Đình');
    expect(findCommune('00004', { province: '79' })).toBeUndefined();
    expect(findCommune('Nowhere at all', { province: '01' })).toBeUndefined();
    expect(findCommune('')).toBeUndefined();
  });

  it('refuses bad arguments', () => {
    expect(caught(() => findCommune(1 as unknown as string))?.code).toBe('INVALID_ARGUMENT');
    expect(caught(() => findCommune('Ba Đình', { province: 'Atlantis' }))?.code).toBe(
      'UNKNOWN_PROVINCE',
    );
    expect(caught(() => findCommune('Ba Đình', { province: 'QN', at: '2025-06-30' }))?.code).toBe(
      'AMBIGUOUS_PROVINCE',
    );
    expect(caught(() => findCommune('Ba Đình', { at: '1970-01-01' }))?.code).toBe('INVALID_DATE');
    expect(caught(() => findCommune('Ba Đình', { provice: '01' } as never))?.code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('finds every unit of 1 July 2025 by its own name in its province (property)', () => {
    const units = communesAt('2025-07-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: units.length - 1 }), (i) => {
        const unit = units[i];
        if (!unit) return;
        expect(findCommune(unit.name, { province: unit.province })?.code).toBe(unit.code);
        expect(findCommune(getCommune(unit.code).name, { province: unit.province })).toBe(unit);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readQuery', () => {
  it('separates the type word from the name', () => {
    expect(readQuery('TT. Hà Long')).toEqual({
      key: 'halong',
      spaced: 'ha long',
      kind: 'township',
    });
    expect(readQuery('Đặc khu Phú Quốc').kind).toBe('special-zone');
    expect(readQuery('Phú Quốc').kind).toBeUndefined();
  });
});

describe('currentFormOf', () => {
  it('gives the unit a record became: renamed in its era, or its successors', () => {
    const truc = getCommune('00004', { at: '2025-06-30' });
    expect(currentFormOf(truc, '2025-07-01').map((u) => u.name)).toEqual(['Phường Ba Đình']);
    expect(currentFormOf(truc, '2025-05-01')).toEqual([truc]);
  });
});

describe('ambiguousCommune', () => {
  it('lists every candidate in issues', () => {
    const units = [getCommune('00004'), getCommune('00097')];
    const error = ambiguousCommune('x', '2025-07-01', units);
    expect(error.issues.map((i) => i.path)).toEqual([
      ['candidates', '00004'],
      ['candidates', '00097'],
    ]);
  });
});
