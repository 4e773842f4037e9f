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
});
