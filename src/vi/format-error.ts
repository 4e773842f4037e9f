import { type DxIssue, type DxMessage, isDxError } from '../errors.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { pathText } from '../internal/issue.js';
import {
  ERROR_TITLES,
  type ErrorLanguage,
  EXPECTED_VI,
  ISSUE_WORDS,
  MESSAGES,
} from './error-catalogue.js';

/**
 * Options for {@link formatError}.
 *
 * @category Errors
 */
export interface FormatErrorOptions {
  /** `'vi'` for Vietnamese, `'en'` (the default) for English. */
  readonly lang?: 'vi' | 'en';
}

/** The most issues listed; the rest are counted. */
const MAX_LISTED = 20;

/**
 * Renders a {@link DxError} for a person, in Vietnamese or English: a title for its code, then
 * one line per issue (where, what was expected, what was found, candidates or a suggestion).
 * Titles and words come from one catalogue keyed by error code. The error's own `message`
 * stays English; this is the way to show it in Vietnamese (the `vn-dx` command does so with
 * `--lang vi`). An issue with a catalogue `key` is written from it; one with neither a key nor
 * an `expected` part shows its place and what was found, never its English sentence.
 *
 * @param error - a `DxError` (or one from another bundle or realm, see `isDxError`).
 * @param options - `lang`: `'vi'` or `'en'` (default).
 * @returns the text: the title and code on the first line, then an indented line per issue.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `error` is not a `DxError`, or `lang` is not
 *   `'vi'` or `'en'`.
 *
 * @example
 * ```ts
 * import { formatError, parseViNumber } from 'vn-dx';
 *
 * try {
 *   parseViNumber('12,3,4');
 * } catch (error) {
 *   formatError(error, { lang: 'vi' }).split('\n')[0]; // 'Số không hợp lệ (INVALID_NUMBER)'
 * }
 * ```
 *
 * @category Errors
 */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  if (!isDxError(error)) fail('INVALID_ARGUMENT', 'error', 'a DxError', error);
  knownKeys(record(options, 'options'), ['lang'], 'options');
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  const title = ERROR_TITLES[error.code]?.[lang] ?? error.code;
  const issues: readonly DxIssue[] = Array.isArray(error.issues) ? error.issues : [];
  if (issues.length === 0) return `${title} (${error.code})\n  ${error.message}`;
  const lines = issues.slice(0, MAX_LISTED).map((item) => `  ${issueText(item, lang)}`);
  if (issues.length > MAX_LISTED)
    lines.push(`  (+${issues.length - MAX_LISTED} ${ISSUE_WORDS.more[lang]})`);
  return [`${title} (${error.code})`, ...lines].join('\n');
}

/**
 * One issue as a line: in English the issue's own sentence (it names candidates and
 * suggestions); in Vietnamese the catalogue's sentence for its key, else one built from the
 * structured parts. `formatError` and `formatIssue` (which the command writes with) both use it.
 *
 * @param item - The issue.
 * @param lang - The language of the line.
 * @param withPlace - Whether the line starts with the issue's place (path, line and column).
 * @returns The line, without a trailing newline.
 */
