// How a command that failed says so: a usage error (exit 2), bad input (a DxError or a file
// that cannot be read, exit 1), as text or, with --json, as one JSON object on standard error,
// in the language of the command line. Sentences come from the error catalogue by key.
import { isDxError } from '../errors.js';
import type { DxError, DxIssue } from '../index.js';
import { formatError, formatIssue } from '../vi/format-error.js';
import { type Lang, say, sayText, UsageError } from './command.js';
import type { CliIo } from './io.js';

/** Sentences that say where they are (file, line, column), so no path is put in front. */
const LOCATED = new Set(['at-cell', 'in-file']);

/** The most issues written; the rest are counted. */
const MAX_LISTED = 20;

/** One issue in a language: its catalogue sentence, else its place and structured parts. */
export function issueSentence(item: DxIssue, lang: Lang): string {
  if (item.key !== undefined && LOCATED.has(item.key))
    return sayText(item as { key: string }, lang);
  if (lang === 'en') return item.message;
  if (item.line === undefined) return formatIssue(item, { lang });
  // A place in a file: the file (the path's first part), line and column, the column's name.
  const [file, ...rest] = item.path;
  const name = rest.at(-1);
  const place = [
    typeof file === 'string' ? file : '',
    `dòng ${item.line}`,
    item.column === undefined ? '' : `cột ${item.column}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
  const named = typeof name === 'string' && item.column !== undefined ? ` (${name})` : '';
  return `${place}${named}: ${formatIssue(item, { lang, place: false })}`;
}

/** The lines of a DxError in a language: English, its message; Vietnamese, from its issues. */
export function errorLines(error: DxError, lang: Lang): string[] {
  if (lang === 'en') return error.message.split('\n');
  // formatError's first line: the code's title and the code.
  const title = formatError(error, { lang }).split('\n')[0] as string;
  if (error.issues.length === 0) return [title];
  const lines = error.issues
    .slice(0, MAX_LISTED)
    .flatMap((item) => issueSentence(item, lang).split('\n'));
  if (error.issues.length > MAX_LISTED)
    lines.push(`(+${error.issues.length - MAX_LISTED} lỗi khác)`);
  // A sentence from the catalogue says what is wrong; structured parts alone need the title.
  return error.issues.every((item) => item.key !== undefined) ? lines : [title, ...lines];
}

/** An error as JSON: its code, its message and each issue's sentence in the language. */
export function errorJson(error: DxError, lang: Lang): Record<string, unknown> {
  return {
    code: error.code,
    message: errorLines(error, lang).join('\n'),
    issues: error.issues.map((item) => ({
      ...item,
      message: issueSentence(item, lang),
      ...(lang === 'vi' && item.expected !== undefined
        ? {
            expected: formatIssue(
              { path: [], message: '', expected: item.expected },
              { lang, place: false },
            ),
          }
        : {}),
    })),
  };
}

/** Where a failure is written, and how. */
export interface FailureContext {
  readonly io: CliIo;
  /** The command's name; undefined before one was found. */
  readonly command: string | undefined;
  readonly lang: Lang;
  readonly json: boolean;
  /** Whether the hint may point at the command's own help. */
  readonly commandHelp: boolean;
}

/**
 * Writes a failure and returns its exit code: 2 for a usage error, 1 for bad input; undefined
 * for anything else (a bug, which the caller rethrows).
 */
export function reportFailure(error: unknown, context: FailureContext): number | undefined {
  const { io, command, lang, json } = context;
  const prefix = command === undefined ? 'vn-dx' : `vn-dx ${command}`;
  const write = (lines: readonly string[], object: Record<string, unknown>) =>
    io.stderr(
      json
        ? `${JSON.stringify(object, null, 2)}\n`
        : `${lines.map((line) => `${prefix}: ${line}`).join('\n')}\n`,
    );
  if (error instanceof UsageError) {
    const hint =
      context.commandHelp && command !== undefined
        ? say('hint-command', { command })
        : say('hint-commands');
    const message = sayText(error.said, lang);
    io.stderr(
      json
        ? `${JSON.stringify({ code: 'USAGE', message, key: error.said.key, params: error.said.params ?? {}, hint: sayText(hint, lang) }, null, 2)}\n`
        : `${prefix}: ${message}\n${sayText(hint, lang)}\n`,
    );
    return 2;
  }
  if (isDxError(error)) {
    write(errorLines(error, lang), errorJson(error, lang));
    return 1;
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    const path = (error as { path?: unknown }).path;
    const file = path === undefined ? say('both', { en: 'the file', vi: 'tệp' }) : String(path);
    const said =
      code === 'ENOENT'
        ? say('no-such-file', { file })
        : say('cannot-read', { file, reason: code });
    const message = sayText(said, lang);
    write([message], { code, message, key: said.key, params: said.params });
    return 1;
  }
  return undefined;
}
