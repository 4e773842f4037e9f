// Typed columns: the engine's form of a list of values, with NaN as the internal mark for
// "missing" (it never leaves vn-dx). Every module that turns values into a column and back
// goes through these.

import { arrayLike, finiteNumber, notHole } from '../internal/guards.js';

/**
 * Copies values into a Float64Array with NaN for missing entries, checking
 * that every present value is a finite number. NaN never leaves vn-dx: it is
 * only the internal mark for "missing" in typed columns.
 */
export function toColumn(
  values: ArrayLike<number | null | undefined>,
  name = 'values',
): Float64Array {
  arrayLike(values, name, 'an array of numbers');
  const column = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // Stryker disable next-line ConditionalExpression: notHole throws only at a hole, so calling it for every index changes nothing.
    if (value === undefined) notHole(values, i, name);
    if (value === null || value === undefined) column[i] = Number.NaN;
    // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof test alone never decides.
    else if (typeof value === 'number' && Number.isFinite(value)) column[i] = value;
    else finiteNumber(value, `${name}[${i}]`); // throws, naming the index
  }
  return column;
}

/** Turns a typed column back into numbers with `null` for missing. */
export function fromColumn(column: Float64Array): (number | null)[] {
  const n = column.length;
  // Stryker disable next-line ArrayDeclaration: the loops fill every index from 0 up, so an empty array grows to the same one.
  const result: (number | null)[] = new Array(n);
  let i = 0;
  // Numbers only until the first missing value: V8 then keeps the elements unboxed, which
  // halves the cost for complete columns.
  // Stryker disable next-line ConditionalExpression: a speed path; skipping it leaves every index to the second loop, which maps it the same way.
  for (; i < n; i++) {
    const value = column[i] as number;
    // Stryker disable next-line ConditionalExpression: as above, breaking at once leaves every index to the second loop.
    if (Number.isNaN(value)) break;
    result[i] = value;
  }
  for (; i < n; i++) {
    const value = column[i] as number;
    result[i] = Number.isNaN(value) ? null : value;
  }
  return result;
}

/** The smallest and largest present values: [+∞, −∞] when none is present. */
export function extent(column: Float64Array): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Stryker disable next-line EqualityOperator: reading one past the end gives undefined, which no comparison below passes.
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    // Stryker disable next-line EqualityOperator: replacing an equal value by itself leaves the same extent.
    if (x < min) min = x;
    // Stryker disable next-line EqualityOperator: as above.
    if (x > max) max = x;
  }
  return [min, max];
}

/** How many values of a column are present (not NaN). */
export function presentCount(column: Float64Array): number {
  let count = 0;
  for (let i = 0; i < column.length; i++) if (!Number.isNaN(column[i])) count++;
  return count;
}
