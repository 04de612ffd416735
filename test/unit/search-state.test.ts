import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  clearFilters,
  normalizeQuery,
  pagefindFilters,
  searchFromState,
  searchPageUrl,
  stateFromSearch,
  toggleFilter,
} from '../../src/lib/search/state';

describe('the results page state in the URL', () => {
  it('reads query, filters, sort and page', () => {
    expect(stateFromSearch('?q=refund++invoice&type=article&category=Billing&category=Payments&label=tax&sort=newest&page=3')).toEqual({
      query: 'refund invoice',
      filters: { type: ['article'], category: ['Billing', 'Payments'], label: ['tax'] },
      page: 3,
      sort: 'newest',
    });
  });

  it('ignores unknown parameters and repairs bad pages and sorts', () => {
    expect(stateFromSearch('?q=x&page=-2&sort=sideways&utm_source=mail&category=')).toEqual({ query: 'x', filters: {}, page: 1, sort: 'relevance' });
    expect(stateFromSearch('?page=abc').page).toBe(1);
  });

  it('writes back what it read, leaving defaults out', () => {
    const search = 'q=refund+invoice&type=article&category=Billing&category=Payments&sort=newest&page=2';
    expect(searchFromState(stateFromSearch(search))).toBe(search);
    expect(searchPageUrl({ query: '' })).toBe('/search/');
  });

  it('encodes anything the visitor typed', () => {
    const url = searchPageUrl({ query: '<img src=x onerror=alert(1)> & #1' });
    expect(url).toBe('/search/?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E+%26+%231');
    expect(stateFromSearch(url.split('?')[1]!).query).toBe('<img src=x onerror=alert(1)> & #1');
  });
});

describe('toggleFilter and clearFilters', () => {
  const state = stateFromSearch('q=tax&type=article&page=4');

  it('add and remove one value at a time, and go back to page 1', () => {
    const added = toggleFilter(state, 'type', 'faq');
    expect(added.filters).toEqual({ type: ['article', 'faq'] });
    expect(added.page).toBe(1);
    expect(toggleFilter(added, 'type', 'article').filters).toEqual({ type: ['faq'] });
    expect(toggleFilter(state, 'type', 'article').filters).toEqual({});
  });

  it('clear every filter but keep the words', () => {
    expect(clearFilters(toggleFilter(state, 'label', 'vat'))).toMatchObject({ query: 'tax', filters: {}, page: 1 });
  });
});

describe('pagefindFilters', () => {
  it('makes values of one key alternatives, and keys combine', () => {
    expect(pagefindFilters({ type: ['article', 'faq'], category: ['Billing'], label: [] })).toEqual({
      type: { any: ['article', 'faq'] },
      category: { any: ['Billing'] },
    });
  });
});

describe('normalizeQuery', () => {
  it('tidies whitespace and caps the length', () => {
    expect(normalizeQuery('  send \n an   invoice ')).toBe('send an invoice');
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
