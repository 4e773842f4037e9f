import { describe, expect, it } from 'vitest';
import { rankBy, rankWithin, readValues } from '../../src/ranking/rank-by.js';

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
