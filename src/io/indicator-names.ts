// The one reading of an indicator a person names: by its id, or by its label in either language
// (the name `vn-dx indicators` prints and an office writes in its tables), compared folded, so
// "Tỷ lệ hồ sơ trực tuyến" and "ty le ho so truc tuyen" are gov.dossiers.online-share. The
// observation readers, `findIndicator` / `closestIndicator` (vn-dx/framework) and the command
// all read names here; a near miss is measured by io/suggest.ts's one edit distance.
import { describe } from '../internal/describe.js';
import { fail } from '../internal/guards.js';
import type { Label } from '../model/label.js';
import { foldVietnamese } from '../vi/fold.js';
import { closest } from './suggest.js';

/**
 * What naming an indicator needs: its id and its label in Vietnamese and English. Every
 * `IndicatorDefinition` (the catalogue `INDICATORS` of `vn-dx/framework`) is one.
 *
 * @category Data
 */
export interface NamedIndicator {
  /** The indicator's id, e.g. `gov.dossiers.online-share`. */
  readonly id: string;
  /** Its name in both languages, e.g. `{ vi: 'Tỷ lệ hồ sơ trực tuyến', en: '…' }`. */
  readonly label: Label;
}

/** What a name read against a list gives: the one entry it names, several, or none (with the nearest). */
export type IndicatorReading<T> =
  | { readonly kind: 'found'; readonly entry: T }
  | { readonly kind: 'ambiguous'; readonly entries: readonly T[] }
  | { readonly kind: 'unknown'; readonly nearest?: { readonly entry: T; readonly name: string } };

/** A list of indicators made ready to read names against, once per list (a file reads it per row). */
export interface IndicatorLookup<T> {
  /** Whether any entry has a label (a list of ids only keeps the exact, id-only reading). */
  readonly labelled: boolean;
  /** What the text names. */
  read(text: string): IndicatorReading<T>;
}

/** A name as names are compared: folded (which makes each run of spaces one space, and trims). */
export function nameKey(text: string): string {
  return foldVietnamese(text);
}

/** The id of an entry of a list: itself for an id, `id` for a definition. */
export function idOf(entry: string | NamedIndicator): string {
  return typeof entry === 'string' ? entry : entry.id;
}

/**
 * Checks a list of indicators (`INVALID_ARGUMENT` naming the bad element): each an id string or
 * an object with a string `id` and a `label` with strings `vi` and `en`.
 */
export function checkIndicatorList(
  list: unknown,
  where: string,
  ids: boolean,
): readonly (string | NamedIndicator)[] {
  const what = ids
    ? 'an array of indicator ids or definitions ({ id, label })'
    : 'an array of indicator definitions ({ id, label })';
  if (!Array.isArray(list)) fail('INVALID_ARGUMENT', where, what, list);
  list.forEach((entry: unknown, index) => {
    if (ids && typeof entry === 'string') return;
    const label = (entry as { label?: { vi?: unknown; en?: unknown } } | null)?.label;
    if (
      typeof entry !== 'object' ||
      entry === null ||
      typeof (entry as { id?: unknown }).id !== 'string' ||
      typeof label?.vi !== 'string' ||
      typeof label.en !== 'string'
    )
      fail(
        'INVALID_ARGUMENT',
        `${where}[${index}]`,
        ids ? 'an indicator id or { id, label: { vi, en } }' : '{ id, label: { vi, en } }',
        entry,
      );
  });
  return list as readonly (string | NamedIndicator)[];
}

/**
 * Makes a list ready to read names against. An id is matched as written; a definition also by
 * its id and its two labels folded ({@link nameKey}). A name two ids share is ambiguous, never
 * guessed. The same id listed twice (a catalogue and a dataset's own) is one indicator, the
 * first definition given for it answering.
 */
