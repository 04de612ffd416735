/**
 * The results page keeps its whole state in the URL (/search/?q=…&type=…&page=2), so a search
 * can be shared, reloaded and walked back with the browser's back button. This module reads
 * and writes that state; it knows nothing of the DOM or of Pagefind.
 */
import { SEARCH_FILTERS } from './attributes';

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  /** The visitor's words, tidied (see normalizeQuery). */
  query: string;
  /** Selected facet values by filter key, e.g. { type: ['article'], category: ['Billing'] }. */
  filters: Record<string, string[]>;
  /** 1-based page of results. */
  page: number;
  sort: SortOrder;
}

/** Filter keys the URL may carry, in the order they are written back. */
export const URL_FILTER_KEYS: readonly string[] = [
  SEARCH_FILTERS.type,
  SEARCH_FILTERS.category,
  SEARCH_FILTERS.section,
  SEARCH_FILTERS.topic,
  SEARCH_FILTERS.tag,
];

/** Longer queries are cut: nobody types more, and Pagefind's work grows with every word. */
export const MAX_QUERY_LENGTH = 200;
/** Values a filter may carry from the URL; a hand-made URL with hundreds is cut short. */
const MAX_VALUES_PER_FILTER = 20;

export const QUERY_PARAM = 'q';
const PAGE_PARAM = 'page';
const SORT_PARAM = 'sort';

/** Collapses whitespace, trims and caps the length of what the visitor typed. */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

export function emptyState(): SearchState {
  return { query: '', filters: {}, page: 1, sort: 'relevance' };
}

export function hasFilters(state: Pick<SearchState, 'filters'>): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** Reads the state from a URL's query string; unknown parameters are ignored, bad pages become 1. */
export function stateFromSearch(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const key of URL_FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean))];
    if (values.length) filters[key] = values.slice(0, MAX_VALUES_PER_FILTER);
  }
  const page = Number.parseInt(params.get(PAGE_PARAM) ?? '1', 10);
  return {
    query: normalizeQuery(params.get(QUERY_PARAM) ?? ''),
    filters,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    sort: params.get(SORT_PARAM) === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string for a state, without "?": q first, filters in a fixed order, defaults left out. */
export function searchFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const key of URL_FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set(SORT_PARAM, state.sort);
  if (state.page > 1) params.set(PAGE_PARAM, String(state.page));
  return params.toString();
}

/** The results page of the visitor's language ("/de/search/"): set once by a page's script from the page (see searchPathOf). */
let languageSearchPath = '/search/';
export function useSearchPath(path: string | undefined): void {
  if (path && path.startsWith('/')) languageSearchPath = path;
}

/** The results page's URL for a state. */
export function searchPageUrl(state: Partial<SearchState>, path = languageSearchPath): string {
  const search = searchFromState({ ...emptyState(), ...state });
  return search ? `${path}?${search}` : path;
}

/** Adds or removes one facet value; any change of filters goes back to page 1. */
export function toggleFilter(state: SearchState, key: string, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters, [key]: next };
  if (!next.length) delete filters[key];
  return { ...state, filters, page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: {}, page: 1 };
}

/** Pagefind's filter object: values of one key are alternatives (any), keys combine (all). */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (values.length) out[key] = { any: [...values] };
  }
  return out;
}
