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

/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`, or
 * `limit + 1` as soon as it is clear there are more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
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
