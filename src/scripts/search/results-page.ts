/**
 * The results page (/search/). Its state lives in the URL: the page reads it on load, every
 * change (new words, a facet, the sort, a page number) pushes a new URL, and the back button
 * walks through them. Everything the visitor typed reaches the page as text nodes only.
 */
import {
  activeFilters,
  buildFacets,
  countSearches,
  pageCount,
  paginationItems,
  resultCountText,
  typeLabel,
  type Facet,
  type FilterCounts,
} from '../../lib/search/facets';
import { withHighlight, type DetailedHit } from '../../lib/search/results';
import {
  clearFilters,
  emptyState,
  hasFilters,
  normalizeQuery,
  searchPageUrl,
  stateFromSearch,
  toggleFilter,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state';
import { configureSearch, hitsOf, renderExcerpt, runSearch } from './pagefind-client';
import { spellingSuggestion } from './spelling-hint';

interface PageConfig {
  resultsPerPage: number;
  highlightTerms: boolean;
  snippetWords: number;
  requestUrl: string;
}

/** Facet values listed before "Show more". */
const FACET_PREVIEW = 8;

type Attrs = Record<string, string>;

export function setUpSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const find = <T extends HTMLElement>(selector: string) => root?.querySelector<T>(selector) ?? null;
  const form = find<HTMLFormElement>('[data-search-page-form]');
  const input = find<HTMLInputElement>('input[name="q"]');
  const summary = find<HTMLElement>('[data-search-summary]');
  const area = find<HTMLElement>('[data-search-area]');
  const facetsBox = find<HTMLElement>('[data-search-facet-groups]');
  const chips = find<HTMLElement>('[data-search-active]');
  const sort = find<HTMLSelectElement>('[data-search-sort]');
  const list = find<HTMLElement>('[data-search-list]');
  const pages = find<HTMLElement>('[data-search-pages]');
  const empty = find<HTMLElement>('[data-search-empty]');
  const resultsTitle = find<HTMLElement>('#search-results-title');
  const filtersTitle = find<HTMLElement>('#search-filters-title');
  if (!root || !form || !input || !summary || !area || !facetsBox || !chips || !sort || !list || !pages || !empty || !resultsTitle || !filtersTitle) return;
  const config = JSON.parse(root.dataset.searchConfig ?? '{}') as PageConfig;
  configureSearch({ snippetWords: config.snippetWords });
  const locale = doc.documentElement.lang || 'en';
  const expanded = new Set<string>();

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const quoted = (text: string) => el('q', {}, text);

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

  const resultItem = (hit: DetailedHit) => {
    const href = config.highlightTerms ? withHighlight(hit.url, state.query) : hit.url;
    const snippet = el('p', { class: 'result-snippet' });
    renderExcerpt(snippet, hit.excerptHtml);
    const metaLine = el('p', { class: 'result-meta' }, typeLabel(hit.type, 'one'));
    if (hit.date) metaLine.append(' · Updated ', el('time', { datetime: hit.date }, formatDate(hit.date)));
    const item = el('li', { class: 'search-result' }, metaLine, el('h3', {}, el('a', { href }, hit.title)));
    if (hit.breadcrumb) item.append(el('p', { class: 'result-path' }, el('span', { class: 'visually-hidden' }, 'In: '), hit.breadcrumb));
    item.append(snippet);
    if (hit.subResults.length) {
      const subs = el('ul', { class: 'result-subs', 'aria-label': `Matching sections of ${hit.title}` });
      for (const sub of hit.subResults) {
        const text = el('p');
        renderExcerpt(text, sub.excerptHtml);
        const subHref = config.highlightTerms ? withHighlight(sub.url, state.query) : sub.url;
        subs.append(el('li', {}, el('a', { href: subHref }, sub.title), text));
      }
      item.append(subs);
    }
    return item;
  };

  const renderFacets = (facets: Facet[]) => {
    facetsBox.replaceChildren(
      ...facets.map((facet) => {
        const more = facet.values.length > FACET_PREVIEW && !expanded.has(facet.key);
        const shown = more ? facet.values.slice(0, FACET_PREVIEW) : facet.values;
        const group = el('fieldset', {}, el('legend', {}, facet.label));
        const ul = el('ul');
        for (const v of shown) {
          const box = el('input', { type: 'checkbox', name: facet.key, value: v.value });
          (box as HTMLInputElement).checked = v.selected;
          box.addEventListener('change', () => {
            navigate(toggleFilter(state, facet.key, v.value), () => focusFacet(facet.key, v.value));
          });
          ul.append(el('li', {}, el('label', {}, box, el('span', {}, v.label), el('span', { class: 'facet-count' }, String(v.count), el('span', { class: 'visually-hidden' }, v.count === 1 ? ' result' : ' results')))));
        }
        group.append(ul);
        if (more) {
          const button = el('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' }, `Show ${facet.values.length - FACET_PREVIEW} more`);
          button.addEventListener('click', () => {
            expanded.add(facet.key);
            renderFacets(facets);
            focusFacet(facet.key, facet.values[FACET_PREVIEW]!.value);
          });
          group.append(button);
        }
        return group;
      }),
    );
  };

  const focusFacet = (key: string, value: string) => {
    const boxes = [...facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    (boxes.find((b) => b.name === key && b.value === value) ?? filtersTitle).focus();
  };

  const renderChips = () => {
    const active = activeFilters(state.filters);
    chips.hidden = active.length === 0;
    chips.replaceChildren(
      ...active.map((chip, i) => {
        const button = el('button', { type: 'button', class: 'chip' }, el('span', { class: 'visually-hidden' }, 'Remove filter: '), chip.label, el('span', { 'aria-hidden': 'true' }, '×'));
        button.addEventListener('click', () =>
          navigate(toggleFilter(state, chip.key, chip.value), () => {
            const left = chips.querySelectorAll<HTMLElement>('button');
            (left[Math.min(i, left.length - 1)] ?? filtersTitle).focus();
          }),
        );
        return el('li', {}, button);
      }),
    );
    if (active.length > 1) {
      const clear = el('button', { type: 'button', class: 'chip chip-clear' }, 'Clear all filters');
      clear.addEventListener('click', () => navigate(clearFilters(state), () => filtersTitle.focus()));
      chips.append(el('li', {}, clear));
    }
  };

  const renderPages = (count: number) => {
    pages.hidden = count <= 1;
    pages.replaceChildren();
    if (count <= 1) return;
    const link = (page: number, text: string, attrs: Attrs = {}) => {
      const a = el('a', { href: searchPageUrl({ ...state, page }), ...attrs }, text);
      a.addEventListener('click', (event) => {
        event.preventDefault();
        navigate({ ...state, page }, () => resultsTitle.focus());
      });
      return a;
    };
    if (state.page > 1) pages.append(link(state.page - 1, 'Previous', { rel: 'prev' }));
    const ol = el('ol');
    for (const item of paginationItems(state.page, count)) {
      ol.append(
        el('li', {}, item === 'gap'
          ? el('span', { 'aria-hidden': 'true' }, '…')
          : link(item, String(item), { 'aria-label': `Page ${item}`, ...(item === state.page ? { 'aria-current': 'page' } : {}) })),
      );
    }
    pages.append(ol);
    if (state.page < count) pages.append(link(state.page + 1, 'Next', { rel: 'next' }));
  };

  const renderEmpty = (unfiltered: number) => {
    const heading = el('h2', {}, 'Nothing in the help center matches yet');
    const tips = el('ul');
    if (hasFilters(state) && unfiltered > 0) {
      const widen = el('button', { type: 'button', class: 'link-button' }, `Search without filters (${resultCountText(unfiltered).toLowerCase()})`);
      widen.addEventListener('click', () => navigate(clearFilters(state), () => resultsTitle.focus()));
      tips.append(el('li', {}, 'Your filters hide every match. ', widen));
    }
    tips.append(
      el('li', {}, 'Check the spelling, or describe the problem in other words (for example “send invoice” rather than an error code).'),
      el('li', {}, 'Browse the topics on the ', el('a', { href: '/' }, 'help center home page'), '.'),
    );
    const chat = el('button', { type: 'button', class: 'link-button', 'data-search-contact': '' }, 'contact us');
    chat.addEventListener('click', (event) => {
      // The panel closes on clicks outside it: this click must not reach the page once it has opened it.
      event.stopPropagation();
      doc.querySelector<HTMLElement>('[data-contact-launcher]')?.click();
    });
    const still = el('p', {}, 'Still stuck? ', el('a', { class: 'button', href: config.requestUrl }, 'Submit a request'), ' or ', chat, '.');
    empty.replaceChildren(heading, tips, still);
    empty.hidden = false;
    const searched = state;
    if (!searched.query) return;
    void spellingSuggestion(searched.query).then((better) => {
      // Only while the visitor still looks at the same empty search.
      if (!better || state !== searched || empty.hidden) return;
      const retry = el('a', { href: searchPageUrl({ ...searched, query: better, page: 1 }), 'data-search-spelling': '' }, better);
      retry.addEventListener('click', (event) => {
        event.preventDefault();
        navigate({ ...searched, query: better, page: 1 }, () => resultsTitle.focus());
      });
      empty.prepend(el('p', { class: 'search-spelling' }, 'Did you mean ', retry, '?'));
    });
  };

  const summaryText = (total: number) => {
    const category = state.filters.category?.length === 1 ? state.filters.category[0] : undefined;
    const parts: (Node | string)[] = [resultCountText(total)];
    if (state.query) parts.push(' for ', quoted(state.query));
    if (category) parts.push(' in ', category);
    if (total > 0 && pageCount(total, config.resultsPerPage) > 1) parts.push(` · page ${state.page} of ${pageCount(total, config.resultsPerPage)}`);
    return parts;
  };

  const run = async (focus?: () => void) => {
    const mine = ++sequence;
    input.value = state.query;
    sort.value = state.sort;
    doc.title = doc.title.replace(/^.*? · /, `${state.query ? `${state.query} – ` : ''}Search · `);
    if (!state.query && !hasFilters(state)) {
      summary.replaceChildren('Type a question or a few words, then press Enter.');
      area.hidden = true;
      empty.hidden = true;
      focus?.();
      return;
    }
    summary.replaceChildren('Searching…');
    try {
      const main = await runSearch(state.query, { filters: state.filters, sort: state.sort, withCounts: true });
      const without: Record<string, FilterCounts> = {};
      for (const { key, filters } of countSearches(state.filters)) {
        without[key] = (await runSearch(state.query, { filters, withCounts: true })).filters;
      }
      const total = main.results.length;
      const count = pageCount(total, config.resultsPerPage);
      if (state.page > count) state = { ...state, page: count };
      const from = (state.page - 1) * config.resultsPerPage;
      const hits = await hitsOf(main, from, from + config.resultsPerPage);
      if (mine !== sequence) return;

      summary.replaceChildren(...summaryText(total));
      renderFacets(buildFacets(state.filters, main.filters, without));
      renderChips();
      list.replaceChildren(...hits.map(resultItem));
      list.hidden = hits.length === 0;
      renderPages(count);
      area.hidden = total === 0;
      empty.hidden = true;
      if (total === 0) renderEmpty(main.unfilteredResultCount);
      focus?.();
    } catch {
      if (mine !== sequence) return;
      summary.replaceChildren('Search is not available right now. Check your connection and reload the page.');
      area.hidden = true;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...emptyState(), query: normalizeQuery(input.value), sort: state.sort });
  });
  sort.addEventListener('change', () => navigate({ ...state, sort: sort.value as SortOrder, page: 1 }, () => sort.focus()));
  window.addEventListener('popstate', () => {
    state = stateFromSearch(window.location.search);
    void run();
  });
  void run();
}
