import type { CompositeData } from '../composite/composite-types.js';
import { oneOf, record } from '../internal/guards.js';
import { knownKeysRenamed } from '../internal/renamed.js';
import { pearson, spearman } from '../stats/statistics.js';
import { readTable } from './indicator-table.js';

/**
 * Options for {@link correlations}.
 *
 * @category Analysis
 */
export interface CorrelationOptions {
  /** `'pearson'` (default) or `'spearman'` (Pearson's on average ranks). */
  readonly method?: 'pearson' | 'spearman';
  /** The indicators (or nodes), in order; default every one in the data. */
  readonly indicators?: readonly string[];
}

/** The options {@link correlations} takes, to refuse any other (a misspelt one would be ignored). */
export const CORRELATION_OPTIONS = [
  'method',
  'indicators',
] as const satisfies readonly (keyof CorrelationOptions)[];

/**
 * The correlation matrix of {@link correlations}: `matrix[i][j]` is the
 * correlation of `indicators[i]` and `indicators[j]`.
 *
 * @category Analysis
 */
export interface CorrelationMatrix {
  /** The indicators, in the order of the rows and columns. */
  readonly indicators: readonly string[];
  /** Symmetric, 1 on the diagonal; `null` where undefined (see {@link correlations}). */
  readonly matrix: readonly (readonly (number | null)[])[];
}

/**
 * Correlations between indicators over units, each pair over the units where
 * both are present (R's `cor(use = "pairwise.complete.obs")`, as COINr's
 * `get_corr`). Pass a `compositeIndexColumns` result's `nodes` as columns to
 * correlate across levels (indicators with their pillar and the index):
 * `{ kind: 'columns', units: result.units, columns: result.nodes }`.
 *
 * @param data - unit → indicator → value, a `Map`, or columns (as {@link compositeIndex}).
 * @param options - `method` and `indicators`.
 * @returns the indicators and the matrix. A pair with fewer than 2 common units, or
 *   where one is constant over them, has no correlation: `null` (R gives NA),
 *   and so does the diagonal of an indicator that is constant (or has fewer
 *   than 2 values).
 * @throws {@link DxError} `INVALID_ARGUMENT` for malformed data or options, or an unknown option;
 *   `UNKNOWN_ID` for an indicator not in the data; `INVALID_NUMBER` for a value that
 *   is not a finite number or null; `LENGTH_MISMATCH` for a column whose length
 *   is not the number of units.
 *
 * @example
 * ```ts
 * import { correlations } from 'vn-dx';
 *
 * const data = {
 *   kind: 'columns' as const,
 *   units: ['01', '79', '48', '31'],
 *   columns: { online: [90, 80, 70, 60], signed: [95, 85, 80, 50], flat: [1, 1, 1, 1] },
 * };
 * const { matrix } = correlations(data, { method: 'spearman' });
 * matrix[0]; // [1, 1, null]
 * ```
 *
 * @category Analysis
 */
export function correlations(
  data: CompositeData,
  options: CorrelationOptions = {},
): CorrelationMatrix {
  record(options, 'options', "an object like { method: 'pearson' }");
  knownKeysRenamed(options, CORRELATION_OPTIONS, 'options');
  const method = oneOf(
    options.method ?? 'pearson',
    ['pearson', 'spearman'] as const,
    'options.method',
  );
  const { indicators, columns } = readTable(data, options.indicators);
  const correlate = method === 'pearson' ? pearson : spearman;
  // Stryker disable next-line ArrayDeclaration: every cell is assigned below
  const matrix = indicators.map(() => new Array<number | null>(indicators.length).fill(null));
  // Stryker disable next-line EqualityOperator: at i = n the inner loop (j from i) does not run
  for (let i = 0; i < indicators.length; i++) {
    for (let j = i; j < indicators.length; j++) {
      const r = correlate(columns[i] as Float64Array, columns[j] as Float64Array);
      // A defined correlation of a column with itself is exactly 1, whatever the rounding.
      // Stryker disable next-line ConditionalExpression: pearson(x, x) is Σd² / √((Σd²)²), exactly 1 in binary floating point (the root of a rounded square is the number); kept as the rule
      const value = Number.isNaN(r) ? null : i === j ? 1 : r;
      (matrix[i] as (number | null)[])[j] = value;
      (matrix[j] as (number | null)[])[i] = value;
    }
  }
  return { indicators, matrix };
}
