import { type Dataset, DxError, type DxMessage, decodeText, isDxError } from '../index.js';
import { seedDataset } from '../seed.js';
import {
  type Command,
  type CommandContext,
  DELIMITER_VALUES,
  type Lang,
  say,
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
import { reportFailure } from './failure.js';
import { commandHelp, mainHelp } from './help.js';
import { type CliIo, nodeIo } from './io.js';
import { type Parsed, parse } from './parse.js';

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
    if (!command) return usageError(io, lang, say('unknown-command', { name: topic }));
    io.stdout(commandHelp(command, lang));
    return 0;
  }
  const command = findCommand(first);
  if (!command) {
    return usageError(
      io,
      lang,
      first.startsWith('-')
        ? say('option-before-command', { option: first })
        : say('unknown-command', { name: first }),
    );
  }
  const color = io.isTTY && !io.env.NO_COLOR;
  try {
    const { values, positionals } = parse(command, rest, COMMANDS);
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
    const code = reportFailure(error, {
      io,
      command: command.name,
      lang,
      json: rest.includes('--json'),
      commandHelp: true,
    });
    if (code === undefined) throw error;
    return code;
  }
}

/** The io every command reads through: --encoding and --delimiter applied to every file. */
function readingIo(io: CliIo, values: Parsed['values']): CliIo {
  const { encoding, delimiter } = values;
  if (typeof encoding === 'string') {
    try {
      decodeText(new Uint8Array(0), { encoding });
    } catch {
      throw new UsageError(say('option-unknown-encoding', { value: encoding }));
    }
  }
  const forced = typeof delimiter === 'string' ? DELIMITER_VALUES[delimiter] : undefined;
  return {
    ...io,
    readFile: (path) => {
      try {
        return io.readFile(path, typeof encoding === 'string' ? encoding : undefined);
      } catch (error) {
        // An ENCODING error's issue names the line; the file goes in front of its path.
        if (!isDxError(error) || error.issues.some((item) => item.path[0] === path)) throw error;
        throw new DxError(error.code, error.message, {
          issues: error.issues.map((item) => ({ ...item, path: [path, ...item.path] })),
          cause: error,
        });
      }
    },
    ...(typeof encoding === 'string' ? { encoding } : {}),
    ...(forced === undefined ? {} : { delimiter: forced }),
  };
}

/** A usage error before a command was found: as text, since no command took --json. */
function usageError(io: CliIo, lang: Lang, said: DxMessage): number {
  return reportFailure(new UsageError(said), {
    io,
    command: undefined,
    lang,
    json: false,
    commandHelp: false,
  }) as number;
}
