/**
 * The results page's parts, drawn from what the page knows: a result, the facets, the chips of
 * active filters, the page links and the empty state. Each returns elements and takes the
 * visitor's actions as callbacks; src/scripts/search/results-page/index.ts decides what they do.
 */
import type { SiteMessageKey, SiteWords } from '../../../i18n';
import { formatNumber } from '../../../lib/i18n/messages';
import { activeFilters, paginationItems, TYPE_MESSAGES, typeLabel, type Facet } from '../../../lib/search/facets';
import { BREADCRUMB_SEPARATOR } from '../../../lib/search/attributes';
import { placeLevels, withHighlight, type DetailedHit } from '../../../lib/search/results';
import { searchPageUrl, type SearchState } from '../../../lib/search/state';
import { element, messageNodes } from '../../dom';
import { renderExcerpt } from '../pagefind-client';

/** Facet values listed before "Show more". */
export const FACET_PREVIEW = 8;

/** What these parts write; the results page's component hands its script these (with those of src/lib/search/facets.ts). */
export const RENDER_MESSAGES = [
  ...TYPE_MESSAGES,
  'site.updated',
  'site.previousPage',
  'site.nextPage',
  'site.pageNumber',
  'contact.submitRequest',
  'search.resultPlace',
  'search.facetResults',
  'search.showMore',
  'search.removeFilter',
  'search.clearFilters',
  'search.emptyHeading',
  'search.filtersHideAll',
  'search.searchWithoutFilters',
  'search.checkSpelling',
  'search.browseTopics',
  'search.homeLink',
  'search.stillStuck',
  'search.contactUs',
  'search.didYouMean',
] as const satisfies readonly SiteMessageKey[];
export type RenderWords = SiteWords<(typeof RENDER_MESSAGES)[number]>;

/** The words of a message whose slot holds something shown, the words around it said to screen readers only: "In: ‹Billing›". */
function hiddenAround(doc: Document, parts: ReturnType<RenderWords['parts']>, shown: (Node | string)[]): (Node | string)[] {
  return parts.flatMap((p) => (typeof p === 'string' ? [element(doc, 'span', { class: 'visually-hidden' }, p)] : shown));
}

/** One result: type and date, title, place, snippet, and the matching sections of a long page. */
export function resultItem(doc: Document, hit: DetailedHit, options: { highlight?: string; formatDate(iso: string): string }, words: RenderWords): HTMLElement {
  const link = (url: string) => (options.highlight ? withHighlight(url, options.highlight) : url);
  const snippet = element(doc, 'p', { class: 'result-snippet' });
  renderExcerpt(snippet, hit.excerptHtml);
  const metaLine = element(doc, 'p', { class: 'result-meta' }, typeLabel(hit.type, words, 'one'));
  if (hit.date) metaLine.append(' · ', ...messageNodes(words.parts('site.updated'), { date: element(doc, 'time', { datetime: hit.date }, options.formatDate(hit.date)) }));
  const item = element(doc, 'li', { class: 'search-result' }, metaLine, element(doc, 'h3', {}, element(doc, 'a', { href: link(hit.url) }, hit.title)));
  // The place, without what the type line says already ("FAQ" above "FAQ › Billing" would repeat it).
  const place = placeLevels(hit.type, hit.breadcrumb, words).join(BREADCRUMB_SEPARATOR);
  if (place) item.append(element(doc, 'p', { class: 'result-path' }, ...hiddenAround(doc, words.parts('search.resultPlace'), [place])));
  item.append(snippet);
  if (hit.subResults.length) {
    const subs = element(doc, 'ul', { class: 'result-subs' });
    for (const sub of hit.subResults) {
      const text = element(doc, 'p');
      renderExcerpt(text, sub.excerptHtml);
      subs.append(element(doc, 'li', {}, element(doc, 'a', { href: link(sub.url) }, sub.title), text));
    }
    item.append(subs);
  }
  return item;
}

/** The facets as fieldsets of checkboxes with counts; long ones show their first values and "Show N more". */
export function facetGroups(doc: Document, facets: readonly Facet[], options: { expanded: ReadonlySet<string>; onToggle(key: string, value: string): void; onShowMore(facet: Facet): void }, words: RenderWords): HTMLElement[] {
  return facets.map((facet) => {
    const more = facet.values.length > FACET_PREVIEW && !options.expanded.has(facet.key);
    const list = element(doc, 'ul');
    for (const v of more ? facet.values.slice(0, FACET_PREVIEW) : facet.values) {
      const box = element(doc, 'input', { type: 'checkbox', name: facet.key, value: v.value });
      box.checked = v.selected;
      box.addEventListener('change', () => options.onToggle(facet.key, v.value));
      const count = element(doc, 'span', { class: 'facet-count' }, formatNumber(v.count, words.locale), element(doc, 'span', { class: 'visually-hidden' }, words.t('search.facetResults', { count: v.count })));
      list.append(element(doc, 'li', {}, element(doc, 'label', {}, box, element(doc, 'span', {}, v.label), count)));
    }
    const group = element(doc, 'fieldset', {}, element(doc, 'legend', {}, facet.label), list);
    if (more) {
      const button = element(doc, 'button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' }, words.t('search.showMore', { count: facet.values.length - FACET_PREVIEW }));
      button.addEventListener('click', () => options.onShowMore(facet));
      group.append(button);
    }
    return group;
  });
}

