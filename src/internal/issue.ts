// One way to make an error: every DxError vn-dx throws is built here from its issues, so that a
// program can read what was wrong (path, expected, received, candidates) and the English message
// is assembled from the same parts. Anything taken from the input passes through `describe` or
// `excerpt`, so a message never echoes more than a bounded excerpt (a 600 KB CSV header, a
// million-key object or a long key stay out of it).
import { DxError, type DxErrorCode, type DxIssue, type DxMessageParam } from '../errors.js';
import { describe, excerpt } from './describe.js';

/** Where a problem is: a path as the caller knows it (`options.weights[2]`), or its segments. */
export type Where = string | readonly (string | number)[];

/** The structured parts of an issue, beside its sentence. */
export interface IssueDetail {
  /** What the value should have been. */
  readonly expected?: string;
  /** The value found (described within bounds; pass the raw value). */
  readonly received?: unknown;
  /** What an ambiguous query could mean. */
  readonly candidates?: readonly string[];
  /** The closest known id or name. */
  readonly suggestion?: string;
  /** 1-based line in a text input. */
  readonly line?: number;
  /** 1-based column in a text input. */
  readonly column?: number;
  /** The sentence's id in the error catalogue, so that it can be written in Vietnamese. */
  readonly key?: string;
  /** The values the sentence of `key` names. */
  readonly params?: Readonly<Record<string, DxMessageParam>>;
}

/** The longest issue sentence kept; a sentence of ours is far shorter, so this only bounds input. */
const MAX_MESSAGE = 600;
/** The longest path segment kept. */
const MAX_SEGMENT = 80;
/** The most candidates an issue lists. */
const MAX_CANDIDATES = 12;
/** The most issues one error's message lists (all are in `issues`). */
const MAX_LISTED = 20;

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u;
const SIMPLE_PATH = /^[\p{L}_$][\p{L}\p{N}_$-]*(?:\.[\p{L}_$][\p{L}\p{N}_$-]*|\[\d+\])*$/u;

/**
 * Splits `options.weights[2]` into `['options', 'weights', 2]`; other text is one segment.
 * A key from the input can be any length, so a segment keeps an excerpt of at most 80 characters.
 */
export function pathOf(where: Where): (string | number)[] {
  if (typeof where !== 'string')
    return where.map((segment) =>
      // Stryker disable next-line ConditionalExpression: excerpt leaves a number as it is (its length is undefined)
      typeof segment === 'string' ? excerpt(segment, MAX_SEGMENT) : segment,
    );
  if (where === '') return [];
  if (!SIMPLE_PATH.test(where)) return [excerpt(where, MAX_SEGMENT)];
  return [...where.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? excerpt(m[1] as string, MAX_SEGMENT) : Number(m[2]),
  );
}

/** Writes a path the way a caller reads it: `observations[3].value`; long keys are cut. */
export function pathText(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const shown = excerpt(segment);
      if (index === 0) return shown;
      return IDENTIFIER.test(shown) ? `.${shown}` : `[${JSON.stringify(shown)}]`;
    })
    .join('');
}

/** One issue: its path, its sentence (bounded) and its structured parts. */
export function issue(where: Where, message: string, detail: IssueDetail = {}): DxIssue {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
  const candidates = detail.candidates?.slice(0, MAX_CANDIDATES).map((c) => excerpt(c));
  return {
    path: pathOf(where),
    message: text,
    ...(detail.expected === undefined ? {} : { expected: detail.expected }),
    ...('received' in detail ? { received: describe(detail.received) } : {}),
    ...(candidates === undefined ? {} : { candidates }),
    ...(detail.suggestion === undefined ? {} : { suggestion: excerpt(detail.suggestion) }),
    ...(detail.line === undefined ? {} : { line: detail.line }),
    ...(detail.column === undefined ? {} : { column: detail.column }),
    ...(detail.key === undefined ? {} : { key: detail.key }),
    ...(detail.params === undefined ? {} : { params: detail.params }),
  };
}

/** The English sentence for one issue: `path: message` (the message as written when no path). */
export function issueLine(item: DxIssue): string {
  const where = pathText(item.path);
  return where === '' ? item.message : `${where}: ${item.message}`;
}

/** The error for these issues, its message built from them (one line each, at most 20 listed). */
export function dxError(
  code: DxErrorCode,
  issues: DxIssue | readonly DxIssue[],
  cause?: unknown,
): DxError {
  const list: readonly DxIssue[] = Array.isArray(issues) ? issues : [issues as DxIssue];
  const lines = list.slice(0, MAX_LISTED).map((item) => period(issueLine(item)));
  if (list.length > MAX_LISTED) lines.push(`(and ${list.length - MAX_LISTED} more issues)`);
  return new DxError(code, lines.join('\n'), {
    issues: list,
    // Stryker disable next-line ConditionalExpression: DxError takes a cause of undefined as no cause
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Throws the error for one issue: `where: message.` with its structured parts. */
export function raise(
  code: DxErrorCode,
  where: Where,
  message: string,
  detail: IssueDetail & { readonly cause?: unknown } = {},
): never {
  const { cause, ...parts } = detail;
  throw dxError(code, issue(where, message, parts), cause);
}

function period(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}
