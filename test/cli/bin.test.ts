// Runs the built `vn-dx` command as a user would: `node bin/vn-dx.js …` in a
// child process, against dist/ (rebuilt first when a source is newer, by the
// same script `npm start` uses). The in-process tests beside this file cover
// each command in depth; these check that the real binary behaves the same.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/vn-dx.js');
const work = mkdtempSync(join(tmpdir(), 'vn-dx-bin-'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};

function vnDx(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  writeFileSync(join(work, 'scores.csv'), 'province;dti\nHuế;0,6975\nĐà Nẵng;0,8002\nCần Thơ;\n');
  writeFileSync(join(work, 'ambiguous.csv'), 'province,dti\nA,1.500\nB,2\n');
  writeFileSync(
    join(work, 'observations.csv'),
    'province,indicator,period,value\n,gov.dossiers.online-shar,31/02/2023,abc\n',
  );
}, 300_000);

describe('the built vn-dx command', () => {
  it('lists its commands and prints the package version', () => {
    const help = vnDx('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^ {2}rank <file> +rank the rows/m);
    expect(vnDx().out).toBe(help.out);
    expect(vnDx('help').out).toBe(help.out);
    expect(vnDx('--version').out.split('\n')[0]).toBe(version);
    expect(vnDx('--version').out).toMatch(/\ndata as of: vn-dx\/framework \d{4}-\d{2}-\d{2}, /);
    expect(vnDx('help', 'validate').out).toBe(vnDx('validate', '--help').out);
  });

  it('exits 2 naming the command and the option, 1 for bad input', () => {
    expect(vnDx('provinces', 'hue', '--ties', 'bogus')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx provinces: --ties is an option of vn-dx rank/),
    });
    expect(vnDx('rank', 'scores.csv', '--bogus')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx rank: unknown option --bogus/),
    });
    expect(vnDx('rank', 'ambiguous.csv', '--by', 'dti')).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /column "dti" could be read two ways .* --decimal comma or --decimal dot/,
      ),
    });
  });

  it('ranks in Vietnamese and English, sorted by rank, JSON numbers as numbers', () => {
    const vi = vnDx('rank', 'scores.csv', '--by', 'dti');
    expect(vi.out.split('\n').slice(0, 5)).toEqual([
      'hạng  province  dti',
      '────  ────────  ──────',
      '   1  Đà Nẵng   0,8002',
      '   2  Huế       0,6975',
      '   —  Cần Thơ',
    ]);
    expect(vnDx('rank', 'scores.csv', '--by', 'dti', '--lang', 'en').out).toMatch(
      /^rank {2}province/,
    );
    expect(JSON.parse(vnDx('rank', 'scores.csv', '--by', 'dti', '--json').out)[1]).toEqual({
      province: 'Đà Nẵng',
      dti: 0.8002,
      rank: 1,
    });
  });

  it('validates in both languages, every issue on its own line', () => {
    const bad = vnDx('validate', 'observations.csv');
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(4);
    expect(bad.err).toContain('(province): the province cell is empty.');
    expect(bad.err).toContain('the closest known id is "gov.dossiers.online-share"');
    writeFileSync(
      join(work, 'good.csv'),
      'province,indicator,period,value\n49,gov.dossiers.online-share,2022,"51,16%"\n',
    );
    expect(vnDx('validate', 'good.csv').out).toBe('good.csv: 1 quan sát, tất cả hợp lệ\n');
    expect(vnDx('validate', 'good.csv', '--lang', 'en').out).toBe(
      'good.csv: 1 observation, all valid\n',
    );
  });

  it('finds provinces across dates, in both languages', () => {
    expect(vnDx('provinces', 'quang nam').out).toContain(
      'Quảng Nam (49, tỉnh) 1/8/2008 – 30/6/2025 → Đà Nẵng (48) từ 1/7/2025',
    );
    expect(vnDx('provinces', 'quang nam', '--lang', 'en').out).toContain(
      'Quảng Nam (49, province) 2008-08-01 – 2025-06-30 → Đà Nẵng (48) from 2025-07-01',
    );
  });

  it('reports a province outside the seed, in both languages', () => {
    expect(vnDx('report', '--province', 'Lạng Sơn').out).toContain(
      'Dữ liệu gốc không có Lạng Sơn (20)',
    );
    expect(vnDx('report', '--province', 'Lạng Sơn', '--lang', 'en').out).toContain(
      'The seed dataset has no records of Lạng Sơn (20)',
    );
  });

  it('charts the user’s rankings and prints the series as JSON', () => {
    writeFileSync(
      join(work, 'ranks.csv'),
      'province,index,edition,rank,of\nA,DTI,2020,3,63\nA,DTI,2022,5,63\n',
    );
    expect(JSON.parse(vnDx('chart', 'ranks', 'ranks.csv', '--json').out)).toEqual([
      {
        label: 'A',
        points: [
          { edition: 2020, rank: 3, of: 63 },
          { edition: 2022, rank: 5, of: 63 },
        ],
      },
    ]);
    expect(vnDx('chart', 'ranks', 'ranks.csv', '--lang', 'vi').out).toMatch(/^<svg/);
  });

  it('prints rank intervals under weight noise, in both languages, and writes the chart', () => {
    writeFileSync(join(work, 'units.csv'), 'tỉnh;x;y\nA;0,9;0,2\nB;0,5;0,5\nC;0,1;0,8\n');
    writeFileSync(join(work, 'framework.json'), '{"id":"index","children":["x","y"]}');
    const args = ['uncertainty', 'units.csv', '--framework', 'framework.json', '--seed', '3'];
    expect(vnDx(...args).out).toMatch(/^hạng {2}đơn vị {2}trung vị {2}khoảng 5–95 %$/m);
    expect(vnDx(...args, '--lang', 'en').out).toMatch(/^mean absolute rank shift: /m);
    expect(JSON.parse(vnDx(...args, '--json').out)).toMatchObject({ replications: 1000 });
    expect(vnDx(...args, '--chart', 'u.svg').code).toBe(0);
    expect(readFileSync(join(work, 'u.svg'), 'utf8')).toMatch(/^<svg/);
    expect(vnDx(...args, '--noise', '2')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx uncertainty: --noise/),
    });
  });

  it('plans milestones, on-track verdicts and the score a rank needs, in both languages', () => {
    expect(vnDx('plan', 'milestones', '--from', '2021-12-31=70', '--to', '2025=80').out).toMatch(
      /^31\/12\/2022 +72,5$/m,
    );
    writeFileSync(join(work, 'series.csv'), 'ngày;giá trị\n2021;40\n2023;48,4\n');
    expect(vnDx('plan', 'on-track', 'series.csv', '--target', '2025=60').out).toMatch(
      /^kết luận +tiến bộ vừa phải$/m,
    );
    expect(
      vnDx('plan', 'on-track', 'series.csv', '--target', '2025=60', '--lang', 'en').out,
    ).toMatch(/^verdict +moderate progress$/m);
    writeFileSync(join(work, 'leaders.csv'), 'unit,score\nA,0.8\nB,0.7\nC,0.5\n');
    expect(
      JSON.parse(vnDx('plan', 'score', 'leaders.csv', '--unit', 'C', '--rank', '2', '--json').out),
    ).toMatchObject({
      score: 0.7,
      currentRank: 3,
    });
    expect(vnDx('plan', 'score', 'leaders.csv', '--unit', 'C', '--rank', 'two')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx plan: --rank: expected a whole number/),
    });
  });
});

