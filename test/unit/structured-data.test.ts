import { describe, expect, it } from 'vitest';
import { breadcrumbListLd, serializeJsonLd, techArticleLd, type TechArticleInput } from '../../src/lib/structured-data/json-ld';

const BASE = 'https://help.larkspur.example';

describe('serializeJsonLd', () => {
  const hostile = '</script><script>alert(1)</script>';

  it('writes no "<" or ">" so that a title cannot close the script element', () => {
    const json = serializeJsonLd({ headline: hostile });
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(json.toLowerCase()).not.toContain('</script');
  });

  it('still parses back to the original text', () => {
    const text = `${hostile} & "quotes" \u2028 line\u2029separator`;
    const json = serializeJsonLd({ headline: text, nested: [{ name: text }] });
    expect(json).not.toContain('&');
    expect(json).not.toContain('\u2028');
    expect(json).not.toContain('\u2029');
    expect(JSON.parse(json)).toEqual({ headline: text, nested: [{ name: text }] });
  });
});

describe('breadcrumbListLd', () => {
  it('numbers the items from 1 with absolute URLs', () => {
    const ld = breadcrumbListLd(
      [
        { label: 'Home', href: '/' },
        { label: 'Billing', href: '/categories/billing/' },
        { label: 'Invoices', href: '/sections/invoices/' },
      ],
      BASE,
    );
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://help.larkspur.example/' },
      { '@type': 'ListItem', position: 2, name: 'Billing', item: 'https://help.larkspur.example/categories/billing/' },
      { '@type': 'ListItem', position: 3, name: 'Invoices', item: 'https://help.larkspur.example/sections/invoices/' },
    ]);
  });
});

describe('techArticleLd', () => {
  const input: TechArticleInput = {
    title: 'Create an invoice',
    description: 'How to bill a client.',
    path: '/articles/create-an-invoice/',
    created: new Date('2025-01-14'),
    updated: new Date('2026-03-01'),
    authorName: 'Maya Okonkwo',
    image: '/images/invoices.svg',
    section: 'Invoices',
    labels: ['invoices', 'tax'],
    publisher: { name: 'Larkspur', logo: '/logo.svg' },
  };

  it('describes the article with absolute URLs and calendar dates', () => {
    const ld = techArticleLd(input, `${BASE}/`);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'Create an invoice',
      description: 'How to bill a client.',
      url: 'https://help.larkspur.example/articles/create-an-invoice/',
      mainEntityOfPage: 'https://help.larkspur.example/articles/create-an-invoice/',
      datePublished: '2025-01-14',
      dateModified: '2026-03-01',
      author: { '@type': 'Person', name: 'Maya Okonkwo' },
      image: 'https://help.larkspur.example/images/invoices.svg',
      articleSection: 'Invoices',
      keywords: 'invoices, tax',
      publisher: { name: 'Larkspur', logo: { url: 'https://help.larkspur.example/logo.svg' } },
    });
  });

  it('uses the creation day as dateModified when never updated, and omits empty keywords', () => {
    const ld = techArticleLd({ ...input, updated: undefined, labels: [] }, BASE);
    expect(ld.dateModified).toBe('2025-01-14');
    expect(ld).not.toHaveProperty('keywords');
  });
});
