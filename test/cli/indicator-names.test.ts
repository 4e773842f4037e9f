import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorNamed, nearestIndicator } from '../../src/cli/indicator-names.js';
import { INDICATORS } from '../../src/framework.js';

describe('indicatorNamed', () => {
  it('finds an indicator by id or by either label, folded, spaces as one', () => {
    for (const text of [
      'gov.dossiers.online-share',
      'Tỷ lệ hồ sơ trực tuyến',
      '  ty le  ho so truc tuyen ',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN',
      'share of administrative dossiers submitted online',
    ])
      expect(indicatorNamed(text, INDICATORS)?.id).toBe('gov.dossiers.online-share');
    expect(indicatorNamed('hồ sơ', INDICATORS)).toBeUndefined();
    expect(indicatorNamed('  ', INDICATORS)).toBeUndefined();
  });

  it('names every catalogue indicator by its own id and labels', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATORS), fc.constantFrom('id', 'vi', 'en'), (i, by) => {
        const text = by === 'id' ? i.id : i.label[by as 'vi' | 'en'];
        const found = indicatorNamed(text, INDICATORS);
        // Two indicators may share a label; the first with it is the one named.
        expect(found === undefined ? undefined : indicatorNamed(found.id, INDICATORS)).toBe(found);
        expect(found).toBeDefined();
      }),
    );
  });
});

describe('nearestIndicator', () => {
  it('suggests the indicator a near miss means, and none for a far one', () => {
    expect(nearestIndicator('ty le ho so truc tuyn', INDICATORS)?.id).toBe(
      'gov.dossiers.online-share',
    );
    expect(nearestIndicator('gov.dosiers.online-share', INDICATORS)?.id).toBe(
      'gov.dossiers.online-share',
    );
    expect(nearestIndicator('zzzz', INDICATORS)).toBeUndefined();
  });
});
