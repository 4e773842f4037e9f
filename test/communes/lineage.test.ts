import { describe, expect, it } from 'vitest';
import {
  communePredecessors,
  communeSuccessors,
  currentFormOf,
} from '../../src/communes/lineage.js';
import { communesAt, getCommune } from '../../src/communes/lookup.js';
import { DxError } from '../../src/errors.js';

const thrown = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof DxError ? error.code : String(error);
  }
  return 'returned';
};

describe('communeSuccessors and communePredecessors', () => {
  it('follow the resolutions: Trúc Bạch went whole into Ba Đình, Đa Kao was split (1685 khoản 1, 2)', () => {
    expect(communeSuccessors('00004').map((l) => [l.commune.name, l.whole])).toEqual([
      ['Phường Ba Đình', true],
    ]);
    const daKao = communesAt('2025-06-30').find((u) => u.name === 'Phường Đa Kao');
    const parts = communeSuccessors(daKao?.code ?? '').map((l) => [l.commune.name, l.whole]);
    expect(parts).toEqual(
      expect.arrayContaining([
        ['Phường Sài Gòn', false],
        ['Phường Tân Định', false],
      ]),
    );
    const ba = communePredecessors('00004').map((l) => l.commune.name);
    expect(ba).toEqual(expect.arrayContaining(['Phường Trúc Bạch', 'Phường Quán Thánh']));
  });

  it('link every unit of 1 July 2025 to something of 30 June 2025, and every old unit onwards', () => {
    const orphans = communesAt('2025-07-01').filter(
      (u) => communePredecessors(u.code).length === 0,
    );
    // Five special zones came from island districts without communes (formerDistricts).
    expect(orphans.every((u) => u.kind === 'special-zone')).toBe(true);
    const lost = communesAt('2025-06-30').filter((u) => communeSuccessors(u.code).length === 0);
    expect(lost).toEqual([]);
  });

  it('say whole exactly when an old unit has one successor', () => {
    for (const old of communesAt('2025-06-30').slice(0, 2000)) {
      const links = communeSuccessors(old.code);
      expect(links.every((l) => l.whole === (links.length === 1))).toBe(true);
    }
  });

  it('are inverse to each other', () => {
    for (const unit of communesAt('2025-07-01').slice(0, 300)) {
      for (const link of communePredecessors(unit.code)) {
        const back = communeSuccessors(link.commune.code).find((l) => l.commune.code === unit.code);
        expect(back?.whole).toBe(link.whole);
      }
    }
  });

  it('refuse a code of the wrong era or shape', () => {
    const current = new Set(communesAt('2025-07-01').map((u) => u.code));
    const onlyOld = communesAt('2025-06-30').find((u) => !current.has(u.code));
    expect(thrown(() => communeSuccessors('99999'))).toBe('UNKNOWN_COMMUNE');
    expect(thrown(() => communePredecessors(onlyOld?.code ?? ''))).toBe('UNKNOWN_COMMUNE');
    expect(thrown(() => communeSuccessors('1'))).toBe('INVALID_ARGUMENT');
    expect(thrown(() => communePredecessors(null as unknown as string))).toBe('INVALID_ARGUMENT');
  });
});

describe('currentFormOf', () => {
  it('gives the unit a record became: renamed in its era, or its successors', () => {
    const truc = getCommune('00004', { at: '2025-06-30' });
    expect(currentFormOf(truc, '2025-07-01').map((u) => u.name)).toEqual(['Phường Ba Đình']);
    expect(currentFormOf(truc, '2025-05-01')).toEqual([truc]);
  });
});

describe('currentFormOf, a split unit whose code lives on', () => {
  it('gives every part of Ngọc Khánh, not only Giảng Võ, which kept its code 00025', () => {
    // The new Giảng Võ took code 00025 on 1 July 2025: a unit of the new era, not Ngọc Khánh renamed.
    const ngocKhanh = getCommune('00025', { at: '2025-06-30' });
    expect(ngocKhanh.name).toBe('Phường Ngọc Khánh');
    expect(currentFormOf(ngocKhanh, '2025-07-01').map((u) => u.code)).toEqual([
      '00008',
      '00025',
      '00199',
    ]);
  });
});
