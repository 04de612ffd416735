import { describe, expect, it } from 'vitest';
import { searchAttributes, trailOf } from '../../src/lib/search/attributes';

/** What Pagefind reads from the attributes: each `key[attribute]` capture resolved to its value. */
function captured(attributes: Record<string, string>, kind: 'filter' | 'meta' | 'sort') {
  const spec = attributes[`data-pagefind-${kind}`] ?? '';
  return spec ? spec.split(', ').map((chunk) => {
    const [, key, attribute] = /^([^[]+)\[(.+)\]$/.exec(chunk)!;
    return [key!, attributes[attribute!]!] as const;
  }) : [];
}

describe('searchAttributes', () => {
  const page = {
    type: 'article' as const,
    title: 'Tax: rates, rules & "exceptions"',
    breadcrumb: ['Invoicing and payments', 'Invoices'],
    category: 'Invoicing and payments',
    section: 'Invoices',
    tags: ['tax', 'invoices', 'tax'],
    date: new Date('2026-05-02T00:00:00Z'),
    image: '/images/tax.svg',
  };

  it('gives every meta value its own attribute, so commas and colons in titles survive', () => {
    expect(Object.fromEntries(captured(searchAttributes(page), 'meta'))).toEqual({
      title: 'Tax: rates, rules & "exceptions"',
      breadcrumb: 'Invoicing and payments › Invoices',
      type: 'article',
      date: '2026-05-02',
      image: '/images/tax.svg',
      tags: 'tax, invoices',
    });
  });

  it('names no inline value, which Pagefind would split at the first colon', () => {
    const attributes = searchAttributes(page);
    for (const kind of ['filter', 'meta', 'sort']) expect(attributes[`data-pagefind-${kind}`]).not.toContain(':');
  });

  it('turns type, category, section and each distinct label into filters', () => {
    expect(captured(searchAttributes(page), 'filter')).toEqual([
      ['type', 'article'],
      ['category', 'Invoicing and payments'],
      ['section', 'Invoices'],
      ['label', 'tax'],
      ['label', 'invoices'],
    ]);
  });

  it('sorts by the calendar date, independent of the time zone', () => {
    expect(captured(searchAttributes(page), 'sort')).toEqual([['date', '2026-05-02']]);
  });

  it('leaves out what a page does not have, rather than recording empty values', () => {
    const attributes = searchAttributes({ type: 'faq', title: 'Can I pay by card?', breadcrumb: [], tags: ['  '] });
    expect(captured(attributes, 'filter')).toEqual([['type', 'faq']]);
    expect(Object.fromEntries(captured(attributes, 'meta'))).toEqual({ title: 'Can I pay by card?', type: 'faq' });
    expect(attributes['data-pagefind-sort']).toBeUndefined();
  });

  it('collapses whitespace in values', () => {
    const attributes = searchAttributes({ type: 'question', title: '  Two\n  lines ', breadcrumb: ['Community'] });
    expect(attributes['data-search-title']).toBe('Two lines');
  });
});

describe('trailOf', () => {
  it('drops Home and takes the first level as the category', () => {
    expect(trailOf([{ label: 'Home' }, { label: 'Billing' }, { label: 'Refunds' }])).toEqual({ breadcrumb: ['Billing', 'Refunds'], category: 'Billing' });
    expect(trailOf([{ label: 'Home' }])).toEqual({ breadcrumb: [] });
  });
});