export function issueText(item: DxIssue, lang: ErrorLanguage, withPlace = true): string {
  const words = (key: keyof typeof ISSUE_WORDS): string => ISSUE_WORDS[key][lang];
  const place = [
    pathText(item.path),
    item.line === undefined ? '' : `${words('line')} ${item.line}`,
    item.column === undefined ? '' : `${words('column')} ${item.column}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
  const parts: string[] = [];
  const said = item.key === undefined ? undefined : messageText(item as DxMessage, lang);
  if (lang === 'en') parts.push(item.message);
  else if (said !== undefined) parts.push(said);
  else {
    if (item.expected !== undefined)
      parts.push(`${words('expected')} ${expectedVi(item.expected)}`);
    if (item.received !== undefined) parts.push(`${words('received')} ${item.received}`);
    if (item.candidates !== undefined && item.candidates.length > 0)
      parts.push(`${words('candidates')}: ${item.candidates.join('; ')}`);
    if (item.suggestion !== undefined) parts.push(`${words('suggestion')} ${item.suggestion}?`);
  }
  const text = parts.join('; ');
  if (!withPlace) return text;
  return place === '' ? text : text === '' ? place : `${place}: ${text}`;
}

/**
 * A catalogue sentence in one language, its `{name}` placeholders filled from `params` (a
 * value that is itself a sentence is written in the same language); `undefined` for a key the
 * catalogue does not hold.
 */
export function messageText(message: DxMessage, lang: ErrorLanguage): string | undefined {
  const template: string | undefined = (MESSAGES as Record<string, Record<ErrorLanguage, string>>)[
    message.key
  ]?.[lang];
  if (template === undefined) return undefined;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? (messageText(value, lang) ?? value.key) : String(value);
  });
}

/** An `expected` phrase in Vietnamese, when the catalogue has it; as written otherwise. */
export function expectedVi(expected: string): string {
  for (const [pattern, vi] of EXPECTED_VI)
    if (pattern.test(expected)) return expected.replace(pattern, vi);
  return expected;
}

/** The language of `options`, checked as `formatError` checks it. */
function languageOf(options: FormatErrorOptions): ErrorLanguage {
  knownKeys(record(options, 'options'), ['lang'], 'options');
  return oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
}

/**
 * Writes one sentence of vn-dx's error catalogue, by its id, with the values it names: what a
 * {@link DxIssue}'s `key` and `params` hold (a value that is itself a sentence is written in the
 * same language). The `vn-dx` command writes its messages this way in either language.
 *
 * @param message - `{ key, params }`: the sentence's id and its values.
 * @param options - `lang`: `'vi'` or `'en'` (default).
 * @returns the sentence, its placeholders filled.
 * @throws {@link DxError} `UNKNOWN_ID` when the catalogue has no sentence `key`;
 *   `INVALID_ARGUMENT` when `message` is not an object with a `key`, or `lang` is not `'vi'` or `'en'`.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'vn-dx';
 *
 * formatMessage({ key: 'cell-empty' }, { lang: 'vi' }); // 'ô trống'
 * formatMessage({ key: 'unknown-option', params: { option: '--x' } }); // 'unknown option --x'
 * ```
 *
 * @category Errors
 */
export function formatMessage(message: DxMessage, options: FormatErrorOptions = {}): string {
  const lang = languageOf(options);
  const given = record(message, 'message') as { key?: unknown };
  if (typeof given.key !== 'string') fail('INVALID_ARGUMENT', 'message.key', 'text', given.key);
  const text = messageText(message, lang);
  if (text === undefined)
    fail('UNKNOWN_ID', 'message.key', 'a sentence id of the error catalogue', given.key);
  return text;
}

/**
 * Writes one issue of a {@link DxError} in Vietnamese or English, as `formatError` writes each
 * of its lines: English, the issue's own sentence; Vietnamese, the catalogue's sentence for its
 * `key`, else what was expected and found, with candidates and a suggestion.
 *
 * @param issue - one of a `DxError`'s `issues`.
 * @param options - `lang`: `'vi'` or `'en'` (default); `place`: `false` leaves out the path,
 *   line and column in front (default `true`).
 * @returns the issue as one line.
 * @throws {@link DxError} `INVALID_ARGUMENT` when `issue` is not an object with a `path` array,
 *   an option is unknown, or `lang` is not `'vi'` or `'en'`.
 *
 * @example
 * ```ts
 * import { formatIssue } from 'vn-dx';
 *
 * const issue = { path: ['weights', 2], message: 'expected a finite number, got NaN', expected: 'a finite number', received: 'NaN' };
 * formatIssue(issue, { lang: 'vi' }); // 'weights[2]: cần một số hữu hạn; nhận được NaN'
 * formatIssue(issue, { lang: 'vi', place: false }); // 'cần một số hữu hạn; nhận được NaN'
 * ```
 *
 * @category Errors
 */
export function formatIssue(
  issue: DxIssue,
  options: FormatErrorOptions & { readonly place?: boolean } = {},
): string {
  const { place = true, ...rest } = record(options, 'options') as FormatErrorOptions & {
    place?: boolean;
  };
  const lang = languageOf(rest);
  const given = record(issue, 'issue') as { path?: unknown };
  if (!Array.isArray(given.path)) fail('INVALID_ARGUMENT', 'issue.path', 'an array', given.path);
  return issueText(issue, lang, place !== false);
}
