import { describe, expect, it } from 'vitest';
import { closestIndicator, findIndicator, INDICATORS } from '../../src/framework.js';
import { isDxError } from '../../src/index.js';

const SHARE = 'gov.dossiers.online-share';
const mine = Object.freeze([
  { id: 'a.parks', label: { vi: 'Công viên', en: 'Parks' }, colour: 'green' },
  { id: 'b.parks', label: { vi: 'Công viên', en: 'Green spaces' }, colour: 'blue' },
]);

describe('findIndicator', () => {
  it('finds a catalogue indicator by id or by either label, folded', () => {
    for (const text of [SHARE, 'Tỷ lệ hồ sơ trực tuyến', 'ty le ho so truc tuyen'])
      expect(findIndicator(text)).toBe(INDICATORS.find((i) => i.id === SHARE));
    expect(findIndicator('hồ sơ')).toBeUndefined();
    expect(findIndicator('')).toBeUndefined();
  });

  it('looks in a list of one’s own, giving back its own objects', () => {
    expect(findIndicator('green spaces', { indicators: mine })?.colour).toBe('blue');
    expect(findIndicator(SHARE, { indicators: mine })).toBeUndefined();
  });

  it('refuses a label two indicators share, naming both', () => {
    let thrown: unknown;
    try {
      findIndicator('cong vien', { indicators: mine });
    } catch (error) {
      thrown = error;
    }
    expect(isDxError(thrown, 'INVALID_ARGUMENT')).toBe(true);
    expect((thrown as Error).message).toBe(
      'text: "cong vien" is the label of 2 indicators ("a.parks", "b.parks"); write the id of the one meant.',
    );
    expect((thrown as { issues: unknown[] }).issues[0]).toMatchObject({
      candidates: ['a.parks', 'b.parks'],
      key: 'ambiguous-indicator',
      expected: 'the name of one indicator',
      received: '"cong vien"',
    });
  });

  it('refuses a bad text, options or list', () => {
    expect(() => findIndicator(1 as unknown as string)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'text: expected an indicator id or label, got 1.',
      }),
    );
    expect(() => findIndicator('x', { ids: [] } as never)).toThrow(/options/);
    expect(() => findIndicator('x', null as never)).toThrow(/^options: expected an object/);
    expect(() => findIndicator('x', { indicators: ['x'] as never })).toThrow(
      /^options\.indicators\[0\]: expected \{ id, label: \{ vi, en \} \}/,
    );
  });
});

describe('findIndicator on a list that changes', () => {
  it('reads a list that is not frozen afresh on every call', () => {
    const list = [{ id: 'a.parks', label: { vi: 'Công viên', en: 'Parks' } }];
    expect(findIndicator('parks', { indicators: list })?.id).toBe('a.parks');
    list.push({ id: 'b.lakes', label: { vi: 'Hồ', en: 'Lakes' } });
    expect(findIndicator('lakes', { indicators: list })?.id).toBe('b.lakes');
    expect(closestIndicator('lake', { indicators: list })?.id).toBe('b.lakes');
  });
});

describe('closestIndicator', () => {
  it('gives the indicator a near miss means, the named one, or none', () => {
    expect(closestIndicator('ty le ho so truc tuyn')?.id).toBe(SHARE);
    expect(closestIndicator('gov.dosiers.online-share')?.id).toBe(SHARE);
    expect(closestIndicator(SHARE)?.id).toBe(SHARE);
    expect(closestIndicator('zzzz')).toBeUndefined();
    expect(closestIndicator('parkz', { indicators: mine })?.id).toBe('a.parks');
    expect(closestIndicator('cong vien', { indicators: mine })).toBeUndefined();
  });
});
