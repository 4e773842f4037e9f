// One guard per rule. Every public function checks its arguments with these, so that a rule
// (what a weight is, what a finite number is) and the error it gives — its code, its issue and
// the shape of its message — live in one place. Messages read `where: expected what, got value.`,
// with `where` naming the argument or path the caller knows (`weights[2]`, `options.minCoverage`);
// the issue carries the same path, `expected` and `received` as data.
import type { DxErrorCode } from '../errors.js';
import { describe } from './describe.js';
import { type IssueDetail, pathOf, raise, type Where } from './issue.js';

/**
 * Throws the guard failure: `where: expected …, got ….` with the guard's code, and an issue
 * holding the path, what was expected and (bounded) what was received.
 */
export function fail(
  code: DxErrorCode,
  where: Where,
  expected: string,
  value: unknown,
  detail: Omit<IssueDetail, 'expected' | 'received'> & { readonly hint?: string } = {},
): never {
  const { hint, ...rest } = detail;
  raise(code, where, `expected ${expected}, got ${describe(value)}${hint ?? ''}`, {
    ...rest,
    expected,
    received: value,
  });
}

/**
 * `Number.isFinite` as the type guard it is: it is true only for a finite number, never for a
 * value it would have to convert (`'1'`), so no `typeof` test is needed beside it.
 */
const isFiniteNumber = Number.isFinite as (value: unknown) => value is number;

/** `Number.isInteger` as the type guard it is (true only for a number that is an integer). */
const isInteger = Number.isInteger as (value: unknown) => value is number;

/** A finite number (`INVALID_NUMBER` for NaN, ±Infinity and non-numbers). */
export function finiteNumber(value: unknown, where: string): number {
  if (!isFiniteNumber(value)) fail('INVALID_NUMBER', where, 'a finite number', value);
  return value;
}

/** A finite number or `null` for a missing value (`INVALID_NUMBER` otherwise). */
export function finiteOrNull(value: unknown, where: string): number | null {
  if (value === null) return null;
  if (!isFiniteNumber(value)) fail('INVALID_NUMBER', where, 'a finite number or null', value);
  return value;
}

/** A positive finite number (`INVALID_NUMBER`). */
export function positiveNumber(value: unknown, where: string): number {
  if (!isFiniteNumber(value) || value <= 0)
    fail('INVALID_NUMBER', where, 'a finite number > 0', value);
  return value;
}

/** A finite number ≥ 0, e.g. a tolerance (`INVALID_NUMBER`). */
export function nonNegativeNumber(value: unknown, where: string): number {
  if (!isFiniteNumber(value) || value < 0)
    fail('INVALID_NUMBER', where, 'a finite number ≥ 0', value);
  return value;
}

/** One weight: finite and ≥ 0 (`INVALID_NUMBER`). */
export function weight(value: unknown, where: string): number {
  if (!isFiniteNumber(value) || value < 0)
    fail('INVALID_NUMBER', where, 'a finite weight ≥ 0', value);
  return value;
}

/** Weights that can share anything: at least one is positive (`INVALID_ARGUMENT`). */
export function someWeight(total: number, where: string): void {
  if (!(total > 0))
    raise('INVALID_ARGUMENT', where, 'all weights are 0; give at least one a positive weight', {
      expected: 'at least one weight > 0',
    });
}

/** A number from `min` to `max` inclusive, e.g. a share from 0 to 1 (`INVALID_ARGUMENT`). */
export function numberBetween(value: unknown, min: number, max: number, where: string): number {
  if (typeof value !== 'number' || !(value >= min && value <= max))
    fail('INVALID_ARGUMENT', where, `a number from ${min} to ${max}`, value);
  return value;
}

