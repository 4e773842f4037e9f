// The one table of the vn-dx 1.0 renames (issue #23, "One vocabulary"): every string value the
// API takes or returns is kebab-case, a method is chosen with `method`, a subset of indicators is
// `indicators`. The guards (`oneOf`, `knownKeys`) and the zod schemas of the model read this
// table, so a 0.x spelling is refused with the 1.0 one named — never silently accepted, never
// refused without saying what to write instead. docs/architecture.md ("One vocabulary") and the
// CHANGELOG list the same renames for readers.
import { raise, type Where } from './issue.js';

/** Each 0.x value → its 1.0 spelling. */
export const RENAMED_VALUES: Readonly<Record<string, string>> = Object.freeze({
  // Normalisation methods (`normalize`, a framework node's `normalize`).
  minMax: 'min-max',
  zScore: 'z-score',
  distanceToTarget: 'distance-to-target',
  distToMax: 'dist-to-max',
  distToRef: 'dist-to-ref',
  fracMax: 'frac-max',
  percentRank: 'percent-rank',
  // Aggregation (`aggregate`, a node's `aggregate`).
  generalizedMean: 'generalized-mean',
  // Outlier treatment (`treatOutliers`' method and fallback).
  logCT: 'log-ct',
  // `allocateTarget`.
  equalIncrement: 'equal-increment',
  equalGapClosure: 'equal-gap-closure',
  // `imputePanel`.
  linearConstant: 'linear-constant',
  // Quantity qualifiers (observations, `parseQuantity`, `formatQuantity`).
  atLeast: 'at-least',
  atMost: 'at-most',
  // Target comparators.
  topN: 'top-n',
  // `onTrack`'s verdicts (returned only; listed so the table is complete).
  onTrack: 'on-track',
  movingAway: 'moving-away',
  // `indicatorStats`' flags (returned only).
  lowAvailability: 'low-availability',
  lowNonZero: 'low-non-zero',
  lowUnique: 'low-unique',
});

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
    return now !== undefined && allowed.includes(now)
      ? renameHint(issue.input as string, now)
      : undefined;
  };
}
