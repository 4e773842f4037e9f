import type { Dataset, DxMessage, DxMessageParam } from '../index.js';
import { formatMessage } from '../vi/format-error.js';
import type { CliIo } from './io.js';

export type Lang = 'vi' | 'en';

/** A text of the help in both languages. */
export type Text = Readonly<Record<Lang, string>>;

/** One option of a command, as util.parseArgs reads it, with what help needs. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in help: `<column>`, `YYYY-MM-DD`. */
  readonly placeholder?: string;
  /** The values the option accepts, when they are a fixed list. */
  readonly choices?: readonly string[];
  /**
   * A day: read by this reader (days.ts's `dayOf`: 31/12/2025, 2025-12-31, a year …) and passed
   * on as `YYYY-MM-DD`. The command gives it, so that only a command that takes a day loads the
   * reader of dates (and date-fns).
   */
  readonly day?: (text: string) => string | undefined;
  readonly description: Text;
}

/** The parsed command line a command runs with. */
export interface Invocation {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** What a command may use besides its arguments. */
export interface CommandContext {
  readonly io: CliIo;
  readonly dataset: Dataset;
  readonly lang: Lang;
  readonly json: boolean;
  /** Bold on a colour terminal, plain otherwise. */
  readonly bold: (text: string) => string;
}

/** One `vn-dx` command: its name, help, options and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: Text;
  /** The arguments after the name, for the usage line: `<file>`, `[query]`. */
  readonly args: string;
  /** The fewest and most positional arguments. */
  readonly arity: readonly [number, number];
  /** A paragraph or two under the usage line. */
  readonly help: Text;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Whether the command reads `context.dataset` (the seed dataset), which is loaded only for it. */
  readonly readsDataset?: true;
  /** Runs the command; resolves to its exit code. */
  readonly run: (invocation: Invocation, context: CommandContext) => number | Promise<number>;
}

/**
 * A sentence of the error catalogue (src/vi/error-catalogue.ts) with the values it names; an id
 * the catalogue lacks is a bug, which `sayText` reports when the sentence is written.
 */
export function say(key: string, params: Readonly<Record<string, DxMessageParam>> = {}) {
  return { key, params } as const satisfies DxMessage;
}

/** A catalogue sentence in one language. */
export function sayText(message: DxMessage, lang: Lang): string {
  return formatMessage(message, { lang });
}

/** A catalogue sentence in English: what an error's `message` holds. */
export function english(message: DxMessage): string {
  return sayText(message, 'en');
}

/**
 * A mistake in how the command was called (exit code 2), as opposed to bad input (1): a
 * catalogue sentence, written in the language of the command line (`message` is English).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly said: DxMessage;

  /** `said`: a catalogue sentence; plain text is shown as written, in either language. */
  constructor(said: DxMessage | string) {
    const message = typeof said === 'string' ? say('text', { text: said }) : said;
    super(english(message));
    this.said = message;
  }
}

/** Options every command takes; the dispatcher reads them. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: {
    type: 'boolean',
    description: { en: 'print JSON instead of text', vi: 'in JSON thay cho văn bản' },
  },
  lang: {
    type: 'string',
    placeholder: 'vi|en',
    choices: ['vi', 'en'],
    description: {
      en: 'output in Vietnamese (default) or English; help is in English unless --lang vi',
      vi: 'kết quả bằng tiếng Việt (mặc định) hoặc tiếng Anh; trợ giúp bằng tiếng Việt khi có --lang vi',
    },
  },
  help: {
    type: 'boolean',
    short: 'h',
    description: { en: 'show this help', vi: 'hiện trợ giúp này' },
  },
};

/**
 * Options of the commands that read a file: how the file is read. A command line that reads
 * none refuses them (exit 2), so that no option is accepted and ignored.
 */
export const READING_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  delimiter: {
    type: 'string',
    placeholder: ',|;|tab',
    choices: [',', ';', 'tab', 'comma', 'semicolon'],
    description: {
      en: 'the CSV delimiter, instead of deciding it from the whole file (see "Reading files" below)',
      vi: 'dấu phân cách của tệp CSV, thay cho việc tự xác định từ toàn bộ tệp (xem "Đọc tệp" bên dưới)',
    },
  },
  encoding: {
    type: 'string',
    placeholder: '<encoding>',
    description: {
      en: 'read files in this encoding, e.g. windows-1258 or utf-16le (default: by byte-order mark, else UTF-8)',
      vi: 'đọc tệp theo bảng mã này, ví dụ windows-1258 hoặc utf-16le (mặc định: theo dấu BOM, nếu không có thì UTF-8)',
    },
  },
};

