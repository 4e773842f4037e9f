import { describe, expect, it } from 'vitest';
import { type Command, sayText, UsageError } from '../../src/cli/command.js';
import { dayOf } from '../../src/cli/days.js';
import { parse } from '../../src/cli/parse.js';

/** A command with one option of each kind; named `rank`, a command that reads a file. */
const demo: Command = {
  name: 'rank',
  summary: { en: 'demo', vi: 'demo' },
  args: '<file>',
  arity: [1, 2],
  help: { en: 'Demo.', vi: 'Demo.' },
  options: {
    by: { type: 'string', description: { en: 'x', vi: 'x' } },
    ties: { type: 'string', choices: ['dense', 'ordinal'], description: { en: 'x', vi: 'x' } },
    at: { type: 'string', day: dayOf, description: { en: 'x', vi: 'x' } },
    all: { type: 'boolean', short: 'a', description: { en: 'x', vi: 'x' } },
  },
  run: () => 0,
};
const other: Command = {
  ...demo,
  name: 'report',
  arity: [0, 0],
  options: { province: { type: 'string', description: { en: 'x', vi: 'x' } } },
};
const commands = [demo, other];

/** The usage error a command line gives, in English and Vietnamese. */
function refusal(command: Command, argv: string[]): [string, string] {
  try {
    parse(command, argv, commands);
  } catch (error) {
    if (error instanceof UsageError) return [error.message, sayText(error.said, 'vi')];
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parse', () => {
  it('reads the command’s own, reading and common options, a short flag, and positionals', () => {
    expect(
      parse(
        demo,
        ['f.csv', '--by', 'dti', '-a', '--ties=dense', '--delimiter', ';', '--json'],
        commands,
      ),
    ).toEqual({
      values: { by: 'dti', all: true, ties: 'dense', delimiter: ';', json: true },
      positionals: ['f.csv'],
    });
  });

  it('reads a day option in any form dayOf reads, as YYYY-MM-DD', () => {
    expect(parse(demo, ['f.csv', '--at', '31/12/2025'], commands).values.at).toBe('2025-12-31');
    expect(refusal(demo, ['f.csv', '--at', 'soon'])[0]).toBe(
      '--at: expected a day (31/12/2025, 2025-12-31, ngày 31 tháng 12 năm 2025 or a year such as 2025), got "soon"',
    );
  });

  it('refuses a value outside the choices, naming them', () => {
    expect(refusal(demo, ['f.csv', '--ties', 'olympic'])).toEqual([
      '--ties: expected dense, ordinal, got "olympic"',
      '--ties: cần một trong dense, ordinal, nhận được "olympic"',
    ]);
  });

  it('names the commands an unknown option belongs to, or none', () => {
    expect(refusal(demo, ['f.csv', '--province', '49'])[0]).toBe(
      '--province is an option of vn-dx report, not of this command',
    );
    const third: Command = { ...other, name: 'progress' };
    expect(
      (() => {
        try {
          parse(demo, ['f.csv', '--province', '49'], [demo, other, third]);
        } catch (error) {
          return (error as Error).message;
        }
      })(),
    ).toBe('--province is an option of vn-dx report, vn-dx progress, not of this command');
    expect(refusal(demo, ['f.csv', '--nope'])).toEqual([
      'unknown option --nope',
      'không có tùy chọn --nope',
    ]);
    expect(refusal(demo, ['f.csv', '-z'])[0]).toBe('unknown option -z');
  });

  it('refuses the reading options for a command that reads no file', () => {
    expect(refusal(other, ['--encoding', 'utf-8'])[0]).toBe(
      '--encoding applies only when a file is read; vn-dx report reads none',
    );
  });

  it('says which option takes no value, and which needs one', () => {
    expect(refusal(demo, ['f.csv', '--json=yes'])[0]).toBe('--json takes no value');
    expect(refusal(demo, ['f.csv', '--by'])[0]).toBe('--by needs a value');
    expect(refusal(demo, ['f.csv', '--by', '-x'])[0]).toBe(
      '--by needs a value (write --by=-… for one that starts with -)',
    );
  });

  it('counts the positionals, except with --help', () => {
    expect(refusal(demo, [])).toEqual(['rank needs <file>', 'rank cần <tệp>']);
    expect(parse(demo, ['a', 'b'], commands).positionals).toEqual(['a', 'b']);
    expect(refusal(demo, ['a', 'b', 'c'])).toEqual(['unexpected argument "c"', 'thừa đối số "c"']);
    expect(parse(demo, ['--help'], commands).values.help).toBe(true);
    expect(parse(other, ['x', '--help'], commands).positionals).toEqual(['x']);
    // A command that is not one of the readers is never asked whether it reads a file.
    expect(parse(other, ['--json'], commands)).toEqual({ values: { json: true }, positionals: [] });
  });
});

describe('a command line that reads no file', () => {
  const chart: Command = { ...demo, name: 'chart', arity: [1, 2], options: {} };
  const plan: Command = { ...demo, name: 'plan', arity: [1, 1], options: {} };
  const decimal = { decimal: { type: 'string', description: { en: 'x', vi: 'x' } } } as const;

  it('refuses --delimiter, --encoding and --decimal, naming the command line', () => {
    expect(refusal(chart, ['ranks', '--delimiter', ';'])[0]).toBe(
      '--delimiter applies only when a file is read; vn-dx chart ranks reads none',
    );
    expect(refusal({ ...chart, options: decimal }, ['ranks', '--decimal', 'dot'])[0]).toBe(
      '--decimal applies only when a file is read; vn-dx chart ranks reads none',
    );
    expect(parse(chart, ['ranks', 'f.csv', '--delimiter', ';'], commands).values.delimiter).toBe(
      ';',
    );
    expect(parse(chart, ['ranks'], commands).positionals).toEqual(['ranks']);
  });

  it('lets plan milestones take --decimal (for its values) but not --encoding', () => {
    expect(
      parse({ ...plan, options: decimal }, ['milestones', '--decimal', 'dot'], commands).values
        .decimal,
    ).toBe('dot');
    expect(refusal(plan, ['milestones', '--encoding', 'utf-8'])[0]).toBe(
      '--encoding applies only when a file is read; vn-dx plan milestones reads none',
    );
  });
});
