/**
 * The results page's parts, drawn from what the page knows: a result, the facets, the chips of
 * active filters, the page links and the empty state. Each returns elements and takes the
 * visitor's actions as callbacks; src/scripts/search/results-page/index.ts decides what they do.
 */
import { activeFilters, paginationItems, resultCountText, typeLabel, type Facet, type SummaryPart } from '../../../lib/search/facets';
import { BREADCRUMB_SEPARATOR } from '../../../lib/search/attributes';
import { placeLevels, withHighlight, type DetailedHit } from '../../../lib/search/results';
import { searchPageUrl, type SearchState } from '../../../lib/search/state';
import { element } from '../../dom';
import { renderExcerpt } from '../pagefind-client';

/** Facet values listed before "Show more". */
export const FACET_PREVIEW = 8;

export function summary(doc: Document, parts: readonly SummaryPart[]): (Node | string)[] {
  return parts.map((p) => (typeof p === 'string' ? p : element(doc, 'q', {}, p.quoted)));
}

/** One result: type and date, title, place, snippet, and the matching sections of a long page. */
export function resultItem(doc: Document, hit: DetailedHit, options: { highlight?: string; formatDate(iso: string): string }): HTMLElement {
  const link = (url: string) => (options.highlight ? withHighlight(url, options.highlight) : url);
  const snippet = element(doc, 'p', { class: 'result-snippet' });
  renderExcerpt(snippet, hit.excerptHtml);
  const metaLine = element(doc, 'p', { class: 'result-meta' }, typeLabel(hit.type, 'one'));
  if (hit.date) metaLine.append(' · Updated ', element(doc, 'time', { datetime: hit.date }, options.formatDate(hit.date)));
  const item = element(doc, 'li', { class: 'search-result' }, metaLine, element(doc, 'h3', {}, element(doc, 'a', { href: link(hit.url) }, hit.title)));
  // The place, without what the type line says already ("FAQ" above "FAQ › Billing" would repeat it).
  const place = placeLevels(hit.type, hit.breadcrumb).join(BREADCRUMB_SEPARATOR);
  if (place) item.append(element(doc, 'p', { class: 'result-path' }, element(doc, 'span', { class: 'visually-hidden' }, 'In: '), place));
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
export function facetGroups(doc: Document, facets: readonly Facet[], options: { expanded: ReadonlySet<string>; onToggle(key: string, value: string): void; onShowMore(facet: Facet): void }): HTMLElement[] {
  return facets.map((facet) => {
    const more = facet.values.length > FACET_PREVIEW && !options.expanded.has(facet.key);
    const list = element(doc, 'ul');
    for (const v of more ? facet.values.slice(0, FACET_PREVIEW) : facet.values) {
      const box = element(doc, 'input', { type: 'checkbox', name: facet.key, value: v.value });
      box.checked = v.selected;
      box.addEventListener('change', () => options.onToggle(facet.key, v.value));
      const count = element(doc, 'span', { class: 'facet-count' }, String(v.count), element(doc, 'span', { class: 'visually-hidden' }, v.count === 1 ? ' result' : ' results'));
      list.append(element(doc, 'li', {}, element(doc, 'label', {}, box, element(doc, 'span', {}, v.label), count)));
    }
    const group = element(doc, 'fieldset', {}, element(doc, 'legend', {}, facet.label), list);
    if (more) {
      const button = element(doc, 'button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' }, `Show ${facet.values.length - FACET_PREVIEW} more`);
      button.addEventListener('click', () => options.onShowMore(facet));
      group.append(button);
    }
    return group;
  });
}

/** The active filters as removable chips, and "Clear all filters" when there are several. */
export function chipItems(doc: Document, filters: SearchState['filters'], options: { onRemove(key: string, value: string, index: number): void; onClear(): void }): HTMLElement[] {
  const active = activeFilters(filters);
  const items = active.map((chip, i) => {
    const button = element(doc, 'button', { type: 'button', class: 'chip' }, element(doc, 'span', { class: 'visually-hidden' }, 'Remove filter: '), chip.label, element(doc, 'span', { 'aria-hidden': 'true' }, '×'));
    button.addEventListener('click', () => options.onRemove(chip.key, chip.value, i));
    return element(doc, 'li', {}, button);
  });
  if (active.length > 1) {
    const clear = element(doc, 'button', { type: 'button', class: 'chip chip-clear' }, 'Clear all filters');
    clear.addEventListener('click', () => options.onClear());
    items.push(element(doc, 'li', {}, clear));
  }
  return items;
}

/** Previous, numbered pages (with gaps) and Next, as real links that the page follows itself. */
export function pageLinks(doc: Document, state: SearchState, count: number, onPage: (page: number) => void): (HTMLElement)[] {
  const link = (page: number, text: string, attrs: Record<string, string> = {}) => {
    const a = element(doc, 'a', { href: searchPageUrl({ ...state, page }), ...attrs }, text);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      onPage(page);
    });
    return a;
  };
  const parts: HTMLElement[] = [];
  if (state.page > 1) parts.push(link(state.page - 1, 'Previous', { rel: 'prev' }));
  const ol = element(doc, 'ol');
  for (const item of paginationItems(state.page, count)) {
    ol.append(element(doc, 'li', {}, item === 'gap'
      ? element(doc, 'span', { 'aria-hidden': 'true' }, '…')
      : link(item, String(item), { 'aria-label': `Page ${item}`, ...(item === state.page ? { 'aria-current': 'page' } : {}) })));
  }
  parts.push(ol);
  if (state.page < count) parts.push(link(state.page + 1, 'Next', { rel: 'next' }));
  return parts;
}

/** When nothing matches: why, what to try, and the way to the support team. */
export function emptyState(doc: Document, options: { filteredOut?: number; requestUrl: string; onWiden(): void; onContact(): void }): HTMLElement[] {
  const tips = element(doc, 'ul');
  if (options.filteredOut) {
    const widen = element(doc, 'button', { type: 'button', class: 'link-button' }, `Search without filters (${resultCountText(options.filteredOut).toLowerCase()})`);
    widen.addEventListener('click', () => options.onWiden());
    tips.append(element(doc, 'li', {}, 'Your filters hide every match. ', widen));
  }
  tips.append(
    element(doc, 'li', {}, 'Check the spelling, or describe the problem in other words (for example “send invoice” rather than an error code).'),
    element(doc, 'li', {}, 'Browse the topics on the ', element(doc, 'a', { href: '/' }, 'help center home page'), '.'),
  );
  const chat = element(doc, 'button', { type: 'button', class: 'link-button', 'data-search-contact': '' }, 'contact us');
  chat.addEventListener('click', (event) => {
    // The panel closes on clicks outside it: this click must not reach the page once it has opened it.
    event.stopPropagation();
    options.onContact();
  });
  const still = element(doc, 'p', {}, 'Still stuck? ', element(doc, 'a', { class: 'button', href: options.requestUrl }, 'Submit a request'), ' or ', chat, '.');
  return [element(doc, 'h2', {}, 'Nothing in the help center matches yet'), tips, still];
}

/** "Did you mean …?", offered once the spelling hint arrives. */
export function spellingOffer(doc: Document, state: SearchState, better: string, onRetry: () => void): HTMLElement {
  const retry = element(doc, 'a', { href: searchPageUrl({ ...state, query: better, page: 1 }), 'data-search-spelling': '' }, better);
  retry.addEventListener('click', (event) => {
    event.preventDefault();
    onRetry();
  });
  return element(doc, 'p', { class: 'search-spelling' }, 'Did you mean ', retry, '?');
}
