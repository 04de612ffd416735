/**
 * Finds the searched words in a page's text so that the page a result leads to can mark them.
 * Matching is by word start and ignores case and accents ("invoice" marks "Invoices" and
 * "invoicing"), close to what Pagefind's stemming matched in the first place.
 */

/** Words shorter than this are not highlighted: "a", "to" would light up the whole page. */
const MIN_TERM_LENGTH = 3;
/** A page is highlighted for at most this many words of a query. */
const MAX_TERMS = 8;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The words worth highlighting, folded, longest first (so "invoices" wins over "invoice"). */
export function highlightTerms(query: string): string[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= MIN_TERM_LENGTH);
  // A light stem: "refunds" also marks "refund" and "refunded", "invoice" marks "invoicing".
  const stems = words.map((w) => {
    const stem = w.replace(/(ing|ed|es|s|e)$/, '');
    return stem.length >= 4 ? stem : w;
  });
  return [...new Set(stems)].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS);
}

/**
 * Ranges [start, end) of `text` to mark: each word that starts with a term, marked whole up to
 * the end of the word. Folding keeps string length for Latin text; if it does not (rare
 * scripts), nothing is marked rather than the wrong letters.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const folded = fold(text);
  if (folded.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (terms.some((t) => word.startsWith(t))) ranges.push([match.index, match.index + word.length]);
  }
  return ranges;
}
