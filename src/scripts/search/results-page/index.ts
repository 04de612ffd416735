/**
 * The results page (/search/). Its state lives in the URL: the page reads it on load, every
 * change (new words, a facet, the sort, a page number) pushes a new URL, and the back button
 * walks through them. Everything the visitor typed reaches the page as text nodes only.
 * What each part looks like is in ./render.ts; what to search for, in src/lib/search/.
 */
import type { SiteMessageKey } from '../../../i18n';
import { formatNumber, wordsFrom, type ScriptMessages } from '../../../lib/i18n/messages';
import { buildFacets, countSearches, FACET_MESSAGES, pageCount, summaryParts, type FilterCounts } from '../../../lib/search/facets';
import { clearFilters, emptyState as emptySearch, hasFilters, normalizeQuery, searchPageUrl, stateFromSearch, toggleFilter, useSearchPath, type SearchState, type SortOrder } from '../../../lib/search/state';
import { quotedText } from '../../dom';
import { configureSearch, hitsOf, runSearch } from '../pagefind-client';
import { spellingSuggestion } from '../spelling-hint';
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

export function setUpSearchPage(doc: Document): void {
  useSearchPath(doc.documentElement.dataset.searchPath);
  const p = findParts(doc);
  if (!p) return;
  const config = JSON.parse(p.root.dataset.searchConfig ?? '{}') as PageConfig;
  configureSearch({ snippetWords: config.snippetWords });
  const words = wordsFrom(JSON.parse(p.messages.textContent ?? '') as ScriptMessages<(typeof PAGE_MESSAGES)[number]>);
  const { t, locale } = words;
  const expanded = new Set<string>();
  let state: SearchState = stateFromSearch(window.location.search);
  let sequence = 0;

  const navigate = (next: SearchState, focus?: () => void) => {
    history.pushState(null, '', searchPageUrl(next));
    state = next;
    void run(focus);
  };
  const formatDate = (iso: string) => {
    const date = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  };
  const focusFacet = (key: string, value: string) => {
    const boxes = [...p.facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    (boxes.find((b) => b.name === key && b.value === value) ?? p.filtersTitle).focus();
  };

  const drawFacets = (facets: ReturnType<typeof buildFacets>) => {
    p.facets.replaceChildren(...facetGroups(doc, facets, {
      expanded,
      onToggle: (key, value) => navigate(toggleFilter(state, key, value), () => focusFacet(key, value)),
      onShowMore: (facet) => {
        expanded.add(facet.key);
        drawFacets(facets);
        focusFacet(facet.key, facet.values[FACET_PREVIEW]!.value);
      },
    }, words));
  };

  const drawChips = () => {
    const items = chipItems(doc, state.filters, {
      onRemove: (key, value, i) => navigate(toggleFilter(state, key, value), () => {
        const left = p.chips.querySelectorAll<HTMLElement>('button');
        (left[Math.min(i, left.length - 1)] ?? p.filtersTitle).focus();
      }),
      onClear: () => navigate(clearFilters(state), () => p.filtersTitle.focus()),
    }, words);
    p.chipGroup.hidden = items.length === 0;
    p.chips.replaceChildren(...items);
    const active = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
    p.filterCount.hidden = active === 0;
    p.filterCount.textContent = active ? ` (${formatNumber(active, locale)})` : '';
  };

  const drawPages = (count: number) => {
    p.pages.hidden = count <= 1;
    p.pages.replaceChildren(...(count > 1 ? pageLinks(doc, state, count, (page) => navigate({ ...state, page }, () => p.resultsTitle.focus()), words) : []));
  };

  const drawEmpty = (unfiltered: number) => {
    p.empty.replaceChildren(...emptyState(doc, {
      filteredOut: hasFilters(state) && unfiltered > 0 ? unfiltered : undefined,
      requestUrl: config.requestUrl,
      onWiden: () => navigate(clearFilters(state), () => p.resultsTitle.focus()),
      onContact: () => doc.querySelector<HTMLElement>('[data-contact-launcher]')?.click(),
    }, words));
    p.empty.hidden = false;
    const searched = state;
    if (!searched.query) return;
    void spellingSuggestion(searched.query).then((better) => {
      // Only while the visitor still looks at the same empty search.
      if (!better || state !== searched || p.empty.hidden) return;
      p.empty.prepend(spellingOffer(doc, searched, better, () => navigate({ ...searched, query: better, page: 1 }, () => p.resultsTitle.focus()), words));
    });
  };

  const run = async (focus?: () => void) => {
    const mine = ++sequence;
    p.input.value = state.query;
    p.sort.value = state.sort;
    doc.title = doc.title.replace(/^.*? · /, `${state.query ? `${state.query} – ` : ''}${t('search.pageTitle')} · `);
    if (!state.query && !hasFilters(state)) {
      p.summary.replaceChildren(t('search.prompt'));
      p.area.hidden = true;
      p.empty.hidden = true;
      focus?.();
      return;
    }
    p.summary.replaceChildren(t('search.searching'));
    try {
      const main = await runSearch(state.query, { filters: state.filters, sort: state.sort, withCounts: true });
      const without: Record<string, FilterCounts> = {};
      for (const { key, filters } of countSearches(state.filters)) without[key] = (await runSearch(state.query, { filters, withCounts: true })).filters;
      const total = main.results.length;
      const count = pageCount(total, config.resultsPerPage);
      if (state.page > count) state = { ...state, page: count };
      const from = (state.page - 1) * config.resultsPerPage;
      const hits = await hitsOf(main, from, from + config.resultsPerPage);
      if (mine !== sequence) return;
      p.summary.replaceChildren(...quotedText(doc, summaryParts(state, total, config.resultsPerPage, words)));
      drawFacets(buildFacets(state.filters, main.filters, without, words));
      drawChips();
      p.list.replaceChildren(...hits.map((hit) => resultItem(doc, hit, { highlight: config.highlightTerms ? state.query : undefined, formatDate }, words)));
      p.list.hidden = hits.length === 0;
      drawPages(count);
      p.area.hidden = total === 0;
      p.empty.hidden = true;
      if (total === 0) drawEmpty(main.unfilteredResultCount);
      focus?.();
    } catch {
      if (mine !== sequence) return;
      p.summary.replaceChildren(t('search.unavailable'));
      p.area.hidden = true;
    }
  };

  // Narrow screens: the facets are a disclosure behind "Filters" (wider ones always show them).
  p.filtersToggle.addEventListener('click', () => {
    const open = p.filtersToggle.getAttribute('aria-expanded') !== 'true';
    p.filtersToggle.setAttribute('aria-expanded', String(open));
    p.facetPanel.classList.toggle('is-open', open);
    if (open) p.filtersTitle.focus();
  });

  p.form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...emptySearch(), query: normalizeQuery(p.input.value), sort: state.sort });
  });
  p.sort.addEventListener('change', () => navigate({ ...state, sort: p.sort.value as SortOrder, page: 1 }, () => p.sort.focus()));
  window.addEventListener('popstate', () => {
    state = stateFromSearch(window.location.search);
    void run();
  });
  void run();
}
