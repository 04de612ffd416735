/**
 * What the results page decides without the DOM: the state each of its controls leads to, and
 * what follows from a state and its results (the page shown, the title, the counts). The state
 * itself and its URL are src/lib/search/state.ts; ./index.ts draws and wires.
 */
import { pageCount } from '../../../lib/search/facets';
import { emptyState, hasFilters, normalizeQuery, type SearchState, type SortOrder } from '../../../lib/search/state';

/** A new search from the form: the words typed, the sort kept, the filters and the page dropped. */
export const submitted = (state: SearchState, typed: string): SearchState => ({ ...emptyState(), query: normalizeQuery(typed), sort: state.sort });

/** Another order starts again at the first page. */
export const sortedBy = (state: SearchState, sort: SortOrder): SearchState => ({ ...state, sort, page: 1 });

export const onPage = (state: SearchState, page: number): SearchState => ({ ...state, page });

/** The "Did you mean" words, searched from the first page with the same filters. */
export const respelled = (state: SearchState, better: string): SearchState => ({ ...state, query: better, page: 1 });

/** Without words or filters the page searches nothing: it asks for words. */
export const asksForWords = (state: SearchState): boolean => !state.query && !hasFilters(state);

/** The document's title for a state: "refund – Search · Help Center", the site's name kept. */
export function pageTitle(current: string, query: string, searchTitle: string): string {
  // A function, so that a query such as "$&" is text, not a replacement pattern.
  return current.replace(/^.*? · /, () => `${query ? `${query} – ` : ''}${searchTitle} · `);
}

/**
 * The page of results shown: the one the state asks for, or the last one when there are fewer
 * results now (an old link, or new filters). The state stays the same object when it holds.
 */
export function resultWindow(state: SearchState, total: number, perPage: number) {
  const count = pageCount(total, perPage);
  const shown = state.page > count ? { ...state, page: count } : state;
  const from = (shown.page - 1) * perPage;
  return { state: shown, count, from, to: from + perPage };
}

/** How many filter values are ticked, as the "Filters" button counts them. */
export const activeFilterCount = (filters: SearchState['filters']): number => Object.values(filters).reduce((n, values) => n + values.length, 0);

/** The matches the filters hide, when they hide every one: offered back with "Search without filters". */
export const hiddenByFilters = (state: SearchState, unfiltered: number): number | undefined => (hasFilters(state) && unfiltered > 0 ? unfiltered : undefined);

/** A result's date as the page's language writes it; what is no date stays as written. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The chip that takes focus once chip `removed` is gone: the one now in its place, else the last; -1 for none. */
export const chipAfter = (removed: number, left: number): number => Math.min(removed, left - 1);
