import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { headerView, isCurrentArea, primaryNavigation } from '../../src/lib/site/navigation';

const en = translatorFor('en');

describe('primaryNavigation', () => {
  it('links only to the knowledge base and the request page when there is no FAQ or community', () => {
    expect(primaryNavigation({ faq: false, community: false }, '/request/', en)).toEqual([
      { label: 'Knowledge base', href: '/' },
      { label: 'Submit a request', href: '/request/', primary: true },
    ]);
  });

  it('adds FAQ and Community when they exist, the request link last', () => {
    const items = primaryNavigation({ faq: true, community: true }, 'https://support.larkspur.example/new', en);
    expect(items.map((i) => i.href)).toEqual(['/', '/faq/', '/community/', 'https://support.larkspur.example/new']);
    expect(items.filter((i) => i.primary).map((i) => i.label)).toEqual(['Submit a request']);
  });

  it('names the links in the page\'s language', () => {
    expect(primaryNavigation({ faq: true, community: true }, '/request/', translatorFor('de')).map((i) => i.label)).toEqual(['Wissensdatenbank', 'FAQ', 'Community', 'Anfrage senden']);
  });

  it('adds only the area that exists', () => {
    expect(primaryNavigation({ faq: false, community: true }, '/request/', en).map((i) => i.label)).toEqual([
      'Knowledge base', 'Community', 'Submit a request',
    ]);
  });
});

describe('isCurrentArea', () => {
  it('marks the knowledge base on the home page and on every knowledge-base page', () => {
    for (const path of ['/', '/categories/billing/', '/sections/invoices/page/2/', '/articles/x/', '/labels/tax/']) {
      expect(isCurrentArea('/', path), path).toBe(true);
    }
  });

  it('does not mark the knowledge base on other areas', () => {
    for (const path of ['/faq/', '/community/questions/1/', '/request/', '/search/']) {
      expect(isCurrentArea('/', path), path).toBe(false);
    }
  });

  it('marks other areas on their own pages and the pages below them', () => {
    expect(isCurrentArea('/faq/', '/faq/')).toBe(true);
    expect(isCurrentArea('/faq/', '/faq/billing/')).toBe(true);
    expect(isCurrentArea('/faq/', '/community/')).toBe(false);
    expect(isCurrentArea('/faq/', '/')).toBe(false);
  });
});

describe('headerView', () => {
  const areas = { faq: true, community: true };

  it('marks the page itself as the current page and its area as current', () => {
    const on = (path: string) => headerView(areas, '/request/', path, en).items.filter((i) => i.current).map((i) => [i.label, i.current]);
    expect(on('/faq/')).toEqual([['FAQ', 'page']]);
    expect(on('/faq/billing/')).toEqual([['FAQ', 'true']]);
    expect(on('/articles/x/')).toEqual([['Knowledge base', 'true']]);
    expect(on('/')).toEqual([['Knowledge base', 'page']]);
    expect(on('/request/')).toEqual([]);
  });

  it('has a search box on every page but those with their own: home, results and not found', () => {
    expect(headerView(areas, '/request/', '/articles/x/', en).search).toBe(true);
    expect(headerView(areas, '/request/', '/', en).search).toBe(false);
    expect(headerView(areas, '/request/', '/search/', en).search).toBe(false);
    expect(headerView(areas, '/request/', '/404/', en).search).toBe(false);
  });
});
