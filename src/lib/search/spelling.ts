import { editDistance } from '../text/edit-distance';

/**
 * "Did you mean …?" for searches that find nothing. Pagefind already finds pages for many
 * slips by itself, so this only runs when a query finds no page at all: each
 * unknown word is replaced by the closest word the help center uses, if one is close enough.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** Shorter words are left alone: one changed letter makes too many other words of them. */
const MIN_WORD_LENGTH = 4;

/** The distinct lower-case words (of at least MIN_WORD_LENGTH characters) of some texts, sorted. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.toLowerCase().matchAll(WORD)) if (word.length >= MIN_WORD_LENGTH) words.add(word);
  }
  return [...words].sort();
}

/** The known word closest to `word`: one edit allowed for words up to six letters, two beyond. */
function closest(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = word.length <= 6 ? 1 : 2;
  let found: string | undefined;
  let distance = limit + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(word, candidate, limit);
    // Ties go to the first in the (sorted) vocabulary, so the hint is stable.
    if (d < distance) [found, distance] = [candidate, d];
  }
  return found;
}

/** The query with its unknown words corrected, or undefined when nothing could be corrected. */
export function suggestSpelling(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = query.toLowerCase().replace(WORD, (word) => {
    if (word.length < MIN_WORD_LENGTH || known.has(word)) return word;
    const better = closest(word, vocabulary);
    if (!better) return word;
    changed = true;
    return better;
  });
  return changed ? corrected.trim() : undefined;
}
