import { DxError } from '../errors.js';
import { describe } from '../internal/describe.js';
import { denseArray, fail, finiteOrNull } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import { type RankOptions, rank } from './rank.js';

/**
 * How to read the value to rank from a record: a key whose value is a number
 * (or `null`), or a function.
 *
 * @category Ranking
 */
export type RankKey<T> =
  | { [K in keyof T]: T[K] extends number | null | undefined ? K : never }[keyof T]
  | ((item: T) => number | null | undefined);

/**
 * A record with its rank.
 *
 * @category Ranking
 */
export interface Ranked<T> {
  /** The record, unchanged. */
  readonly item: T;
  /** Its rank (1 is best), or `null` when its value is missing. */
  readonly rank: number | null;
}

/**
 * A record with its rank inside its group.
 *
 * @category Ranking
 */
export interface RankedInGroup<T> extends Ranked<T> {
  /** The record's group. */
  readonly group: string;
  /** How many records of the group were ranked. */
  readonly of: number;
}

/** Reads each record's value through a key or function, checking the input. */
export function readValues<T>(
  items: readonly T[],
  by: RankKey<T>,
  name = 'by',
): (number | null | undefined)[] {
  denseArray(items, 'items', 'an array of records');
  if (typeof by === 'function') return items.map((item) => by(item));
  if (typeof by !== 'string' && typeof by !== 'number' && typeof by !== 'symbol') {
    fail('INVALID_ARGUMENT', name, 'a key or a function', by);
  }
  return items.map((item, index) => {
    if (typeof item !== 'object' || item === null || !Object.hasOwn(item, by)) {
      raise('INVALID_ARGUMENT', `items[${index}]`, `has no own property ${describe(String(by))}`);
    }
    return (item as Record<PropertyKey, number | null | undefined>)[by];
  });
}

/**
 * Ranks records by a numeric field, keeping them in input order.
 *
 * @param items - the records; not modified.
 * @param by - the key of a numeric field, or a function returning the value (`null` for missing).
 * @param options - `direction` and `ties`, as for {@link rank}.
 * @returns `{ item, rank }` per record, in input order.
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or infinite values (naming the index);
 *   `INVALID_ARGUMENT` for a missing field or bad or unknown options.
 *
 * @example
 * ```ts
 * import { rankBy } from 'vn-dx';
 *
 * const scores = [{ code: '48', dti: 0.8002 }, { code: '79', dti: 0.7163 }, { code: '22', dti: 0.7024 }];
 * rankBy(scores, 'dti').map((r) => `${r.item.code}:${r.rank}`); // ['48:1', '79:2', '22:3']
 * ```
 *
 * @category Ranking
 */
export function rankBy<T>(items: readonly T[], by: RankKey<T>, options?: RankOptions): Ranked<T>[] {
  const ranks = rank(readValues(items, by), options);
  return items.map((item, index) => ({ item, rank: ranks[index] ?? null }));
}

/**
 * Ranks records within groups — provinces within their region, say — keeping
 * them in input order. Each group is ranked on its own, with the same rules
 * as {@link rank}.
 *
 * @param items - the records; not modified.
 * @param groupBy - the key of a string field, or a function returning the group.
 * @param by - the value to rank, as for {@link rankBy}.
 * @param options - `direction` and `ties`.
 * @returns `{ item, rank, group, of }` per record, in input order; `of` is the
 *   number of ranked records in its group.
 * @throws {@link DxError} as {@link rankBy}, and `INVALID_ARGUMENT` when a group is not a string.
 *
 * @example
 * ```ts
 * import { rankWithin } from 'vn-dx';
 *
 * const rows = [
 *   { name: 'Đà Nẵng', region: 'central', dti: 0.80 },
 *   { name: 'Cần Thơ', region: 'south', dti: 0.55 },
 *   { name: 'Huế', region: 'central', dti: 0.70 },
 * ];
 * rankWithin(rows, 'region', 'dti').map((r) => `${r.item.name} ${r.rank}/${r.of}`); // ['Đà Nẵng 1/2', 'Cần Thơ 1/1', 'Huế 2/2']
 * ```
 *
 * @category Ranking
 */
export function rankWithin<T>(
  items: readonly T[],
  groupBy: { [K in keyof T]: T[K] extends string ? K : never }[keyof T] | ((item: T) => string),
  by: RankKey<T>,
  options?: RankOptions,
): RankedInGroup<T>[] {
  if (!['function', 'string', 'number', 'symbol'].includes(typeof groupBy))
    fail('INVALID_ARGUMENT', 'groupBy', 'a key or a function', groupBy);
  const values = readValues(items, by);
  // Check values here, so that an error names the item's index rather than its place in its group.
  values.forEach((value, index) => {
    if (value !== undefined) finiteOrNull(value, `items[${index}]`);
  });
  const groups = items.map((item, index) => {
    const group =
      typeof groupBy === 'function'
        ? groupBy(item)
        : (item as Record<PropertyKey, unknown>)[groupBy];
    if (typeof group !== 'string') {
      raise(
        'INVALID_ARGUMENT',
        `items[${index}]`,
        `the group must be a string, got ${describe(group)}`,
      );
    }
    return group;
  });
  const members = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const list = members.get(group) ?? [];
    list.push(index);
    members.set(group, list);
  });
  const ranks = new Array<number | null>(items.length).fill(null);
  const sizes = new Map<string, number>();
  for (const [group, indices] of members) {
    const groupRanks = rank(
      indices.map((index) => values[index]),
      options,
    );
    indices.forEach((index, k) => {
      ranks[index] = groupRanks[k] ?? null;
    });
    sizes.set(group, groupRanks.filter((r) => r !== null).length);
  }
  return items.map((item, index) => {
    const group = groups[index] as string;
    return { item, rank: ranks[index] ?? null, group, of: sizes.get(group) ?? 0 };
  });
}
