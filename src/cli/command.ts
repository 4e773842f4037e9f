import type { Dataset } from '../index.js';
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
  /** A day: read by `dayOf` (31/12/2025, 2025-12-31, a year …) and passed on as `YYYY-MM-DD`. */
  readonly day?: true;
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
  /** Runs the command; resolves to its exit code. */
  readonly run: (invocation: Invocation, context: CommandContext) => number | Promise<number>;
}

/** A mistake in how the command was called (exit code 2), as opposed to bad input (1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
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
  help: {
    type: 'boolean',
    short: 'h',
    description: { en: 'show this help', vi: 'hiện trợ giúp này' },
  },
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

/** Prints a value as JSON, or text made on demand. */
export function print(context: CommandContext, data: unknown, text: () => string): void {
  context.io.stdout(context.json ? `${JSON.stringify(data, null, 2)}\n` : text());
}
