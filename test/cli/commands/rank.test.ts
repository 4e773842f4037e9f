import { describe, expect, it } from 'vitest';
import { run } from '../fixture.js';

const csv =
  'province;dti;region\nĐà Nẵng;0,8002;central\nHuế;0,6975;central\nCần Thơ;;south\nHCM;0,7163;south\n';

describe('vn-dx rank', () => {
  it('answers a 600 KB nested JSON value with a short error, not a stack trace', async () => {
    const deep = `${'['.repeat(300_000)}${']'.repeat(300_000)}`;
    const nested = await run(['rank', 'deep.json', '--by', 'a'], {
      'deep.json': `[{"a": ${deep}}]`,
    });
    expect(nested).toMatchObject({
      code: 1,
      err: 'vn-dx rank: deep.json: JSON: record 1 ("a") holds a value nested too deeply to read.\n',
    });
  });

  it('prints text sorted by rank, unranked last, in both languages', async () => {
    const vi = await run(['rank', 'dti.csv', '--by', 'dti'], { 'dti.csv': csv });
    expect(vi.code).toBe(0);
    expect(vi.out.split('\n').slice(0, 6)).toEqual([
      'hạng  province  dti     region',
      '────  ────────  ──────  ───────',
      '   1  Đà Nẵng   0,8002  central',
      '   2  HCM       0,7163  south',
      '   3  Huế       0,6975  central',
      '   —  Cần Thơ           south',
    ]);
    const en = await run(['rank', 'dti.csv', '--by', 'dti', '--lang', 'en'], { 'dti.csv': csv });
    expect(en.out.split('\n')[0]).toBe('rank  province  dti     region');
  });

  it('prints JSON in file order with the column as numbers, full precision', async () => {
    const json = JSON.parse(
      (
        await run(['rank', 'dti.csv', '--by', 'dti', '--json', '--direction', 'lower-is-better'], {
          'dti.csv': csv,
        })
      ).out,
    );
    expect(json.map((r: { rank: number | null }) => r.rank)).toEqual([3, 1, null, 2]);
    expect(json[0]).toEqual({ province: 'Đà Nẵng', dti: 0.8002, region: 'central', rank: 3 });
    expect(json[2].dti).toBeNull();
  });

  it('ranks within groups, sorted by group then rank', async () => {
    const grouped = await run(['rank', 'dti.csv', '--by', 'dti', '--group-by', 'region'], {
      'dti.csv': csv,
    });
    expect(grouped.out.split('\n').slice(2, 6)).toEqual([
      ' 1/2  Đà Nẵng   0,8002  central',
      ' 2/2  Huế       0,6975  central',
      ' 1/1  HCM       0,7163  south',
      '   —  Cần Thơ           south',
    ]);
    const json = JSON.parse(
      (
        await run(['rank', 'dti.csv', '--by', 'dti', '--group-by', 'region', '--json'], {
          'dti.csv': csv,
        })
      ).out,
    );
    expect(json.map((r: { of: number | null }) => r.of)).toEqual([2, 2, null, 1]);
  });

  it('shows fractional ranks to one decimal', async () => {
    const { out } = await run(['rank', 't.csv', '--by', 'v', '--ties', 'fractional'], {
      't.csv': 'p,v\na,1\nb,1\nc,0\n',
    });
    expect(out).toMatch(/^ 1,5 {2}a/m);
    const en = await run(['rank', 't.csv', '--by', 'v', '--ties', 'fractional', '--lang', 'en'], {
      't.csv': 'p,v\na,1\nb,1\nc,0\n',
    });
    expect(en.out).toMatch(/^ 1\.5 {2}b/m);
  });

  it('reads JSON numbers as they are and text with the number policy', async () => {
    const json = JSON.stringify([
      { p: 'a', v: 0.5 },
      { p: 'b', v: 0.7 },
      { p: 'c', v: null },
      { p: 'd' },
    ]);
    const result = JSON.parse(
      (await run(['rank', 'in.json', '--by', 'v', '--json'], { 'in.json': json })).out,
    );
    expect(result.map((r: { rank: number | null }) => r.rank)).toEqual([2, 1, null, null]);
    const nested = JSON.stringify([
      { p: { x: 1 }, v: '51,16%' },
      { p: true, v: 'gần 40%' },
    ]);
    const text = await run(['rank', 'n.json', '--by', 'v'], { 'n.json': nested });
    expect(text.out).toMatch(/1 {2}\{"x":1\} {2}51,16%/);
    expect(text.out).toMatch(/2 {2}true {5}gần 40%/);
  });

  it('reads 1.500 one way only: ambiguous columns are errors, --decimal decides', async () => {
    const files = { 'a.csv': 'p,v\na,1.500\nb,2\n' };
    expect(await run(['rank', 'a.csv', '--by', 'v'], files)).toMatchObject({
      code: 1,
      err: 'vn-dx rank: a.csv: no column of the file says which decimal mark it uses, and column "v" could be read two ways (1.500 is 1500 or 1.5): say how it is written: decimal comma (1.234,5) or dot (1,234.5); on the command line --decimal comma or --decimal dot.\n',
    });
    const dot = JSON.parse(
      (await run(['rank', 'a.csv', '--by', 'v', '--decimal', 'dot', '--json'], files)).out,
    );
    expect(dot.map((r: { v: number }) => r.v)).toEqual([1.5, 2]);
    const comma = JSON.parse(
      (await run(['rank', 'a.csv', '--by', 'v', '--decimal', 'comma', '--json'], files)).out,
    );
    expect(comma.map((r: { v: number }) => r.v)).toEqual([1500, 2]);
  });

  it('lists every bad cell with its line and column, and JSON records by number', async () => {
    const bad = await run(['rank', 'bad.csv', '--by', 'dti'], {
      'bad.csv': 'province,dti\nA,0.5\nB,lots\nC,x\n',
    });
    expect(bad).toMatchObject({
      code: 1,
      err:
        'vn-dx rank: bad.csv: line 3, column 2 (dti): "lots" is not a number written with a decimal point (such as 1,234.5 or 51.16%).\n' +
        'vn-dx rank: bad.csv: line 4, column 2 (dti): "x" is not a number written with a decimal point (such as 1,234.5 or 51.16%).\n',
    });
    expect((await run(['rank', 'x.json', '--by', 'v'], { 'x.json': '[{"v": 1}, 5]' })).err).toBe(
      'vn-dx rank: x.json: JSON: expected an array of objects; record 2 is not one.\n',
    );
    expect((await run(['rank', 'x.json', '--by', 'v'], { 'x.json': '[{' })).err).toMatch(
      /^vn-dx rank: x\.json: JSON: /,
    );
    expect((await run(['rank', 'x.csv', '--by', 'v'], { 'x.csv': 'p,v\n"a\n' })).err).toMatch(
      /^vn-dx rank: x\.csv: CSV line 2: a quoted cell is never closed/,
    );
    const first = await run(['rank', 'x.json', '--by', 'v'], {
      'x.json': '[{"p": "a", "v": "abc"}, {"p": "b", "v": 1}]',
    });
    expect(first.err).toMatch(/^vn-dx rank: x\.json: record 1 \(v\): "abc" is not a number/);
  });

  it('needs --by naming a column (usage, exit 2)', async () => {
    expect(await run(['rank', 'dti.csv'], { 'dti.csv': csv })).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx rank: --by <column> is required\n/),
    });
    expect((await run(['rank', 'dti.csv', '--by', 'score'], { 'dti.csv': csv })).err).toMatch(
      /^vn-dx rank: --by: no column "score"; the columns are "province", "dti", "region"\n/,
    );
    // A message quotes a bounded excerpt: ten of 10,000 columns, a long name cut short.
    const wide = Array.from({ length: 10_000 }, (_, i) => `column${i}`);
    const many = await run(['rank', 'wide.csv', '--by', 'x'.repeat(1000)], {
      'wide.csv': `${wide.join(',')}\n${wide.map((_, i) => i).join(',')}\n`,
    });
    expect(many.code).toBe(2);
    expect(many.err).toContain('"column9", …\n');
    expect(many.err.length).toBeLessThan(400);
    expect(
      (await run(['rank', 'dti.csv', '--by', 'dti', '--group-by', 'zone'], { 'dti.csv': csv }))
        .code,
    ).toBe(2);
    expect(await run(['rank', 'missing.csv', '--by', 'x'])).toMatchObject({
      code: 1,
      err: 'vn-dx rank: cannot read missing.csv: no such file\n',
    });
  });

  it('keeps a blank score as no value, listed on standard error (--strict: an error)', async () => {
    const files = { 'dti.csv': csv };
    const vi = await run(['rank', 'dti.csv', '--by', 'DTI'], files);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^ {3}— {2}Cần Thơ {11}south$/m);
    expect(vi.err).toBe('dti.csv: dòng 4, cột 2 (dti): ô trống, thiếu số liệu\n');
    const en = await run(['rank', 'dti.csv', '--by', 'dti', '--lang', 'en', '--json'], files);
    expect(JSON.parse(en.out)[2]).toEqual({
      province: 'Cần Thơ',
      dti: null,
      region: 'south',
      rank: null,
    });
    expect(JSON.parse(en.err).warnings).toEqual([
      expect.objectContaining({ code: 'BLANK_CELL', line: 4, column: 'dti', cell: '' }),
    ]);
    expect(
      await run(['rank', 'dti.csv', '--by', 'dti', '--strict', '--lang', 'en'], files),
    ).toMatchObject({
      code: 1,
      out: '',
      err: 'vn-dx rank: dti.csv: line 4, column 2 (dti): the cell is empty.\n',
    });
    const json = await run(['rank', 'in.json', '--by', 'v'], {
      'in.json': '[{"v": 1}, {"v": null}]',
    });
    expect(json.err).toBe('in.json: bản ghi 2 (v): ô trống, thiếu số liệu\n');
  });
});

describe('vn-dx rank: what auto decided', () => {
  it('says so for a JSON array read whole, as for a CSV read as a stream', async () => {
    const rows = [
      { tỉnh: 'Quảng Nam', hồ_sơ: '1.453', tỷ_lệ: '51,16%' },
      { tỉnh: 'Huế', hồ_sơ: '1.920', tỷ_lệ: '62,3%' },
    ];
    const json = await run(['rank', 'h.json', '--by', 'hồ_sơ', '--lang', 'en'], {
      'h.json': JSON.stringify(rows),
    });
    expect(json.code).toBe(0);
    expect(json.err).toBe(
      'h.json: column "hồ_sơ" is read with a decimal comma, as column "tỷ_lệ" writes it (51,16%), so 1.453 is 1453; --decimal dot reads it the other way\n',
    );
    const csv = 'tỉnh,hồ_sơ,tỷ_lệ\nQuảng Nam,1.453,"51,16%"\nHuế,1.920,"62,3%"\n';
    const streamed = await run(['rank', 'h.csv', '--by', 'hồ_sơ', '--lang', 'en'], {
      'h.csv': csv,
    });
    expect(streamed.err).toBe(json.err.replace('h.json', 'h.csv'));
  });
});
