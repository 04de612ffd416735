/**
 * The one door to Pagefind in the browser. Nothing is fetched from /pagefind/ until a visitor
 * touches a search box or opens the results page: the script, its WebAssembly and the index
 * load on the first call, once, and every caller shares them.
 */
import { excerptParts } from '../../lib/search/excerpt';
import { SEARCH_RANKING } from '../../lib/search/ranking';
import { toDetailedHit, toHit, type DetailedHit, type PagefindFragment, type SearchHit } from '../../lib/search/results';
import { normalizeQuery, pagefindFilters } from '../../lib/search/state';

export type { DetailedHit, SearchHit } from '../../lib/search/results';

/** The parts of Pagefind's browser API we use (see pagefind_web_js/types in Pagefind's repository). */
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts under each filter value, given the query and the filters applied. */
  filters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

/** Where the indexer writes Pagefind's bundle (src/integrations/search-index.ts). */
export const PAGEFIND_PATH = '/pagefind/';
/** Words in a snippet unless the page says otherwise (settings: search.snippetWords). */
const DEFAULT_SNIPPET_WORDS = 24;

let loading: Promise<PagefindModule> | undefined;
let snippetWords = DEFAULT_SNIPPET_WORDS;

/** Sets the snippet length before the first search (the components pass the site's setting). */
export function configureSearch(options: { snippetWords?: number }): void {
  if (options.snippetWords) snippetWords = options.snippetWords;
}

/** Loads Pagefind once; a failed load (offline) is forgotten so the next keystroke tries again. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    // Built from a variable so that the bundler leaves it alone: this file only exists after the indexer ran.
    const url = new URL(`${PAGEFIND_PATH}pagefind.js`, window.location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ excerptLength: snippetWords, ranking: SEARCH_RANKING });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let filtersLoaded: Promise<unknown> | undefined;

/**
 * Runs one search. Counts per filter value come back only once Pagefind has loaded its filter
 * index, which costs bytes: callers that show facets ask for it with `withCounts`.
 */
export async function runSearch(
  query: string,
  options: { filters?: Record<string, string[]>; sort?: 'relevance' | 'newest'; withCounts?: boolean } = {},
): Promise<PagefindSearch> {
  const pagefind = await loadPagefind();
  if (options.withCounts) await (filtersLoaded ??= pagefind.filters());
  const term = normalizeQuery(query);
  const search = await pagefind.search(term || null, {
    filters: pagefindFilters(options.filters ?? {}),
    ...(options.sort === 'newest' ? { sort: { date: 'desc' as const } } : {}),
  });
  return search ?? { results: [], unfilteredResultCount: 0, filters: {} };
}

/** Loads the data of a slice of results, in order. */
export async function hitsOf(search: PagefindSearch, from: number, to: number): Promise<DetailedHit[]> {
  const fragments = await Promise.all(search.results.slice(from, to).map((r) => r.data()));
  return fragments.map(toDetailedHit);
}

/**
 * Searches the help center: articles, FAQ entries and community questions alike.
 * `filters` narrows by filter key (type, category, label…): values of one key are alternatives.
 */
export async function searchHelpCenter(
  query: string,
  options: { filters?: Record<string, string | string[]>; limit?: number } = {},
): Promise<{ total: number; hits: SearchHit[] }> {
  const filters = Object.fromEntries(
    Object.entries(options.filters ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
  );
  if (!normalizeQuery(query)) return { total: 0, hits: [] };
  const search = await runSearch(query, { filters });
  const fragments = await Promise.all(search.results.slice(0, options.limit ?? 5).map((r) => r.data()));
  return { total: search.results.length, hits: fragments.map(toHit) };
}

/** Renders a snippet as DOM nodes: text nodes and <mark> elements, never parsed HTML. */
export function renderExcerpt(target: HTMLElement, excerptHtml: string): void {
  const doc = target.ownerDocument;
  target.replaceChildren(
    ...excerptParts(excerptHtml).map((part) => {
      if (!part.marked) return doc.createTextNode(part.text);
      const mark = doc.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}
