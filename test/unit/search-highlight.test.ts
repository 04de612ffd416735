import { describe, expect, it } from 'vitest';
import { highlightRanges, highlightTerms } from '../../src/lib/search/highlight';

const marked = (text: string, query: string) => highlightRanges(text, highlightTerms(query)).map(([a, b]) => text.slice(a, b));

describe('highlighting the searched words on the destination page', () => {
  it('marks whole words that start with a searched word, ignoring case and accents', () => {
    expect(marked('Invoices and invoicing: send an INVOICE to the café.', 'invoice cafe')).toEqual(['Invoices', 'invoicing', 'INVOICE', 'café']);
  });

  it('marks other forms of a word through a light stem', () => {
    expect(marked('A refund was refunded.', 'refunds')).toEqual(['refund', 'refunded']);
  });

  it('skips short words that would light up the whole page', () => {
    expect(highlightTerms('how to a an export')).toEqual(['export', 'how']);
  });

  it('treats markup in the query as plain words', () => {
    expect(highlightTerms('<img src=x onerror=alert(1)>')).toEqual(['onerror', 'alert', 'img', 'src']);
  });
});
