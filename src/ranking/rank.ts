import { DxError } from '../errors.js';
import { arrayLike, fail, finiteOrNull, knownKeys, notHole, record } from '../internal/guards.js';
import type { Direction } from '../model/direction.js';
import type { TieMethod } from '../model/ties.js';

/**
 * Options for {@link rank}.
 *
 * @category Ranking
 */
export interface RankOptions {
  /** `'higher-is-better'` (default: the largest value ranks 1) or `'lower-is-better'`. */
  readonly direction?: Direction;
  /** The tie rule; default `competition`. */
  readonly ties?: TieMethod;
}

/** The options {@link rank} takes, to refuse any other (a misspelt one would be ignored). */
export const RANK_OPTIONS = ['direction', 'ties'] as const satisfies readonly (keyof RankOptions)[];

/** The options {@link percentRank} takes: its tie rule is fixed. */
export const PERCENT_RANK_OPTIONS = ['direction'] as const satisfies readonly (keyof RankOptions)[];

const TIES: readonly TieMethod[] = ['competition', 'modified', 'dense', 'ordinal', 'fractional'];

/** Checks rank options and returns them with defaults filled in. */
export function rankSettings(options: RankOptions | undefined): {
  higher: boolean;
  ties: TieMethod;
} {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    fail('INVALID_ARGUMENT', 'options', 'an object like { direction, ties }', options);
  }
  if (options !== undefined) knownKeys(options, RANK_OPTIONS, 'options');
  const direction = options?.direction ?? 'higher-is-better';
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    fail('INVALID_ARGUMENT', 'direction', `'higher-is-better' or 'lower-is-better'`, direction);
  }
  const ties = options?.ties ?? 'competition';
  if (!TIES.includes(ties)) {
    fail('INVALID_ARGUMENT', 'ties', `one of ${TIES.join(', ')}`, ties);
  }
  return { higher: direction === 'higher-is-better', ties };
}

/** Index of the first element of `sorted` (ascending) that is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first element of `sorted` (ascending) that is > `value`. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Measured on Node 20 (bench/run.mjs and a sweep of sizes): below about 1,500 values a
// comparison sort with binary searches beats radix sorting; from about 32,768 on, 16-bit
// digits beat 8-bit ones.
/** @internal From this many present values on, {@link rank} sorts by radix. */
export const RADIX_THRESHOLD = 1500;
/** @internal From this many present values on, the radix sort uses 16-bit digits. */
export const LARGE_RADIX = 32_768;

/**
 * Ranks values, 1 being best, with a tie rule. The result is aligned with the
 * input: `ranks[i]` is the rank of `values[i]`. `null` (or `undefined`)
 * entries stay unranked (`null`) and do not count. Large inputs are ranked
 * with a stable radix sort on typed arrays (linear time, no per-element
 * objects), so a million values cost less than one comparison sort.
 *
 * @param values - numbers (plain array or typed array), `null` for missing.
 * @param options - `direction` (default higher is better) and `ties` (default `competition`).
 * @returns ranks aligned with the input; `null` for missing entries.
 * @throws {@link DxError} `INVALID_NUMBER` for `NaN` or an infinity, naming its
 *   index; `INVALID_ARGUMENT` for a non-array or unknown options.
 *
 * @example
 * ```ts
 * import { rank } from 'vn-dx';
 *
 * rank([90, 85, 85, 70]); // [1, 2, 2, 4]
 * rank([90, 85, 85, 70], { ties: 'dense' }); // [1, 2, 2, 3]
 * rank([90, 85, 85, 70], { ties: 'fractional' }); // [1, 2.5, 2.5, 4]
 * rank([3, null, 1], { direction: 'lower-is-better' }); // [2, null, 1]
 * ```
 *
 * @category Ranking
 */
