import { describe, expect, it } from 'vitest';
import { renderRankIntervalChart, uncertainty } from '../../../src/index.js';
import { run } from '../fixture.js';

const csv = 'tỉnh;x;y;z\nA;0,9;0,2;0,5\nB;0,5;0,5;0,4\nC;0,1;0,8;\nD;0,6;0,6;0,6\n';
const framework = { id: 'index', children: [{ id: 'p', children: ['x', 'y'] }, 'z'] };
const files = { 'd.csv': csv, 'f.json': JSON.stringify(framework) };
const data = {
  A: { x: 0.9, y: 0.2, z: 0.5 },
  B: { x: 0.5, y: 0.5, z: 0.4 },
  C: { x: 0.1, y: 0.8, z: null },
  D: { x: 0.6, y: 0.6, z: 0.6 },
};
const args = ['uncertainty', 'd.csv', '--framework', 'f.json'];

describe('vn-dx uncertainty', () => {
  it('prints each unit by nominal rank with its median and 5–95 % interval, in each language', async () => {
    const vi = await run([...args, '--replications', '200', '--levels', '1,2'], files);
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(
      [
        'hạng  đơn vị  trung vị  khoảng 5–95 %',
        '────  ──────  ────────  ─────────────',
        '   1  D              1            1–1',
        '   2  A              2            2–3',
        '   3  B              3            3–4',
        '   3  C              4            2–4',
        'độ lệch hạng tuyệt đối trung bình: 0,3 (200 lần lặp)',
        '',
      ].join('\n'),
    );
    const en = await run([...args, '--lang', 'en'], files);
    expect(en.out.split('\n')[0]).toBe('rank  unit  median  5–95 % interval');
    expect(en.out).toMatch(/^mean absolute rank shift: 0\.301 \(1000 replications\)$/m);
  });

  it('lists a unit without a score last, with dashes', async () => {
    const { out } = await run([...args, '--replications', '50'], {
      ...files,
      'd.csv': `${csv}E;;;\n`,
    });
    expect(out.split('\n')[6]).toBe('   —  E              —              —');
  });

  it('gives the same output for the same seed, another for another seed', async () => {
    const once = await run([...args, '--seed', '7', '--json'], files);
    const again = await run([...args, '--seed', '7', '--json'], files);
    const other = await run([...args, '--seed', '8', '--json'], files);
    expect(again.out).toBe(once.out);
    expect(other.out).not.toBe(once.out);
  });

  it('prints in JSON what the library returns, from a CSV or a JSON object', async () => {
    const expected = uncertainty(data, framework, {
      weights: {
        noise: [
          { level: 1, factor: 0.1 },
          { level: 2, factor: 0.1 },
        ],
      },
      replications: 300,
      seed: 5,
      aggregate: { missing: 'reweight' },
    });
    const options = ['--noise', '0,1', '--levels', '1,2', '--replications', '300', '--seed', '5'];
    const fromCsv = await run([...args, ...options, '--json'], files);
    expect(JSON.parse(fromCsv.out)).toEqual(expected);
    const fromJson = await run(
      ['uncertainty', 'd.json', '--framework', 'f.json', ...options, '--json'],
      { ...files, 'd.json': JSON.stringify(data) },
    );
    expect(JSON.parse(fromJson.out)).toEqual(expected);
  });

  it('writes the rank-interval chart in the language asked for', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const result = await run([...args, '--chart', 'u.svg', '--lang', lang], files);
      expect(result.code).toBe(0);
      const units = uncertainty(data, framework, {
        weights: { noise: [{ level: 1, factor: 0.25 }] },
        replications: 1000,
        seed: 1,
        aggregate: { missing: 'reweight' },
      }).units;
      expect(result.written['u.svg']).toBe(renderRankIntervalChart(units, { lang }));
      expect(result.err).toBe(lang === 'vi' ? 'đã ghi u.svg\n' : 'wrote u.svg\n');
    }
  });

  it('exits 2 naming the option for bad usage', async () => {
    expect(await run(['uncertainty', 'd.csv'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx uncertainty: --framework <file.json> is required/),
    });
    expect(await run([...args, '--noise', '1'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^vn-dx uncertainty: --noise: expected a number from 0 to below 1/,
      ),
    });
    expect(await run([...args, '--replications', '0'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx uncertainty: --replications: expected a whole number/),
    });
    expect(await run([...args, '--noise', 'abc'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx uncertainty: --noise: /),
    });
    expect(await run([...args, '--noise', '1.500'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx uncertainty: --noise could be read two ways/),
    });
    expect(await run([...args, '--seed', '2147483648'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^vn-dx uncertainty: --seed: expected a whole number from 0 to 2147483647/,
      ),
    });
    expect(await run([...args, '--levels', '1,x'], files)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx uncertainty: --levels: expected a whole number/),
    });
  });

  it('refuses a level without a weight that moves the index as usage, naming --levels (#24)', async () => {
    // The framework has 3 levels: x, y, z; p; the index. Level 3 is the index itself.
    for (const levels of ['5', '3', '1,3'])
      expect(await run([...args, '--levels', levels, '--lang', 'en'], files)).toMatchObject({
        code: 2,
        out: '',
        err: `vn-dx uncertainty: --levels: level ${levels.replace('1,', '')} has no weight that moves the index; this framework has levels 1 to 2 below the index itself (level 3)\nRun vn-dx uncertainty --help for its options.\n`,
      });
    expect((await run([...args, '--levels', '3', '--lang', 'vi'], files)).err).toMatch(
      /^vn-dx uncertainty: --levels: cấp 3 không có trọng số nào làm thay đổi chỉ số; khung này có các cấp từ 1 đến 2 /,
    );
  });

  it('reads its defaults as numbers, whatever --decimal says (#24)', async () => {
    const plain = await run([...args, '--replications', '100', '--json'], files);
    for (const decimal of ['comma', 'auto'])
      expect(
        await run([...args, '--replications', '100', '--json', '--decimal', decimal], files),
      ).toEqual(plain);
    expect(plain.code).toBe(0);
    expect(
      await run(
        [...args, '--replications', '100', '--json', '--decimal', 'comma', '--noise', '0,25'],
        files,
      ),
    ).toEqual(plain);
  });

  it('exits 1 for bad input, naming the file', async () => {
    const notJson = await run(['uncertainty', 'd.csv', '--framework', 'd.csv'], files);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toMatch(/^vn-dx uncertainty: d\.csv: JSON: /);
    const array = await run(args, { ...files, 'f.json': '[1]' });
    expect(array).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^vn-dx uncertainty: f\.json: expected a framework object/),
    });
    const noUnit = await run(args, { ...files, 'd.csv': 'name,x\nA,1\n' });
    expect(noUnit.err).toMatch(/d\.csv: no unit column/);
    const twice = await run(args, { ...files, 'd.csv': 'unit,x,y,z\nA,1,2,3\nA,1,2,3\n,1,1,1\n' });
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('A has a row already');
    expect(twice.err).toContain('the cell is empty');
    const badCell = await run(args, { ...files, 'd.csv': 'unit,x,y,z\nA,abc,2,3\n' });
    expect(badCell.code).toBe(1);
    const badJson = await run(['uncertainty', 'd.json', '--framework', 'f.json'], {
      ...files,
      'd.json': '{"A":{"x":"1"}}',
    });
    expect(badJson.err).toMatch(/d\.json: unit "A", indicator "x": expected a number or null/);
    const badRow = await run(['uncertainty', 'd.json', '--framework', 'f.json'], {
      ...files,
      'd.json': '{"A":[1]}',
    });
    expect(badRow.err).toMatch(/d\.json: unit "A": expected an object/);
    const missing = await run(['uncertainty', 'none.csv', '--framework', 'f.json'], files);
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot read none.csv'),
    });
  });

  it('refuses indicators on different scales added raw, and runs once the framework normalises them', async () => {
    const thang =
      'Tỉnh;Tỷ lệ trực tuyến;Số hồ sơ\nQuảng Nam;51,16;1.453\nThừa Thiên Huế;62,3;1.920\nHậu Giang;40,5;987\n';
    const raw = { id: 'index', children: ['Tỷ lệ trực tuyến', 'Số hồ sơ'] };
    const refused = await run(['uncertainty', 't.csv', '--framework', 'r.json', '--lang', 'vi'], {
      't.csv': thang,
      'r.json': JSON.stringify(raw),
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'các chỉ tiêu có thang đo khác nhau (Số hồ sơ lớn hơn Tỷ lệ trực tuyến khoảng 31 lần)',
    );
    const english = await run(['uncertainty', 't.csv', '--framework', 'r.json', '--lang', 'en'], {
      't.csv': thang,
      'r.json': JSON.stringify(raw),
    });
    expect(english.err).toContain(
      't.csv: the indicators are on different scales (Số hồ sơ runs about 31 times larger than Tỷ lệ trực tuyến)',
    );
    const normalised = {
      id: 'index',
      children: [
        { id: 'Tỷ lệ trực tuyến', normalize: { method: 'min-max' } },
        { id: 'Số hồ sơ', normalize: { method: 'min-max' } },
      ],
    };
    const ran = await run(
      ['uncertainty', 't.csv', '--framework', 'n.json', '--replications', '50'],
      {
        't.csv': thang,
        'n.json': JSON.stringify(normalised),
      },
    );
    expect(ran.code).toBe(0);
    expect(ran.out.split('\n')[2]).toMatch(/^ {3}1 {2}Thừa Thiên Huế/);
  });
});

describe('vn-dx uncertainty: what auto decided', () => {
  it('says on standard error that a column of 1.453 was read by the mark another column settled', async () => {
    const table = 'tỉnh;x;y\nA;1.453;1.200,5\nB;1.920;1.100\nC;1.000;900,25\n';
    const given = { 't.csv': table, 'f.json': JSON.stringify({ id: 'i', children: ['x', 'y'] }) };
    const read = await run(
      ['uncertainty', 't.csv', '--framework', 'f.json', '--replications', '50', '--lang', 'vi'],
      given,
    );
    expect(read.code).toBe(0);
    expect(read.err).toBe(
      't.csv: cột "x" được đọc với dấu phẩy thập phân, như cột "y" viết (1.200,5), nên 1.453 là 1453; --decimal dot để đọc cách kia\n',
    );
  });
});
