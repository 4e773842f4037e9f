import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Dataset, decodeText, formatError, isDxError } from '../index.js';
import { seedDataset } from '../seed.js';
import {
  COMMON_OPTIONS,
  type Command,
  type CommandContext,
  DELIMITER_VALUES,
  type Lang,
  type OptionSpec,
  UsageError,
} from './command.js';
import { address } from './commands/address.js';
import { chart } from './commands/chart.js';
import { indicators } from './commands/indicators.js';
import { plan } from './commands/plan.js';
import { progress } from './commands/progress.js';
import { provinces } from './commands/provinces.js';
import { rank } from './commands/rank.js';
import { report } from './commands/report.js';
import { uncertainty } from './commands/uncertainty.js';
import { validate } from './commands/validate.js';
import { dataDates } from './data-dates.js';
import { DAY_FORMS, dayOf } from './days.js';
import { commandHelp, mainHelp } from './help.js';
import { type CliIo, nodeIo } from './io.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  report,
  provinces,
  indicators,
  rank,
  progress,
  plan,
  validate,
  chart,
  uncertainty,
  address,
];

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** The help's language: English unless the command line asks for `--lang vi`. */
function helpLang(argv: readonly string[]): Lang {
  return argv.some((arg, i) => arg === '--lang=vi' || (arg === '--lang' && argv[i + 1] === 'vi'))
    ? 'vi'
    : 'en';
}

/** Which other commands take an option, for the message when this one does not. */
function ownersOf(option: string): string[] {
  return COMMANDS.filter((command) => Object.hasOwn(command.options, option)).map((c) => c.name);
}

function parse(command: Command, argv: readonly string[]) {
  const specs: Record<string, OptionSpec> = { ...command.options, ...COMMON_OPTIONS };
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
      const owners = ownersOf(name);
      throw new UsageError(
        owners.length > 0
          ? `${option} is an option of ${owners.map((o) => `vn-dx ${o}`).join(', ')}, not of this command`
          : `unknown option ${option}`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const message = (error as Error).message;
      throw new UsageError(
        /does not take an argument/.test(message)
          ? `${option} takes no value`
          : /ambiguous/.test(message)
            ? `${option} needs a value (write ${option}=-… for one that starts with -)`
            : `${option} needs a value`,
      );
    }
    throw error;
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (typeof value === 'string' && spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`--${name}: expected ${spec.choices.join(', ')}, got "${value}"`);
    }
    if (typeof value === 'string' && spec.day) {
      const day = dayOf(value);
      if (day === undefined)
        throw new UsageError(`--${name}: expected a day (${DAY_FORMS}), got "${value}"`);
      parsed.values[name] = day;
    }
  }
  if (parsed.values.help) return parsed as Parsed;
  const [min, max] = command.arity;
  if (parsed.positionals.length < min) {
    throw new UsageError(`${command.name} needs ${command.args}`);
  }
  if (parsed.positionals.length > max) {
    throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`);
  }
  return parsed as Parsed;
}

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Runs the command line; resolves to the exit code: 0 ok, 1 bad input
 * (a DxError or an unreadable file), 2 bad usage.
 */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  io: CliIo = nodeIo(),
  dataset: Dataset = seedDataset,
): Promise<number> {
  const [first = '', ...rest] = argv;
  const lang = helpLang(argv);
  const unlabelled = argv.filter(
    (arg, i) => !(arg === '--lang' || arg.startsWith('--lang=') || argv[i - 1] === '--lang'),
  );
  if (unlabelled.length === 0 || unlabelled[0] === '--help' || unlabelled[0] === '-h') {
    io.stdout(mainHelp(COMMANDS, lang));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${io.version ?? 'unknown'}\n${dataDates(lang)}`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest.find((arg, i) => !arg.startsWith('-') && rest[i - 1] !== '--lang');
    if (topic === undefined) {
      io.stdout(mainHelp(COMMANDS, lang));
      return 0;
    }
    const command = findCommand(topic);
    if (!command) return usageError(io, 'help', `unknown command "${topic}"`, false);
    io.stdout(commandHelp(command, lang));
    return 0;
  }
  const command = findCommand(first);
  if (!command) {
    return usageError(
      io,
      undefined,
      first.startsWith('-') ? `${first} must follow a command` : `unknown command "${first}"`,
      false,
    );
  }
  const color = io.isTTY && !io.env.NO_COLOR;
  try {
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      io.stdout(commandHelp(command, helpLang(rest)));
      return 0;
    }
    const context: CommandContext = {
      io: readingIo(io, values),
      dataset,
      lang: (values.lang ?? 'vi') as Lang,
      json: values.json === true,
      bold: (text) => (color ? `\u001b[1m${text}\u001b[22m` : text),
    };
    return await command.run({ values, positionals }, context);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, command.name, error.message, true);
    if (isDxError(error)) {
      // English prints the error's own message; --lang vi renders it from the code and issues.
      const text = lang === 'vi' ? formatError(error, { lang }) : error.message;
      io.stderr(
        `${text
          .split('\n')
          .map((line) => `vn-dx ${command.name}: ${line}`)
          .join('\n')}\n`,
      );
      return 1;
    }
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      const path = (error as { path?: unknown }).path;
      io.stderr(
        `vn-dx ${command.name}: cannot read ${path === undefined ? 'the file' : String(path)}: ${code === 'ENOENT' ? 'no such file' : code}\n`,
      );
      return 1;
    }
    throw error;
  }
}

/** The io every command reads through: --encoding and --delimiter applied to every file. */
function readingIo(io: CliIo, values: Parsed['values']): CliIo {
  const { encoding, delimiter } = values;
  if (typeof encoding === 'string') {
    try {
      decodeText(new Uint8Array(0), { encoding });
    } catch {
      throw new UsageError(
        `--encoding: unknown encoding "${encoding}"; use a name such as utf-8, utf-16le, utf-16be or windows-1258`,
      );
    }
  }
  const forced = typeof delimiter === 'string' ? DELIMITER_VALUES[delimiter] : undefined;
  return {
    ...io,
    readFile: (path) => io.readFile(path, typeof encoding === 'string' ? encoding : undefined),
    ...(typeof encoding === 'string' ? { encoding } : {}),
    ...(forced === undefined ? {} : { delimiter: forced }),
  };
}

function usageError(
  io: CliIo,
  command: string | undefined,
  message: string,
  commandHelpExists: boolean,
): number {
  const prefix = command === undefined ? 'vn-dx' : `vn-dx ${command}`;
  const hint =
    commandHelpExists && command !== undefined
      ? `Run vn-dx ${command} --help for its options.`
      : 'Run vn-dx help for the commands.';
  io.stderr(`${prefix}: ${message}\n${hint}\n`);
  return 2;
}
