import { isDxError } from '../errors.js';
import { fail, knownKeys, oneOf, record } from '../internal/guards.js';
import { raise } from '../internal/issue.js';
import type { RankingEntry } from '../model/ranking.js';
import { dayIn, eraOfDay, eraOfUnitCount } from '../provinces/eras.js';
import { getProvince } from '../provinces/lookup.js';
import type { Era } from '../provinces/province.js';
import { chartLabels } from './labels.js';
import type { RankPoint, RankSeries } from './rank-chart.js';

/**
 * Options for {@link rankSeries}.
 *
 * @category Ranking
 */
export interface RankSeriesOptions {
  /**
   * Province code → the name to show. By default the province's name in the era of its ranks
   * (`'48'` is Đà Nẵng in both eras, `'91'` Kiên Giang among the 63 and An Giang among the 34).
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** Language of the basis a label names when a province is ranked on two: `vi` or `en` (default `en`). */
  readonly lang?: 'vi' | 'en';
}

/** The options {@link rankSeries} takes, to refuse any other (a misspelt one would be ignored). */
export const RANK_SERIES_OPTIONS = [
  'labels',
  'lang',
] as const satisfies readonly (keyof RankSeriesOptions)[];

/** What a label adds for its basis, when its province is ranked on more than one. */
const BASIS = {
  vi: { '63': '63 tỉnh, thành', '34': '34 tỉnh, thành', of: (n: number) => `trên ${n}` },
  en: { '63': '63 provinces', '34': '34 units', of: (n: number) => `of ${n}` },
} as const;

/** One series being gathered: its key parts, the entries behind its points. */
interface Group {
  readonly index: string;
  readonly province: string;
  readonly scope: string;
  /** The era of a national ranking, else the number ranked. */
  readonly basis: Era | number;
  /** The era whose province table names the code. */
  readonly era: Era;
  readonly points: (RankPoint & { readonly entry: number })[];
}

/** An entry's fields as the series need them, checked. */
function checkEntry(entry: unknown, i: number): RankingEntry & { edition: number } {
  const where = `entries[${i}]`;
  const e = record(entry, where, 'a ranking entry');
  for (const field of ['index', 'province', 'scope'] as const)
    if (typeof e[field] !== 'string')
      fail('INVALID_ARGUMENT', `${where}.${field}`, 'text', e[field]);
  if (e.edition === null)
    raise(
      'INVALID_ARGUMENT',
      `${where}.edition`,
      'the source leaves the edition open, so the rank has no place on the edition axis; settle its edition or leave the entry out (entries.filter((e) => e.edition !== null))',
      { expected: 'an edition year', received: null },
    );
  for (const field of ['edition', 'rank', 'of'] as const)
    if (!Number.isInteger(e[field]))
      fail('INVALID_ARGUMENT', `${where}.${field}`, 'a whole number', e[field]);
  if ((e.rank as number) < 1 || (e.rank as number) > (e.of as number))
    fail('INVALID_ARGUMENT', `${where}.rank`, `a rank from 1 to ${e.of}`, e.rank);
  return e as RankingEntry & { edition: number };
}

/** The series an entry belongs to: a national rank by its era, any other by the number ranked. */
function groupOf(entry: RankingEntry & { edition: number }): Omit<Group, 'points'> {
  const national = entry.scope === 'national';
  const era: Era = national
    ? (eraOfUnitCount(entry.of) ?? '63')
    : eraOfDay(`${entry.edition}-12-31`);
  return {
    index: entry.index,
    province: entry.province,
    scope: entry.scope,
    basis: national ? era : entry.of,
    era,
  };
}

