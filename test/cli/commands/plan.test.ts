import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milestones, onTrack, scoreToReach } from '../../../src/index.js';
import { run } from '../fixture.js';

const series = 'date,value\n2021-12-31,40\n2023-12-31,48.4\n';
const vietnamese = 'ngày;giá trị\n2021;40\n2023;48,4\n';
const scores = 'unit,score\nA,0.8\nB,0.7\nC,0.7\nD,0.6\nE,0.5\nF,\n';

describe('vn-dx plan milestones', () => {
  it('prints the path in equal steps, rounded, in each language', async () => {
    const vi = await run(['plan', 'milestones', '--from', '2023-12-31=62', '--to', '2025=80']);
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(
      [
        'ngày        giá trị',
        '──────────  ───────',
        '31/12/2024       71',
        '31/12/2025       80',
        '',
      ].join('\n'),
    );
    const en = await run([
      'plan',
      'milestones',
      '--from',
      '2023-12-31=10',
      '--to',
      '2025-12-31=40',
      '--every',
      'half',
      '--lang',
      'en',
    ]);
    expect(en.out.split('\n').slice(0, 3)).toEqual([
      'date        value',
      '──────────  ─────',
      '2024-06-30   17.5',
    ]);
    const vi2 = await run([
      'plan',
      'milestones',
      '--from',
      '2023=10',
      '--to',
      '2025=40',
      '--every',
      'half',
    ]);
    expect(vi2.out).toMatch(/^30\/6\/2024 +17,5$/m);
  });

  it('prints in JSON what the library returns, in full', async () => {
    const { out } = await run([
      'plan',
      'milestones',
      '--from',
      '2023-12-31=62,5',
      '--to',
      '2025-12-31=80',
      '--path',
      'geometric',
      '--every',
      'quarter',
      '--json',
    ]);
    const from = { date: '2023-12-31', value: 62.5 };
    const to = { date: '2025-12-31', value: 80 };
    expect(JSON.parse(out)).toEqual({
      from,
      to,
      path: 'geometric',
      every: 'quarter',
      milestones: milestones(from, to, { path: 'geometric', every: 'quarter' }),
    });
  });

  it('reads the values of options by the number policy', async () => {
    const ambiguous = await run([
      'plan',
      'milestones',
      '--from',
      '2023=1.500',
      '--to',
      '2025=2000',
    ]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toMatch(
      /^vn-dx plan: --from could be read two ways \(1\.500 is 1500 or 1\.5\).*--decimal comma or --decimal dot\n/,
    );
    const comma = await run([
      'plan',
      'milestones',
      '--from',
      '2023=1.500',
      '--to',
      '2025=2.000',
      '--decimal',
      'comma',
      '--json',
    ]);
    expect(JSON.parse(comma.out).milestones).toEqual([
      { date: '2024-12-31', value: 1750 },
      { date: '2025-12-31', value: 2000 },
    ]);
  });

  it('says which option is wrong (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['--to', '2025=80'], /^vn-dx plan: --from DATE=VALUE is required\n/],
      [['--from', '2025', '--to', '2026=2'], /^vn-dx plan: --from: expected DATE=VALUE/],
      [['--from', '2025-02-30=1', '--to', '2026=2'], /^vn-dx plan: --from: expected DATE=VALUE/],
      [['--from', '2025=abc', '--to', '2026=2'], /^vn-dx plan: --from: "abc" is not a number/],
      [['--from', '2025=', '--to', '2026=2'], /^vn-dx plan: --from: no value after "=" in "2025="/],
      [
        ['--from', '2025=1', '--to', '2024=2'],
        /^vn-dx plan: --to: the deadline 2024-12-31 is not after/,
      ],
      [
        ['--from', '2025=0', '--to', '2026=2', '--path', 'geometric'],
        /^vn-dx plan: --path geometric needs values > 0, and --from is 0/,
      ],
      [
        ['--from', '2025=2', '--to', '2026=-1', '--path', 'geometric'],
        /^vn-dx plan: --path geometric needs values > 0, and --to is -1/,
      ],
      [
        ['--from', '2025=1', '--to', '2026=2', '--path', 'cubic'],
        /^vn-dx plan: --path: expected linear, geometric/,
      ],
      [
        ['--from', '2025=1', '--to', '2026=2', '--unit', 'A'],
        /^vn-dx plan: --unit is an option of plan score, not of plan milestones\n/,
      ],
      [
        ['x.csv', '--from', '2025=1', '--to', '2026=2'],
        /^vn-dx plan: plan milestones reads no file/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await run(['plan', 'milestones', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toMatch(message);
      expect(result.err).toMatch(/Run vn-dx plan --help for its options\.\n$/);
    }
    const unknown = await run(['plan', 'targets']);
    expect(unknown).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^vn-dx plan: expected milestones, on-track or score, got "targets"/,
      ),
    });
    expect((await run(['plan'])).code).toBe(2);
  });
});

