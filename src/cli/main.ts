import { DxError, isDxError } from '../errors.js';
import type { Dataset, DxMessage } from '../index.js';
import { decodeText } from '../io/decode.js';
import {
  type Command,
  type CommandContext,
  DELIMITER_VALUES,
  type Lang,
  say,
  UsageError,
} from './command.js';
import { reportFailure } from './failure.js';
import { commandHelp, mainHelp } from './help.js';
import { type CliIo, nodeIo } from './io.js';
import { type Parsed, parse } from './parse.js';

/**
 * Every command, in the order the help lists them, each loaded only when it is wanted: a
 * command brings in only what it uses (`rank` no commune table, framework or DTI data).
 */
const LOADERS: readonly (readonly [string, () => Promise<Command>])[] = [
  ['report', async () => (await import('./commands/report.js')).report],
  ['provinces', async () => (await import('./commands/provinces.js')).provinces],
  ['indicators', async () => (await import('./commands/indicators.js')).indicators],
  ['rank', async () => (await import('./commands/rank.js')).rank],
  ['progress', async () => (await import('./commands/progress.js')).progress],
  ['plan', async () => (await import('./commands/plan.js')).plan],
  ['validate', async () => (await import('./commands/validate.js')).validate],
  ['chart', async () => (await import('./commands/chart.js')).chart],
  ['uncertainty', async () => (await import('./commands/uncertainty.js')).uncertainty],
  ['address', async () => (await import('./commands/address.js')).address],
];

/** Every command (all loaded), in the order the help lists them. */
export function loadCommands(): Promise<readonly Command[]> {
  return Promise.all(LOADERS.map(([, load]) => load()));
}

/** The command of a name, loaded; undefined when there is none. */
function findCommand(name: string): Promise<Command> | undefined {
  return LOADERS.find(([known]) => known === name)?.[1]();
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
  dataset?: Dataset,
): Promise<number> {
  const [first = '', ...rest] = argv;
  const lang = helpLang(argv);
  const unlabelled = argv.filter(
    (arg, i) => !(arg === '--lang' || arg.startsWith('--lang=') || argv[i - 1] === '--lang'),
  );
  if (unlabelled.length === 0 || unlabelled[0] === '--help' || unlabelled[0] === '-h') {
    io.stdout(mainHelp(await loadCommands(), lang));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    const { dataDates } = await import('./data-dates.js');
    io.stdout(`${io.version ?? 'unknown'}\n${dataDates(lang)}`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest.find((arg, i) => !arg.startsWith('-') && rest[i - 1] !== '--lang');
    if (topic === undefined) {
      io.stdout(mainHelp(await loadCommands(), lang));
      return 0;
    }
    const command = await findCommand(topic);
    if (!command) return usageError(io, lang, say('unknown-command', { name: topic }));
    io.stdout(commandHelp(command, lang));
    return 0;
  }
  const command = await findCommand(first);
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
    const { values, positionals } = await parsed(command, rest);
    if (values.help) {
      io.stdout(commandHelp(command, helpLang(rest)));
      return 0;
    }
    // The seed dataset only for the commands that read it: the others load less.
    const data =
      dataset ?? (command.readsDataset ? (await import('../seed.js')).seedDataset : undefined);
    const context: CommandContext = {
      io: readingIo(io, values),
      get dataset(): Dataset {
        if (data === undefined) throw new Error(`${command.name} reads the dataset: readsDataset`);
        return data;
      },
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

/**
 * The command's arguments. The other commands are loaded only when an option is refused, for
 * the message that names the commands that take it.
 */
async function parsed(command: Command, rest: readonly string[]) {
  try {
    return parse(command, rest, [command]);
  } catch (error) {
    if (error instanceof UsageError) parse(command, rest, await loadCommands());
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
