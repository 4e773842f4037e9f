import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { loadCommands, main } from '../../src/cli/main.js';
import { fixture, memoryIo, run } from './fixture.js';

const COMMANDS = await loadCommands();

describe('vn-dx, vn-dx --help, vn-dx help', () => {
  it('list every command with one line each', async () => {
    const bare = await run([]);
    expect(bare.code).toBe(0);
    for (const argv of [['--help'], ['-h'], ['help']]) expect((await run(argv)).out).toBe(bare.out);
    for (const command of COMMANDS) {
      expect(bare.out).toMatch(
        new RegExp(`^ {2}${command.name}\\b.*${command.summary.en.slice(0, 20)}`, 'm'),
      );
    }
    for (const line of bare.out.split('\n'))
      expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it('show one command’s options with help <command> or <command> --help', async () => {
    for (const command of COMMANDS) {
      const viaHelp = await run(['help', command.name]);
      expect(viaHelp.out).toMatch(new RegExp(`^Usage: vn-dx ${command.name}`));
      expect((await run([command.name, '--help'])).out).toBe(viaHelp.out);
      for (const option of Object.keys(command.options))
        expect(viaHelp.out).toContain(`--${option}`);
      for (const line of viaHelp.out.split('\n'))
        expect([...line].length, line).toBeLessThanOrEqual(80);
    }
    expect((await run(['rank', '-h'])).out).toMatch(/^Usage: vn-dx rank <file>/);
  });

  it('speak Vietnamese with --lang vi, wherever it is given', async () => {
    const vi = (await run(['--help', '--lang', 'vi'])).out;
    expect(vi).toContain('Các lệnh:');
    for (const command of COMMANDS) expect(vi).toContain(command.summary.vi);
    expect((await run(['--lang', 'vi'])).out).toBe(vi);
    expect((await run(['help', '--lang=vi'])).out).toBe(vi);
    for (const command of COMMANDS) {
      const help = (await run(['help', command.name, '--lang', 'vi'])).out;
      expect(help).toBe((await run([command.name, '--lang', 'vi', '--help'])).out);
      expect(help).toMatch(new RegExp(`^Cách dùng: vn-dx ${command.name}`));
      expect(help).not.toMatch(/\b(Usage|Options|show this help)\b/);
      for (const line of help.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
    expect((await run(['--help'])).out).toMatch(/^vn-dx — Vietnam's/);
  });

  it('prints the version it is given (the bin reads package.json), then the data dates', async () => {
    const dates =
      'vn-dx/framework 2026-01-18, vn-dx/dti 2025-10-22, vn-dx/provinces 2026-09-20, vn-dx/seed 2023-04';
    expect((await run(['--version'])).out).toBe(`0.1.0\ndata as of: ${dates}\n`);
    expect((await run(['-v'])).out.split('\n')[0]).toBe('0.1.0');
    expect((await run(['--version', '--lang', 'vi'])).out).toBe(
      `0.1.0\ndữ liệu đến ngày: ${dates}\n`,
    );
    const { version: _, ...io } = memoryIo().io;
    const out: string[] = [];
    expect(await main(['--version'], { ...io, stdout: (t) => out.push(t) }, fixture)).toBe(0);
    expect(out.join('')).toBe(`unknown\ndata as of: ${dates}\n`);
  });
});

describe('usage errors (exit 2) name the command and the option', () => {
  it('rejects unknown commands, options of other commands and unknown options', async () => {
    expect(await run(['frobnicate'])).toMatchObject({
      code: 2,
      err: 'vn-dx: unknown command "frobnicate"\nRun vn-dx help for the commands.\n',
    });
    expect((await run(['help', 'frobnicate'])).code).toBe(2);
    expect((await run(['--json'])).err).toMatch(/^vn-dx: --json must follow a command/);
    expect(await run(['provinces', 'hue', '--ties', 'bogus'])).toMatchObject({
      code: 2,
      err: 'vn-dx provinces: --ties is an option of vn-dx rank, not of this command\nRun vn-dx provinces --help for its options.\n',
    });
    expect(await run(['provinces', '--out', 'x.svg'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx provinces: --out is an option of vn-dx chart/),
    });
    expect(await run(['rank', 'x.csv', '--bogus'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx rank: unknown option --bogus\n/),
    });
  });

  it('rejects bad values, missing values and arguments', async () => {
    expect((await run(['report', '--lang', 'fr'])).err).toBe(
      'vn-dx report: --lang: expected vi, en, got "fr"\nRun vn-dx report --help for its options.\n',
    );
    expect((await run(['rank', 'x.csv', '--by'])).err).toMatch(/^vn-dx rank: --by needs a value/);
    expect((await run(['report', '--json=yes'])).err).toMatch(
      /^vn-dx report: --json takes no value/,
    );
    expect((await run(['rank', 'x.csv', '--by', '-x'])).err).toMatch(
      /^vn-dx rank: --by needs a value \(write --by=-… for one that starts with -\)/,
    );
    expect((await run(['rank'])).err).toMatch(/^vn-dx rank: rank needs <file>/);
    expect((await run(['report', 'extra'])).err).toMatch(
      /^vn-dx report: unexpected argument "extra"/,
    );
    expect((await run(['rank', 'a.csv', '--ties', 'olympic'])).err).toMatch(
      /--ties: expected competition, modified, dense, ordinal, fractional, got "olympic"/,
    );
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

describe('--json applies to errors: one JSON object on standard error, exit codes unchanged', () => {
  it('writes a usage error as JSON (exit 2), in the language asked for', async () => {
    const result = await run(['rank', 'in.csv', '--json'], { 'in.csv': 'a,b\n1,2\n' });
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(JSON.parse(result.err)).toEqual({
      code: 'USAGE',
      message: '--by <column> is required',
      key: 'option-required',
      params: { option: { key: 'both', params: { en: '--by <column>', vi: '--by <cột>' } } },
      hint: 'Run vn-dx rank --help for its options.',
    });
    const vi = await run(['rank', 'in.csv', '--json', '--lang', 'vi'], { 'in.csv': 'a\n1\n' });
    expect(JSON.parse(vi.err)).toMatchObject({
      message: 'cần có --by <cột>',
      hint: 'Chạy vn-dx rank --help để xem các tùy chọn.',
    });
  });

  it('writes bad input as JSON (exit 1), each issue with its sentence in the language', async () => {
    const files = { 'p.csv': 'value,target\n1,\n' };
    const vi = await run(['progress', 'p.csv', '--strict', '--json', '--lang', 'vi'], files);
    expect(vi.code).toBe(1);
    expect(JSON.parse(vi.err)).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'p.csv: dòng 2, cột 2 (target): ô trống',
      issues: [
        { line: 2, column: 2, key: 'at-cell', message: 'p.csv: dòng 2, cột 2 (target): ô trống' },
      ],
    });
    const en = await run(['progress', 'p.csv', '--strict', '--json', '--lang', 'en'], files);
    expect(JSON.parse(en.err)).toMatchObject({
      message: 'p.csv: line 2, column 2 (target): the cell is empty.',
    });
    const missing = await run(['validate', 'none.csv', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.err)).toMatchObject({ code: 'ENOENT', key: 'no-such-file' });
  });
});

describe('no option is accepted and ignored', () => {
  it('refuses the options of reading a file where no file is read, naming the option', async () => {
    for (const [argv, option] of [
      [['report', '--encoding', 'utf-8'], '--encoding'],
      [['provinces', '--delimiter', ';'], '--delimiter'],
      [['chart', 'ranks', '--delimiter', ';'], '--delimiter'],
      [['chart', 'ranks', '--decimal', 'comma'], '--decimal'],
      [
        ['plan', 'milestones', '--from', '2023=1', '--to', '2025=2', '--encoding', 'utf-8'],
        '--encoding',
      ],
    ] as const) {
      const result = await run([...argv]);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(
        new RegExp(`^vn-dx [a-z]+: ${option} applies only when a file is read`),
      );
    }
    const vi = await run(['report', '--encoding', 'utf-8', '--lang', 'vi']);
    expect(vi.err).toMatch(
      /^vn-dx report: --encoding chỉ dùng khi đọc tệp; vn-dx report không đọc/,
    );
  });

  it('refuses --at without --province in report, and --title with --json in chart', async () => {
    expect(await run(['report', '--at', '2024-01-01'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^vn-dx report: --at applies only with --province\n/),
    });
    const titled = await run(['chart', 'ranks', '--json', '--title', 'x']);
    expect(titled.code).toBe(2);
    expect(JSON.parse(titled.err).message).toBe('--title has no effect with --json');
  });

  it('writes the series to --out with chart ranks --json', async () => {
    const result = await run(['chart', 'ranks', '--json', '--out', 'j.svg']);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(JSON.parse(result.written['j.svg'] as string)[0]).toMatchObject({ label: 'Hậu Giang' });
    expect(result.err).toBe('đã ghi j.svg\n');
  });
});