export function rank(
  values: ArrayLike<number | null | undefined>,
  options?: RankOptions,
): (number | null)[] {
  const { higher, ties } = rankSettings(options);
  const n = arrayLike(values, 'values', 'an array of numbers').length;
  let present = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === undefined) notHole(values, i, 'values');
    if (value === null || value === undefined) continue;
    finiteOrNull(value, `values[${i}]`);
    present++;
  }
  // Stryker disable next-line ArrayDeclaration: every index is assigned below, so an empty array grows to the same
  const ranks: (number | null)[] = new Array(n);
  // Stryker disable next-line ConditionalExpression: both paths give the same ranks (the tests compare them); the threshold is speed
  if (present < RADIX_THRESHOLD) return rankBySearch(values, n, present, higher, ties, ranks);
  return rankByRadix(values, n, present, higher, ties, ranks);
}

function rankBySearch(
  values: ArrayLike<number | null | undefined>,
  n: number,
  present: number,
  higher: boolean,
  ties: TieMethod,
  ranks: (number | null)[],
): (number | null)[] {
  // Work in "higher is better" terms: negate for lower-is-better (x → −x keeps ties tied).
  const sorted = new Float64Array(present);
  for (let i = 0, j = 0; i < n; i++) {
    const value = values[i];
    if (value !== null && value !== undefined) sorted[j++] = higher ? value : -value;
  }
  sorted.sort();
  let distinctAbove: Uint32Array | undefined;
  let seen: Uint32Array | undefined;
  if (ties === 'dense') {
    // distinctAbove[k]: how many distinct values are greater than sorted[k].
    distinctAbove = new Uint32Array(present);
    let count = 0;
    for (let k = present - 1; k >= 0; k--) {
      if (k < present - 1 && (sorted[k] as number) !== (sorted[k + 1] as number)) count++;
      distinctAbove[k] = count;
    }
  } else if (ties === 'ordinal') {
    seen = new Uint32Array(present);
  }
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    if (raw === null || raw === undefined) {
      ranks[i] = null;
      continue;
    }
    const value = higher ? raw : -raw;
    const above = present - upperBound(sorted, value); // strictly better
    switch (ties) {
      case 'competition':
        ranks[i] = above + 1;
        break;
      case 'modified':
        ranks[i] = present - lowerBound(sorted, value);
        break;
      case 'fractional':
        ranks[i] = (above + 1 + present - lowerBound(sorted, value)) / 2;
        break;
      case 'dense':
        ranks[i] = ((distinctAbove as Uint32Array)[lowerBound(sorted, value)] as number) + 1;
        break;
      case 'ordinal': {
        const slot = upperBound(sorted, value) - 1;
        const counter = seen as Uint32Array;
        ranks[i] = above + 1 + (counter[slot] as number);
        counter[slot] = (counter[slot] as number) + 1;
        break;
      }
    }
  }
  return ranks;
}

/**
 * Radix path: sorts the indices of the present values by a stable least-significant-digit
 * radix sort (8-bit digits, 16-bit ones for large inputs) on each value's unsigned 64-bit key
 * that sorts in the same order, then walks the groups of equal values once to assign ranks.
 * Only the indices are moved (two arrays of 4 bytes a value), and a key is worked out from its
 * value when a pass needs its digit: a third of the memory of moving the keys along with the
 * indices, for a ranking of millions of rows (the command's `rank` of a 200 MB file), at the
 * cost of reading the values out of order.
 */
