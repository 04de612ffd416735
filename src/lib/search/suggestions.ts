/**
 * What the header box's list of suggestions holds, decided without the DOM: one choice per
 * result, then the actions ("Search in Billing for …", "See all 12 results for …", or a way to
 * the request form when nothing matched), the words screen readers hear, and which choice the
 * arrow keys move to. src/scripts/search/combobox.ts draws and wires them.
 */
import type { SiteMessageKey, SiteWords } from '../../i18n';
import { fillSlots, TYPE_MESSAGES, type SummaryPart } from './facets';
import { placeLine, safeSitePath, withHighlight, type SearchHit } from './results';
import { searchPageUrl } from './state';

/** What the functions of this module write with; a search box's component hands its script these. */
export const SUGGESTION_MESSAGES = [
  ...TYPE_MESSAGES,
  'search.searchInScope',
  'search.searchEverywhere',
  'search.seeAllResults',
  'search.askOurTeam',
  'search.noMatchesStatus',
  'search.matchesStatus',
] as const satisfies readonly SiteMessageKey[];
type SuggestionKey = (typeof SUGGESTION_MESSAGES)[number];
export type SuggestionWords = SiteWords<SuggestionKey>;

export type Choice =
  | { kind: 'result'; href: string; title: string; path: string; excerptHtml: string }
  /** An action's words, the visitor's own among them (quoted) where the language puts them. */
  | { kind: 'action'; href: string; text: SummaryPart[] };

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
export function suggestionChoices(query: string, hits: readonly SearchHit[], total: number, context: ChoiceContext, words: SuggestionWords): Choice[] {
  const quoting = (key: SuggestionKey, values = {}) => fillSlots(words.parts(key, values), { query: [{ quoted: query }] });
  const choices: Choice[] = hits.map((hit) => ({
    kind: 'result',
    href: context.highlightTerms ? withHighlight(safeSitePath(hit.url), query) : safeSitePath(hit.url),
    title: hit.title,
    path: placeLine(hit.type, hit.breadcrumb, words),
    excerptHtml: hit.excerptHtml,
  }));
  const scope = context.ownScope ?? context.pageScope;
  if (scope && total > 0) choices.push({ kind: 'action', href: resultsUrl(query, scope), text: quoting('search.searchInScope', { scope }) });
  if (context.ownScope) choices.push({ kind: 'action', href: resultsUrl(query), text: quoting('search.searchEverywhere') });
  else if (total > 0) choices.push({ kind: 'action', href: resultsUrl(query), text: quoting('search.seeAllResults', { count: total }) });
  if (total === 0) choices.push({ kind: 'action', href: context.requestUrl, text: [words.t('search.askOurTeam')] });
  return choices;
}

/** What the live region says once the list has changed. */
export function suggestionStatus(query: string, shown: number, total: number, { t }: SuggestionWords): string {
  return total === 0 ? t('search.noMatchesStatus', { query }) : t('search.matchesStatus', { shown, count: total });
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
