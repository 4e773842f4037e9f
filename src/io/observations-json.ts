// Observations as JSON: an array of records in the shape of ObservationSchema.
import { DxError, type DxIssue } from '../errors.js';
import { describe } from '../internal/describe.js';
import { fail, knownKeys, record } from '../internal/guards.js';
import { issue, raise } from '../internal/issue.js';
import { type Observation, ObservationSchema } from '../model/observation.js';
import { safeValidate } from '../model/validate.js';
import {
  checkIndicatorList,
  idOf,
  indicatorLookup,
  type NamedIndicator,
  unreadName,
} from './indicator-names.js';
import { validObservations } from './observations.js';

/** The options {@link parseObservationsJson} takes, to refuse any other (a misspelt one would be ignored). */
export const OBSERVATIONS_JSON_OPTIONS = [
  'indicators',
] as const satisfies readonly (keyof NonNullable<Parameters<typeof parseObservationsJson>[1]>)[];

/**
 * Reads observations from JSON text: an array of objects in the shape of
 * {@link ObservationSchema}.
 *
 * @param text - the JSON text.
 * @param options - `indicators`: the known indicators, as ids or definitions
 *   (`{ id, label }`, e.g. `INDICATORS` from `vn-dx/framework`); when given, an `indicator`
 *   that names none is an issue, with the closest suggested. With definitions, `indicator` may
 *   also be a label in either language, folded (read as its id); a label two definitions share
 *   is an issue naming both. A list of ids alone reads ids only, as written.
 * @returns the observations.
 * @throws {@link DxError} `JSON_SYNTAX` for malformed JSON (with the
 *   position the JSON parser reports); `INVALID_ARGUMENT` when `text` is not
 *   text, or `options` is not an object or names an unknown option, or an element of
 *   `indicators` is neither an id nor `{ id, label }`; `VALIDATION_FAILED` naming the index and field of every bad record,
 *   one line each.
 *
 * @example
 * ```ts
 * import { parseObservationsJson } from 'vn-dx';
 *
 * const text = '[{"province":"26","indicator":"gov.dossiers.online-share","period":{"kind":"half","year":2021,"half":1},"value":97,"qualifier":"over","source":{"source":"x"}}]';
 * parseObservationsJson(text)[0]?.qualifier; // 'over'
 * ```
 *
 * @category Data
 */
export function parseObservationsJson(
  text: string,
  options: { readonly indicators?: readonly (string | NamedIndicator)[] } = {},
): Observation[] {
  if (typeof text !== 'string') {
    fail('INVALID_ARGUMENT', 'text', 'JSON text', text);
  }
  knownKeys(
    record(options, 'options', 'an object like { indicators }'),
    OBSERVATIONS_JSON_OPTIONS,
    'options',
  );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    // Stryker disable next-line StringLiteral: JSON.parse throws only SyntaxErrors
    const reason = cause instanceof Error ? cause.message : 'malformed';
    raise('JSON_SYNTAX', '', `JSON: ${reason}`, {
      expected: 'JSON text',
      ...jsonPlace(text, reason),
      cause,
    });
  }
  if (!Array.isArray(value)) {
    raise(
      'VALIDATION_FAILED',
      '',
      `JSON: expected an array of observations, got ${describe(value)}`,
      {
        expected: 'an array of observations',
        received: value,
      },
    );
  }
  const lookup =
    options.indicators === undefined
      ? undefined
      : indicatorLookup(checkIndicatorList(options.indicators, 'options.indicators', true));
  const issues: DxIssue[] = [];
  const observations = value.map((item, index) => {
    const named = (item as { indicator?: unknown } | null)?.indicator;
    const reading =
      lookup === undefined || typeof named !== 'string' ? undefined : lookup.read(named);
    // A label is read as its id before the record is checked (a copy: the input stays as given).
    const record =
      // Stryker disable next-line ConditionalExpression: a copy of a record found by its own id validates the same
      reading?.kind === 'found' && idOf(reading.entry) !== named
        ? { ...(item as object), indicator: idOf(reading.entry) }
        : item;
    const result = safeValidate(ObservationSchema, record, String(index));
    // A name that is no indicator is reported when the record is otherwise sound, or (with
    // labels) instead of the schema's complaint about the id's spelling: a label is not an id.
    const unread =
      // Stryker disable next-line OptionalChaining: a reading is made only with a lookup
      reading !== undefined && reading.kind !== 'found' && (result.success || lookup?.labelled);
    if (!result.success)
      issues.push(
        ...result.error.issues.filter((found) => !(unread && found.path[1] === 'indicator')),
      );
    if (unread) {
      const { message, ...said } = unreadName(named as string, reading);
      issues.push(
        issue([String(index), 'indicator'], message, {
          expected: 'an indicator id of the catalogue',
          received: named,
          ...said,
        }),
      );
      return undefined;
    }
    return result.success ? result.data : undefined;
  });
  if (issues.length > 0) {
    const lines = issues
      .slice(0, MAX_LISTED)
      .map((item) => `JSON [${item.path.join('].')}: ${item.message}.`);
    if (issues.length > MAX_LISTED) lines.push(`(and ${issues.length - MAX_LISTED} more issues)`);
    throw new DxError('VALIDATION_FAILED', lines.join('\n'), { issues });
  }
  return observations as Observation[];
}

/**
 * Writes observations as pretty-printed JSON that
 * {@link parseObservationsJson} reads back unchanged.
 *
 * @param observations - valid observations.
 * @returns JSON text with a final line break.
 * @throws {@link DxError} `VALIDATION_FAILED` when an observation does not
 *   match {@link ObservationSchema}; `INVALID_ARGUMENT` when `observations`
 *   is not an array.
 *
 * @example
 * ```ts
 * import { formatObservationsJson, parseObservationsJson } from 'vn-dx';
 *
 * const observations = parseObservationsJson('[]');
 * formatObservationsJson(observations); // '[]\n'
 * ```
 *
 * @category Data
 */
export function formatObservationsJson(observations: readonly Observation[]): string {
  const valid = validObservations(observations);
  return `${JSON.stringify(valid, null, 2)}\n`;
}

/** The most issues a message lists (all are in `issues`). */
const MAX_LISTED = 20;

/** The line and column of the position a JSON parser names (`… at position 12`), when it names one. */
function jsonPlace(text: string, reason: string): { line?: number; column?: number } {
  const position = /position (\d+)/.exec(reason)?.[1];
  if (position === undefined) return {};
  const before = text.slice(0, Number(position)).split('\n');
  // Stryker disable next-line OptionalChaining: split always gives at least one part
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
