import { describe, expect, it } from 'vitest';
import { rankBy, rankWithin, readValues } from '../../src/ranking/rank-by.js';
import { dxErrorOf } from '../fixtures/errors.js';

const rows = [
  { name: 'Đà Nẵng', region: 'central', dti: 0.8 },
  { name: 'Cần Thơ', region: 'south', dti: 0.55 },
  { name: 'Huế', region: 'central', dti: 0.7 },
  { name: 'Hậu Giang', region: 'south', dti: null },
];

describe('rankBy', () => {
  it('ranks by key or function, in input order', () => {
    expect(rankBy(rows, 'dti').map((r) => r.rank)).toEqual([1, 3, 2, null]);
    expect(
      rankBy(rows, (row) => row.name.length, { direction: 'lower-is-better', ties: 'dense' }).map(
        (r) => r.rank,
      ),
    ).toEqual([2, 2, 1, 3]);
    expect(rankBy(rows, 'dti')[0]?.item).toBe(rows[0]);
  });

  it('rejects missing fields, bad keys and non-arrays', () => {
    expect(() => rankBy([{ a: 1 }, { b: 2 }] as { a: number }[], 'a')).toThrowError(
      /items\[1\]: has no own property "a"/,
    );
    expect(() => rankBy(rows, {} as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => rankBy('x' as never, 'dti' as never)).toThrowError(/items: expected an array/);
    expect(() => readValues([JSON.parse('{"a":1}')], '__proto__' as never)).toThrowError(
      /has no own property/,
    );
    expect(readValues([JSON.parse('{"__proto__":1}')], '__proto__' as never)).toEqual([1]);
  });
});

describe('rankWithin', () => {
  it('ranks inside each group and counts the ranked members', () => {
    expect(rankWithin(rows, 'region', 'dti').map((r) => [r.group, r.rank, r.of])).toEqual([
      ['central', 1, 2],
      ['south', 1, 1],
      ['central', 2, 2],
      ['south', null, 1],
    ]);
    expect(rankWithin(rows, (row) => row.name[0] ?? '', 'dti').map((r) => r.group)).toEqual([
      'Đ',
      'C',
      'H',
      'H',
    ]);
  });

  it('rejects non-string groups', () => {
    expect(() => rankWithin([{ g: 1, v: 1 }] as never, 'g' as never, 'v' as never)).toThrowError(
      /group must be a string/,
    );
  });
});

describe('readValues errors and keys', () => {
  const rejects = (run: () => unknown, message: string) =>
    expect(run).toThrowError(
      expect.objectContaining({ name: 'DxError', code: 'INVALID_ARGUMENT', message }),
    );

  it('accepts string, number and symbol keys', () => {
    expect(rankBy([{ 2023: 0.7 }, { 2023: 0.8 }], 2023).map((r) => r.rank)).toEqual([2, 1]);
    const score = Symbol('score');
    expect(rankBy([{ [score]: 1 }, { [score]: 3 }], score).map((r) => r.rank)).toEqual([2, 1]);
    expect(readValues([{ a: 1 }, { a: null }], 'a')).toEqual([1, null]);
  });

  it('names the argument that is not a key or a function', () => {
    rejects(() => rankBy(rows, {} as never), 'by: expected a key or a function, got {}.');
    rejects(() => rankBy(rows, true as never), 'by: expected a key or a function, got true.');
    rejects(
      () => readValues(rows, null as never, 'value'),
      'value: expected a key or a function, got null.',
    );
    rejects(
      () => rankBy('x' as never, 'dti' as never),
      'items: expected an array of records, got "x".',
    );
  });

  it('reads keys only from records, never from strings or null', () => {
    rejects(
      () => rankBy(['ab', 'abc'] as never, 'length' as never),
      'items[0]: has no own property "length".',
    );
    rejects(
      () => rankBy([{ a: 1 }, null] as never, 'a' as never),
      'items[1]: has no own property "a".',
    );
    rejects(() => rankBy([7] as never, 'a' as never), 'items[0]: has no own property "a".');
  });

  it('rankWithin names the item whose group is not a string', () => {
    rejects(
      () =>
        rankWithin(
          [
            { g: 'a', v: 1 },
            { g: 1, v: 1 },
          ] as never,
          'g' as never,
          'v' as never,
        ),
      'items[1]: the group must be a string, got 1.',
    );
  });
});

describe('rankWithin errors', () => {
  it('names the item, not its place in its group, for a bad value', () => {
    const items = [
      { g: 'a', v: 1 },
      { g: 'b', v: 2 },
      { g: 'b', v: Number.NaN },
    ];
    expect(() => rankWithin(items, 'g', 'v')).toThrowError(
      /^items\[2\]: expected a finite number or null, got NaN\.$/,
    );
  });

  it('refuses a groupBy that is neither a key nor a function, naming groupBy', () => {
    const items = [{ g: 'a', v: 1 }];
    for (const groupBy of [{}, null, true]) {
      expect(() => rankWithin(items, groupBy as never, 'v')).toThrowError(
        /^groupBy: expected a key or a function, got /,
      );
    }
  });

  it('leaves an item whose value is undefined unranked, in its group', () => {
    const items = [
      { g: 'a', v: 1 },
      { g: 'a', v: undefined },
      { g: 'a', v: 3 },
    ];
    expect(rankWithin(items, 'g', 'v').map((r) => [r.rank, r.of])).toEqual([
      [2, 2],
      [null, 2],
      [1, 2],
    ]);
  });
});

describe('rankWithin: the keys groupBy may be', () => {
  it('groups by a number or a symbol key, and refuses anything else with INVALID_ARGUMENT', () => {
    const tag = Symbol('tag');
    const items = [
      { 7: 'a', [tag]: 'x', v: 1 },
      { 7: 'b', [tag]: 'x', v: 2 },
      { 7: 'a', [tag]: 'x', v: 3 },
    ];
    expect(rankWithin(items, 7, 'v').map((r) => [r.group, r.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 1],
    ]);
    expect(rankWithin(items, tag, 'v').map((r) => r.rank)).toEqual([3, 2, 1]);
    const error = dxErrorOf(() => rankWithin(items, 1n as never, 'v'));
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'groupBy: expected a key or a function, got 1.',
    ]);
  });

  it('refuses a group that is not a string with INVALID_ARGUMENT', () => {
    const error = dxErrorOf(() => rankWithin([{ g: null, v: 1 }] as never, 'g' as never, 'v'));
    expect([error.code, error.message]).toEqual([
      'INVALID_ARGUMENT',
      'items[0]: the group must be a string, got null.',
    ]);
  });
});