describe('vn-dx plan on-track', () => {
  it('gives the verdict and the rates, rounded, in each language', async () => {
    const vi = await run(['plan', 'on-track', 's.csv', '--target', '2025-12-31=60'], {
      's.csv': series,
    });
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(
      [
        'kết luận           tiến bộ vừa phải',
        'giá trị mới nhất   48,4 (ngày 31/12/2023)',
        'mục tiêu           60 (ngày 31/12/2025)',
        'tốc độ thực tế     10%/năm',
        'tốc độ cần đạt     11,3%/năm',
        'thực tế / cần đạt  88,3%',
        'dự báo             58,58 (ngày 31/12/2025)',
        'còn lại            2 năm',
        '',
      ].join('\n'),
    );
    const en = await run(['plan', 'on-track', 's.csv', '--target', '2025=60', '--lang', 'en'], {
      's.csv': series,
    });
    expect(en.out).toMatch(/^verdict {12}moderate progress$/m);
    expect(en.out).toMatch(/^required rate {6}11\.3% a year$/m);
    expect(en.out).toMatch(/^time left {10}2 years$/m);
  });

  it('reads Vietnamese headers, years and decimal commas as the same numbers', async () => {
    const vi = await run(['plan', 'on-track', 'v.csv', '--target', '2025=60', '--json'], {
      'v.csv': vietnamese,
    });
    const en = await run(['plan', 'on-track', 's.csv', '--target', '2025-12-31=60', '--json'], {
      's.csv': series,
    });
    expect(JSON.parse(vi.out)).toEqual(JSON.parse(en.out));
    const points = [
      { date: '2021-12-31', value: 40 },
      { date: '2023-12-31', value: 48.4 },
    ];
    const target = { date: '2025-12-31', value: 60 };
    expect(JSON.parse(en.out)).toEqual({
      target,
      direction: 'higher-is-better',
      trend: 'compound',
      series: points,
      ...onTrack(points, target),
    });
  });

  it('is direction-aware, takes a fitted trend, and says when the target is met', async () => {
    const ranks = { 'r.csv': 'date,value\n2022,31\n2021,25\n' };
    const away = await run(
      [
        'plan',
        'on-track',
        'r.csv',
        '--target',
        '2023=20',
        '--direction',
        'lower-is-better',
        '--lang',
        'en',
      ],
      ranks,
    );
    expect(away.out).toMatch(/^verdict +moving away from the target$/m);
    expect(away.out).toMatch(/^time left +1 year$/m);
    const linear = JSON.parse(
      (
        await run(
          [
            'plan',
            'on-track',
            'r.csv',
            '--target',
            '2023=20',
            '--direction',
            'lower-is-better',
            '--trend',
            'linear',
            '--json',
          ],
          ranks,
        )
      ).out,
    );
    expect(linear.verdict).toBe('moving-away');
    expect(linear.trend).toBe('linear');
    const met = await run(
      ['plan', 'on-track', 'r.csv', '--target', '2020=40', '--direction', 'lower-is-better'],
      ranks,
    );
    expect(met.out).toMatch(/^kết luận +đã đạt mục tiêu$/m);
    expect(met.out).toMatch(/^tốc độ cần đạt +—$/m);
    expect(met.out).toMatch(/^thực tế \/ cần đạt +—$/m);
  });

  it('lists every bad cell with line and column (exit 1)', async () => {
    const bad = await run(['plan', 'on-track', 'b.csv', '--target', '2025=60'], {
      'b.csv': 'date,value\n2021-12-31,40\n2021,41\n2022-02-30,42\n,43\n2023,\n',
    });
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')).toEqual([
      'vn-dx plan: b.csv: line 3, column 1 (date): 2021-12-31 has a value already (line 2, column 1 (date)); keep one value per date.',
      'vn-dx plan: b.csv: line 4, column 1 (date): expected a day (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 or a year such as 2025), got "2022-02-30".',
      'vn-dx plan: b.csv: line 5, column 1 (date): the cell is empty.',
      'vn-dx plan: b.csv: line 6, column 2 (value): the cell is empty.',
      '',
    ]);
    const number = await run(['plan', 'on-track', 'b.csv', '--target', '2025=60'], {
      'b.csv': 'date,value\n2021,40\n2022,x\n',
    });
    expect(number.err).toMatch(
      /^vn-dx plan: b\.csv: line 3, column 2 \(value\): "x" is not a number/,
    );
    const zero = await run(['plan', 'on-track', 'z.csv', '--target', '2025=60'], {
      'z.csv': 'date,value\n2021,0\n2022,3\n',
    });
    expect(zero.err).toBe(
      'vn-dx plan: z.csv: line 2, column 2 (value): 0 has no compound growth rate; use --trend linear or values > 0.\n',
    );
    const one = await run(['plan', 'on-track', 'o.csv', '--target', '2025=60'], {
      'o.csv': 'date,value\n2021,4\n',
    });
    expect(one).toMatchObject({
      code: 1,
      err: expect.stringMatching(/o\.csv: 1 observation; on-track needs at least two/),
    });
    const late = await run(['plan', 'on-track', 's.csv', '--target', '2023-06-30=60'], {
      's.csv': series,
    });
    expect(late.err).toBe(
      'vn-dx plan: s.csv: --target 2023-06-30 is not after the latest observation (2023-12-31, line 3, column 1 (date)) and the target is not met; give a later --target date.\n',
    );
    const flat = await run(
      ['plan', 'on-track', 'f.csv', '--target', '2025=60', '--trend', 'linear'],
      {
        'f.csv': 'date,value\n2021,0\n2022,0\n',
      },
    );
    expect(flat).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^vn-dx plan: f\.csv: series: the fitted trend is 0/),
    });
  });

  it('says which option is wrong (exit 2), a missing column is bad input (exit 1)', async () => {
    const files = { 's.csv': series, 'u.csv': scores };
    const cases: [string[], RegExp][] = [
      [['s.csv'], /^vn-dx plan: --target DATE=VALUE is required\n/],
      [['--target', '2025=60'], /^vn-dx plan: plan on-track needs a <file>\n/],
      [['s.csv', '--target', '2025=0'], /^vn-dx plan: --target: 0 has no compound growth rate/],
      [
        ['s.csv', '--target', '2025=60', '--rank', '3'],
        /^vn-dx plan: --rank is an option of plan score, not of plan on-track/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await run(['plan', 'on-track', ...args], files);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toMatch(message);
    }
    expect(await run(['plan', 'on-track', 'u.csv', '--target', '2025=60'], files)).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /^vn-dx plan: u\.csv: no date column \(its header may be "date", "ngày", "period", "kỳ"/,
      ),
    });
    expect(await run(['plan', 'on-track', 'none.csv', '--target', '2025=60'])).toMatchObject({
      code: 1,
      err: 'vn-dx plan: cannot read none.csv: no such file\n',
    });
  });
});

