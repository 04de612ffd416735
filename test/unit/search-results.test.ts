import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { breadcrumbLevels, placeLine, placeLevels, safeSitePath, subHits, toDetailedHit, toHit, withHighlight, type PagefindFragment } from '../../src/lib/search/results';

const fragment = (over: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url: '/articles/refunds/',
  excerpt: 'Issue a <mark>refund</mark> &amp; a credit note.',
  meta: { title: 'Refunds & credit notes', breadcrumb: 'Invoicing › Payments', type: 'article', date: '2026-05-02' },
  sub_results: [
    { title: 'Refunds & credit notes', url: '/articles/refunds/#top', excerpt: 'x', locations: [1], anchor: { element: 'h1', id: 'top' } },
    { title: 'Partial refunds', url: '/articles/refunds/#partial', excerpt: 'a <mark>refund</mark>', locations: [4] },
    { title: 'Intro', url: '/articles/refunds/', excerpt: 'no anchor', locations: [2] },
  ].map((s, i) => (i === 1 ? { ...s, anchor: { element: 'h2', id: 'partial' } } : s)),
  ...over,
});

describe('toHit', () => {
  it('reads title, breadcrumb, type and date from the meta and makes the snippet safe', () => {
    expect(toHit(fragment())).toEqual({
      url: '/articles/refunds/',
      title: 'Refunds & credit notes',
      breadcrumb: 'Invoicing › Payments',
      type: 'article',
      excerptHtml: 'Issue a <mark>refund</mark> &#38; a credit note.',
      date: '2026-05-02',
    });
  });

  it('falls back to the URL for a page without a title, and leaves out a missing date', () => {
    const hit = toHit(fragment({ meta: {} }));
    expect(hit).toMatchObject({ title: '/articles/refunds/', breadcrumb: '', type: 'page' });
    expect('date' in hit).toBe(false);
  });
});

describe('subHits', () => {
  it('keeps matching headings below the title, best first', () => {
    const withMore = fragment({
      sub_results: [
        ...fragment().sub_results!,
        { title: 'Fees', url: '/articles/refunds/#fees', excerpt: '<mark>refund</mark> <mark>refund</mark>', locations: [7, 9], anchor: { element: 'h3', id: 'fees' } },
      ],
    });
    expect(subHits(withMore).map((s) => s.title)).toEqual(['Fees', 'Partial refunds']);
    expect(toDetailedHit(withMore).subResults[1]).toEqual({ url: '/articles/refunds/#partial', title: 'Partial refunds', excerptHtml: '… a <mark>refund</mark> …' });
  });
});

describe('an FAQ result', () => {
  const faqPage = (): PagefindFragment => ({
    url: '/faq/billing/',
    excerpt: 'Billing FAQ. Trials and <mark>refunds</mark>.',
    meta: { title: 'Billing FAQ', breadcrumb: 'FAQ', type: 'faq' },
    sub_results: [
      { title: 'Billing FAQ', url: '/faq/billing/#top', excerpt: 'x', locations: [1], anchor: { element: 'h1', id: 'top' } },
      { title: 'Is there a free trial?', url: '/faq/billing/#is-there-a-free-trial', excerpt: 'Yes, and a <mark>refund</mark>.', locations: [3], anchor: { element: 'h2', id: 'is-there-a-free-trial' } },
      { title: 'Do I get a refund?', url: '/faq/billing/#do-i-get-a-refund', excerpt: 'A <mark>refund</mark> is <mark>refunded</mark>.', locations: [5, 6], anchor: { element: 'h2', id: 'do-i-get-a-refund' } },
    ],
  });

  it('is the question that matched best, linked to its answer, with the FAQ page as its place', () => {
    expect(toHit(faqPage())).toEqual({ url: '/faq/billing/#do-i-get-a-refund', title: 'Do I get a refund?', breadcrumb: 'FAQ › Billing FAQ', type: 'faq', excerptHtml: 'A <mark>refund</mark> is <mark>refunded</mark>.' });
    expect(toDetailedHit(faqPage()).subResults.map((s) => s.title)).toEqual(['Is there a free trial?']);
  });

  it('stays the page when no question matched', () => {
    expect(toHit({ ...faqPage(), sub_results: [] }).url).toBe('/faq/billing/');
  });
});

describe('placeLine', () => {
  it('never repeats what the type already says', () => {
    const en = translatorFor('en');
    expect(placeLine('article', 'Billing › Invoices', en)).toBe('Article · Billing › Invoices');
    expect(placeLine('faq', 'FAQ', en)).toBe('FAQ');
    expect(placeLine('faq', 'FAQ › Billing FAQ', en)).toBe('FAQ · Billing FAQ');
    expect(placeLine('question', 'Community › Invoicing', en)).toBe('Community question · Invoicing');
    expect(placeLevels('article', '', en)).toEqual([]);
    // A word of the type's name, not a piece of one: "Art" is a category, not a part of "Article".
    expect(placeLine('article', 'Art › Prints', en)).toBe('Article · Art › Prints');
  });

  it('finds the area in the type\'s name wherever the language puts it', () => {
    expect(placeLine('question', 'Community › Zeiterfassung', translatorFor('de'))).toBe('Community-Frage · Zeiterfassung');
    expect(placeLine('question', 'المجتمع › تتبع الوقت', translatorFor('ar'))).toBe('سؤال في المجتمع · تتبع الوقت');
    expect(placeLine('faq', 'الأسئلة الشائعة › الفوترة', translatorFor('ar'))).toBe('الأسئلة الشائعة · الفوترة');
  });
});

describe('safeSitePath', () => {
  it('lets through paths of this site only', () => {
    expect(safeSitePath('/articles/x/#y')).toBe('/articles/x/#y');
    for (const bad of ['javascript:alert(1)', '//evil.example/x', 'https://evil.example/', '/a b', '/\\evil']) {
      expect(safeSitePath(bad)).toBe('/search/');
    }
  });
});

describe('withHighlight', () => {
  it('adds the searched words before the fragment, encoded', () => {
    expect(withHighlight('/articles/x/#fees', 'late fees & tax')).toBe('/articles/x/?highlight=late%20fees%20%26%20tax#fees');
    expect(withHighlight('/articles/x/?a=1', 'x')).toBe('/articles/x/?a=1&highlight=x');
    expect(withHighlight('/articles/x/', '  ')).toBe('/articles/x/');
  });
});

describe('breadcrumbLevels', () => {
  it('splits the breadcrumb meta into its levels', () => {
    expect(breadcrumbLevels('Invoicing › Payments')).toEqual(['Invoicing', 'Payments']);
    expect(breadcrumbLevels('')).toEqual([]);
  });
});
