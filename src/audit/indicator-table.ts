// The data the audit functions read: the three forms of `compositeIndex` data (records, a Map,
// columns) as typed columns, NaN for missing. One reader, so that every audit function checks
// its data the same way and names a bad value by unit and indicator.

import type { CompositeColumns, CompositeData } from '../composite/composite-types.js';
import { describe } from '../internal/describe.js';
import { arrayLike, denseArray, fail, notHole, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';

/** Indicator columns aligned with `units`; NaN marks a missing value. */
export interface IndicatorTable {
  readonly units: readonly string[];
  readonly indicators: readonly string[];
  readonly columns: readonly Float64Array[];
}

/** A value that is not a finite number: `null` and `undefined` are missing, anything else fails. */
function cell(value: unknown, unit: string, id: string): number {
  if (value === null || value === undefined) return Number.NaN;
  return fail(
    'INVALID_NUMBER',
    `data[${describe(unit)}][${describe(id)}]`,
    'a finite number or null',
    value,
  );
}

/**
 * Reads data in any `compositeIndex` form. `indicators` chooses and orders the indicators (each
 * must occur in the data); by default every indicator, in order of first appearance. `where`
 * names the argument that chose them.
 */
export function readTable(
  data: CompositeData,
  indicators?: readonly string[],
  where = 'options.indicators',
): IndicatorTable {
  record(data, 'data', 'unit → indicator → value, a Map, or { kind: "columns", units, columns }');
  let units: string[];
  let source: Map<string, (u: number) => unknown>;
  // The columns of columnar data, read without a call per value.
  const direct = new Map<string, ArrayLike<unknown>>();
  if (!(data instanceof Map) && (data as { kind?: unknown }).kind === 'columns') {
    const { units: names, columns } = data as CompositeColumns;
    denseArray(names, 'data.units', 'an array of unit names');
    if (names.some((unit) => typeof unit !== 'string'))
      fail('INVALID_ARGUMENT', 'data.units', 'an array of unit names', names);
    record(columns, 'data.columns', 'indicator → values');
    units = [...names];
    source = new Map();
    for (const id of Object.keys(columns)) {
      const values = arrayLike(
        columns[id],
        `data.columns[${describe(id)}]`,
        'an array of values, one per unit',
      );
      if (values.length !== units.length)
        raise(
          'LENGTH_MISMATCH',
          '',
          `data.columns[${describe(id)}]: expected ${units.length} values, one per unit`,
        );
      // Stryker disable next-line ArrowFunction: a column is read through `direct`; its reader only marks the id as known
      source.set(id, (u) => values[u]);
      direct.set(id, values);
    }
  } else {
    const rows: [string, unknown][] =
      data instanceof Map
        ? [...data.entries()]
        : Object.keys(data).map((unit) => [unit, (data as Record<string, unknown>)[unit]]);
    units = rows.map(([unit]) => unit);
    source = new Map();
    rows.forEach(([unit, row]) => {
      const values = record(row, `data[${describe(unit)}]`, 'indicator → value');
      for (const id of Object.keys(values)) {
        // Stryker disable next-line ConditionalExpression: every row's reader of an id is the same function of the unit
        if (!source.has(id))
          source.set(id, (u) => {
            const cells = rows[u]?.[1] as Record<string, unknown>;
            return Object.hasOwn(cells, id) ? cells[id] : null;
          });
      }
    });
  }
  if (new Set(units).size !== units.length)
    raise('INVALID_ARGUMENT', 'data.units', 'a unit appears twice; name each unit once');
  if (indicators !== undefined) denseArray(indicators, where, 'an array of indicator ids');
  const chosen = indicators ?? [...source.keys()];
  const columns = chosen.map((id) => {
    const read = source.get(id);
    if (read === undefined)
      raise('UNKNOWN_ID', where, `${describe(id)} is not an indicator of the data`);
    const given = direct.get(id);
    const column = new Float64Array(units.length);
    for (let u = 0; u < units.length; u++) {
      // Columns are read directly (the fast path for large data); rows through their record.
      // Stryker disable next-line ConditionalExpression: a column's reader reads the same array (this is the fast path)
      const value = given === undefined ? read(u) : given[u];
      if (value === undefined && given !== undefined)
        notHole(given, u, `data.columns[${describe(id)}]`);
      column[u] =
        typeof value === 'number' && value - value === 0
          ? value
          : cell(value, units[u] as string, id);
    }
    return column;
  });
  return { units, indicators: [...chosen], columns };
}
