import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import {
  arrayLike,
  finiteNumber,
  finiteOrNull,
  integerBetween,
  knownKeys,
  record,
} from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { oneOfRenamed } from '../internal/renamed.js';

/**
 * One value of a unit's series: its year (or any numeric time) and value.
 *
 * @category Analysis
 */
export interface PanelPoint {
  /** The year (or any numeric time: 2024.5 for a half-year). */
  readonly year: number;
  /** The value, `null` when missing. */
  readonly value: number | null;
}

/**
 * A value of {@link imputePanel}'s result; `imputed` tells a filled value from
 * an observed one.
 *
 * @category Analysis
 */
export interface ImputedPoint extends PanelPoint {
  /** `true` for a value filled in, `false` for one observed (or still missing). */
  readonly imputed: boolean;
}

/**
 * Options for {@link imputePanel}.
 *
 * @category Analysis
 */
export interface ImputePanelOptions {
  /**
   * - `latest`: the most recent earlier value (COINr's default); the first
   *   years stay missing until a value is seen.
   * - `constant`: the most recent earlier value, and before the first value,
   *   the first value (R's `approx(method = "constant", rule = 2)`).
   * - `linear`: straight lines between the nearest values around a gap, the
   *   nearest value beyond the ends (`approx(rule = 2)`); needs 2 values.
   * - `linear-constant`: `linear`, or `constant` for a series with one value
   *   (COINr's fix of issue #63).
   */
  readonly method: 'latest' | 'constant' | 'linear' | 'linear-constant';
  /** `latest` only: look back at most this many earlier points (COINr's `max_time`). */
  readonly maxTime?: number;
}

/** The options {@link imputePanel} takes, to refuse any other (a misspelt one would be ignored). */
export const IMPUTE_PANEL_OPTIONS = [
  'method',
  'maxTime',
] as const satisfies readonly (keyof ImputePanelOptions)[];

const METHODS = ['latest', 'constant', 'linear', 'linear-constant'] as const;

/**
 * Fills the gaps in one unit's series over time, as COINr's `impute_panel`
 * does for each unit and indicator of a panel: carrying the latest value
 * forward, or interpolating. Values that are present never change; a series
 * without any value stays missing.
 *
 * @param series - the unit's values by year, in any order; each year once.
 * @param options - `method` and, for `latest`, `maxTime`.
 * @returns the series in the input's order, gaps filled where the method can.
 * @throws {@link DxError} `INVALID_NUMBER` for a year that is not a finite
 *   number or a value that is neither a finite number nor null;
 *   `INVALID_ARGUMENT` for a repeated year, an unknown method or option, a bad `maxTime`,
 *   or `linear` on a series with a single value (COINr 1.1.14 fails there too,
 *   issue #63: use `linear-constant`).
 *
 * @example
 * ```ts
 * import { imputePanel } from 'vn-dx';
 *
 * const series = [
 *   { year: 2021, value: null },
 *   { year: 2022, value: 60 },
 *   { year: 2023, value: null },
 *   { year: 2024, value: 80 },
 * ];
 * imputePanel(series, { method: 'latest' }).map((p) => p.value); // [null, 60, 60, 80]
 * imputePanel(series, { method: 'linear' }).map((p) => p.value); // [60, 60, 70, 80]
 * ```
 *
 * @category Analysis
 */
export function imputePanel(
  series: readonly PanelPoint[],
  options: ImputePanelOptions,
): ImputedPoint[] {
  record(options, 'options', "an object like { method: 'latest' }");
  knownKeys(options, IMPUTE_PANEL_OPTIONS, 'options');
  const method = oneOfRenamed(options.method, METHODS, 'options.method');
  const maxTime =
    options.maxTime === undefined
      ? Number.POSITIVE_INFINITY
      : integerBetween(options.maxTime, 1, Number.MAX_SAFE_INTEGER, 'options.maxTime');
  arrayLike(series, 'series', 'an array of { year, value }');
  const points = Array.from(series, (point, i) => {
    const p = record(point, `series[${i}]`, 'a point { year, value }');
    return {
      year: finiteNumber(p.year, `series[${i}].year`),
      value: finiteOrNull(p.value ?? null, `series[${i}].value`),
      index: i,
    };
  });
  const order = [...points].sort((a, b) => a.year - b.year);
  for (let k = 1; k < order.length; k++) {
    const year = (order[k] as { year: number }).year;
    if (year === (order[k - 1] as { year: number }).year)
      raise('INVALID_ARGUMENT', 'series', `the year ${describe(year)} appears twice`);
  }
  const known = order.filter((p) => p.value !== null) as { year: number; value: number }[];
  const filled = new Array<number | null>(order.length).fill(null);
  if (known.length > 0) {
    // 'linear-constant' is the linear branch below: it carries the end values beyond the known
    // range, and with one known value every other year lies beyond it.
    if (method === 'linear' && known.length === 1)
      raise(
        'INVALID_ARGUMENT',
        'series',
        `linear imputation needs 2 values, got 1 (in ${(known[0] as { year: number }).year}); use method: 'linear-constant' to carry it as a constant`,
      );
    let next = 0; // index in `known` of the first known point at or after the current year
    let lastSeen = -1; // index in `order` of the latest known point so far
    order.forEach((p, k) => {
      // Stryker disable next-line EqualityOperator: years are unique, so no known point has the year of a missing one
      while (next < known.length && (known[next] as { year: number }).year < p.year) next++;
      if (p.value !== null) {
        filled[k] = p.value;
        lastSeen = k;
        return;
      }
      const before = known[next - 1];
      const after = known[next];
      if (method === 'latest') {
        filled[k] =
          lastSeen >= 0 && k - lastSeen <= maxTime ? (order[lastSeen]?.value as number) : null;
      } else if (method === 'constant') {
        filled[k] = (before ?? after)?.value as number;
      } else if (before === undefined || after === undefined) {
        filled[k] = (before ?? after)?.value as number;
      } else {
        // R's approx: y[i] + (y[j] − y[i]) × ((v − x[i]) / (x[j] − x[i])).
        filled[k] =
          before.value +
          (after.value - before.value) * ((p.year - before.year) / (after.year - before.year));
      }
    });
  }
  // Stryker disable next-line ArrayDeclaration: every index is assigned below
  const result = new Array<ImputedPoint>(points.length);
  order.forEach((p, k) => {
    result[p.index] = {
      year: p.year,
      value: filled[k] ?? null,
      imputed: p.value === null && filled[k] !== null,
    };
  });
  return result;
}
