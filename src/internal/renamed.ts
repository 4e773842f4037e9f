// The one table of the vn-dx 1.0 renames (issue #23, "One vocabulary"): every string value the
// API takes or returns is kebab-case, a method is chosen with `method`, a subset of indicators is
// `indicators`. The guards below (`oneOfRenamed`, `knownKeysRenamed`, used where an option had a
// 0.x spelling) and the enum schemas of the model read this table, so a 0.x spelling is refused
// with the 1.0 one named — never silently accepted, never refused without saying what to write
// instead. They are not folded into `oneOf` and `knownKeys`, which every function uses: that
// would put the table into every bundle (`rank` grew by 0.3 kB brotli). docs/architecture.md
// ("One vocabulary") and the CHANGELOG list the same renames for readers.
import { knownKeys, oneOf } from './guards.js';
import { raise, type Where } from './issue.js';

/**
 * The 0.x values renamed in 1.0, each spelt there in camelCase: normalisation methods, the
 * generalised mean, the log transform of outlier treatment, `allocateTarget`'s and
 * `imputePanel`'s methods, the quantity qualifiers, the `topN` comparator, and (returned only)
 * `onTrack`'s verdicts and `indicatorStats`' flags. Kept as one string, the 1.0 spellings derived.
 */
const RENAMED =
  'minMax zScore distanceToTarget distToMax distToRef fracMax percentRank generalizedMean logCT ' +
  'equalIncrement equalGapClosure linearConstant atLeast atMost topN onTrack movingAway ' +
  'lowAvailability lowNonZero lowUnique';

/** camelCase → kebab-case, a run of capitals as one word: `logCT` → `log-ct`, `topN` → `top-n`. */
const kebab = (camel: string): string => camel.replace(/[A-Z]+/g, (c) => `-${c.toLowerCase()}`);

/** Each 0.x value → its 1.0 spelling (`minMax` → `min-max`, `logCT` → `log-ct`). */
export const RENAMED_VALUES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(RENAMED.split(' ').map((old) => [old, kebab(old)])),
);

/** Each 0.x option key → its 1.0 name. */
export const RENAMED_KEYS: Readonly<Record<string, string>> = Object.freeze({
  // A method selector is `method` (`normalize`, a node's `normalize`, `convergence`).
  kind: 'method',
  // A subset of indicators is `indicators` (`correlations`, `indicatorStats`, `screenUnits`).
  ids: 'indicators',
});

/** The 1.0 spelling of a 0.x value, or `undefined` if `value` is not one. */
export function renamedValue(value: unknown): string | undefined {
  return typeof value === 'string' && Object.hasOwn(RENAMED_VALUES, value)
    ? RENAMED_VALUES[value]
    : undefined;
}

/** The sentence that tells a user migrating from 0.x what to write instead. */
export function renameHint(old: string, now: string): string {
  return `'${old}' was renamed '${now}' in vn-dx 1.0; write '${now}'`;
}

/**
 * Throws `INVALID_ARGUMENT` naming the 1.0 spelling when `value` is a 0.x value renamed to one
 * of `allowed`; returns otherwise (the caller then reports an unknown value its own way).
 */
export function refuseRenamedValue(
  value: unknown,
  allowed: readonly unknown[],
  where: Where,
): void {
  const now = renamedValue(value);
  // Stryker disable next-line ConditionalExpression: allowed holds texts, so it never includes undefined
  if (now !== undefined && allowed.includes(now))
    raise('INVALID_ARGUMENT', where, renameHint(value as string, now), {
      expected: `'${now}'`,
      received: value,
      suggestion: now,
    });
}

/**
 * Throws `INVALID_ARGUMENT` naming the 1.0 key when `key` is a 0.x option key renamed to one of
 * `known`; returns otherwise. `value` (the key's value) is shown in the 1.0 form to write.
 */
export function refuseRenamedKey(
  key: string,
  known: readonly string[],
  where: Where,
  value?: unknown,
): void {
  const now = Object.hasOwn(RENAMED_KEYS, key) ? RENAMED_KEYS[key] : undefined;
  // Stryker disable next-line ConditionalExpression: known holds texts, so it never includes undefined
  if (now === undefined || !known.includes(now)) return;
  const shown = renamedValue(value) ?? value;
  const write = typeof shown === 'string' ? `{ ${now}: '${shown}' }` : `{ ${now}: … }`;
  raise(
    'INVALID_ARGUMENT',
    where,
    `the option '${key}' was renamed '${now}' in vn-dx 1.0; write ${write}`,
    {
      expected: `the option '${now}'`,
      received: key,
      suggestion: now,
    },
  );
}

/**
 * A zod `error` function for an enum of 1.0 values: a 0.x value renamed to one of `allowed` gets
 * the sentence naming its 1.0 spelling; anything else keeps zod's message (`undefined`).
 */
export function renamedEnumError(
  allowed: readonly string[],
): (issue: { readonly input?: unknown }) => string | undefined {
  return (issue) => {
    const now = renamedValue(issue.input);
    // Stryker disable next-line ConditionalExpression: allowed holds texts, so it never includes undefined
    return now !== undefined && allowed.includes(now)
      ? renameHint(issue.input as string, now)
      : undefined;
  };
}

/**
 * `oneOf` for an option that had a 0.x spelling: a renamed value is refused naming its 1.0
 * spelling (`INVALID_ARGUMENT`), any other value as `oneOf` does.
 */
export function oneOfRenamed<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  where: string,
): T {
  refuseRenamedValue(value, allowed, where);
  return oneOf(value, allowed, where);
}

/**
 * `knownKeys` for options that had a 0.x key (`kind`, `ids`): that key is refused naming its 1.0
 * name and the value to write; any other unknown key as `knownKeys` does.
 */
export function knownKeysRenamed(value: object, known: readonly string[], where: string): void {
  for (const [key, given] of Object.entries(value))
    if (!known.includes(key)) refuseRenamedKey(key, known, `${where}.${key}`, given);
  knownKeys(value, known, where);
}
