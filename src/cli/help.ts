import { COMMON_OPTIONS, type Command, type OptionSpec } from './command.js';
import { wrap } from './table.js';

function optionLine(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.placeholder ?? '<value>'}` : ''}`;
  const indent = ' '.repeat(28);
  const lines = wrap(spec.description, 79, indent, indent);
  return flag.length < 26
    ? `  ${flag.padEnd(26)}${(lines[0] ?? '').trimStart()}${lines.length > 1 ? `\n${lines.slice(1).join('\n')}` : ''}`
    : `  ${flag}\n${lines.join('\n')}`;
}

/** The help of one command: usage, description, its options, then the common ones. */
export function commandHelp(command: Command): string {
  const own = Object.entries(command.options);
  return [
    `Usage: vn-dx ${command.name}${command.args ? ` ${command.args}` : ''} [options]`,
    '',
    `${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.`,
    '',
    command.help.trimEnd(),
    '',
    ...(own.length > 0
      ? ['Options:', ...own.map(([name, spec]) => optionLine(name, spec)), '']
      : []),
    'Common options:',
    ...Object.entries(COMMON_OPTIONS).map(([name, spec]) => optionLine(name, spec)),
    '',
  ].join('\n');
}

/** The list of every command, one line each. */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length)) + 2;
  return [
    "vn-dx — Vietnam's provincial digital transformation (chuyển đổi số) from the command line",
    '',
    'Usage: vn-dx <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${`${c.name} ${c.args}`.trimEnd().padEnd(width)}${c.summary}`),
    '',
    'vn-dx help <command> (or vn-dx <command> --help) shows its options.',
    'vn-dx --version prints the version.',
    'A <file> of - reads standard input. Exit codes: 0 ok, 1 bad input, 2 bad usage.',
    '',
  ].join('\n');
}