function rankByRadix(
  values: ArrayLike<number | null | undefined>,
  n: number,
  present: number,
  higher: boolean,
  ties: TieMethod,
  ranks: (number | null)[],
): (number | null)[] {
  const scratch = new Float64Array(1);
  const halves = new Uint32Array(scratch.buffer);
  // The key's half that holds a digit (`high` 1 for bits 32 to 63), as 32 bits read unsigned
  // by `>>>` (kept signed, a small integer to V8 rather than a number it would box).
  const half = (value: number, high: number): number => {
    // Descending order for higher-is-better: negate, so one ascending sort serves both.
    scratch[0] = (higher ? -value : value) + 0; // + 0 turns −0 into 0, so they tie
    const top = halves[1] as number;
    const negative = top >>> 31 === 1;
    if (high === 1) return negative ? ~top : top | 0x80000000;
    return negative ? ~(halves[0] as number) : (halves[0] as number) | 0;
  };
  let index = new Uint32Array(present);
  for (let i = 0, j = 0; i < n; i++) {
    const value = values[i];
    if (value === null || value === undefined) ranks[i] = null;
    else index[j++] = i;
  }
  // Small inputs sort on 8-bit digits (eight passes over 256 buckets), large ones on 16-bit
  // digits (four passes over 65,536): either way the bucket arrays stay cheap next to the keys.
  const bits = present < LARGE_RADIX ? 8 : 16;
  const radix = 1 << bits;
  const mask = radix - 1;
  const passes = 64 / bits;
  // Every pass's histogram in one read of the values.
  const counts = new Uint32Array(passes * radix);
  for (let k = 0; k < present; k++) {
    const value = values[index[k] as number] as number;
    const low = half(value, 0);
    const high = half(value, 1);
    for (let pass = 0; pass < passes; pass++) {
      const offset = pass * bits;
      const digit = ((offset < 32 ? low : high) >>> (offset & 31)) & mask;
      const at = pass * radix + digit;
      counts[at] = (counts[at] as number) + 1;
    }
  }
  let index2 = new Uint32Array(present);
  for (let pass = 0; pass < passes; pass++) {
    const offset = pass * bits;
    const high = offset < 32 ? 0 : 1;
    const shift = offset & 31;
    const base = pass * radix;
    // A digit every key shares needs no pass.
    const first = values[index[0] as number] as number;
    if (counts[base + ((half(first, high) >>> shift) & mask)] === present) continue;
    let total = 0;
    for (let d = base; d < base + radix; d++) {
      const c = counts[d] as number;
      counts[d] = total;
      total += c;
    }
    for (let k = 0; k < present; k++) {
      const i = index[k] as number;
      const at = base + ((half(values[i] as number, high) >>> shift) & mask);
      const to = counts[at] as number;
      counts[at] = to + 1;
      index2[to] = i;
    }
    [index, index2] = [index2, index];
  }
  // Equal keys are equal values (−0 and 0 included, NaN never present).
  const valueAt = (k: number) => values[index[k] as number] as number;
  let start = 0;
  let dense = 0;
  while (start < present) {
    let end = start + 1;
    while (end < present && valueAt(end) === valueAt(start)) end++;
    dense++;
    for (let k = start; k < end; k++) {
      const at = index[k] as number;
      switch (ties) {
        case 'competition':
          ranks[at] = start + 1;
          break;
        case 'modified':
          ranks[at] = end;
          break;
        case 'fractional':
          ranks[at] = (start + 1 + end) / 2;
          break;
        case 'dense':
          ranks[at] = dense;
          break;
        case 'ordinal':
          ranks[at] = k + 1; // the sort is stable: ties keep input order
          break;
      }
    }
    start = end;
  }
  return ranks;
}

/**
 * The percent rank of each value: the share of the other ranked values that
 * it beats, from 0 (worst) to 1 (best); ties beat nobody they tie with.
 * Useful to compare positions across fields of different sizes (63 and 34).
 *
 * @param values - numbers, `null` for missing.
 * @param options - `direction`, default higher is better.
 * @returns values in [0, 1] aligned with the input; `null` for missing; a lone value gets 1.
 * @throws {@link DxError} as {@link rank}.
 *
 * @example
 * ```ts
 * import { percentRank } from 'vn-dx';
 *
 * percentRank([90, 85, 85, 70]); // [1, 0.3333333333333333, 0.3333333333333333, 0]
 * ```
 *
 * @category Ranking
 */
export function percentRank(
  values: ArrayLike<number | null | undefined>,
  options?: Pick<RankOptions, 'direction'>,
): (number | null)[] {
  // Checked here: spreading a string or a number into the options would drop it silently.
  if (options !== undefined) {
    record(options, 'options', 'an object like { direction }');
    knownKeys(options, PERCENT_RANK_OPTIONS, 'options');
  }
  const ranks = rank(values, { ...options, ties: 'modified' });
  const present = ranks.reduce<number>((count, r) => (r === null ? count : count + 1), 0);
  return ranks.map((r) => (r === null ? null : present === 1 ? 1 : (present - r) / (present - 1)));
}
