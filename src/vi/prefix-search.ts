// The one rule of the search-as-you-type functions (searchProvinces, searchCommunes): how a
// folded name fits what was typed, and how matches are ordered, told apart and cut to a limit.
// Each caller folds its own names (a commune's `P1` is two words, a province's `TP.` a prefix);
// the fit and the order are the same for every tier, so a picker behaves alike on both.

/** A name or a typed text, folded: its key without spaces, and its words each after a space. */
export interface FoldedText {
  /** `badinh`: the folded words joined, to match a start typed with or without spaces. */
  readonly key: string;
  /** ` ba dinh`: each folded word after a space, to match the start of a later word. */
  readonly words: string;
}

/** A folded text from its folded words. */
export function foldedText(words: readonly string[]): FoldedText {
  return { key: words.join(''), words: ` ${words.join(' ')}` };
}

/**
 * How a folded name fits what was typed: `0` the whole name, `1` the start of the name (spaces
 * ignored: `daklak` fits `dak lak`), `2` the start of a later word (`ninh` fits `quang ninh`),
 * `-1` no fit. A lower number is a better fit.
 */
export function prefixFit(name: FoldedText, typed: FoldedText): number {
  if (typed.key === '') return -1;
  if (name.key === typed.key) return 0;
  if (name.key.startsWith(typed.key)) return 1;
  return name.words.includes(typed.words) ? 2 : -1;
}

/** One candidate match, with what orders it among the others. */
export interface RankedMatch<T> {
  readonly match: T;
  /** A name of an earlier day (a unit merged into this one, an earlier kind or name). */
  readonly former: boolean;
  /** From {@link prefixFit}. */
  readonly fit: number;
  /** One of the unit's other names, not its official one. */
  readonly alias: boolean;
  /** The name as written in the data, for the alphabetical order among equals. */
  readonly name: string;
  /** The unit's code: the last tie-break, so that the order never depends on the table's. */
  readonly code: string;
  /** Candidates with one id are one match: the best of them is kept. */
  readonly id: string;
}

/**
 * The order of matches: names of the day before former names; within each, the whole name,
 * then its start, then a later word's start; an official name before an other name (alias);
 * then by name in Vietnamese alphabetical order, then by code.
 */
function compare<T>(a: RankedMatch<T>, b: RankedMatch<T>): number {
  return (
    Number(a.former) - Number(b.former) ||
    a.fit - b.fit ||
    Number(a.alias) - Number(b.alias) ||
    a.name.localeCompare(b.name, 'vi') ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * The best `limit` matches in the order of {@link compare}, each id kept once, at its best
 * (a unit reached by several names is listed once, under the name that fits best). Returns a
 * frozen array.
 */
export function bestMatches<T>(candidates: RankedMatch<T>[], limit: number): readonly T[] {
  candidates.sort(compare);
  const seen = new Set<string>();
  const matches: T[] = [];
  for (const { match, id } of candidates) {
    if (seen.has(id)) continue;
    seen.add(id);
    matches.push(match);
    if (matches.length === limit) break;
  }
  return Object.freeze(matches);
}

/** The default number of matches a search returns. */
export const DEFAULT_LIMIT = 10;
