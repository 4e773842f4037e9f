// Shared helpers for the seed tests: where the source articles live, their
// paragraphs (1-based non-empty lines), and the dates the reference notes give
// for the DTI releases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedArticle } from '../../src/articles/article.js';

/** Folder of the article texts; override with VN_DX_SEEDS_DIR. */
export const SEEDS_DIR =
  process.env.VN_DX_SEEDS_DIR ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

/** Whether the article texts are available (the paragraph checks are skipped if not). */
export const HAVE_ARTICLES = existsSync(SEEDS_DIR);

if (!HAVE_ARTICLES) {
  // Say so, rather than let the paragraph checks pass silently by skipping.
  console.warn(
    `Skipping the checks against the source articles: no folder ${SEEDS_DIR}. ` +
      'Set VN_DX_SEEDS_DIR to the folder holding the five article texts to run them.',
  );
}

/** The file of each source article. */
export const ARTICLE_FILES: Readonly<Record<string, string>> = {
  'ag-viettimes-2021-12': '000_888e18fa39a5d203.txt',
  'qn-viettimes-2023-04': '001_2421a7ee3789c926.txt',
  'vp-congttgtdt-2021-08': '002_77835589b9099cc2.txt',
  'tn-baothainguyen-2021-12': '003_ad74526f09c14605.txt',
  'hg-unknown-2022': '004_256477717902c520.txt',
};

const cache = new Map<string, readonly string[]>();

/** The paragraphs of an article: its non-empty lines, trimmed, NFC, spaces collapsed. */
export function paragraphsOf(source: string): readonly string[] {
  const cached = cache.get(source);
  if (cached) return cached;
  const file = ARTICLE_FILES[source];
  if (file === undefined) throw new Error(`no article file for source ${source}`);
  const lines = readFileSync(join(SEEDS_DIR, file), 'utf8')
    .split('\n')
    .map((line) => line.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  cache.set(source, lines);
  return lines;
}

/** Paragraph `n` (1-based) of an article, or `undefined` when it has no such paragraph. */
export function paragraph(source: string, n: number): string | undefined {
  return paragraphsOf(source)[n - 1];
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * The ways an article may write a number: `1.453`, `1453`, `02`, `51,16`,
 * `620 tỷ`, `45 triệu`.
 */
export function spellings(value: number): string[] {
  const out = new Set<string>();
  const plain = (n: number): string[] => {
    const [whole = '', fraction] = String(n).split('.');
    const forms = [whole, group(whole)];
    if (whole.length === 1) forms.push(`0${whole}`);
    return fraction === undefined ? forms : forms.map((form) => `${form},${fraction}`);
  };
  for (const form of plain(value)) out.add(form);
  for (const [word, size] of [
    ['tỷ', 1e9],
    ['triệu', 1e6],
  ] as const) {
    if (value >= size && Number.isInteger(value / size)) {
      for (const form of plain(value / size)) out.add(`${form} ${word}`);
    }
  }
  return [...out];
}

/** Whether a paragraph writes the number as a whole token (not inside a longer number). */
export function mentions(text: string, value: number): boolean {
  return spellings(value).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}.,])${escaped}(?![\\p{N}]|[.,]\\p{N})`, 'u').test(text);
  });
}

/** Release days of the DTI editions (dti.md §2.1), by edition (the year assessed). */
export const DTI_RELEASED: Readonly<Record<number, string>> = {
  2020: '2021-10-19',
  2021: '2022-08-08',
  2022: '2023-07-12',
  2023: '2025-02-06',
  2024: '2025-10-21',
};

/** The first and last day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can mean. */
export function dayRange(partial: string): { first: string; last: string } {
  const [year = '', month, day] = partial.split('-');
  if (day !== undefined) return { first: partial, last: partial };
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return {
      first: `${year}-${month}-01`,
      last: `${year}-${month}-${String(last).padStart(2, '0')}`,
    };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Every object and array reachable from a value, the value included. */
export function* walk(value: unknown, path = 'value'): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* walk(child, `${path}.${key}`);
}

/** How many documents, programmes, observations, targets and rankings an article holds, in that order. */
export function recordCounts(article: SeedArticle): number[] {
  return [
    article.documents,
    article.programmes,
    article.observations,
    article.targets,
    article.rankings,
  ].map((list) => list.length);
}