/**
 * Ranking entries as the series {@link renderRankChart} draws: one line per index, province,
 * scope and basis, its points by edition. A national ranking's basis is its era — the 63
 * provinces (any count but 34, so PAPI 2023's 61 stays on its line) or the 34 units of
 * 1 July 2025 — so that a province's 8th of 63 and 8th of 34 are two lines, never one; a
 * regional ranking's basis is the number ranked. Codes are era-specific, so each line is named by
 * the province table of its era (`labels` overrides). A label says what tells it apart from the
 * others: the basis when its province has two (`Thái Nguyên (34 units)`), the index when the
 * entries hold several (`Hải Phòng · PCI`), the scope when it is not national. Lines come in
 * the order their first entry comes.
 *
 * @param entries - ranking entries, e.g. `dtiHistory('19')`, `indexHistory('31')` or a
 *   dataset's `rankings`; each needs an edition year.
 * @param options - display names by code; the language of the basis in a label.
 * @returns the series, frozen, ready for {@link renderRankChart}.
 * @throws {@link DxError} `INVALID_ARGUMENT` for entries that are not an array of ranking
 *   entries, an entry with `edition: null` (the message says how to leave it out), a rank
 *   outside 1–`of`, two different ranks on one line for the same edition, a label that is not
 *   text, an unknown `lang`, options that are not an object, or an unknown option;
 *   `UNKNOWN_PROVINCE` for a code without a label that no province had in the era of its ranks.
 *
 * @example
 * ```ts
 * import { rankSeries } from 'vn-dx';
 * import { dtiHistory } from 'vn-dx/dti';
 *
 * const series = rankSeries(dtiHistory('19'));
 * series.map((line) => line.label); // ['Thái Nguyên (63 provinces)', 'Thái Nguyên (34 units)']
 * series[0]?.points.map((p) => `${p.edition}: ${p.rank}/${p.of}`); // ['2020: 12/63', '2021: 8/63', '2022: 8/63']
 * rankSeries(dtiHistory('93'), { labels: { '93': 'Hậu Giang' } })[0]?.label; // 'Hậu Giang'
 * ```
 *
 * @category Ranking
 */
export function rankSeries(
  entries: readonly RankingEntry[],
  options: RankSeriesOptions = {},
): readonly RankSeries[] {
  if (!Array.isArray(entries as unknown))
    fail('INVALID_ARGUMENT', 'entries', 'an array of ranking entries', entries);
  knownKeys(record(options, 'options'), RANK_SERIES_OPTIONS, 'options');
  const lang = oneOf(options.lang ?? 'en', ['vi', 'en'] as const, 'options.lang');
  const label = chartLabels(options.labels, 'options.labels');
  const groups = new Map<string, Group>();
  entries.forEach((raw, i) => {
    const entry = checkEntry(raw, i);
    const key = groupOf(entry);
    const id = [key.index, key.province, key.scope, key.basis].join('\u0000');
    const group = groups.get(id) ?? { ...key, points: [] };
    groups.set(id, group);
    const same = group.points.find((p) => p.edition === entry.edition && p.of === entry.of);
    if (same === undefined)
      group.points.push({ edition: entry.edition, rank: entry.rank, of: entry.of, entry: i });
    else if (same.rank !== entry.rank)
      raise(
        'INVALID_ARGUMENT',
        `entries[${i}]`,
        `ranks ${entry.province} ${entry.rank}/${entry.of} in ${entry.index} ${entry.edition}, but entries[${same.entry}] ranks it ${same.rank}: keep one (mergeRankHistory prefers a dataset's own entries)`,
      );
  });
  const all = [...groups.values()];
  const indices = new Set(all.map((g) => g.index)).size;
  const nameOf = (group: Group): string => {
    if (options.labels !== undefined && Object.hasOwn(options.labels, group.province))
      return label(group.province);
    try {
      return getProvince(group.province, { at: dayIn(group.era) }).name;
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: getProvince throws only DxError.
      if (!isDxError(error)) throw error;
      return raise(
        'UNKNOWN_PROVINCE',
        // Stryker disable next-line OptionalChaining: a group is made with its first point.
        `entries[${group.points[0]?.entry}].province`,
        `no province had the code ${group.province} among the ${group.era}; give its name in options.labels`,
        { cause: error },
      );
    }
  };
  const series = all.map((group) => {
    const siblings = all.filter(
      (g) => g.index === group.index && g.province === group.province && g.scope === group.scope,
    );
    const words = BASIS[lang];
    const basis = typeof group.basis === 'number' ? words.of(group.basis) : words[group.basis];
    const text = [
      nameOf(group),
      siblings.length > 1 ? ` (${basis})` : '',
      indices > 1 ? ` · ${group.index}` : '',
      group.scope === 'national' ? '' : ` · ${group.scope}`,
    ].join('');
    const points = group.points
      .map(({ edition, rank, of }) => Object.freeze({ edition, rank, of }))
      .sort((a, b) => a.edition - b.edition || b.of - a.of);
    return Object.freeze({ label: text, points: Object.freeze(points) });
  });
  return Object.freeze(series);
}
