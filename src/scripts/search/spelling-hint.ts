/**
 * Fetches the help center's words (/search-terms.json, written by the build) the first time a
 * search finds nothing, and proposes a corrected query.
 */
import { suggestSpelling } from '../../lib/search/spelling';

let vocabulary: Promise<string[]> | undefined;

export async function spellingSuggestion(query: string): Promise<string | undefined> {
  // Each language has its own words, beside its search page: /de/search-terms.json.
  vocabulary ??= fetch(`${document.documentElement.dataset.home ?? '/'}search-terms.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => {
      vocabulary = undefined;
      return [];
    });
  return suggestSpelling(query, await vocabulary);
}
