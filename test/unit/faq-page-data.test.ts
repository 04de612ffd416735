import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/i18n';
import { faqIndexPage, faqPage } from '../../src/lib/faq/page-data';
import { category, faq, section, settingsOf, siteModelOf, topic } from '../support/site-model';

const model = siteModelOf({
  categories: [category('billing', { title: 'Billing' })],
  sections: [section('plans', 'billing', { title: 'Plans' })],
  faqs: [faq('plans-faq', { section: 'plans', order: 2, updated: new Date('2026-04-02T00:00:00Z') }), faq('general', { category: 'billing', order: 1 })],
  topics: [topic('t')],
});
const settings = settingsOf('editUrl: https://github.com/acme/help/edit/main/{path}');
const en = translatorFor('en');
const questions = [{ question: 'Can I pay yearly?', answer: 'Yes.' }, { question: 'Is there a trial?', answer: 'Fourteen days.' }];

describe('faqIndexPage', () => {
  it('lists the FAQ pages in order with their question counts, and points at the community', () => {
    const page = faqIndexPage(model, settings, new Map([['plans-faq', 2], ['general', 5]]), en);
    expect(page.faqs.map((f) => [f.faq.slug, f.questionCount])).toEqual([['general', 5], ['plans-faq', 2]]);
    expect(page.community).toBe(true);
  });
});

describe('faqPage', () => {
  it('marks up exactly the questions it was given, and places the page under its section', () => {
    const page = faqPage(model, 'plans-faq', settings, questions, en);
    const ld = page.head.structuredData![0] as { '@type': string; mainEntity: { name: string }[] };
    expect(ld['@type']).toBe('FAQPage');
    expect(ld.mainEntity.map((q) => q.name)).toEqual(['Can I pay yearly?', 'Is there a trial?']);
    expect(page.placement).toEqual({ label: 'Plans', href: '/sections/plans/' });
    expect(page.updated).toEqual({ iso: '2026-04-02', text: 'April 2, 2026' });
    expect(page.questionCount).toBe(2);
    expect(page.others.map((f) => f.slug)).toEqual(['general']);
    expect(page.editUrl).toBe('https://github.com/acme/help/edit/main/content/faq/plans-faq.mdx');
  });

  it('files a page placed in a category under it, for search too', () => {
    const page = faqPage(model, 'general', settings, questions, en);
    expect(page.placement).toEqual({ label: 'Billing', href: '/categories/billing/' });
    expect(page.search['data-search-category']).toBe('Billing');
  });

  it('claims no FAQPage for a page without questions', () => {
    expect(faqPage(model, 'general', settings, [], en).head.structuredData!.map((d) => (d as { '@type': string })['@type'])).toEqual(['BreadcrumbList']);
  });
});
