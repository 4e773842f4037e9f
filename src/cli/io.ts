import { closeSync, fstatSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { DxError } from '../errors.js';
import { decodeText } from '../io/decode.js';

/** What the command touches outside itself; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /**
   * Standard output for UTF-8 bytes, used before it returns (the caller may reuse them): a
   * command that prints much writes through it when it is there, rather than making strings.
   */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /**
   * Reads a file, or standard input for `-`, as text: by its byte-order mark,
   * else as UTF-8, else an `ENCODING` error naming the likely encoding; in
   * `encoding` when `--encoding` gives one. A file over {@link WHOLE_FILE_LIMIT}
   * is a `TOO_LARGE` error, raised before it is read.
   */
  readonly readFile: (path: string, encoding?: string) => string;
  /**
   * Reads a file, or standard input for `-`, as pieces of bytes, for commands that read a CSV
   * as a stream (decoded by readCsvStream with `encoding`). Absent in tests that give files as
   * text: the command then reads `readFile`'s text.
   */
  readonly readPieces?: (path: string) => Iterable<Uint8Array>;
  /** The encoding `--encoding` gives, for files read in pieces. */
  readonly encoding?: string;
  /** The delimiter `--delimiter` forces on every CSV the command reads; decided per file when absent. */
  readonly delimiter?: ',' | ';' | '\t';
  readonly writeFile: (path: string, text: string) => void;
  /** Whether standard output is a terminal (colour is used only then, and never with NO_COLOR). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version `--version` prints (the bin reads it from package.json). */
  readonly version?: string;
}

const MB = 1024 * 1024;

/**
 * The largest file a command reads whole (as one text, then parsed): larger ones take several
 * times their size in memory. `rank` reads a CSV of any size as a stream.
 */
export const WHOLE_FILE_LIMIT = 64 * MB;

/**
 * The size of the pieces a file is read in. Small: a piece's rows are held until they are handed
 * out, and whatever is held when the garbage collector runs makes its young generation grow
 * (32 KB pieces took a 10 MB file's `rank` from 96 to 111 MB).
 */
const PIECE = 8 * 1024;

/** The error for a file larger than a command holds: its size, the limit and what to do. */
export function tooLarge(file: string, size: number, limit: number, what: string): DxError {
  const mb = (bytes: number) => String(Math.ceil(bytes / MB));
  return new DxError(
    'TOO_LARGE',
    `${file}: ${size > limit ? `${mb(size)} MB is` : 'the file is'} more than this command reads at once (${mb(limit)} MB); ${what}.`,
    {
      issues: [
        {
          path: [file],
          message: 'the file is too large for this command',
          expected: `a file of at most ${mb(limit)} MB`,
          ...(size > limit ? { received: `${mb(size)} MB` } : {}),
        },
      ],
    },
  );
}

const WHOLE_FILE_ADVICE =
  'rank reads a CSV file of any size; other commands need the file split (by province or year)';

/** Reads a whole file (or standard input) up to `limit` bytes; a larger one is an error at once. */
function readWhole(path: string, limit: number): Uint8Array {
  const name = path === '-' ? 'standard input' : path;
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const size = path === '-' ? 0 : fstatSync(fd).size;
    if (size > limit) throw tooLarge(name, size, limit, WHOLE_FILE_ADVICE);
    const pieces: Uint8Array[] = [];
    let total = 0;
    for (const piece of readFrom(fd)) {
      total += piece.length;
      if (total > limit) throw tooLarge(name, total, limit, WHOLE_FILE_ADVICE);
      pieces.push(piece);
    }
    return Buffer.concat(pieces, total);
  } finally {
    if (path !== '-') closeSync(fd);
  }
}

/**
 * The bytes of an open file, a piece at a time (standard input waits when it has none yet).
 * With `reuse`, every piece is read into the same buffer: for a reader that is done with a
 * piece before it asks for the next, as readCsvStream is.
 */
function* readFrom(fd: number, reuse = false): Generator<Uint8Array, void, undefined> {
  const shared = reuse ? Buffer.allocUnsafe(PIECE) : undefined;
  for (;;) {
    const buffer = shared ?? Buffer.allocUnsafe(PIECE);
    let read: number;
    try {
      read = readSync(fd, buffer, 0, PIECE, null);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EAGAIN') continue;
      throw error;
    }
    if (read === 0) return;
    yield buffer.subarray(0, read);
  }
}

/** A file's bytes in pieces; the file is opened at once (so a missing one fails early) and closed at the end. */
function readPieces(path: string): Iterable<Uint8Array> {
  if (path === '-') return readFrom(0, true);
  const fd = openSync(path, 'r');
  return (function* () {
    try {
      yield* readFrom(fd, true);
    } finally {
      closeSync(fd);
    }
  })();
}

/** A short wait, while a pipe's reader catches up. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

/**
 * Standard output, written before the call returns: a command's output can be far larger than
 * memory, and process.stdout would queue what a slow pipe has not taken yet. When the reader
 * has gone (`| head`), the rest is dropped quietly, as other command-line tools do.
 */
function standardOutput(): Pick<CliIo, 'stdout' | 'stdoutBytes'> {
  let closed = false;
  // One buffer for every write: output is encoded into it rather than into a new one each time.
  const buffer = new Uint8Array(1 << 17);
  const encoder = new TextEncoder();
  const stdoutBytes = (bytes: Uint8Array) => {
    if (closed) return;
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(1, bytes, at);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'EAGAIN') pause();
        else if (code === 'EPIPE') {
          closed = true;
          return;
        } else throw error;
      }
    }
  };
  const stdout = (text: string) =>
    stdoutBytes(
      text.length * 3 <= buffer.length
        ? buffer.subarray(0, encoder.encodeInto(text, buffer).written)
        : Buffer.from(text),
    );
  return { stdout, stdoutBytes };
}

/** The real process; `version` is the package's, which the bin reads from package.json. */
export function nodeIo(version?: string): CliIo {
  return {
    ...(version === undefined ? {} : { version }),
    ...standardOutput(),
    stderr: (text) => process.stderr.write(text),
    readFile: (path, encoding) =>
      decodeText(readWhole(path, WHOLE_FILE_LIMIT), {
        name: path === '-' ? 'standard input' : path,
        ...(encoding === undefined ? {} : { encoding }),
      }),
    readPieces,
    writeFile: (path, text) => writeFileSync(path, text),
    isTTY: isatty(1),
    env: process.env,
  };
}
