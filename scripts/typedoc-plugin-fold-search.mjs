// A typedoc plugin: search that forgives missing diacritics.
//
// Vietnamese readers type `ho so` as often as `hồ sơ`. typedoc's search (lunr) indexes words as
// written, and its trimmer strips every character outside ASCII \w from the ends of a word, so
// `hồ` is indexed as `h` and `Đà` as nothing (olivernn/lunr.js#275). For every word with marks,
// this plugin adds a `folded` search field holding two terms beside the originals:
//   - the folded word (`ho`), found by a query typed without marks;
//   - the word as written between underscores (`_hồ_`), which the trimmer keeps whole (`_` is a
//     word character), found by a query typed with marks (the search box matches substrings);
// and the same two for each pair of words in a row (`hoso`, `_hồsơ_`).
// Only public API is used: the renderer's IndexEvent.PREPARE_INDEX, which lets a plugin add fields.
import { IndexEvent } from 'typedoc';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds one word the way the library's `foldVietnamese` (src/vi/fold.ts) does: NFD, marks dropped,
 * `đ` to `d`, lower case. Written again here because the docs build reads src/, not dist/ (which a
 * fresh clone does not have, and src/ is TypeScript); test/docs/fold-search.test.ts checks that the
 * two agree.
 *
 * @param {string} word
 * @returns {string}
 */
export function foldWord(word) {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/gi, 'd').toLowerCase();
}

const MARKED = /\P{ASCII}/u;

/**
 * The extra search terms for a text. Words are runs of letters and digits; a line or punctuation
 * ends a phrase. For each word with a letter outside ASCII: its folded form (`ho`) and the word as
 * written, lower case, between underscores (`_hồ_`). For each two words in a row of which one has
 * such a letter, the same two terms for the pair written together (`hoso`, `_hồsơ_`): the search
 * box splits `ho so` into two substring queries, and a pair term matches both, so the entries that
 * hold the phrase rank above those that hold either syllable alone.
 *
 * @param {string} text
 * @returns {string} the terms, space-separated, one per occurrence (so frequency still counts)
 */
export function foldedTerms(text) {
  const terms = [];
  const add = (written) => {
    terms.push(foldWord(written), `_${written.toLowerCase()}_`);
  };
  for (const [phrase] of text
    .normalize('NFC')
    .matchAll(/[\p{L}\p{N}]+(?:[ \t]+[\p{L}\p{N}]+)*/gu)) {
    const words = phrase.split(/[ \t]+/);
    words.forEach((word, i) => {
      if (MARKED.test(word)) add(word);
      const next = words[i + 1];
      if (next !== undefined && (MARKED.test(word) || MARKED.test(next))) add(word + next);
    });
  }
  return terms.join(' ');
}

/** @param {import('typedoc').CommentDisplayPart[] | undefined} parts */
function partsText(parts) {
  return (parts ?? []).map((part) => part.text).join('');
}

/** @param {import('typedoc').Comment | undefined} comment */
function commentText(comment) {
  if (!comment) return '';
  return [
    partsText(comment.summary),
    ...comment.blockTags.map((tag) => partsText(tag.content)),
  ].join('\n');
}

/**
 * The text typedoc itself indexes for a result: its name, its comments (the declaration's and
 * its signatures') and, for a guide, the whole page.
 *
 * @param {import('typedoc').DeclarationReflection | import('typedoc').DocumentReflection} reflection
 */
function searchableText(reflection) {
  const parts = [reflection.name, commentText(reflection.comment)];
  if (reflection.isDeclaration()) {
    for (const signature of reflection.signatures ?? []) parts.push(commentText(signature.comment));
  }
  if (reflection.isDocument()) parts.push(partsText(reflection.content));
  return parts.join('\n');
}

// typedoc weighs a name 10 and a comment or page 1. A query typed without marks also matches, as
// substrings, every English word that holds its syllables (`*so*` finds `Json`, `source`), mostly
// in names; at 30 the entries that hold the Vietnamese phrase come first. Measured on this site:
// of the ten entries listed for `hồ sơ`, two are among the ten listed for `ho so` at weight 1 and
// four at 30 (the rest of `ho so` is `hội số`, `họ`, `hộ`: folding cannot tell them apart); of
// the ten for `Đà Nẵng`, none are among the ten for `da nang` at 1 and eight at 30. Queries that
// match no folded term (`compositeIndex`, `milestones`) list the same entries at any weight.
const FOLDED_WEIGHT = 30;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchFieldWeights.folded = FOLDED_WEIGHT;
    event.searchResults.forEach((reflection, i) => {
      const fields = event.searchFields[i];
      if (fields) fields.folded = foldedTerms(searchableText(reflection));
    });
  });
}