export function indicatorLookup<T extends string | NamedIndicator>(
  list: readonly T[],
): IndicatorLookup<T> {
  const byId = new Map<string, T>();
  for (const entry of list) {
    const known = byId.get(idOf(entry));
    if (known === undefined || (typeof known === 'string' && typeof entry !== 'string'))
      byId.set(idOf(entry), entry);
  }
  const byName = new Map<string, T[]>();
  for (const entry of byId.values()) {
    if (typeof entry === 'string') continue;
    for (const name of new Set([entry.id, entry.label.vi, entry.label.en].map(nameKey))) {
      const entries = byName.get(name);
      if (entries === undefined) byName.set(name, [entry]);
      else entries.push(entry);
    }
  }
  const labelled = byName.size > 0;
  // The names a near miss is measured against, and what each names (the first, for a shared one).
  const names = new Map<string, T>();
  for (const entry of byId.values()) names.set(idOf(entry), entry);
  for (const [name, entries] of byName) if (!names.has(name)) names.set(name, entries[0] as T);
  const candidates = [...names.keys()];
  // A file names the same few indicators on every row: each text is read once (a near miss
  // costs an edit distance to every name), up to a bound that keeps memory flat.
  const seen = new Map<string, IndicatorReading<T>>();
  const readOnce = (text: string): IndicatorReading<T> => {
    let reading = seen.get(text);
    if (reading === undefined) {
      reading = read(text);
      if (seen.size < MAX_REMEMBERED) seen.set(text, reading);
    }
    return reading;
  };
  function read(text: string): IndicatorReading<T> {
    const exact = byId.get(text.trim());
    if (exact !== undefined) return { kind: 'found', entry: exact };
    const wanted = labelled ? nameKey(text) : text;
    const entries = labelled ? byName.get(wanted) : undefined;
    if (entries !== undefined && entries.length === 1)
      return { kind: 'found', entry: entries[0] as T };
    if (entries !== undefined) return { kind: 'ambiguous', entries };
    const name = wanted === '' ? undefined : closest(wanted, candidates);
    return name === undefined
      ? { kind: 'unknown' }
      : { kind: 'unknown', nearest: { entry: names.get(name) as T, name } };
  }
  return { labelled, read: readOnce };
}

/** The most distinct texts a lookup remembers the reading of. */
const MAX_REMEMBERED = 10_000;

/**
 * The nearest entry written for a message: its id, and the label it was measured against when
 * that was a label (`'gov.dossiers.online-share' (Tỷ lệ hồ sơ trực tuyến)`).
 */
export function nearestText(
  nearest: { readonly entry: string | NamedIndicator; readonly name: string },
  quote: (text: string) => string = describe,
): string {
  const { entry, name } = nearest;
  if (typeof entry === 'string' || name === entry.id || name === nameKey(entry.id))
    return quote(idOf(entry));
  const label = [entry.label.vi, entry.label.en].find((text) => nameKey(text) === name);
  return `${quote(entry.id)} (${label ?? entry.label.vi})`;
}

/** The sentence and catalogue key for a name that is not one indicator, for a reader's issue. */
export function unreadName(
  text: string,
  reading: Exclude<IndicatorReading<string | NamedIndicator>, { kind: 'found' }>,
): {
  readonly message: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  readonly candidates?: readonly string[];
  readonly suggestion?: string;
} {
  const name = describe(text);
  if (reading.kind === 'ambiguous') {
    const ids = reading.entries.map(idOf);
    const listed = ids.map((id) => describe(id)).join(', ');
    return {
      message: `${name} is the label of ${ids.length} indicators (${listed}); write the id of the one meant`,
      key: 'ambiguous-indicator',
      params: { name, count: String(ids.length), ids: listed },
      candidates: ids,
    };
  }
  if (reading.nearest === undefined)
    return { message: `unknown indicator ${name}`, key: 'unknown-indicator', params: { name } };
  const near = nearestText(reading.nearest);
  return {
    message: `unknown indicator ${name}; the closest known id is ${near}`,
    key: 'unknown-indicator-near',
    params: { name, suggestion: near },
    suggestion: idOf(reading.nearest.entry),
  };
}