describe('vn-dx plan on-track: what auto decided', () => {
  it('says on standard error that a value column of 1.453 was read by the mark another column settled', async () => {
    const file = 'năm;giá trị;tỷ lệ\n2021;1.453;51,16%\n2022;1.920;62,3%\n2023;2.400;70%\n';
    const read = await run(['plan', 'on-track', 'n.csv', '--target', '2025=3000', '--lang', 'en'], {
      'n.csv': file,
    });
    expect(read.code).toBe(0);
    expect(read.out).toMatch(/^latest value +2400 \(on 2023-12-31\)$/m);
    expect(read.err).toBe(
      'n.csv: column "giá trị" is read with a decimal comma, as column "tỷ lệ" writes it (51,16%), so 1.453 is 1453; --decimal dot reads it the other way\n',
    );
  });
});

describe('vn-dx plan score', () => {
  it('gives the score needed and the gap, rounded, in each language', async () => {
    const vi = await run(['plan', 'score', 'u.csv', '--unit', 'E', '--rank', '2'], {
      'u.csv': scores,
    });
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(
      [
        'đơn vị             E',
        'thứ hạng muốn đạt  2 trên 5 (không tính F: chưa có điểm)',
        'điểm cần đạt       0,7',
        'điểm hiện tại      0,5 (hạng 5)',
        'còn thiếu          0,2',
        '',
      ].join('\n'),
    );
    const en = await run(['plan', 'score', 'u.csv', '--unit', 'A', '--rank', '5', '--lang', 'en'], {
      'u.csv': scores,
    });
    expect(en.out).toBe(
      [
        'unit           A',
        'rank wanted    5 of 5 (not counting F: no score)',
        'score needed   any score (the last place)',
        'current score  0.8 (rank 1)',
        'gap            0',
        '',
      ].join('\n'),
    );
    const none = await run(
      ['plan', 'score', 'u.csv', '--unit', 'F', '--rank', '1', '--lang', 'en'],
      {
        'u.csv': scores,
      },
    );
    expect(none.out).toMatch(/^rank wanted {4}1 of 6$/m);
    expect(none.out).toMatch(/^current score {2}no score yet$/m);
    expect(none.out).toMatch(/^gap {12}no score yet$/m);
  });

  it('prints in JSON what scoreToReach returns, reading Vietnamese files the same', async () => {
    const json = JSON.parse(
      (
        await run(['plan', 'score', 'u.csv', '--unit', 'E', '--rank', '2', '--json'], {
          'u.csv': scores,
        })
      ).out,
    );
    const record = { A: 0.8, B: 0.7, C: 0.7, D: 0.6, E: 0.5, F: null };
    expect(json).toEqual({
      ...scoreToReach(record, 'E', 2),
      of: 5,
      direction: 'higher-is-better',
      missing: ['F'],
    });
    const vi = await run(['plan', 'score', 'v.csv', '--unit', 'E', '--rank', '2', '--json'], {
      'v.csv': 'Tỉnh;Điểm\nA;0,8\nB;0,7\nC;0,7\nD;0,6\nE;0,5\nF;\n',
    });
    expect(JSON.parse(vi.out)).toEqual(json);
    // English names first, whatever the order of the columns; NFD headers read as NFC.
    const both = await run(['plan', 'score', 'b.csv', '--unit', 'E', '--rank', '1', '--json'], {
      'b.csv': `${'Tỉnh'.normalize('NFD')};unit;${'Điểm'.normalize('NFD')}\nX;A;0,8\nY;E;0,5\n`,
    });
    expect(JSON.parse(both.out)).toMatchObject({ unit: 'E', score: 0.8, current: 0.5 });
    const lower = JSON.parse(
      (
        await run(
          [
            'plan',
            'score',
            'u.csv',
            '--unit',
            'A',
            '--rank',
            '1',
            '--direction',
            'lower-is-better',
            '--json',
          ],
          {
            'u.csv': scores,
          },
        )
      ).out,
    );
    expect(lower).toMatchObject({ score: 0.5, currentRank: 5, direction: 'lower-is-better' });
    expect(lower.gap).toBeCloseTo(0.3, 15);
  });

  it('says what is wrong with the file (exit 1) or the options (exit 2)', async () => {
    const files = {
      'u.csv': scores,
      'd.csv': 'unit,score\nA,1\n,2\nA,3\n',
      'm.csv': `unit,score\n${Array.from({ length: 12 }, (_, i) => `U${i},${i}`).join('\n')}\n`,
    };
    const bad = await run(['plan', 'score', 'd.csv', '--unit', 'A', '--rank', '1'], files);
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')).toEqual([
      'vn-dx plan: d.csv: line 3, column 1 (unit): the cell is empty.',
      'vn-dx plan: d.csv: line 4, column 1 (unit): A has a row already (line 2, column 1 (unit)); keep one score per unit.',
      '',
    ]);
    expect(
      await run(['plan', 'score', 'u.csv', '--unit', 'A', '--rank', '9'], files),
    ).toMatchObject({
      code: 1,
      err: 'vn-dx plan: u.csv: --rank 9 is beyond the field of 5 units with a score (A included); ask for a rank from 1 to 5.\n',
    });
    const cases: [string[], RegExp][] = [
      [['u.csv', '--rank', '2'], /^vn-dx plan: --unit <unit> is required\n/],
      [['u.csv', '--unit', 'A'], /^vn-dx plan: --rank <n> is required\n/],
      [
        ['u.csv', '--unit', 'A', '--rank', '0'],
        /^vn-dx plan: --rank: expected a whole number from 1, got "0"/,
      ],
      [['u.csv', '--unit', 'A', '--rank', '2.5'], /^vn-dx plan: --rank: expected a whole number/],
      [
        ['u.csv', '--unit', 'Z', '--rank', '2'],
        /^vn-dx plan: --unit: u\.csv has no row for "Z"; its units are A, B, C, D, E, F\n/,
      ],
      [
        ['m.csv', '--unit', 'Z', '--rank', '2'],
        /its units are U0, U1, U2, U3, U4, U5, U6, U7, U8, U9, …\n/,
      ],
      [
        ['u.csv', '--unit', 'A', '--rank', '1', '--trend', 'linear'],
        /^vn-dx plan: --trend is an option of plan on-track, not of plan score/,
      ],
      [
        ['u.csv', '--unit', 'A', '--rank', '1', '--direction', 'up'],
        /^vn-dx plan: --direction: expected higher-is-better/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await run(['plan', 'score', ...args], files);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toMatch(message);
    }
  });
});