/**
 * Which command lines read a file: every line of `rank`, `progress`, `validate`,
 * `uncertainty` and `address`; `chart ranks` with a file; `plan on-track` and `plan score`.
 */
export const READS_FILE: Readonly<Record<string, (positionals: readonly string[]) => boolean>> = {
  rank: () => true,
  progress: () => true,
  validate: () => true,
  uncertainty: () => true,
  address: () => true,
  chart: (positionals) => positionals.length > 1,
  plan: (positionals) => positionals[0] !== 'milestones',
};

/** The --delimiter values, as the parser takes them. */
export const DELIMITER_VALUES: Readonly<Record<string, ',' | ';' | '\t'>> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
};

/** The --decimal option, shared by every command that reads numbers from a table. */
export const DECIMAL_OPTION: OptionSpec = {
  type: 'string',
  placeholder: 'comma|dot|auto',
  choices: ['comma', 'dot', 'auto'],
  description: {
    en: 'how numbers are written: comma = 1.234,5 (Vietnamese), dot = 1,234.5; auto (default) decides once for the whole file and stops when the file reads two ways',
    vi: 'cách viết số: comma = 1.234,5 (kiểu Việt Nam), dot = 1,234.5; auto (mặc định) quyết định một lần cho cả tệp và dừng lại khi tệp đọc được hai cách',
  },
};

/**
 * `--strict`: a blank cell, or a province cell that names no province, is an error. Without it
 * a blank is "no value" and such a name is kept as written: the row is kept, shown, and listed
 * on standard error, never dropped (src/cli/gaps.ts).
 */
export const STRICT_OPTION: OptionSpec = {
  type: 'boolean',
  description: {
    en: 'treat a blank cell, or a province cell that names no province, as an error (by default the row is kept and listed)',
    vi: 'coi ô trống, hoặc ô tên tỉnh không phải tỉnh nào, là lỗi (mặc định dòng được giữ lại và được liệt kê)',
  },
};

/**
 * The placeholders of usage lines and help, in Vietnamese: what a user types in their place is
 * named in their language (`<tệp>`, `<cột>`); option names and fixed values stay as typed.
 */
const PLACEHOLDERS_VI: Readonly<Record<string, string>> = {
  '<file>': '<tệp>',
  '[file]': '[tệp]',
  '<data>': '<dữ liệu>',
  '[words]': '[từ khóa]',
  '[query]': '[từ khóa]',
  '<what>': '<việc>',
  '<codes>': '<các mã>',
  '<column>': '<cột>',
  '<direction>': '<hướng>',
  '<encoding>': '<bảng mã>',
  '<factor>': '<hệ số>',
  '<file.json>': '<tệp.json>',
  '<file.svg>': '<tệp.svg>',
  '<index>': '<chỉ số>',
  '<method>': '<cách>',
  '<n,…>': '<số,…>',
  '<n>': '<số>',
  '<name or code>': '<tên hoặc mã>',
  '<text>': '<văn bản>',
  '<unit>': '<đơn vị>',
  'DATE=VALUE': 'NGÀY=GIÁ_TRỊ',
  'YYYY-MM-DD': 'NNNN-TT-NN',
};

/** A usage line's arguments or an option's placeholder, in the help's language. */
export function placeholderText(text: string, lang: Lang = 'en'): string {
  if (lang === 'en') return text;
  return text.replace(/<[^<>\s]+(?: [^<>\s]+)*>|\[[a-z]+\]|DATE=VALUE|YYYY-MM-DD/g, (found) =>
    Object.hasOwn(PLACEHOLDERS_VI, found) ? (PLACEHOLDERS_VI[found] as string) : found,
  );
}

/** A command's arguments for a message, in both languages. */
export function argsText(args: string) {
  return say('both', { en: args, vi: placeholderText(args, 'vi') });
}

/** The usage error for a required option that is missing: `--by <column> is required`. */
export function requiredOption(option: string, placeholder: string): UsageError {
  return new UsageError(
    say('option-required', {
      option: say('both', {
        en: `${option} ${placeholder}`,
        vi: `${option} ${placeholderText(placeholder, 'vi')}`,
      }),
    }),
  );
}

/** Prints a value as JSON, or text made on demand. */
export function print(context: CommandContext, data: unknown, text: () => string): void {
  context.io.stdout(context.json ? `${JSON.stringify(data, null, 2)}\n` : text());
}
