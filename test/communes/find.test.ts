import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ambiguousCommune,
  findCommune,
  findFormerCommune,
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

  it('finds a unit by an earlier name of the two-tier system (Trảng Bom, 2026)', () => {
    expect(findCommune('Xã Trảng Bom', { province: '75', at: '2026-05-01' })?.name).toBe(
      'Phường Trảng Bom',
    );
    expect(findCommune('Phường Trảng Bom', { province: '75', at: '2025-07-01' })?.name).toBe(
      'Xã Trảng Bom',
    );
  });

  it('holds the two-tier units only: old names are for findFormerCommune', () => {
    expect(findCommune('Phường Trúc Bạch', { province: '01' })).toBeUndefined();
    expect(caught(() => findCommune('Trúc Bạch', { at: '2025-06-30' }))?.code).toBe('INVALID_DATE');
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
    expect(caught(() => findCommune('Ba Đình', { province: 'QN' }))?.code).toBe(
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
        const now = getCommune(unit.code);
        expect(findCommune(now.name, { province: unit.province })).toBe(now);
        expect(findCommune(unit.name, { province: unit.province, at: '2025-07-01' })).toBe(unit);
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

describe('findFormerCommune', () => {
  it('reads numbered wards as Phường 1, P1, P.01 and F1, in a district (Quận 5 of 30 June 2025)', () => {
    const ward1 = communesAt('2025-06-30').find(
      (u) => u.name === 'Phường 1' && u.district?.name === 'Quận 5',
    );
    for (const query of ['Phường 1', 'P1', 'P.01', 'F1', 'phuong 01'])
      for (const district of ['Quận 5', 'Q.5', 'quan 5', ward1?.district?.code ?? ''])
        expect(findFormerCommune(query, { province: 'TP.HCM', district })?.code, query).toBe(
          ward1?.code,
        );
    // Without a district Phường 1 fits many wards of the city: ambiguous, with every candidate.
    const error = caught(() => findFormerCommune('P1', { province: '79' }));
    expect(error?.code).toBe('AMBIGUOUS_COMMUNE');
    expect(error?.issues.map((issue) => issue.path[1])).toContain(ward1?.code);
  });

  it('finds the units of 30 June 2025 by name and code', () => {
    expect(findFormerCommune('Trúc Bạch', { province: 'Hà Nội' })?.code).toBe('00004');
    expect(findFormerCommune('00004')?.name).toBe('Phường Trúc Bạch');
    expect(findFormerCommune('Phường Sài Gòn', { province: '79' })).toBeUndefined();
  });

  it('reads another spelling of a name (an alias) when no name fits (issue #26)', () => {
    // The catalogue writes Xà Phìn; a second source and the resolution write Sà Phìn.
    expect(findFormerCommune('Xã Sà Phìn', { province: '02' })?.code).toBe('00736');
    expect(findFormerCommune('sa phin', { province: 'Hà Giang' })?.code).toBe('00736');
    expect(findFormerCommune('Xã Xà Phìn', { province: '02' })?.code).toBe('00736');
    // Every alias of a unit of 30 June 2025 finds the unit, or names it among the candidates.
    const withAliases = communesAt('2025-06-30').filter((unit) => 'aliases' in unit);
    expect(withAliases.length).toBeGreaterThan(100);
    for (const unit of withAliases) {
      for (const alias of (unit as { aliases: readonly string[] }).aliases) {
        const options = { province: unit.province, district: unit.district?.code ?? '' };
        let found: string | undefined;
        try {
          found = findFormerCommune(alias, options)?.code;
        } catch (error) {
          if (!(error instanceof DxError && error.code === 'AMBIGUOUS_COMMUNE')) throw error;
          found = error.issues.some((issue) => issue.path[1] === unit.code) ? unit.code : undefined;
        }
        expect(found, alias).toBeDefined();
      }
    }
  });

  it('refuses days of the two-tier system and bad districts', () => {
    expect(caught(() => findFormerCommune('Trúc Bạch', { at: '2025-07-01' }))?.code).toBe(
      'INVALID_DATE',
    );
    expect(caught(() => findFormerCommune('P1', { district: 5 as never }))?.code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('finds every unit of 30 June 2025 by its name in its district (property)', () => {
    const units = communesAt('2025-06-30');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: units.length - 1 }), (i) => {
        const unit = units[i];
        if (!unit) return;
        const found = findFormerCommune(unit.name, {
          province: unit.province,
          district: unit.district?.code ?? '',
        });
        expect(found?.code).toBe(unit.code);
      }),
      { numRuns: 300 },
    );
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
