// Reading a composite index's data into the engine's typed store: unit → indicator → value
// records (or a Map), or columns (`{ kind: 'columns', units, columns }`), each leaf's values
// into its column with NaN for missing, every value checked on the way.

import type { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { arrayLike, fail, notHole } from '../internal/guards.js';
import { dxError, issue, raise } from '../internal/issue.js';
import type { CompositeColumns, CompositeData } from './composite-types.js';

function invalidValue(value: unknown, unit: unknown, id: string): DxError {
  return dxError(
    'INVALID_NUMBER',
    issue(['data', String(unit), id], `expected a finite number or null, got ${describe(value)}`, {
      expected: 'a finite number or null',
      received: value,
    }),
  );
}

/**
 * Reads every leaf's values into its column of `store` (NaN for missing), counts the missing
 * ones and notes each leaf's smallest and largest value in `extents` (at 2k and 2k + 1, for
 * node k), so that min-max scaling needs no second look; a value that is neither a finite
 * number nor null/undefined throws.
 */
export type LeafReader = (
  leaves: ReadonlyMap<string, number>,
  store: Float64Array,
  missing: Uint32Array,
  extents: Float64Array,
  found: Uint8Array,
) => void;

function readColumns(data: CompositeColumns): { units: readonly string[]; read: LeafReader } {
  const { units, columns } = data;
  if (!Array.isArray(units) || typeof columns !== 'object' || columns === null) {
    raise(
      'INVALID_ARGUMENT',
      'data',
      `expected { kind: 'columns', units: string[], columns: { id: values } }`,
    );
  }
  for (const unit of units) {
    if (typeof unit !== 'string') fail('INVALID_ARGUMENT', 'data.units', 'strings', unit);
  }
  // A unit is one place: the same name twice is a data error, and results find units by name.
  // Stryker disable next-line ConditionalExpression: speed only; without a duplicate the loop below finds none.
  if (new Set(units).size !== units.length) {
    const seen = new Set<string>();
    for (const unit of units) {
      if (seen.has(unit))
        raise('INVALID_ARGUMENT', 'data.units', `${describe(unit)} appears twice`);
      seen.add(unit);
    }
  }
  const n = units.length;
  return {
    units: [...units],
    read: (leaves, store, missing, extents, found) => {
      for (const [id, node] of leaves) {
        const column = store.subarray(node * n, (node + 1) * n);
        const source = Object.hasOwn(columns, id) ? columns[id] : undefined;
        if (source === undefined) {
          column.fill(Number.NaN);
          missing[node] = n;
          continue;
        }
        found[node] = 1;
        arrayLike(source, `data.columns[${describe(id)}]`, 'an array of values, one per unit');
        if (source.length !== n) {
          raise(
            'LENGTH_MISMATCH',
            '',
            `data.columns[${describe(id)}]: expected ${n} values, one per unit`,
          );
        }
        let absent = 0;
        let min = Number.POSITIVE_INFINITY;
        let max = Number.NEGATIVE_INFINITY;
        // Stryker disable next-line ConditionalExpression: the general loop reads a typed column the same way (no null, the same error for a value that is not finite).
        if (source instanceof Float64Array) {
          // A typed column has no null: every value must be finite (x − x is 0 only then).
          for (let u = 0; u < n; u++) {
            const value = source[u] as number;
            if (value - value !== 0) throw invalidValue(value, units[u], id);
            column[u] = value;
            // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
            if (value < min) min = value;
            // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
            if (value > max) max = value;
          }
        } else {
          for (let u = 0; u < n; u++) {
            const value = source[u];
            if (typeof value === 'number' && value - value === 0) {
              column[u] = value;
              // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
              if (value < min) min = value;
              // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
              if (value > max) max = value;
            } else if (value === null || value === undefined) {
              // Stryker disable next-line ConditionalExpression: notHole throws only at a hole, and a null is an element.
              if (value === undefined) notHole(source, u, `data.columns[${describe(id)}]`);
              column[u] = Number.NaN;
              absent++;
            } else throw invalidValue(value, units[u], id);
          }
        }
        missing[node] = absent;
        extents[2 * node] = min;
        extents[2 * node + 1] = max;
      }
    },
  };
}

function readRows(data: Exclude<CompositeData, CompositeColumns>): {
  units: readonly string[];
  read: LeafReader;
} {
  const entries: [string, unknown][] =
    data instanceof Map
      ? [...data.entries()]
      : Object.keys(data).map((unit) => [unit, (data as Record<string, unknown>)[unit]]);
  for (const [unit, row] of entries) {
    if (typeof row !== 'object' || row === null) {
      raise(
        'INVALID_ARGUMENT',
        '',
        `data[${describe(unit)}]: expected indicator → value, got ${describe(row)}`,
      );
    }
  }
  const n = entries.length;
  return {
    units: entries.map(([unit]) => unit),
    read: (leaves, store, missing, extents, found) => {
      for (const node of leaves.values()) {
        // Stryker disable next-line ArithmeticOperator: an earlier start fills NaN into slots not yet read: other leaves' (NaN too) or aggregates' (overwritten when aggregated).
        store.fill(Number.NaN, node * n, (node + 1) * n);
        missing[node] = n;
      }
      // Row by row over each row's own keys: one lookup per value present, not one per leaf.
      for (let u = 0; u < n; u++) {
        const [unit, row] = entries[u] as [string, Record<string, unknown>];
        for (const id of Object.keys(row)) {
          const node = leaves.get(id);
          if (node === undefined) continue;
          found[node] = 1;
          const value = row[id];
          if (value === null || value === undefined) continue;
          if (typeof value !== 'number' || value - value !== 0) throw invalidValue(value, unit, id);
          store[node * n + u] = value;
          missing[node] = (missing[node] as number) - 1;
          // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
          if (value < (extents[2 * node] as number)) extents[2 * node] = value;
          // Stryker disable next-line EqualityOperator: an equal value leaves the extent as it is.
          if (value > (extents[2 * node + 1] as number)) extents[2 * node + 1] = value;
        }
      }
    },
  };
}

/** The error for framework leaves that no unit has, with the closest ids the data does have. */
export function absentLeaves(absent: readonly string[], data: CompositeData): DxError {
  const ids = new Set<string>();
  if (!(data instanceof Map) && (data as { kind?: unknown }).kind === 'columns')
    for (const id of Object.keys((data as CompositeColumns).columns)) ids.add(id);
  else
    for (const row of data instanceof Map ? data.values() : Object.values(data))
      for (const id of Object.keys(row as object)) ids.add(id);
  const shown = [...ids].slice(0, 8).map((id) => describe(id));
  return dxError(
    'UNKNOWN_ID',
    issue(
      'framework',
      `${absent.map((id) => `leaf ${describe(id)}`).join(', ')} ${absent.length === 1 ? 'is' : 'are'} in no unit's data; check the spelling (the data has ${shown.join(', ')}${ids.size > shown.length ? ', …' : ''}), or give the units the indicator with null values`,
      {
        expected: 'leaves that the data holds',
        received: absent,
        candidates: [...ids].slice(0, 8),
      },
    ),
  );
}

/** The units of `data` and the reader of its leaves, for records, a Map or columns. */
export function readData(data: CompositeData): { units: readonly string[]; read: LeafReader } {
  if (data === null || typeof data !== 'object') {
    fail('INVALID_ARGUMENT', 'data', 'unit → indicator → value', data);
  }
  return !(data instanceof Map) && (data as { kind?: unknown }).kind === 'columns'
    ? readColumns(data as CompositeColumns)
    : readRows(data as Exclude<CompositeData, CompositeColumns>);
}
