import { describe, expect, it } from 'vitest';
import { readPage } from '../support/html';
import { pageTypesOf } from '../support/e2e';
import { outDir } from '../support/sites';

/** What a customer of the example help center reads in the built pages, as issue 11 found it wanting. */
describe('the example help center as a customer reads it', () => {
  const dist = outDir('example');
  const page = (url: string) => readPage(dist, url);

  it('writes the footer\'s help line with its words apart: "or write to support@…"', () => {
    expect(page('/').querySelector('.footer-help')!.textContent.replace(/\s+/g, ' ')).toContain('or write to support@larkspur.example.');
  });

  it('has one search box on the home page, with a placeholder that fits', () => {
    const boxes = page('/').querySelectorAll('form[role="search"]');
    expect(boxes.length).toBe(1);
    expect(boxes[0]!.querySelector('input')!.getAttribute('placeholder')!.length).toBeLessThanOrEqual(24);
  });

  it('opens the navigation and the search box from buttons in the header, without a script', () => {
    const header = page(pageTypesOf('example').article).querySelector('header.site-header')!;
    expect(header.querySelector('button[popovertarget="site-menu"]')?.getAttribute('aria-label')).toBe('Menu');
    expect(header.querySelector('nav#site-menu[popover]')).not.toBeNull();
    expect(header.querySelector('button[popovertarget="site-search-form"]')?.getAttribute('aria-label')).toBe('Search');
    expect(header.querySelector('form#site-search-form[popover]')).not.toBeNull();
  });

  it('draws icons as SVG, never as emoji, on the home page', () => {
    const home = page('/');
    const icons = home.querySelectorAll('.card-icon');
    expect(icons.length).toBeGreaterThan(5);
    for (const icon of icons) {
      expect(icon.querySelector('svg[aria-hidden="true"]'), icon.toString()).not.toBeNull();
      expect(icon.textContent.trim()).toBe('');
    }
  });

  it('does not badge every promoted article "Promoted" in the list of promoted articles', () => {
    const list = page('/').querySelector('[aria-labelledby="promoted-title"] .article-links')!;
    expect(list.querySelectorAll('li').length).toBeGreaterThan(1);
    expect(list.querySelectorAll('.badge').length).toBe(0);
  });

  it('lists subsections on a category page with their counts, not as "(section)"', () => {
    const html = page('/categories/invoicing-and-payments/');
    expect(html.querySelector('main')!.textContent).not.toContain('(section)');
    expect(html.querySelectorAll('.subsection-links li').map((li) => li.textContent.replace(/\s+/g, ' ').trim())).toContain('Recurring invoices and retainers 2 articles');
  });

  it('puts the section list before the article, as the screen shows it, in a named landmark', () => {
    const layout = page(pageTypesOf('example').article).querySelector('.article-layout')!;
    const [first, second] = layout.childNodes.filter((n) => 'tagName' in n).map((n) => (n as unknown as { tagName: string }).tagName);
    expect([first, second]).toEqual(['ASIDE', 'ARTICLE']);
    expect(layout.querySelector('aside')!.getAttribute('aria-labelledby')).toBe('section-nav-title');
  });

  it('stacks the invoice grouping table on a phone: every cell knows its column', () => {
    const table = page('/articles/create-an-invoice-from-tracked-time/').querySelector('.prose table.stack-on-narrow')!;
    expect(table.querySelectorAll('tbody td').map((td) => td.getAttribute('data-label'))).toContain('Good for');
  });

  it('links the invoice-flow diagram to its full-size file', () => {
    const link = page('/articles/create-an-invoice-from-tracked-time/').querySelector('figure.figure a.figure-link')!;
    expect(link.getAttribute('href')).toBe('/images/invoice-flow.svg');
    expect(link.querySelector('img')!.getAttribute('alt')).toMatch(/^The invoice flow/);
  });

  it('quotes no accepted answer above the answers, and asks customers to use the request form first', () => {
    const html = page('/community/questions/split-a-meeting-between-two-clients/');
    expect(html.querySelector('.accepted-quote, blockquote')).toBeNull();
    expect(html.querySelector('.accepted-jump a')!.getAttribute('href')).toMatch(/^#answer-/);
    const ask = page('/community/topics/time-tracking/').querySelector('.ask')!;
    expect(ask.querySelector('a')!.getAttribute('href')).toBe('/request/?type=question');
  });
});
