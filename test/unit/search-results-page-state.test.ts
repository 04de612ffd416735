import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../src/lib/search/state';
import {
  activeFilterCount,
  asksForWords,
  chipAfter,
  formatDate,
  hiddenByFilters,
  onPage,
  pageTitle,
  respelled,
  resultWindow,
  sortedBy,
  submitted,
} from '../../src/scripts/search/results-page/page-state';

/**
 * What the results page decides without the DOM. The page itself (drawing, focus, the URL and
 * the back button) is tested in Chromium (test/e2e/search-page.test.ts).
 */
const state: SearchState = { query: 'invoice', filters: { type: ['article'], category: ['Billing', 'Payments'] }, page: 3, sort: 'newest' };

describe('the state each control leads to', () => {
  it('a new search from the form keeps only the sort, with the words tidied', () => {
    expect(submitted(state, '  refund   policy ')).toEqual({ query: 'refund policy', filters: {}, page: 1, sort: 'newest' });
  });

  it('another sort goes back to the first page, keeping words and filters', () => {
    expect(sortedBy(state, 'relevance')).toEqual({ ...state, sort: 'relevance', page: 1 });
  });

  it('a page link changes the page only', () => {
    expect(onPage(state, 5)).toEqual({ ...state, page: 5 });
  });

  it('"Did you mean" searches the better words from the first page, with the same filters', () => {
    expect(respelled(state, 'invoices')).toEqual({ ...state, query: 'invoices', page: 1 });
  });
});

describe('what follows from a state', () => {
  it('asks for words when there are neither words nor filters', () => {
    expect(asksForWords({ ...state, query: '', filters: {} })).toBe(true);
    expect(asksForWords({ ...state, query: '' })).toBe(false);
    expect(asksForWords({ ...state, filters: {} })).toBe(false);
  });

  it('names the search in the title and keeps the site\'s name', () => {
    expect(pageTitle('Search · Example Help', 'refund', 'Search')).toBe('refund – Search · Example Help');
    expect(pageTitle('refund – Search · Example Help', 'invoice', 'Search')).toBe('invoice – Search · Example Help');
    expect(pageTitle('invoice – Suche · Hilfe', '', 'Suche')).toBe('Suche · Hilfe');
  });

  it('shows the page asked for, or the last one when there are fewer results now', () => {
    const held = resultWindow(state, 45, 10);
    expect(held).toEqual({ state, count: 5, from: 20, to: 30 });
    expect(held.state).toBe(state);
    expect(resultWindow(state, 12, 10)).toEqual({ state: { ...state, page: 2 }, count: 2, from: 10, to: 20 });
    expect(resultWindow(state, 0, 10)).toMatchObject({ state: { page: 1 }, count: 1, from: 0 });
  });

  it('counts the ticked filter values', () => {
    expect(activeFilterCount(state.filters)).toBe(3);
    expect(activeFilterCount({})).toBe(0);
  });

  it('offers back the matches the filters hide, and nothing when they hide none', () => {
    expect(hiddenByFilters(state, 7)).toBe(7);
    expect(hiddenByFilters(state, 0)).toBeUndefined();
    expect(hiddenByFilters({ ...state, filters: {} }, 7)).toBeUndefined();
  });

  it('writes a result\'s date in the page\'s language, and leaves what is no date as written', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('moves focus to the chip that took the removed one\'s place, else the last, else none', () => {
    expect(chipAfter(1, 3)).toBe(1);
    expect(chipAfter(2, 2)).toBe(1);
    expect(chipAfter(0, 0)).toBe(-1);
  });
});

describe('pageTitle with replacement patterns in the query', () => {
  it('shows "$&" and "$1" as the visitor typed them', () => {
    expect(pageTitle('Search · Example Help', '$& $1', 'Search')).toBe('$& $1 – Search · Example Help');
  });
});
