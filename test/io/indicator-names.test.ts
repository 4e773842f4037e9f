import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/framework.js';
import {
  checkIndicatorList,
  idOf,
  indicatorLookup,
  nameKey,
  nearestText,
  unreadName,
} from '../../src/io/indicator-names.js';
import { SEED_INDICATORS } from '../../src/seed.js';

const SHARE = 'gov.dossiers.online-share';
const two = [
  { id: 'a.parks', label: { vi: 'Công viên', en: 'Parks' } },
  { id: 'b.parks', label: { vi: 'Công viên', en: 'Green spaces' } },
];

describe('nameKey', () => {
  it('folds case and diacritics and makes runs of spaces one', () => {
    expect(nameKey('  Tỷ lệ  HỒ SƠ\ttrực tuyến ')).toBe('ty le ho so truc tuyen');
  });
});

describe('indicatorLookup', () => {
  const catalogue = indicatorLookup(INDICATORS);

  it('finds an indicator by id or by either label, folded, spaces as one', () => {
    for (const text of [
      SHARE,
      ` ${SHARE} `,
      'Tỷ lệ hồ sơ trực tuyến',
      '  ty le  ho so truc tuyen ',
      'TỶ LỆ HỒ SƠ TRỰC TUYẾN',
      'share of administrative dossiers submitted online',
    ])
      expect(catalogue.read(text)).toMatchObject({ kind: 'found', entry: { id: SHARE } });
    expect(catalogue.read('hồ sơ').kind).toBe('unknown');
    expect(catalogue.read('  ')).toEqual({ kind: 'unknown' });
    expect(catalogue.labelled).toBe(true);
  });

  it('names every catalogue and seed indicator by its id and each label, and no label twice', () => {
    const all = indicatorLookup([...INDICATORS, ...SEED_INDICATORS]);
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS, ...SEED_INDICATORS),
        fc.constantFrom('id', 'vi', 'en'),
        (indicator, by) => {
          const text = by === 'id' ? indicator.id : indicator.label[by as 'vi' | 'en'];
          const reading = all.read(text);
          expect(reading.kind).toBe('found');
          expect(reading.kind === 'found' && reading.entry.id).toBe(indicator.id);
        },
      ),
    );
  });

  it('reads a name two ids share as ambiguous, never as one of them', () => {
    const lookup = indicatorLookup(two);
    expect(lookup.read('cong vien')).toEqual({ kind: 'ambiguous', entries: two });
    expect(lookup.read('a.parks')).toEqual({ kind: 'found', entry: two[0] });
    expect(lookup.read('green spaces')).toEqual({ kind: 'found', entry: two[1] });
  });

  it('takes an id listed twice as one indicator, the definition answering', () => {
    const defined = { id: 'x.y', label: { vi: 'Tên', en: 'Name' } };
    const lookup = indicatorLookup<string | typeof defined>(['x.y', defined, defined]);
    expect(lookup.read('ten')).toEqual({ kind: 'found', entry: defined });
    expect(lookup.read('x.y')).toEqual({ kind: 'found', entry: defined });
  });

  it('reads a list of ids only as written: no folding, no labels', () => {
    const ids = indicatorLookup([SHARE, 'gov.edocs.outgoing-signed-share']);
    expect(ids.labelled).toBe(false);
    expect(ids.read(SHARE)).toEqual({ kind: 'found', entry: SHARE });
    expect(ids.read(SHARE.toUpperCase()).kind).toBe('unknown');
    expect(ids.read('Tỷ lệ hồ sơ trực tuyến')).toEqual({ kind: 'unknown' });
    expect(ids.read('gov.dosiers.online-share')).toEqual({
      kind: 'unknown',
      nearest: { entry: SHARE, name: SHARE },
    });
  });

  it('suggests the indicator a near miss means, by label or id, and none for a far one', () => {
    expect(catalogue.read('ty le ho so truc tuyn')).toMatchObject({
      kind: 'unknown',
      nearest: { entry: { id: SHARE }, name: 'ty le ho so truc tuyen' },
    });
    // The id is measured folded too (its dots and hyphens as spaces).
    expect(catalogue.read('gov.dosiers.online-share')).toMatchObject({
      nearest: { entry: { id: SHARE }, name: 'gov dossiers online share' },
    });
    expect(catalogue.read('zzzz')).toEqual({ kind: 'unknown' });
  });

  it('gives the same reading for a text read again', () => {
    expect(catalogue.read('ty le ho so truc tuyn')).toBe(catalogue.read('ty le ho so truc tuyn'));
  });
});

