import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command.js';
import { commandHelp, mainHelp, readingRules } from '../../src/cli/help.js';

const bare: Command = {
  name: 'demo',
  summary: { en: 'a command without options', vi: 'một lệnh không có tùy chọn' },
  args: '',
  arity: [0, 0],
  help: { en: 'Does nothing.', vi: 'Không làm gì.' },
  options: {},
  run: () => 0,
};

describe('commandHelp and mainHelp', () => {
  it('leave out an empty options list and name a value without a placeholder', () => {
    expect(commandHelp(bare)).toBe(
      [
        'Usage: vn-dx demo [options]',
        '',
        'A command without options.',
        '',
        'Does nothing.',
        '',
        'Common options:',
        '      --json                print JSON instead of text',
        '      --lang vi|en          output in Vietnamese (default) or English; help is',
        '                            in English unless --lang vi',
        '  -h, --help                show this help',
        '',
      ].join('\n'),
    );
    // A command that reads files lists the reading options and the reading rules.
    const reader = commandHelp({ ...bare, name: 'rank' });
    expect(reader).toContain('      --encoding <encoding> read files in this encoding');
    expect(reader.endsWith(readingRules('en').join('\n'))).toBe(true);
    expect(commandHelp({ ...bare, name: 'rank', args: '<file>' }, 'vi')).toMatch(
      /^Cách dùng: vn-dx rank <tệp> \[tùy chọn\]\n[\s\S]*--encoding <bảng mã>/,
    );
    const valued = commandHelp({
      ...bare,
      options: { level: { type: 'string', description: { en: 'how much', vi: 'bao nhiêu' } } },
    });
    expect(valued).toContain('      --level <value>       how much\n');
    expect(commandHelp(bare, 'vi')).toMatch(
      /^Cách dùng: vn-dx demo \[tùy chọn\]\n\nMột lệnh không có tùy chọn\.\n\nKhông làm gì\.\n/,
    );
  });

  it('aligns the command list on the longest name', () => {
    expect(mainHelp([bare, { ...bare, name: 'longer-name', args: '<file>' }])).toContain(
      '  demo                a command without options\n  longer-name <file>  a command without options\n',
    );
  });

  it('puts a long option on its own line, and a long description on the lines under it', () => {
    const text = { en: 'x', vi: 'x' };
    const long = 'a description long enough to need a second line under the first one, at 79';
    const help = commandHelp({
      ...bare,
      help: { en: 'Does nothing.\n', vi: 'x' },
      options: {
        abcdefghijk: { type: 'string', description: text },
        abcdefghijkl: { type: 'string', description: text },
        wordy: { type: 'boolean', short: 'w', description: { en: long, vi: long } },
      },
    });
    expect(help).toContain(
      [
        'A command without options.',
        '',
        'Does nothing.',
        '',
        'Options:',
        '      --abcdefghijk <value> x',
        '      --abcdefghijkl <value>',
        '                            x',
        '  -w, --wordy               a description long enough to need a second line',
        '                            under the first one, at 79',
        '',
        'Common options:',
      ].join('\n'),
    );
  });

  it('lists the reading options before --help for a command that reads files, then the rules', () => {
    const reader = commandHelp({ ...bare, name: 'rank' });
    const flags = [...reader.matchAll(/^ {2}(?:-h, )? *(--[a-z]+)/gm)].map((m) => m[1]);
    expect(flags).toEqual(['--json', '--lang', '--delimiter', '--encoding', '--help']);
    const rules = readingRules('en');
    expect(rules[0]).toBe('Reading files:');
    expect(rules.at(-1)).toBe('');
    expect(rules.slice(1, -1).every((line) => line.startsWith('  ') && line.length <= 79)).toBe(
      true,
    );
    expect(readingRules('vi')[0]).toBe('Đọc tệp:');
    expect(readingRules()).toEqual(rules);
  });

  it('writes the list of commands: title, usage, one line each, then the footer', () => {
    const text = mainHelp([bare, { ...bare, name: 'rank', args: '<file>' }]);
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      "vn-dx — Vietnam's provincial digital transformation (chuyển đổi số) from the command line",
      '',
      'Usage: vn-dx <command> [options]',
      '',
      'Commands:',
      '  demo         a command without options',
      '  rank <file>  a command without options',
    ]);
    expect(lines[7]).toBe('');
    expect(lines[8]).toMatch(/^vn-dx help <command>/);
    expect(text.endsWith('2 bad usage.\n')).toBe(true);
    expect(mainHelp([bare, { ...bare, name: 'rank', args: '<file>' }], 'vi').split('\n')[6]).toBe(
      '  rank <tệp>  một lệnh không có tùy chọn',
    );
  });

  it('keeps every line of a description that wraps more than once', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const help = commandHelp({
      ...bare,
      options: {
        w: { type: 'boolean', description: { en: words, vi: words } },
        'a-very-long-option-name': { type: 'boolean', description: { en: words, vi: words } },
      },
    });
    const indent = ' '.repeat(28);
    expect(help).toContain(
      [
        '      --w                   word0 word1 word2 word3 word4 word5 word6 word7',
        `${indent}word8 word9 word10 word11 word12 word13 word14`,
        `${indent}word15 word16 word17 word18 word19 word20 word21`,
        `${indent}word22 word23 word24 word25 word26 word27 word28`,
        `${indent}word29`,
        '      --a-very-long-option-name',
        `${indent}word0 word1 word2 word3 word4 word5 word6 word7`,
        `${indent}word8 word9 word10 word11 word12 word13 word14`,
        `${indent}word15 word16 word17 word18 word19 word20 word21`,
      ].join('\n'),
    );
  });
});