/** An integer from `min` to `max` inclusive (`INVALID_ARGUMENT`). */
export function integerBetween(value: unknown, min: number, max: number, where: string): number {
  if (!isInteger(value) || value < min || value > max)
    fail(
      'INVALID_ARGUMENT',
      where,
      max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`,
      value,
    );
  return value;
}

/**
 * An options object names only known options (`INVALID_ARGUMENT` naming the first unknown one
 * and listing the known): a misspelt option would otherwise be silently ignored.
 */
export function knownKeys(value: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(value))
    if (!known.includes(key))
      raise(
        'INVALID_ARGUMENT',
        [...pathOf(where), key],
        `not an option here; expected ${known.join(', ')}`,
        {
          expected: `one of the options ${known.join(', ')}`,
          received: key,
        },
      );
}

/** One of a fixed set of option values (`INVALID_ARGUMENT`, listing the choices). */
export function oneOf<const T extends string | number | boolean>(
  value: unknown,
  allowed: readonly T[],
  where: string,
): T {
  if (!(allowed as readonly unknown[]).includes(value))
    fail('INVALID_ARGUMENT', where, `one of ${allowed.map((a) => describe(a)).join(', ')}`, value);
  return value as T;
}

/** A plain object or other non-null, non-array object to read keys from (`INVALID_ARGUMENT`). */
export function record(
  value: unknown,
  where: string,
  what = 'an object',
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('INVALID_ARGUMENT', where, what, value);
  return value as Readonly<Record<string, unknown>>;
}

/**
 * The longest array-like vn-dx reads: 2^24 (16,777,216) elements, far above any panel of units ×
 * indicators × years it is made for. A longer (or negative, or fractional) `length` is refused at
 * once: an array-like such as `{ length: 2 ** 32 }` would otherwise be read element by element
 * for minutes.
 */
export const MAX_LENGTH = 2 ** 24;

/**
 * An array or typed array (`INVALID_ARGUMENT`): an object whose `length` is an integer from 0 to
 * {@link MAX_LENGTH}.
 */
export function arrayLike(value: unknown, where: string, what = 'an array'): ArrayLike<unknown> {
  if (typeof value !== 'object' || value === null) fail('INVALID_ARGUMENT', where, what, value);
  const length = (value as { length?: unknown }).length;
  if (typeof length !== 'number') fail('INVALID_ARGUMENT', where, what, value);
  if (!Number.isInteger(length) || length < 0 || length > MAX_LENGTH)
    fail(
      'INVALID_ARGUMENT',
      [...pathOf(where), 'length'],
      `a length from 0 to ${MAX_LENGTH}`,
      length,
    );
  return value as ArrayLike<unknown>;
}

/**
 * Refuses a hole (`INVALID_ARGUMENT` naming its index): an index of an array-like with no element
 * at all, as in `[1, , 3]` or `new Array(3)`. Array methods skip holes (`map`, `forEach`,
 * `filter`) while indexed reads see `undefined`, so a hole would be dropped by one reader and
 * read as a missing value by another; vn-dx reads neither way and asks for an explicit `null`.
 * For hot loops: call it only for an element read as `undefined`.
 */
export function notHole(values: ArrayLike<unknown>, index: number, where: string): void {
  if (!(index in values))
    raise(
      'INVALID_ARGUMENT',
      [...pathOf(where), index],
      'is a hole (an index with no element, as in [1, , 3]); give an element at every index (null for a missing number)',
      { expected: 'an element' },
    );
}

/** An array-like without holes: each index read as `undefined` is checked by {@link notHole}. */
export function noHoles(values: ArrayLike<unknown>, where: string): void {
  for (let i = 0; i < values.length; i++)
    // Stryker disable next-line ConditionalExpression: notHole checking every index finds the same holes (an element is never a hole), only slower
    if (values[i] === undefined) notHole(values, i, where);
}

/**
 * An array (`Array.isArray`) of at most {@link MAX_LENGTH} elements and without holes
 * (`INVALID_ARGUMENT`): the guard for every list vn-dx reads with array methods.
 */
export function denseArray(value: unknown, where: string, what = 'an array'): readonly unknown[] {
  if (!Array.isArray(value)) fail('INVALID_ARGUMENT', where, what, value);
  arrayLike(value, where, what);
  noHoles(value, where);
  return value;
}

/** Two aligned inputs of the same length (`LENGTH_MISMATCH`). */
export function sameLength(actual: number, expected: number, where: string, what: string): void {
  if (actual !== expected)
    raise('LENGTH_MISMATCH', where, `expected ${expected} ${what}, got ${actual}`, {
      expected: `${expected} ${what}`,
      received: actual,
    });
}

/** At least one element (`EMPTY_INPUT`). */
export function nonEmpty(length: number, where: string, what = 'at least one value'): void {
  if (length === 0)
    raise('EMPTY_INPUT', where, `expected ${what}, got none`, { expected: what, received: 0 });
}
