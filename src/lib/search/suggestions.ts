/**
 * What the header box's list of suggestions holds, decided without the DOM: one choice per
 * result, then the actions ("Search in Billing for …", "See all 12 results for …", or a way to
 * the request form when nothing matched), the words screen readers hear, and which choice the
 * arrow keys move to. src/scripts/search/combobox.ts draws and wires them.
 */
import { placeLine, safeSitePath, withHighlight, type SearchHit } from './results';
import { searchPageUrl } from './state';

export type Choice =
  | { kind: 'result'; href: string; title: string; path: string; excerptHtml: string }
  | { kind: 'action'; href: string; text: string; quoted?: string };

export interface ChoiceContext {
  /** The box's own category (the category page's box): suggestions stay inside it. */
  ownScope?: string;
  /** The page's category, seen from the header box: it then offers to search there. */
  pageScope?: string;
  highlightTerms: boolean;
  requestUrl: string;
}

const resultsUrl = (query: string, category?: string) => searchPageUrl({ query, filters: category ? { category: [category] } : {} });

/** The list for what the visitor typed: results first, then the actions that fit. */
export function suggestionChoices(query: string, hits: readonly SearchHit[], total: number, context: ChoiceContext): Choice[] {
  const choices: Choice[] = hits.map((hit) => ({
    kind: 'result',
    href: context.highlightTerms ? withHighlight(safeSitePath(hit.url), query) : safeSitePath(hit.url),
    title: hit.title,
    path: placeLine(hit.type, hit.breadcrumb),
    excerptHtml: hit.excerptHtml,
  }));
  const scope = context.ownScope ?? context.pageScope;
  if (scope && total > 0) choices.push({ kind: 'action', href: resultsUrl(query, scope), text: `Search in ${scope} for`, quoted: query });
  if (context.ownScope) choices.push({ kind: 'action', href: resultsUrl(query), text: 'Search the whole help center for', quoted: query });
  else if (total > 0) choices.push({ kind: 'action', href: resultsUrl(query), text: `See all ${total} ${total === 1 ? 'result' : 'results'} for`, quoted: query });
  if (total === 0) choices.push({ kind: 'action', href: context.requestUrl, text: 'Ask our team: submit a request' });
  return choices;
}

/** What the live region says once the list has changed. */
export function suggestionStatus(query: string, shown: number, total: number): string {
  return total === 0
    ? `No matches for ${query}.`
    : `${shown} of ${total} ${total === 1 ? 'result' : 'results'} shown. Use the up and down arrow keys to choose.`;
}

/** The option an arrow key moves to: from nothing to the first (or last), and round the ends. */
export function nextActive(active: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return step > 0 ? 0 : count - 1;
  return (active + step + count) % count;
}

/**
 * What Escape does in a box, as the WAI-ARIA combobox pattern has it: an open list closes first
 * (the words stay, to be edited or searched); the next Escape clears the words; with nothing
 * left, focus goes back to where the visitor was.
 */
export function escapeAction(hasWords: boolean, isOpen: boolean): 'clear' | 'close' | 'return-focus' {
  if (isOpen) return 'close';
  return hasWords ? 'clear' : 'return-focus';
}
