// How the command line of one command is read: util.parseArgs with the command's options, then
// the checks that make a bad option or value a usage error naming it as typed.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  argsText,
  COMMON_OPTIONS,
  type Command,
  type OptionSpec,
  READING_OPTIONS,
  READS_FILE,
  say,
  UsageError,
} from './command.js';

/** Which other commands take an option, for the message when this one does not. */
function ownersOf(option: string, commands: readonly Command[]): string[] {
  return commands.filter((command) => Object.hasOwn(command.options, option)).map((c) => c.name);
}

/**
 * Reads a command's arguments: its own options, the reading ones when it reads files, the
 * common ones; choices and days checked; a usage error (exit 2) naming the option otherwise.
 */
export function parse(command: Command, argv: readonly string[], commands: readonly Command[]) {
  const reader = Object.hasOwn(READS_FILE, command.name);
  const specs: Record<string, OptionSpec> = {
    ...command.options,
    ...(reader ? READING_OPTIONS : {}),
    ...COMMON_OPTIONS,
  };
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-{1,2}[^'\s]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = option.replace(/^-+/, '');
      const owners = ownersOf(name, commands);
      if (Object.hasOwn(READING_OPTIONS, name))
        throw new UsageError(say('option-reads-files', { option, command: command.name }));
      throw new UsageError(
        owners.length > 0
          ? say('option-of-others', {
              option,
              owners: owners.map((o) => `vn-dx ${o}`).join(', '),
            })
          : say('unknown-option', { option }),
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const message = (error as Error).message;
      throw new UsageError(
        say(
          /does not take an argument/.test(message)
            ? 'option-takes-no-value'
            : /ambiguous/.test(message)
              ? 'option-needs-dash-value'
              : 'option-needs-value',
          { option },
        ),
      );
    }
    throw error;
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (typeof value === 'string' && spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(
        say('option-choice', { option: `--${name}`, choices: spec.choices.join(', '), value }),
      );
    }
    if (typeof value === 'string' && spec.day) {
      const day = spec.day(value);
      if (day === undefined)
        throw new UsageError(say('option-day', { option: `--${name}`, value }));
      parsed.values[name] = day;
    }
  }
  if (parsed.values.help) return parsed as Parsed;
  const [min, max] = command.arity;
  if (parsed.positionals.length < min) {
    throw new UsageError(
      say('command-needs', { command: command.name, args: argsText(command.args) }),
    );
  }
  if (parsed.positionals.length > max) {
    throw new UsageError(say('unexpected-argument', { value: parsed.positionals[max] ?? '' }));
  }
  refuseUnread(command, parsed as Parsed);
  return parsed as Parsed;
}

/**
 * A command line that reads no file (`chart ranks` alone, `plan milestones`) refuses the
 * options of reading one, and --decimal where it reads no number either.
 */
function refuseUnread(command: Command, { values, positionals }: Parsed): void {
  if (READS_FILE[command.name]?.(positionals) !== false) return;
  const unread = ['delimiter', 'encoding', ...(command.name === 'plan' ? [] : ['decimal'])];
  const given = unread.find((name) => values[name] !== undefined);
  if (given === undefined) return;
  const called = [command.name, ...positionals].join(' ');
  throw new UsageError(say('option-reads-files', { option: `--${given}`, command: called }));
}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}
