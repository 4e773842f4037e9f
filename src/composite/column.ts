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
    if (value === undefined) notHole(values, i, name);
    if (value === null || value === undefined) column[i] = Number.NaN;
    else if (typeof value === 'number' && Number.isFinite(value)) column[i] = value;
    else finiteNumber(value, `${name}[${i}]`); // throws, naming the index
  }
  return column;
}

/** Turns a typed column back into numbers with `null` for missing. */
export function fromColumn(column: Float64Array): (number | null)[] {
  const n = column.length;
  const result: (number | null)[] = new Array(n);
  let i = 0;
  // Numbers only until the first missing value: V8 then keeps the elements unboxed, which
  // halves the cost for complete columns.
  for (; i < n; i++) {
    const value = column[i] as number;
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
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x < min) min = x;
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