/** The active filters as removable chips, and "Clear all filters" when there are several. */
export function chipItems(doc: Document, filters: SearchState['filters'], options: { onRemove(key: string, value: string, index: number): void; onClear(): void }, words: RenderWords): HTMLElement[] {
  const active = activeFilters(filters, words);
  const items = active.map((chip, i) => {
    const button = element(doc, 'button', { type: 'button', class: 'chip' }, ...hiddenAround(doc, words.parts('search.removeFilter'), [chip.label]), element(doc, 'span', { 'aria-hidden': 'true' }, '×'));
    button.addEventListener('click', () => options.onRemove(chip.key, chip.value, i));
    return element(doc, 'li', {}, button);
  });
  if (active.length > 1) {
    const clear = element(doc, 'button', { type: 'button', class: 'chip chip-clear' }, words.t('search.clearFilters'));
    clear.addEventListener('click', () => options.onClear());
    items.push(element(doc, 'li', {}, clear));
  }
  return items;
}

/** Previous, numbered pages (with gaps) and Next, as real links that the page follows itself. */
export function pageLinks(doc: Document, state: SearchState, count: number, onPage: (page: number) => void, { t, locale }: RenderWords): HTMLElement[] {
  const link = (page: number, text: string, attrs: Record<string, string> = {}) => {
    const a = element(doc, 'a', { href: searchPageUrl({ ...state, page }), ...attrs }, text);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      onPage(page);
    });
    return a;
  };
  const parts: HTMLElement[] = [];
  if (state.page > 1) parts.push(link(state.page - 1, t('site.previousPage'), { rel: 'prev' }));
  const ol = element(doc, 'ol');
  for (const item of paginationItems(state.page, count)) {
    ol.append(element(doc, 'li', {}, item === 'gap'
      ? element(doc, 'span', { 'aria-hidden': 'true' }, '…')
      : link(item, formatNumber(item, locale), { 'aria-label': t('site.pageNumber', { page: item }), ...(item === state.page ? { 'aria-current': 'page' } : {}) })));
  }
  parts.push(ol);
  if (state.page < count) parts.push(link(state.page + 1, t('site.nextPage'), { rel: 'next' }));
  return parts;
}

/** When nothing matches: why, what to try, and the way to the support team. */
export function emptyState(doc: Document, options: { filteredOut?: number; requestUrl: string; onWiden(): void; onContact(): void }, words: RenderWords): HTMLElement[] {
  const { t, parts } = words;
  const tips = element(doc, 'ul');
  if (options.filteredOut) {
    const widen = element(doc, 'button', { type: 'button', class: 'link-button' }, t('search.searchWithoutFilters', { count: options.filteredOut }));
    widen.addEventListener('click', () => options.onWiden());
    tips.append(element(doc, 'li', {}, ...messageNodes(parts('search.filtersHideAll'), { widen })));
  }
  tips.append(
    element(doc, 'li', {}, t('search.checkSpelling')),
    element(doc, 'li', {}, ...messageNodes(parts('search.browseTopics'), { homeLink: element(doc, 'a', { href: '/' }, t('search.homeLink')) })),
  );
  const chat = element(doc, 'button', { type: 'button', class: 'link-button', 'data-search-contact': '' }, t('search.contactUs'));
  chat.addEventListener('click', (event) => {
    // The panel closes on clicks outside it: this click must not reach the page once it has opened it.
    event.stopPropagation();
    options.onContact();
  });
  const request = element(doc, 'a', { class: 'button', href: options.requestUrl }, t('contact.submitRequest'));
  const still = element(doc, 'p', {}, ...messageNodes(parts('search.stillStuck'), { requestLink: request, contactButton: chat }));
  return [element(doc, 'h2', {}, t('search.emptyHeading')), tips, still];
}

/** "Did you mean …?", offered once the spelling hint arrives. */
export function spellingOffer(doc: Document, state: SearchState, better: string, onRetry: () => void, words: RenderWords): HTMLElement {
  const retry = element(doc, 'a', { href: searchPageUrl({ ...state, query: better, page: 1 }), 'data-search-spelling': '' }, better);
  retry.addEventListener('click', (event) => {
    event.preventDefault();
    onRetry();
  });
  return element(doc, 'p', { class: 'search-spelling' }, ...messageNodes(words.parts('search.didYouMean'), { suggestion: retry }));
}
