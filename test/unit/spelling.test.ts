import { describe, expect, it } from 'vitest';
import { suggestSpelling, vocabularyOf } from '../../src/lib/search/spelling';
import { editDistance } from '../../src/lib/text/edit-distance';

const vocabulary = vocabularyOf([
  'Connect QuickBooks Online',
  'Set up a recurring invoice',
  'Invoices and payments',
  'Two-factor authentication',
  'Réglages de facturation',
]);

describe('vocabularyOf', () => {
  it('keeps distinct lower-case words of four letters or more, sorted, accents included', () => {
    expect(vocabulary).toContain('quickbooks');
    expect(vocabulary).toContain('réglages');
    expect(vocabulary).not.toContain('set');
    expect(vocabulary).toEqual([...vocabulary].sort());
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('invoice', 'invoice', 2)).toBe(0);
    expect(editDistance('invoce', 'invoice', 2)).toBe(1);
    expect(editDistance('invoicee', 'invoice', 2)).toBe(1);
    expect(editDistance('invoyce', 'invoice', 2)).toBe(1);
    expect(editDistance('invocie', 'invoice', 2)).toBe(1);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('payments', 'invoice', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('suggestSpelling', () => {
  it('corrects an unknown word to the closest known one', () => {
    expect(suggestSpelling('quikbooks', vocabulary)).toBe('quickbooks');
    expect(suggestSpelling('connect quikbooks onlien', vocabulary)).toBe('connect quickbooks online');
  });

  it('leaves known words, short words and far-off words alone', () => {
    expect(suggestSpelling('recurring invoice', vocabulary)).toBeUndefined();
    expect(suggestSpelling('xyzzy', vocabulary)).toBeUndefined();
    expect(suggestSpelling('tax', vocabulary)).toBeUndefined();
  });

  it('allows one edit in short words and two in long ones', () => {
    expect(suggestSpelling('onlin', vocabulary)).toBe('online');
    expect(suggestSpelling('onli', vocabulary)).toBeUndefined();
    expect(suggestSpelling('authentcaton', vocabulary)).toBe('authentication');
  });
});
