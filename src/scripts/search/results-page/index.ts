/**
 * The results page (/search/). Its state lives in the URL: the page reads it on load, every
 * change (new words, a facet, the sort, a page number) pushes a new URL, and the back button
 * walks through them. Everything the visitor typed reaches the page as text nodes only.
 * What each part looks like is in ./render.ts; what to search for, in src/lib/search/.
 */
import type { SiteMessageKey, SiteWords } from '../../../i18n';
import { formatNumber, wordsFrom, type ScriptMessages } from '../../../lib/i18n/messages';
import { buildFacets, countSearches, FACET_MESSAGES, summaryParts, type FilterCounts } from '../../../lib/search/facets';
import { clearFilters, searchPageUrl, stateFromSearch, toggleFilter, useSearchPath, type SearchState, type SortOrder } from '../../../lib/search/state';
import { quotedText } from '../../dom';
import { configureSearch, hitsOf, runSearch } from '../pagefind-client';
import { spellingSuggestion } from '../spelling-hint';
import { activeFilterCount, asksForWords, chipAfter, formatDate, hiddenByFilters, onPage, pageTitle, respelled, resultWindow, sortedBy, submitted } from './page-state';
import { chipItems, emptyState, FACET_PREVIEW, facetGroups, pageLinks, RENDER_MESSAGES, resultItem, spellingOffer } from './render';

/** What the page writes: its component (src/components/SearchResults.astro) hands it these messages. */
export const PAGE_MESSAGES = [...new Set([...FACET_MESSAGES, ...RENDER_MESSAGES, 'search.pageTitle', 'search.prompt', 'search.searching', 'search.unavailable'] as const)] satisfies readonly SiteMessageKey[];

interface PageConfig {
  resultsPerPage: number;
  highlightTerms: boolean;
  snippetWords: number;
  requestUrl: string;
}

/** The page's elements, found once. */
function findParts(doc: Document) {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const find = <T extends HTMLElement>(selector: string) => root?.querySelector<T>(selector) ?? null;
  const parts = {
    form: find<HTMLFormElement>('[data-search-page-form]'),
    input: find<HTMLInputElement>('input[name="q"]'),
    summary: find<HTMLElement>('[data-search-summary]'),
    area: find<HTMLElement>('[data-search-area]'),
    facets: find<HTMLElement>('[data-search-facet-groups]'),
    chips: find<HTMLElement>('[data-search-active]'),
    chipGroup: find<HTMLElement>('[data-search-active-group]'),
    facetPanel: find<HTMLElement>('[data-search-facets]'),
    filtersToggle: find<HTMLButtonElement>('[data-search-filters-toggle]'),
    filterCount: find<HTMLElement>('[data-search-filter-count]'),
    sort: find<HTMLSelectElement>('[data-search-sort]'),
    list: find<HTMLElement>('[data-search-list]'),
    pages: find<HTMLElement>('[data-search-pages]'),
    empty: find<HTMLElement>('[data-search-empty]'),
    resultsTitle: find<HTMLElement>('#search-results-title'),
    filtersTitle: find<HTMLElement>('#search-filters-title'),
    messages: find<HTMLScriptElement>('script[data-search-messages]'),
  };
  const complete = Object.values(parts).every(Boolean);
  return root && complete ? { root, ...(parts as { [K in keyof typeof parts]: NonNullable<(typeof parts)[K]> }) } : undefined;
}

type PageParts = NonNullable<ReturnType<typeof findParts>>;
type PageWords = SiteWords<(typeof PAGE_MESSAGES)[number]>;

/** The page: its elements and settings, the state it shows and its searches under way. */
interface SearchPage {
  doc: Document;
  p: PageParts;
  config: PageConfig;
  words: PageWords;
  /** Facets whose "Show more" was used: all their values show. */
  expanded: Set<string>;
  state: SearchState;
  /** Counts the searches started, so that only the latest one's answer is drawn. */
  sequence: number;
}

function readPage(doc: Document): SearchPage | undefined {
  useSearchPath(doc.documentElement.dataset.searchPath);
  const p = findParts(doc);
  if (!p) return undefined;
  const config = JSON.parse(p.root.dataset.searchConfig ?? '{}') as PageConfig;
  configureSearch({ snippetWords: config.snippetWords });
  const words = wordsFrom(JSON.parse(p.messages.textContent ?? '') as ScriptMessages<(typeof PAGE_MESSAGES)[number]>);
  return { doc, p, config, words, expanded: new Set(), state: stateFromSearch(window.location.search), sequence: 0 };
}

/** Shows another state: a new URL (the back button returns), then its search; `focus` runs once it is drawn. */
function navigate(page: SearchPage, next: SearchState, focus?: () => void): void {
  history.pushState(null, '', searchPageUrl(next));
  page.state = next;
  void run(page, focus);
}

const focusResults = (page: SearchPage) => () => page.p.resultsTitle.focus();