describe('the built vn-dx command without zod', () => {
  it('says plainly that zod is needed, in English and Vietnamese, and exits 1', () => {
    // A copy of the package with date-fns installed and zod not, as a user who skipped the peer.
    const copy = mkdtempSync(join(tmpdir(), 'vn-dx-no-zod-'));
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    mkdirSync(join(copy, 'node_modules'));
    symlinkSync(join(root, 'node_modules/date-fns'), join(copy, 'node_modules/date-fns'), 'dir');
    for (const args of [['--help'], ['provinces', 'Huế']]) {
      const result = spawnSync(process.execPath, [join(copy, 'bin/vn-dx.js'), ...args], {
        cwd: copy,
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'vn-dx: the command needs zod, a peer dependency of vn-dx; install it: npm install zod\n' +
          'vn-dx: lệnh cần gói zod (phụ thuộc ngang hàng của vn-dx); hãy cài: npm install zod\n',
      );
    }
    // rank loads no zod (test/cli.test.ts): it runs.
    writeFileSync(join(copy, 'scores.csv'), 'unit,score\nA,1\nB,2\n');
    const ranked = spawnSync(
      process.execPath,
      [join(copy, 'bin/vn-dx.js'), 'rank', 'scores.csv', '--by', 'score', '--json'],
      { cwd: copy, encoding: 'utf8' },
    );
    expect([ranked.status, JSON.parse(ranked.stdout)]).toEqual([
      0,
      [
        { unit: 'A', score: 1, rank: 2 },
        { unit: 'B', score: 2, rank: 1 },
      ],
    ]);
  });
});