describe('nearestText and unreadName', () => {
  const [first] = INDICATORS.filter((i) => i.id === SHARE);
  const entry = first as (typeof INDICATORS)[number];

  it('writes the id, and the label the text was near when it was a label', () => {
    expect(nearestText({ entry, name: SHARE })).toBe(`"${SHARE}"`);
    expect(nearestText({ entry, name: 'ty le ho so truc tuyen' })).toBe(
      `"${SHARE}" (Tỷ lệ hồ sơ trực tuyến)`,
    );
    expect(nearestText({ entry, name: 'share of administrative dossiers submitted online' })).toBe(
      `"${SHARE}" (Share of administrative dossiers submitted online)`,
    );
    expect(nearestText({ entry: 'x.y', name: 'x.y' })).toBe('"x.y"');
  });

  it('says what is wrong with a name, with its catalogue key and values', () => {
    expect(unreadName('zz', { kind: 'unknown' })).toEqual({
      message: 'unknown indicator "zz"',
      key: 'unknown-indicator',
      params: { name: '"zz"' },
    });
    expect(
      unreadName('ty le ho so truc tuyn', { kind: 'unknown', nearest: { entry, name: SHARE } }),
    ).toEqual({
      message: `unknown indicator "ty le ho so truc tuyn"; the closest known id is "${SHARE}"`,
      key: 'unknown-indicator-near',
      params: { name: '"ty le ho so truc tuyn"', suggestion: `"${SHARE}"` },
      suggestion: SHARE,
    });
    expect(unreadName('Công viên', { kind: 'ambiguous', entries: two })).toEqual({
      message:
        '"Công viên" is the label of 2 indicators ("a.parks", "b.parks"); write the id of the one meant',
      key: 'ambiguous-indicator',
      params: { name: '"Công viên"', count: '2', ids: '"a.parks", "b.parks"' },
      candidates: ['a.parks', 'b.parks'],
    });
  });
});

describe('checkIndicatorList and idOf', () => {
  it('takes ids and definitions, or definitions only, naming a bad element', () => {
    expect(checkIndicatorList(['x', two[0]], 'list', true)).toHaveLength(2);
    expect(() => checkIndicatorList(['x'], 'list', false)).toThrow(
      'list[0]: expected { id, label: { vi, en } }, got "x"',
    );
    expect(() => checkIndicatorList([{ id: 'x', label: { vi: 'X' } }], 'list', true)).toThrow(
      /^list\[0\]: expected an indicator id or \{ id, label: \{ vi, en \} \}/,
    );
    expect(() => checkIndicatorList([null], 'list', true)).toThrow(/list\[0\]/);
    expect(() => checkIndicatorList('x', 'list', true)).toThrow(
      /^list: expected an array of indicator ids or definitions/,
    );
    expect(() => checkIndicatorList({}, 'list', false)).toThrow(
      /^list: expected an array of indicator definitions/,
    );
    expect(idOf('x')).toBe('x');
    expect(idOf(two[1] as (typeof two)[number])).toBe('b.parks');
  });
});

describe('indicator names at the edges (issue #25)', () => {
  it('keeps the first of two definitions with one id', () => {
    const first = { id: 'x.y', label: { vi: 'Một', en: 'One' } };
    const second = { id: 'x.y', label: { vi: 'Hai', en: 'Two' } };
    const lookup = indicatorLookup([first, second, 'x.y']);
    expect(lookup.read('x.y')).toEqual({ kind: 'found', entry: first });
    expect(lookup.read('hai')).toEqual({ kind: 'unknown' });
  });

  it('trims an id read against a list of ids, and suggests nothing for an empty text', () => {
    const ids = indicatorLookup([SHARE, 'ab']);
    expect(ids.read(` ${SHARE} `)).toEqual({ kind: 'found', entry: SHARE });
    expect(ids.read('')).toEqual({ kind: 'unknown' });
    expect(indicatorLookup(two).read('')).toEqual({ kind: 'unknown' });
  });

  it('suggests by an id before a label folded the same', () => {
    const byLabel = { id: 'q.r', label: { vi: 'park', en: 'Q' } };
    const byId = { id: 'park', label: { vi: 'Z', en: 'Y' } };
    expect(indicatorLookup([byLabel, byId]).read('parkk')).toEqual({
      kind: 'unknown',
      nearest: { entry: byId, name: 'park' },
    });
  });

  it('remembers the readings of 10,000 texts, and no more', () => {
    const lookup = indicatorLookup(['gov.x']);
    expect(lookup.read('t0')).toBe(lookup.read('t0'));
    for (let i = 1; i < 10_000; i++) lookup.read(`t${i}`);
    const late = lookup.read('late');
    expect(lookup.read('late')).toEqual(late);
    expect(lookup.read('late')).not.toBe(late);
    expect(lookup.read('t9999')).toBe(lookup.read('t9999'));
  });

  it('writes a definition near by its raw id as the id alone', () => {
    expect(nearestText({ entry: two[0] as (typeof two)[number], name: 'a.parks' })).toBe(
      '"a.parks"',
    );
  });

  it('names each kind of bad element of a list, by its index', () => {
    const cases: readonly (readonly [unknown, boolean, string])[] = [
      [3, true, 'list[1]: expected an indicator id or { id, label: { vi, en } }, got 3.'],
      [
        { id: 1, label: { vi: 'a', en: 'b' } },
        true,
        'list[1]: expected an indicator id or { id, label: { vi, en } }, got { id: 1, label: {…} }.',
      ],
      [{ id: 'x' }, false, 'list[1]: expected { id, label: { vi, en } }, got { id: "x" }.'],
      [
        { id: 'x', label: { vi: 1, en: 'b' } },
        false,
        'list[1]: expected { id, label: { vi, en } }, got { id: "x", label: {…} }.',
      ],
    ];
    for (const [entry, ids, message] of cases) {
      const first = ids ? 'a.b' : two[0];
      expect(() => checkIndicatorList([first, entry], 'list', ids)).toThrowError(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
      );
    }
    expect(() => checkIndicatorList({}, 'list', false)).toThrowError(
      'list: expected an array of indicator definitions ({ id, label }), got {}.',
    );
  });
});