function focusFacet({ p }: SearchPage, key: string, value: string): void {
  const boxes = [...p.facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  (boxes.find((b) => b.name === key && b.value === value) ?? p.filtersTitle).focus();
}

function drawFacets(page: SearchPage, facets: ReturnType<typeof buildFacets>): void {
  page.p.facets.replaceChildren(...facetGroups(page.doc, facets, {
    expanded: page.expanded,
    onToggle: (key, value) => navigate(page, toggleFilter(page.state, key, value), () => focusFacet(page, key, value)),
    onShowMore: (facet) => {
      page.expanded.add(facet.key);
      drawFacets(page, facets);
      focusFacet(page, facet.key, facet.values[FACET_PREVIEW]!.value);
    },
  }, page.words));
}

/** The chips of the active filters, and the count on the "Filters" button. */
function drawChips(page: SearchPage): void {
  const { p, state, words } = page;
  const items = chipItems(page.doc, state.filters, {
    onRemove: (key, value, i) => navigate(page, toggleFilter(page.state, key, value), () => {
      const left = p.chips.querySelectorAll<HTMLElement>('button');
      (left[chipAfter(i, left.length)] ?? p.filtersTitle).focus();
    }),
    onClear: () => navigate(page, clearFilters(page.state), () => p.filtersTitle.focus()),
  }, words);
  p.chipGroup.hidden = items.length === 0;
  p.chips.replaceChildren(...items);
  const active = activeFilterCount(state.filters);
  p.filterCount.hidden = active === 0;
  p.filterCount.textContent = active ? ` (${formatNumber(active, words.locale)})` : '';
}

function drawPages(page: SearchPage, count: number): void {
  const { p, state } = page;
  p.pages.hidden = count <= 1;
  p.pages.replaceChildren(...(count > 1 ? pageLinks(page.doc, state, count, (n) => navigate(page, onPage(page.state, n), focusResults(page)), page.words) : []));
}

function drawEmpty(page: SearchPage, unfiltered: number): void {
  const { doc, p, state } = page;
  p.empty.replaceChildren(...emptyState(doc, {
    filteredOut: hiddenByFilters(state, unfiltered),
    requestUrl: page.config.requestUrl,
    onWiden: () => navigate(page, clearFilters(page.state), focusResults(page)),
    onContact: () => doc.querySelector<HTMLElement>('[data-contact-launcher]')?.click(),
  }, page.words));
  p.empty.hidden = false;
  if (state.query) offerSpelling(page, state);
}

/** "Did you mean …?" above the empty state, once the spelling hint arrives. */
function offerSpelling(page: SearchPage, searched: SearchState): void {
  void spellingSuggestion(searched.query).then((better) => {
    // Only while the visitor still looks at the same empty search.
    if (!better || page.state !== searched || page.p.empty.hidden) return;
    page.p.empty.prepend(spellingOffer(page.doc, searched, better, () => navigate(page, respelled(searched, better), focusResults(page)), page.words));
  });
}

/** The search for a state, each facet's counts without its own filter, and the hits of the page shown. */
async function searchFor(state: SearchState, perPage: number) {
  const main = await runSearch(state.query, { filters: state.filters, sort: state.sort, withCounts: true });
  const without: Record<string, FilterCounts> = {};
  for (const { key, filters } of countSearches(state.filters)) without[key] = (await runSearch(state.query, { filters, withCounts: true })).filters;
  const shown = resultWindow(state, main.results.length, perPage);
  return { main, without, hits: await hitsOf(main, shown.from, shown.to), ...shown };
}

function drawResults(page: SearchPage, { main, without, hits, count }: Awaited<ReturnType<typeof searchFor>>): void {
  const { doc, p, config, state, words } = page;
  const total = main.results.length;
  p.summary.replaceChildren(...quotedText(doc, summaryParts(state, total, config.resultsPerPage, words)));
  drawFacets(page, buildFacets(state.filters, main.filters, without, words));
  drawChips(page);
  const highlight = config.highlightTerms ? state.query : undefined;
  p.list.replaceChildren(...hits.map((hit) => resultItem(doc, hit, { highlight, formatDate: (iso) => formatDate(iso, words.locale) }, words)));
  p.list.hidden = hits.length === 0;
  drawPages(page, count);
  p.area.hidden = total === 0;
  p.empty.hidden = true;
  if (total === 0) drawEmpty(page, main.unfilteredResultCount);
}

/** The field, the sort and the title say what the state asks for, before its answer arrives. */
function drawQuestion({ doc, p, state, words }: SearchPage): void {
  p.input.value = state.query;
  p.sort.value = state.sort;
  doc.title = pageTitle(doc.title, state.query, words.t('search.pageTitle'));
}

/** Searches the page's state and draws the answer; `focus` runs once it is drawn. */
async function run(page: SearchPage, focus?: () => void): Promise<void> {
  const { p, words } = page;
  const mine = ++page.sequence;
  drawQuestion(page);
  if (asksForWords(page.state)) {
    p.summary.replaceChildren(words.t('search.prompt'));
    p.area.hidden = true;
    p.empty.hidden = true;
    focus?.();
    return;
  }
  p.summary.replaceChildren(words.t('search.searching'));
  try {
    const found = await searchFor(page.state, page.config.resultsPerPage);
    if (mine !== page.sequence) return;
    page.state = found.state;
    drawResults(page, found);
    focus?.();
  } catch {
    if (mine !== page.sequence) return;
    p.summary.replaceChildren(words.t('search.unavailable'));
    p.area.hidden = true;
  }
}

function wirePage(page: SearchPage): void {
  const { p } = page;
  // Narrow screens: the facets are a disclosure behind "Filters" (wider ones always show them).
  p.filtersToggle.addEventListener('click', () => {
    const open = p.filtersToggle.getAttribute('aria-expanded') !== 'true';
    p.filtersToggle.setAttribute('aria-expanded', String(open));
    p.facetPanel.classList.toggle('is-open', open);
    if (open) p.filtersTitle.focus();
  });
  p.form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(page, submitted(page.state, p.input.value));
  });
  p.sort.addEventListener('change', () => navigate(page, sortedBy(page.state, p.sort.value as SortOrder), () => p.sort.focus()));
  window.addEventListener('popstate', () => {
    page.state = stateFromSearch(window.location.search);
    void run(page);
  });
}

export function setUpSearchPage(doc: Document): void {
  const page = readPage(doc);
  if (!page) return;
  wirePage(page);
  void run(page);
}
