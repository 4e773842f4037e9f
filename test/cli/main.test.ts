import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { fixture, memoryIo } from './fixture.js';

async function run(
  argv: string[],
  files: Record<string, string> = {},
  options: { isTTY?: boolean; env?: Record<string, string> } = {},
) {
  const io = memoryIo(files, options);
  const code = await main(argv, io.io, fixture);
  return { code, out: io.out(), err: io.err(), written: io.written };
}

describe('vn-dx report', () => {
  it('is the default command and shows programme, ranks, pillars, targets and findings', async () => {
    const { code, out, err } = await run([]);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('■ Hậu Giang (93) · Đồng bằng sông Cửu Long');
    expect(out).toContain('từ 1/7/2025 thuộc Cần Thơ (92)');
    expect(out.replace(/\n\s+/g, ' ')).toContain('04-NQ/TU, giai đoạn 2021-2025, tầm nhìn 2030');
    expect(out).toContain('DTI 2020 28/63 → DTI 2021 17/63 → DTI 2022 17/63 (▲ 11)');
    expect(out).toContain('khoảng 40%');
    expect(out).toMatch(/top 20\s+2025\s+17\/63\s+đạt/);
    expect(out).toMatch(/≥ 80%\s+2025\s+khoảng 40%\s+chưa đạt \(50%\)/);
    expect(out).toMatch(/chưa đạt \(50%\)/);
    expect(out).toMatch(/chưa có số liệu/);
    expect(out.replace(/\n\s+/g, ' ')).toContain(
      'reported 94%, the counts give 94.93% (129396 / 136302)',
    );
    for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\u001b[');
  });

  it('judges a DTI rank target on DTI ranks only, not on other indices', async () => {
    const withPci = {
      ...fixture,
      rankings: [
        ...fixture.rankings,
        {
          id: 'hg-pci',
          index: 'PCI',
          edition: 2022,
          province: '93',
          rank: 60,
          of: 63,
          scope: 'national' as const,
          source: { source: 'hg-report-2022' },
        },
      ],
    };
    const io = memoryIo();
    await main(['report', '--json'], io.io, withPci);
    const report = JSON.parse(io.out());
    const dtiTarget = report.provinces[0].targets.find(
      (t: { target: { indicator: string } }) => t.target.indicator === 'dti.overall.rank',
    );
    expect(dtiTarget.latest).toEqual({ value: 17, text: '17/63', period: 'DTI 2022' });
  });

  it('keeps one province with --province, and completes ranks from the published DTI tables', async () => {
    const one = await run(['report', '--province', 'hau giang']);
    expect(one.out).toContain('■ Hậu Giang (93)');
    expect(one.out).toMatch(/DTI 2020 28\/63 → DTI 2021 17\/63 → DTI 2022 17\/63/);
    expect((await run(['report', '--province', 'Quảng Nam'])).out).not.toContain('■');
    expect(one.out).toContain('reported 94%');
    expect((await run(['report', '--province', 'Quảng Nam'])).out).not.toContain('reported 94%');
    expect((await run(['report', '--province', 'Atlantis'])).code).toBe(1);
  });

  it('speaks English, prints JSON, and uses bold only on a terminal without NO_COLOR', async () => {
    expect((await run(['report', '--lang', 'en'])).out).toContain(
      'from 1 July 2025 part of Cần Thơ (92)',
    );
    const json = JSON.parse((await run(['report', '--json'])).out);
    expect(json.provinces[0].code).toBe('93');
    expect(json.findings).toHaveLength(1);
    expect((await run(['report'], {}, { isTTY: true })).out).toContain('\u001b[1m');
    expect((await run(['report'], {}, { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain(
      '\u001b[',
    );
  });
});

describe('vn-dx provinces', () => {
  it('lists provinces at a date and finds one by free text', async () => {
    const list = await run(['provinces', '--at', '2024-01-01']);
    expect(list.out.split('\n').filter((line) => /^\d\d /.test(line))).toHaveLength(63);
    const one = await run(['provinces', 'quang', 'nam', '--at', '2024-01-01']);
    expect(one.out).toContain('Tỉnh Quảng Nam (49)');
    expect(one.out).toContain('→ Đà Nẵng (48) from 2025-07-01');
    const merged = await run(['provinces', 'Đà Nẵng', '--json']);
    expect(JSON.parse(merged.out).predecessors).toEqual(['48', '49']);
    expect((await run(['provinces', 'Đà Nẵng'])).out).toContain('← 48, 49');
  });

  it('labels the list in English with --lang en', async () => {
    const { code, out } = await run(['provinces', '--lang', 'en']);
    expect(code).toBe(0);
    const [header = '', rule = ''] = out.split('\n');
    expect(header.split(/\s+/)).toEqual(['code', 'name', 'kind', 'region']);
    expect(rule).toMatch(/^─+ {2}─+ {2}─+ {2}─+$/);
    expect(out).toMatch(/^48\s+Đà Nẵng\s+municipality\s+North Central and Central Coast$/m);
    expect(out.split('\n').filter((line) => /^\d\d /.test(line))).toHaveLength(34);
    expect((await run(['provinces'])).out.split('\n')[0]?.split(/\s+/)).toEqual([
      'code',
      'tên',
      'loại',
      'vùng',
    ]);
  });

  it('fails clearly on no match, ambiguity and bad dates', async () => {
    expect(await run(['provinces', 'Atlantis'])).toMatchObject({
      code: 1,
      err: 'vn-dx provinces: no province matches "Atlantis" on 2025-07-01\n',
    });
    expect((await run(['provinces', 'QN', '--at', '2024-01-01'])).err).toMatch(
      /matches 3 provinces/,
    );
    expect((await run(['provinces', '--at', '2024-02-30'])).code).toBe(1);
  });
});

describe('vn-dx rank', () => {
  const csv =
    'province;dti;region\nĐà Nẵng;0,8002;central\nHuế;0,6975;central\nCần Thơ;;south\nHCM;0,7163;south\n';

  it('ranks a CSV by a column, with ties, direction and groups', async () => {
    const { code, out } = await run(['rank', 'dti.csv', '--by', 'dti'], { 'dti.csv': csv });
    expect(code).toBe(0);
    expect(out).toMatch(/Đà Nẵng\s+0,8002\s+central\s+1/);
    expect(out).toMatch(/Cần Thơ\s+south\s+—/);
    const json = JSON.parse(
      (
        await run(['rank', 'dti.csv', '--by', 'dti', '--json', '--direction', 'lower-is-better'], {
          'dti.csv': csv,
        })
      ).out,
    );
    expect(json.map((r: { rank: number | null }) => r.rank)).toEqual([3, 1, null, 2]);
    const grouped = await run(['rank', 'dti.csv', '--by', 'dti', '--group-by', 'region'], {
      'dti.csv': csv,
    });
    expect(grouped.out).toMatch(/HCM\s+0,7163\s+south\s+1\/1/);
  });

  it('reads JSON and decimal points', async () => {
    const json = JSON.stringify([
      { p: 'a', v: 0.5 },
      { p: 'b', v: 0.7 },
      { p: 'c', v: null },
    ]);
    const result = JSON.parse(
      (await run(['rank', 'in.json', '--by', 'v', '--json'], { 'in.json': json })).out,
    );
    expect(result.map((r: { rank: number | null }) => r.rank)).toEqual([2, 1, null]);
    const dots = 'p,v\na,1.5\nb,2.25\n';
    expect(
      JSON.parse((await run(['rank', 'd.csv', '--by', 'v', '--json'], { 'd.csv': dots })).out)[0]
        .rank,
    ).toBe(2);
  });

  it('names the file, line and column of a bad cell', async () => {
    const bad = 'province,dti\nA,0.5\nB,lots\n';
    expect(await run(['rank', 'bad.csv', '--by', 'dti'], { 'bad.csv': bad })).toMatchObject({
      code: 1,
      err: 'vn-dx rank: bad.csv: line 3, column 2 (dti): "lots" is not a number (use --decimal comma for 51,16).\n',
    });
    expect(
      (
        await run(['rank', 'bad.csv', '--by', 'v', '--decimal', 'comma'], {
          'bad.csv': 'p;v\nA;1.5\n',
        })
      ).err,
    ).toMatch(/bad\.csv: line 2, column 2 \(v\): "1\.5" is not a Vietnamese number/);
    expect((await run(['rank', 'x.json', '--by', 'v'], { 'x.json': '[{"v": 1}, 5]' })).err).toMatch(
      /array of objects/,
    );
    expect((await run(['rank', 'x.json', '--by', 'v'], { 'x.json': '[{' })).err).toMatch(/JSON/);
    const firstRecord = await run(['rank', 'x.json', '--by', 'v'], {
      'x.json': '[{"p": "a", "v": "abc"}, {"p": "b", "v": 1}]',
    });
    expect(firstRecord.code).toBe(1);
    expect(firstRecord.err).toMatch(
      /^vn-dx rank: x\.json: record 1 \(v\): "abc" is not a number \(use --decimal comma for 51,16\)\.\n$/,
    );
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await run(['rank', 'dti.csv'], { 'dti.csv': csv })).code).toBe(2);
    expect((await run(['rank', '--by', 'dti'])).err).toMatch(/rank needs a file/);
    expect((await run(['rank', 'dti.csv', '--by', 'score'], { 'dti.csv': csv })).err).toMatch(
      /no column "score"; the columns are province, dti, region/,
    );
    expect(
      (await run(['rank', 'dti.csv', '--by', 'dti', '--group-by', 'zone'], { 'dti.csv': csv }))
        .code,
    ).toBe(2);
    expect(
      (await run(['rank', 'dti.csv', '--by', 'dti', '--decimal', 'x'], { 'dti.csv': csv })).code,
    ).toBe(2);
    expect(await run(['rank', 'dti.csv', '--bogus'])).toMatchObject({ code: 2 });
    expect(
      (await run(['rank', 'dti.csv', '--by', 'dti', '--ties', 'olympic'], { 'dti.csv': csv })).err,
    ).toMatch(/ties/);
    expect(await run(['rank', 'missing.csv', '--by', 'x'])).toMatchObject({
      code: 1,
      err: 'vn-dx rank: cannot read missing.csv: no such file\n',
    });
  });
});

describe('vn-dx progress', () => {
  it('computes share, gap and met per row', async () => {
    const csv =
      'indicator;value;target;baseline;direction\nonline;60;80;;\nrank;17;20;28;lower-is-better\n';
    const { code, out } = await run(['progress', 'p.csv'], { 'p.csv': csv });
    expect(code).toBe(0);
    expect(out).toMatch(/online\s+60\s+80\s+75%\s+20\s+no/);
    expect(out).toMatch(/rank\s+17\s+20\s+28\s+lower-is-better\s+137.5%\s+-3\s+yes/);
  });

  it('names bad cells and rows', async () => {
    expect((await run(['progress', 'p.csv'], { 'p.csv': 'value,target\n60,abc\n' })).err).toBe(
      'vn-dx progress: p.csv: line 2, column 2 (target): "abc" is not a Vietnamese number such as 1.453 or 51,16.\n',
    );
    expect((await run(['progress', 'p.csv'], { 'p.csv': 'value,target\n60,0\n' })).err).toMatch(
      /p\.csv: line 2, column 1 \(row\): target and baseline are both 0/,
    );
    expect((await run(['progress', 'p.csv'], { 'p.csv': 'value\n1\n' })).code).toBe(2);
    expect((await run(['progress'])).code).toBe(2);
  });
});

describe('vn-dx validate', () => {
  it('accepts a good file and reports every bad cell of a bad one', async () => {
    const good =
      'province,indicator,period,value\nQuảng Nam,gov.dossiers.online-share,quý I/2023,"51,16%"\n';
    expect((await run(['validate', 'ok.csv'], { 'ok.csv': good })).out).toBe(
      'ok.csv: 1 observations, all valid\n',
    );
    const bad =
      'province,indicator,period,value\nQuảng Nam,gov.dossiers.online-share,31/02/2023,5\n';
    const result = await run(['validate', 'bad.csv'], { 'bad.csv': bad });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^vn-dx validate: bad\.csv: CSV line 2, column 3 \(period\):/);
    const json = JSON.parse((await run(['validate', 'bad.csv', '--json'], { 'bad.csv': bad })).out);
    expect(json.issues[0]).toMatchObject({ line: 2, column: 3 });
    expect(
      JSON.parse((await run(['validate', 'in.json', '--json'], { 'in.json': '[]' })).out),
    ).toEqual({ valid: true, observations: 0 });
    expect((await run(['validate'])).code).toBe(2);
  });
});

describe('vn-dx chart ranks', () => {
  it('writes an SVG to standard output or a file', async () => {
    const { out } = await run(['chart', 'ranks']);
    expect(out).toMatch(/^<svg/);
    expect(out).toContain('Hậu Giang (17/63)');
    const saved = await run(['chart', 'ranks', '--out', 'ranks.svg', '--lang', 'en']);
    expect(saved.written['ranks.svg']).toContain('Provincial DTI rank');
    expect(saved.err).toBe('wrote ranks.svg\n');
    expect((await run(['chart', 'pie'])).code).toBe(2);
  });
});

describe('global options', () => {
  it('prints help, version and rejects unknown commands and languages', async () => {
    expect((await run(['--help'])).out).toMatch(/^Usage: vn-dx report/);
    expect((await run(['rank', '--help'])).out).toMatch(/^Usage: vn-dx rank/);
    expect((await run(['--version'])).out).toBe('0.1.0\n');
    expect(await run(['frobnicate'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown command "frobnicate"/),
    });
    expect((await run(['main'])).code).toBe(2);
    expect((await run(['report', '--lang', 'fr'])).code).toBe(2);
  });
});

describe('errors from the file system', () => {
  const failingIo = (error: Error): CliIo => ({
    ...memoryIo().io,
    readFile: () => {
      throw error;
    },
  });
  const withCode = (code: string, path?: string) =>
    Object.assign(new Error(`${code}: failed`), { code }, path === undefined ? {} : { path });

  it('names the path and code of an unreadable file, with exit code 1', async () => {
    for (const [error, message] of [
      [withCode('EISDIR', 'data'), 'vn-dx validate: cannot read data: EISDIR\n'],
      [withCode('EACCES', 'secret.csv'), 'vn-dx validate: cannot read secret.csv: EACCES\n'],
      [withCode('ENOENT'), 'vn-dx validate: cannot read the file: no such file\n'],
    ] as const) {
      const err: string[] = [];
      const io = { ...failingIo(error), stderr: (text: string) => err.push(text) };
      expect(await main(['validate', 'data'], io, fixture)).toBe(1);
      expect(err.join('')).toBe(message);
    }
  });

  it('lets any other failure through', async () => {
    await expect(
      main(['progress', 'p.csv'], failingIo(withCode('EIO', 'p.csv')), fixture),
    ).rejects.toThrowError('EIO: failed');
    await expect(
      main(['rank', 'p.csv', '--by', 'v'], failingIo(new RangeError('out of memory')), fixture),
    ).rejects.toThrowError(RangeError);
  });
});