describe('vn-dx plan reads the same numbers as the library', () => {
  const value = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
  const year = fc.integer({ min: 2000, max: 2040 });

  it('milestones: --json is milestones() of the options, ending at the target', async () => {
    await fc.assert(
      fc.asyncProperty(
        year,
        fc.integer({ min: 1, max: 8 }),
        value,
        value,
        fc.constantFrom('year', 'half', 'quarter'),
        async (start, span, a, b, every) => {
          const from = { date: `${start}-12-31`, value: a };
          const to = { date: `${start + span}-12-31`, value: b };
          const { out, code } = await run([
            'plan',
            'milestones',
            `--from=${start}=${a}`,
            `--to=${start + span}=${b}`,
            '--every',
            every,
            '--decimal',
            'dot',
            '--json',
          ]);
          expect(code).toBe(0);
          const result = JSON.parse(out).milestones;
          expect(result).toEqual(milestones(from, to, { every }));
          expect(result.at(-1)).toEqual(to);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on-track: --json is onTrack() of the file, whatever the order of its rows', async () => {
    const positive = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(year, { minLength: 2, maxLength: 6 }),
        fc.array(positive, { minLength: 6, maxLength: 6 }),
        positive,
        fc.constantFrom('higher-is-better', 'lower-is-better'),
        async (years, values, goal, direction) => {
          const points = years.map((y, i) => ({ date: `${y}-12-31`, value: values[i] as number }));
          const csv = `ngày;giá trị\n${points.map((p) => `${p.date};${String(p.value).replace('.', ',')}`).join('\n')}\n`;
          const target = { date: '2041-12-31', value: goal };
          const { out, code } = await run(
            [
              'plan',
              'on-track',
              's.csv',
              '--target',
              `2041=${String(goal).replace('.', ',')}`,
              '--direction',
              direction,
              '--decimal',
              'comma',
              '--json',
            ],
            { 's.csv': csv },
          );
          expect(code).toBe(0);
          const { target: read, direction: _, trend: __, series: ___, ...result } = JSON.parse(out);
          expect(read).toEqual(target);
          // --json prints what JSON.stringify prints: -0 becomes 0, as in any JSON.
          expect(result).toEqual(
            JSON.parse(JSON.stringify(onTrack(points, target, { direction }))),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('vn-dx plan score: blank scores and names that are no province', () => {
  const provinces =
    'Tỉnh;Điểm\nĐà Nẵng;0,80\nHuế;0,70\nQuảng Nam;0,51\nCần Thơ;\nHậu Giang;0,49\nQuang Namm;0,45\nSóc Trăng;\n';

  it('keeps a unit without a score, says it is not counted, and lists it (--strict: an error)', async () => {
    const files = { 'p.csv': provinces };
    const vi = await run(['plan', 'score', 'p.csv', '--unit', 'quang nam', '--rank', '2'], files);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(
      /^thứ hạng muốn đạt {2}2 trên 5 \(không tính Cần Thơ, Sóc Trăng: chưa có điểm\)$/m,
    );
    expect(vi.err.split('\n')).toEqual([
      'p.csv: dòng 5, cột 2 (Điểm): ô trống, thiếu số liệu',
      'p.csv: dòng 7, cột 1 (Tỉnh): "Quang Namm" không phải tên tỉnh, thành phố nào; giữ nguyên như đã viết',
      'p.csv: dòng 8, cột 2 (Điểm): ô trống, thiếu số liệu',
      '',
    ]);
    const en = await run(
      ['plan', 'score', 'p.csv', '--unit', 'Quảng Nam', '--rank', '2', '--json', '--lang', 'en'],
      files,
    );
    expect(JSON.parse(en.out)).toMatchObject({ of: 5, missing: ['Cần Thơ', 'Sóc Trăng'] });
    expect(JSON.parse(en.err).warnings.map((w: { code: string; line: number }) => w)).toEqual([
      expect.objectContaining({ code: 'BLANK_CELL', line: 5, column: 'Điểm' }),
      expect.objectContaining({ code: 'UNRESOLVED_PROVINCE', line: 7, cell: 'Quang Namm' }),
      expect.objectContaining({ code: 'BLANK_CELL', line: 8, column: 'Điểm' }),
    ]);
    const strict = await run(
      ['plan', 'score', 'p.csv', '--unit', 'Quảng Nam', '--rank', '2', '--strict', '--lang', 'en'],
      files,
    );
    expect(strict).toMatchObject({ code: 1, out: '' });
    expect(strict.err.split('\n')).toEqual([
      'vn-dx plan: p.csv: line 5, column 2 (Điểm): the cell is empty.',
      'vn-dx plan: p.csv: line 7, column 1 (Tỉnh): "Quang Namm" names no province (--strict refuses a unit that is not one).',
      'vn-dx plan: p.csv: line 8, column 2 (Điểm): the cell is empty.',
      '',
    ]);
  });

  it('lists no unit of a column that names no province at all (departments)', async () => {
    const files = { 'd.csv': 'đơn vị,điểm\nSở Tài chính,0.8\nSở Y tế,0.7\n' };
    expect(
      await run(['plan', 'score', 'd.csv', '--unit', 'Sở Y tế', '--rank', '1'], files),
    ).toMatchObject({ code: 0, err: '' });
  });
});
