// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { summaryParts, type Facet } from '../../src/lib/search/facets';
import { emptyState as emptySearch } from '../../src/lib/search/state';
import { quotedText } from '../../src/scripts/dom';
import { chipItems, emptyState, FACET_PREVIEW, facetGroups, pageLinks, resultItem } from '../../src/scripts/search/results-page/render';

const en = translatorFor('en');

/**
 * The results page's parts, drawn in a DOM of their own: what a visitor reads, and what each
 * control does when used. The page around them is tested in Chromium (test/e2e/search-page.test.ts).
 */
const text = (nodes: (Node | string)[] | HTMLElement) => (Array.isArray(nodes) ? nodes.map((n) => (typeof n === 'string' ? n : n.textContent)).join('') : nodes.textContent);

describe('summaryParts and summary', () => {
  it('say how many results, for which words, where and on which page', () => {
    const parts = summaryParts({ query: 'refund <b>', page: 2, filters: { category: ['Billing'] } }, 25, 10, en);
    expect(parts).toEqual(['25 results for ', { quoted: 'refund <b>' }, ' in Billing · page 2 of 3']);
    const nodes = quotedText(document, parts);
    expect(text(nodes)).toBe('25 results for refund <b> in Billing · page 2 of 3');
    expect((nodes[1] as HTMLElement).tagName).toBe('Q');
    expect(summaryParts({ query: '', page: 1, filters: {} }, 0, 10, en)).toEqual(['No results']);
    expect(summaryParts({ query: 'Rechnung', page: 1, filters: { category: ['Abrechnung'] } }, 1, 10, translatorFor('de'))).toEqual(['1 Ergebnis für ', { quoted: 'Rechnung' }, ' in Abrechnung']);
    expect(summaryParts({ query: 'فاتورة', page: 1, filters: {} }, 2, 10, translatorFor('ar'))).toEqual(['نتيجتان عن ', { quoted: 'فاتورة' }]);
  });
});

describe('resultItem', () => {
  it('shows type, date, title, place, snippet and matching sections, with links that highlight the words', () => {
    const item = resultItem(document, {
      url: '/articles/refunds/', title: 'Refunds <i>', breadcrumb: 'Billing › Payments', type: 'article', date: '2026-03-01',
      excerptHtml: 'How to <mark>refund</mark> a payment', subResults: [{ url: '/articles/refunds/#partial', title: 'Partial refunds', excerptHtml: '<mark>refund</mark> part' }],
    }, { highlight: 'refund', formatDate: (iso) => `on ${iso}` }, en);
    expect(item.querySelector('h3 a')!.getAttribute('href')).toBe('/articles/refunds/?highlight=refund');
    expect(item.querySelector('h3 a')!.textContent).toBe('Refunds <i>');
    expect(item.querySelector('.result-meta')!.textContent).toBe('Article · Updated on 2026-03-01');
    expect(item.querySelector('.result-snippet mark')!.textContent).toBe('refund');
    expect(item.querySelector('.result-subs a')!.getAttribute('href')).toBe('/articles/refunds/?highlight=refund#partial');
    expect(item.querySelector('.result-path')!.textContent).toBe('In: Billing › Payments');
  });
});

describe('facetGroups', () => {
  const facet: Facet = { key: 'label', label: 'Labels', values: Array.from({ length: FACET_PREVIEW + 3 }, (_, i) => ({ value: `v${i}`, label: `V${i}`, count: i + 1, selected: i === 0 })) };

  it('shows the first values of a long facet, their counts and selection, and "Show N more"', () => {
    const [group] = facetGroups(document, [facet], { expanded: new Set(), onToggle: () => {}, onShowMore: () => {} }, en);
    expect(group!.querySelector('legend')!.textContent).toBe('Labels');
    expect(group!.querySelectorAll('input')).toHaveLength(FACET_PREVIEW);
    expect((group!.querySelector('input') as HTMLInputElement).checked).toBe(true);
    expect(group!.querySelector('.facet-count')!.textContent).toBe('1 result');
    expect(group!.querySelector('button')!.textContent).toBe('Show 3 more');
  });

  it('reports a ticked box and "Show more", and lists everything once expanded', () => {
    const onToggle = vi.fn();
    const onShowMore = vi.fn();
    const [group] = facetGroups(document, [facet], { expanded: new Set(), onToggle, onShowMore }, en);
    group!.querySelectorAll('input')[1]!.dispatchEvent(new Event('change'));
    group!.querySelector('button')!.click();
    expect(onToggle).toHaveBeenCalledWith('label', 'v1');
    expect(onShowMore).toHaveBeenCalledWith(facet);
    expect(facetGroups(document, [facet], { expanded: new Set(['label']), onToggle, onShowMore }, en)[0]!.querySelectorAll('input')).toHaveLength(FACET_PREVIEW + 3);
  });
});

describe('chipItems', () => {
  it('makes a removable chip per active filter, and "Clear all filters" for several', () => {
    const onRemove = vi.fn();
    const onClear = vi.fn();
    const items = chipItems(document, { type: ['faq'], category: ['Billing'] }, { onRemove, onClear }, en);
    expect(items.map((i) => i.textContent)).toEqual(['Remove filter: FAQ×', 'Remove filter: Billing×', 'Clear all filters']);
    items[1]!.querySelector('button')!.click();
    items[2]!.querySelector('button')!.click();
    expect(onRemove).toHaveBeenCalledWith('category', 'Billing', 1);
    expect(onClear).toHaveBeenCalled();
    expect(chipItems(document, { type: ['faq'] }, { onRemove, onClear }, en)).toHaveLength(1);
  });
});

describe('pageLinks', () => {
  it('links every page by its URL, marks the current one, and follows a click itself', () => {
    const onPage = vi.fn();
    const parts = pageLinks(document, { ...emptySearch(), query: 'tax', page: 2 }, 3, onPage, en);
    const links = parts.flatMap((p) => (p.tagName === 'A' ? [p] : [...p.querySelectorAll('a')]));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Previous', '/search/?q=tax'], ['1', '/search/?q=tax'], ['2', '/search/?q=tax&page=2'], ['3', '/search/?q=tax&page=3'], ['Next', '/search/?q=tax&page=3'],
    ]);
    expect(links[2]!.getAttribute('aria-current')).toBe('page');
    links[4]!.click();
    expect(onPage).toHaveBeenCalledWith(3);
  });
});

describe('emptyState', () => {
  it('says filters hide the matches, offers to widen, and leads to the request form and the contact panel', () => {
    const onWiden = vi.fn();
    const onContact = vi.fn();
    const parts = emptyState(document, { filteredOut: 4, requestUrl: '/request/', onWiden, onContact }, en);
    const box = document.createElement('div');
    box.append(...parts);
    expect(box.querySelector('h2')!.textContent).toBe('Nothing in the help center matches yet');
    expect(box.textContent).toContain('Search without filters (4 results)');
    expect(box.querySelector('a.button')!.getAttribute('href')).toBe('/request/');
    (box.querySelector('button.link-button') as HTMLButtonElement).click();
    (box.querySelector('[data-search-contact]') as HTMLButtonElement).click();
    expect(onWiden).toHaveBeenCalled();
    expect(onContact).toHaveBeenCalled();
  });
});
