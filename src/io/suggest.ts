/** Edit distance (insertions, deletions, substitutions) between two strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to a mistyped name, when it is close enough to be
 * what was meant (at most a third of the name's length in edits, or the
 * name is a dotted part of it); otherwise undefined. Ties go to the first.
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Stryker disable next-line ConditionalExpression: with no candidate the distance stays Infinity, which fails the bound anyway
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))) return best;
  return candidates.find(
    (candidate) => candidate.split('.').includes(name) || candidate.endsWith(`.${name}`),
  );
}
