import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { activeFilters, buildFacets, countSearches, pageCount, paginationItems, resultCountText, typeLabel } from '../../src/lib/search/facets';

const en = translatorFor('en');

describe('countSearches', () => {
  it('asks for one extra count per facet with a selection, without that facet', () => {
    expect(countSearches({ type: ['article'], category: ['Billing'] })).toEqual([
      { key: 'type', filters: { category: ['Billing'] } },
      { key: 'category', filters: { type: ['article'] } },
    ]);
    expect(countSearches({})).toEqual([]);
  });
});

describe('buildFacets', () => {
  const main = {
    type: { article: 7, faq: 0, question: 0 },
    category: { Billing: 7, 'Getting started': 0 },
    label: { tax: 3, vat: 1, unused: 0 },
  };

  it('names facets and types in the page\'s language', () => {
    const facets = buildFacets({}, { type: { question: 2 } }, {}, translatorFor('ar'));
    expect(facets[0]).toMatchObject({ label: 'النوع', values: [{ label: 'أسئلة المجتمع' }] });
  });

  it('takes counts from the search without the facet’s own selection, so alternatives stay visible', () => {
    const facets = buildFacets({ type: ['article'] }, main, { type: { type: { article: 7, faq: 2, question: 1 } } }, en);
    expect(facets[0]).toEqual({
      key: 'type',
      label: 'Type',
      values: [
        { value: 'article', label: 'Articles', count: 7, selected: true },
        { value: 'faq', label: 'FAQ', count: 2, selected: false },
        { value: 'question', label: 'Community questions', count: 1, selected: false },
      ],
    });
  });

  it('hides values without results unless selected, and facets left empty', () => {
    const facets = buildFacets({ label: ['gone'] }, { type: {}, category: {}, label: { tax: 3, unused: 0 } }, {}, en);
    expect(facets.map((f) => f.key)).toEqual(['label']);
    expect(facets[0]!.values).toEqual([
      { value: 'gone', label: 'gone', count: 0, selected: true },
      { value: 'tax', label: 'tax', count: 3, selected: false },
    ]);
  });

  it('orders values by count, then by name', () => {
    const facets = buildFacets({}, { label: { b: 2, a: 2, c: 5 } }, {}, en);
    expect(facets[0]!.values.map((v) => v.value)).toEqual(['c', 'a', 'b']);
  });

  it('shows a content type nobody named yet, capitalised', () => {
    expect(buildFacets({}, { type: { video: 2 } }, {}, en)[0]!.values[0]!.label).toBe('Video');
    expect(typeLabel('faq', en, 'one')).toBe('FAQ');
  });
});

describe('activeFilters', () => {
  it('lists selected values in facet order with their labels', () => {
    expect(activeFilters({ label: ['tax'], type: ['faq'], topic: ['Cards'] }, en)).toEqual([
      { key: 'type', value: 'faq', label: 'FAQ' },
      { key: 'label', value: 'tax', label: 'tax' },
      { key: 'topic', value: 'Cards', label: 'Cards' },
    ]);
  });
});

describe('pagination', () => {
  it('links first, last and two pages around the current one', () => {
    expect(paginationItems(1, 1)).toEqual([1]);
    expect(paginationItems(1, 4)).toEqual([1, 2, 3, 4]);
    expect(paginationItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(paginationItems(12, 12)).toEqual([1, 'gap', 10, 11, 12]);
  });

  it('counts pages and results', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
    expect([resultCountText(0, en), resultCountText(1, en), resultCountText(2, en)]).toEqual(['No results', '1 result', '2 results']);
    expect([0, 1, 2, 3, 11, 100].map((n) => resultCountText(n, translatorFor('ar')))).toEqual(['لا نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '11 نتيجةً', '100 نتيجة']);
  });
});
