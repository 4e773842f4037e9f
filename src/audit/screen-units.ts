import { fromColumn } from '../composite/column.js';
import type { CompositeColumns, CompositeData } from '../composite/composite-types.js';
import { numberBetween, record } from '../internal/guards.js';
import { knownKeysRenamed } from '../internal/renamed.js';
import { readTable } from './indicator-table.js';

/**
 * Options for {@link screenUnits}.
 *
 * @category Analysis
 */
export interface ScreenUnitsOptions {
  /** Keep a unit with at least this share of the indicators present, 0–1 (COINr's `dat_thresh`). */
  readonly minAvailability: number;
  /** The indicators to count; default every indicator of the data. */
  readonly indicators?: readonly string[];
}

/** The options {@link screenUnits} takes, to refuse any other (a misspelt one would be ignored). */
export const SCREEN_UNITS_OPTIONS = [
  'minAvailability',
  'indicators',
] as const satisfies readonly (keyof ScreenUnitsOptions)[];

/**
 * A unit {@link screenUnits} dropped.
 *
 * @category Analysis
 */
export interface DroppedUnit {
  /** The unit. */
  readonly unit: string;
  /** Its present share of the indicators. */
  readonly availability: number;
}

/**
 * What {@link screenUnits} kept and dropped.
 *
 * @category Analysis
 */
export interface ScreenedUnits {
  /** The kept units' data, as columns (ready for {@link compositeIndex}). */
  readonly data: CompositeColumns;
  /** The units kept, in the data's order. */
  readonly kept: readonly string[];
  /** The units dropped, with their availability, in the data's order. */
  readonly dropped: readonly DroppedUnit[];
}

/**
 * Drops units with too little data before building an index, as COINr's
 * `Screen(unit_screen = "byNA")`: a unit is kept when its share of present
 * indicator values is at least `minAvailability`.
 *
 * @param data - unit → indicator → value, a `Map`, or columns (as {@link compositeIndex}).
 * @param options - `minAvailability` and `indicators`.
 * @returns the kept units' data as columns, and who was kept and dropped.
 * @throws {@link DxError} `INVALID_ARGUMENT` for malformed data, a
 *   `minAvailability` outside 0–1 or an unknown option; `UNKNOWN_ID` for an indicator not in the data;
 *   `INVALID_NUMBER` for a value that is not a finite number or null;
 *   `LENGTH_MISMATCH` for a column whose length is not the number of units.
 *
 * @example
 * ```ts
 * import { screenUnits } from 'vn-dx';
 *
 * const screened = screenUnits(
 *   { HN: { a: 1, b: 2 }, HCM: { a: 3, b: null }, DN: { a: null, b: null } },
 *   { minAvailability: 0.5 },
 * );
 * screened.kept; // ['HN', 'HCM']
 * screened.dropped; // [{ unit: 'DN', availability: 0 }]
 * ```
 *
 * @category Analysis
 */
export function screenUnits(data: CompositeData, options: ScreenUnitsOptions): ScreenedUnits {
  record(options, 'options', 'an object like { minAvailability: 0.65 }');
  knownKeysRenamed(options, SCREEN_UNITS_OPTIONS, 'options');
  const threshold = numberBetween(options.minAvailability, 0, 1, 'options.minAvailability');
  const { units, indicators, columns } = readTable(data, options.indicators);
  const keep: number[] = [];
  const dropped: DroppedUnit[] = [];
  units.forEach((unit, u) => {
    let present = 0;
    for (const column of columns) if (!Number.isNaN(column[u])) present++;
    const availability = indicators.length === 0 ? 0 : present / indicators.length;
    if (availability >= threshold) keep.push(u);
    else dropped.push({ unit, availability });
  });
  const kept = keep.map((u) => units[u] as string);
  const keptColumns: Record<string, (number | null)[]> = {};
  indicators.forEach((id, k) => {
    const column = columns[k] as Float64Array;
    keptColumns[id] = fromColumn(Float64Array.from(keep, (u) => column[u] as number));
  });
  return { data: { kind: 'columns', units: kept, columns: keptColumns }, kept, dropped };
}
