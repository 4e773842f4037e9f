// The one way the command reads an indicator a user names: by its id or by its label in either
// language (the name `vn-dx indicators` prints), compared folded, so "Tỷ lệ hồ sơ trực tuyến" and
// "ty le ho so truc tuyen" are gov.dossiers.online-share; a near miss gets the nearest one.
import { foldVietnamese } from '../index.js';

/** What the resolver needs of an indicator: its id and its label in both languages. */
export interface NamedIndicator {
  readonly id: string;
  readonly label: Readonly<Record<'vi' | 'en', string>>;
}

/** A text as names are compared: folded, its runs of spaces one space. */
function key(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}

/** The names an indicator answers to: its id and its two labels, each as compared. */
function namesOf(indicator: NamedIndicator): string[] {
  return [indicator.id, indicator.label.vi, indicator.label.en].map(key);
}

/** The indicator whose id or label (either language) the text is, compared folded; else undefined. */
export function indicatorNamed<T extends NamedIndicator>(
  text: string,
  indicators: readonly T[],
): T | undefined {
  const wanted = key(text);
  if (wanted === '') return undefined;
  return (
    indicators.find((indicator) => indicator.id === text.trim()) ??
    indicators.find((indicator) => namesOf(indicator).includes(wanted))
  );
}

/** Edit distance (insertions, deletions, substitutions) between two strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The indicator a mistyped text most likely means: the one with an id or label (folded) at most a
 * third of the text's length in edits away (at least 2), the nearest first; else undefined.
 */
export function nearestIndicator<T extends NamedIndicator>(
  text: string,
  indicators: readonly T[],
): T | undefined {
  const wanted = key(text);
  let best: T | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const indicator of indicators)
    for (const name of namesOf(indicator)) {
      const d = distance(wanted, name);
      if (d < bestDistance) {
        best = indicator;
        bestDistance = d;
      }
    }
  return best;
}
