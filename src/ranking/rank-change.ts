import { DxError } from '../errors.js';
import { fail } from '../internal/guards.js';

/**
 * A rank out of a field: `{ rank: 17, of: 63 }` is 17/63.
 *
 * @category Ranking
 */
export interface RankPosition {
  /** 1-based rank; 1 is best. */
  readonly rank: number;
  /** How many were ranked. */
  readonly of: number;
}

/**
 * How a rank moved between two editions.
 *
 * @category Ranking
 */
export interface RankChange {
  /** The earlier position. */
  readonly previous: RankPosition;
  /** The later position. */
  readonly current: RankPosition;
  /** Places gained: positive when the rank improved (28 → 17 is +11). Only meaningful when `comparable`. */
  readonly places: number;
  /** Change in percentile position, from −1 to 1; positive is better. Comparable across field sizes. */
  readonly percentile: number;
  /** `'up'`, `'down'` or `'same'`, by places when the fields are the same size, else by percentile. */
  readonly direction: 'up' | 'down' | 'same';
  /** `true` when both ranks are out of the same field size (63 and 63). */
  readonly comparable: boolean;
}

function checkPosition(position: RankPosition, name: string): void {
  if (
    typeof position !== 'object' ||
    position === null ||
    !Number.isInteger(position.rank) ||
    !Number.isInteger(position.of) ||
    position.rank < 1 ||
    position.rank > position.of
  ) {
    fail('INVALID_ARGUMENT', name, '{ rank, of } with whole numbers 1 ≤ rank ≤ of', position);
  }
}

function percentile({ rank, of }: RankPosition): number {
  return of === 1 ? 1 : (of - rank) / (of - 1);
}

/**
 * Compares two ranks: places gained (`28/63 → 17/63` is 11 places up) and the
 * change in percentile position, which stays meaningful when the field
 * changes size (63 provinces, then 34 after the 2025 merger).
 *
 * @param previous - the earlier `{ rank, of }`.
 * @param current - the later `{ rank, of }`.
 * @returns places, percentile change, direction and whether the fields match.
 * @throws {@link DxError} `INVALID_ARGUMENT` unless both are whole numbers with 1 ≤ rank ≤ of.
 *
 * @example
 * ```ts
 * import { rankChange } from 'vn-dx';
 *
 * const change = rankChange({ rank: 28, of: 63 }, { rank: 17, of: 63 });
 * change.places; // 11
 * change.direction; // 'up'
 * ```
 *
 * @category Ranking
 */
export function rankChange(previous: RankPosition, current: RankPosition): RankChange {
  checkPosition(previous, 'previous');
  checkPosition(current, 'current');
  const comparable = previous.of === current.of;
  const places = previous.rank - current.rank;
  const delta = percentile(current) - percentile(previous);
  const measure = comparable ? places : delta;
  return {
    previous: { rank: previous.rank, of: previous.of },
    current: { rank: current.rank, of: current.of },
    places,
    percentile: delta,
    direction: measure > 0 ? 'up' : measure < 0 ? 'down' : 'same',
    comparable,
  };
}
