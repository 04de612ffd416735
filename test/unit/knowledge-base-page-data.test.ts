import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { articlePage, categoryPage, homePage, labelPages, sectionPages } from '../../src/lib/knowledge-base/page-data';
import { article, category, faq, question, section, settingsOf, siteModelOf, topic } from '../support/site-model';

const model = siteModelOf({
  categories: [category('billing', { title: 'Billing', order: 1 }), category('start', { title: 'Getting started', order: 2 })],
  sections: [section('invoices', 'billing', { title: 'Invoices' }), section('tax', 'billing', { title: 'Tax', parent: 'invoices' }), section('setup', 'start')],
  articles: [
    ...Array.from({ length: 14 }, (_, i) => article(`invoice-${String(i + 1).padStart(2, '0')}`, 'invoices', { order: i + 1, labels: i < 3 ? ['invoices'] : [] })),
    article('vat', 'tax', { labels: ['invoices', 'tax'], promoted: true }),
    article('welcome', 'setup', { updated: new Date('2026-03-01T00:00:00Z') }),
  ],
  faqs: [faq('billing-faq', { section: 'invoices' })],
  topics: [topic('general')],
  questions: [question('q1', 'general'), question('q2', 'general')],
});
const en = translatorFor('en');
const settings = settingsOf('editUrl: https://github.com/acme/help/edit/main/{path}', 'categoryPreviewSize: 5', 'sectionPageSize: 10', 'sectionListSize: 4', 'relatedArticles: 2');

describe('homePage', () => {
  it('lists categories with their counts, promoted articles, and the other areas that have content', () => {
    const page = homePage(model, settings);
    expect(page.head).toEqual({ title: 'Test Help', description: 'How can we help?' });
    expect(page.categories.map((c) => [c.category.slug, c.sectionCount, c.articleCount])).toEqual([['billing', 1, 15], ['start', 1, 1]]);
    expect(page.promoted.map((a) => a.slug)).toEqual(['vat']);
    expect(page.moreWays).toEqual({ faqTitles: ['FAQ billing-faq'], community: { questions: 2, topics: 1, unanswered: 2 } });
  });

  it('leaves out the cards of areas without content', () => {
    expect(homePage(siteModelOf({}), settings).moreWays).toEqual({});
  });
});

describe('categoryPage', () => {
  it('previews each section up to the setting, with its total, subsections and FAQ pages', () => {
    const page = categoryPage(model, 'billing', settings, en);
    expect(page.head.breadcrumbs).toEqual([{ label: 'Home', href: '/' }]);
    const [invoices] = page.sections;
    expect(invoices!.articles).toHaveLength(5);
    expect(invoices!.total).toBe(14);
    expect(invoices!.subsections.map((s) => [s.section.slug, s.articleCount])).toEqual([['tax', 1]]);
    expect(page.faqs.map((f) => f.slug)).toEqual(['billing-faq']);
  });
});

describe('sectionPages', () => {
  it('paginates every section, titles later pages, and counts subsection articles', () => {
    const pages = sectionPages(model, settings, en).filter((p) => p.section.slug === 'invoices');
    expect(pages.map((p) => [p.page.current, p.page.items.length])).toEqual([[1, 10], [2, 4]]);
    expect(pages[1]!.head.title).toBe('Invoices (page 2 of 2)');
    expect(pages[0]!.head.breadcrumbs).toEqual([{ label: 'Home', href: '/' }, { label: 'Billing', href: '/categories/billing/' }]);
    expect(pages[0]!.subsections).toEqual([{ section: expect.objectContaining({ slug: 'tax' }), articleCount: 1 }]);
  });
});

describe('articlePage', () => {
  const page = articlePage(model, 'invoice-09', settings, en);

  it('gives the layout its title, trail, structured data and publication date', () => {
    expect(page.head.title).toBe('Article invoice-09');
    expect(page.head.breadcrumbs!.map((c) => c.label)).toEqual(['Home', 'Billing', 'Invoices']);
    expect(page.head.structuredData!.map((d) => (d as { '@type': string })['@type'])).toEqual(['TechArticle', 'BreadcrumbList']);
    expect(page.head.ogType).toBe('article');
    expect(page.head.publishedTime).toBe('2026-01-10T00:00:00.000Z');
  });

  it('lists the section around the article, its neighbours and related articles, as the settings size them', () => {
    const nav = page.sectionNav!;
    expect(nav.title).toBe('Articles in this section');
    expect(nav.items.map((i) => i.href)).toEqual(Array.from({ length: 9 }, (_, i) => `/articles/invoice-0${i + 1}/`));
    expect(nav.items.filter((i) => i.current).map((i) => i.label)).toEqual(['Article invoice-09']);
    expect(nav.more).toEqual({ href: '/sections/invoices/', text: 'See all 14 articles' });
    expect([page.previous?.slug, page.next?.slug]).toEqual(['invoice-08', 'invoice-10']);
    expect(articlePage(model, 'vat', settings, en).related.map((a) => a.slug)).toHaveLength(2);
  });

  it('offers the other sections of the category beside an article alone in its section, never a list of itself', () => {
    expect(articlePage(model, 'vat', settings, en).sectionNav).toEqual({
      title: 'More in Billing',
      items: [{ label: 'Invoices', href: '/sections/invoices/', current: false, note: '14 articles' }],
    });
    // Alone in the only section of its category: nothing else to list, so no list.
    expect(articlePage(model, 'welcome', settings, en).sectionNav).toBeUndefined();
  });

  it('links the file in the repository, names the author, and asks for feedback only where it can be received', () => {
    expect(page.editUrl).toBe('https://github.com/acme/help/edit/main/content/articles/invoice-09.mdx');
    expect(page.author?.name).toBe('Robin Support');
    expect(page.feedback).toBe(false);
    const withEndpoint = settingsOf('requestForm:', '  delivery: { type: endpoint, url: /api/request }');
    expect(articlePage(model, 'vat', withEndpoint, en).feedback).toBe(true);
  });

  it('lets its policy reach the feedback\'s delivery only where the feedback is asked', () => {
    expect(page.csp).toEqual([]);
    const toForms = settingsOf('requestForm:', '  delivery: { type: endpoint, url: "https://forms.example.com/f/1" }');
    expect(articlePage(model, 'vat', toForms, en).csp).toEqual(['connect-src https://forms.example.com', 'form-action https://forms.example.com']);
    expect(articlePage(model, 'vat', settingsOf('articleFeedback: false', 'requestForm:', '  delivery: { type: endpoint, url: "https://forms.example.com/f/1" }'), en).csp).toEqual([]);
  });

  it('carries its search attributes: type, trail, labels and the date a reader cares about', () => {
    const search = articlePage(model, 'welcome', settings, en).search;
    expect(search['data-search-type']).toBe('article');
    expect(search['data-search-breadcrumb']).toBe('Getting started › Section setup');
    expect(search['data-search-date']).toBe('2026-03-01');
  });
});

describe('labelPages', () => {
  it('gives every label its articles', () => {
    const pages = labelPages(model, en);
    expect(pages.map((p) => [p.label, p.articles.length])).toEqual([['invoices', 4], ['tax', 1]]);
    expect(pages[0]!.head.title).toBe('Articles labelled “invoices”');
  });
});
