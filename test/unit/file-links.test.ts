import { describe, expect, it } from 'vitest';
import { isFileLink, pageUrlOfFile, resolveFileLink } from '../../src/lib/content/file-links';

describe('file links', () => {
  it('recognise a relative path to an MDX file, with a heading or a query', () => {
    expect(isFileLink('../billing/refunds.mdx')).toBe(true);
    expect(isFileLink('refunds.mdx#partial-refunds')).toBe(true);
    expect(isFileLink('/articles/refunds/')).toBe(false);
    expect(isFileLink('https://example.com/x.mdx')).toBe(false);
    expect(isFileLink('#steps')).toBe(false);
  });

  it('resolve against the file they are written in', () => {
    expect(resolveFileLink('../billing/refunds.mdx#partial', 'articles/start/welcome.mdx')).toEqual({ file: 'articles/billing/refunds.mdx', rest: '#partial' });
    expect(resolveFileLink('./faq-page.mdx', 'faq/other.mdx')).toEqual({ file: 'faq/faq-page.mdx', rest: '' });
    expect(resolveFileLink('../../faq/billing.mdx', 'articles/start/welcome.mdx')).toEqual({ file: 'faq/billing.mdx', rest: '' });
  });

  it('become the address of the page each file makes', () => {
    expect(pageUrlOfFile('articles/billing/refunds.mdx', {})).toBe('/articles/refunds/');
    expect(pageUrlOfFile('articles/billing/refunds.mdx', { slug: 'refund-a-payment' })).toBe('/articles/refund-a-payment/');
    expect(pageUrlOfFile('faq/billing.mdx', {})).toBe('/faq/billing/');
    expect(pageUrlOfFile('community/questions/time/overnight.mdx', {})).toBe('/community/questions/overnight/');
    expect(pageUrlOfFile('community/answers/overnight/ines.mdx', { question: 'overnight' })).toBe('/community/questions/overnight/#answer-overnight--ines');
    expect(pageUrlOfFile('categories/billing.yaml', {})).toBeUndefined();
  });
});
