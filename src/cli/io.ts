import { readFileSync, writeFileSync } from 'node:fs';
import { decodeText } from '../index.js';

/** What the command touches outside itself; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Reads a file, or standard input for `-`, as text: by its byte-order mark,
   * else as UTF-8, else an `ENCODING` error naming the likely encoding; in
   * `encoding` when `--encoding` gives one.
   */
  readonly readFile: (path: string, encoding?: string) => string;
  /** The delimiter `--delimiter` forces on every CSV the command reads; decided per file when absent. */
  readonly delimiter?: ',' | ';' | '\t';
  readonly writeFile: (path: string, text: string) => void;
  /** Whether standard output is a terminal (colour is used only then, and never with NO_COLOR). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version `--version` prints (the bin reads it from package.json). */
  readonly version?: string;
}

/** The real process; `version` is the package's, which the bin reads from package.json. */
export function nodeIo(version?: string): CliIo {
  return {
    ...(version === undefined ? {} : { version }),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path, encoding) =>
      decodeText(readFileSync(path === '-' ? 0 : path), {
        name: path === '-' ? 'standard input' : path,
        ...(encoding === undefined ? {} : { encoding }),
      }),
    writeFile: (path, text) => writeFileSync(path, text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  };
}
