import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../src/lib/search/results';
import { translatorFor } from '../../src/i18n';
import { escapeAction, nextActive, suggestionChoices, suggestionStatus } from '../../src/lib/search/suggestions';

const hit = (url: string, title: string, type = 'article', breadcrumb = 'Billing › Invoices'): SearchHit => ({ url, title, type, breadcrumb, excerptHtml: '<mark>refund</mark> it' });
const context = { highlightTerms: true, requestUrl: '/request/' };
const en = translatorFor('en');

describe('suggestionChoices', () => {
  it('lists each result with its place, linked with the words to highlight, then "See all"', () => {
    const choices = suggestionChoices('refund', [hit('/articles/refunds/', 'Refunds')], 12, context, en);
    expect(choices).toEqual([
      { kind: 'result', href: '/articles/refunds/?highlight=refund', title: 'Refunds', path: 'Article · Billing › Invoices', excerptHtml: '<mark>refund</mark> it' },
      { kind: 'action', href: '/search/?q=refund', text: ['See all 12 results for ', { quoted: 'refund' }] },
    ]);
  });

  it('never leads off the site, whatever the index holds', () => {
    expect(suggestionChoices('x', [hit('javascript:alert(1)', 'Evil')], 1, { ...context, highlightTerms: false }, en)[0]!.href).toBe('/search/');
  });

  it('offers the page\'s category from the header box, and the whole help center from a category\'s box', () => {
    expect(suggestionChoices('tax', [hit('/a/', 'A')], 3, { ...context, pageScope: 'Billing' }, en).map((c) => c.href)).toEqual(['/a/?highlight=tax', '/search/?q=tax&category=Billing', '/search/?q=tax']);
    const inCategory = suggestionChoices('tax', [hit('/a/', 'A')], 3, { ...context, ownScope: 'Billing' }, en);
    expect(inCategory.slice(1).map((c) => c.kind === 'action' && c.text)).toEqual([['Search in Billing for ', { quoted: 'tax' }], ['Search the whole help center for ', { quoted: 'tax' }]]);
  });

  it('puts the visitor\'s words where the language puts them', () => {
    const inCategory = suggestionChoices('Steuer', [hit('/a/', 'A')], 3, { ...context, ownScope: 'Abrechnung' }, translatorFor('de'));
    expect(inCategory[1]).toMatchObject({ text: ['In „Abrechnung“ nach ', { quoted: 'Steuer' }, ' suchen'] });
  });

  it('offers the request form when nothing matches', () => {
    expect(suggestionChoices('zzz', [], 0, context, en)).toEqual([{ kind: 'action', href: '/request/', text: ['Ask our team: submit a request'] }]);
  });
});

describe('suggestionStatus', () => {
  it('says how many are shown, or that nothing matched', () => {
    expect(suggestionStatus('tax', 6, 12, en)).toBe('6 of 12 results shown. Use the up and down arrow keys to choose.');
    expect(suggestionStatus('tax', 1, 1, en)).toBe('1 of 1 result shown. Use the up and down arrow keys to choose.');
    expect(suggestionStatus('zzz', 0, 0, en)).toBe('No matches for zzz.');
  });
});

describe('nextActive', () => {
  it('moves from nothing to the first or last, and round the ends', () => {
    expect(nextActive(-1, 1, 3)).toBe(0);
    expect(nextActive(-1, -1, 3)).toBe(2);
    expect(nextActive(2, 1, 3)).toBe(0);
    expect(nextActive(0, -1, 3)).toBe(2);
    expect(nextActive(0, 1, 0)).toBe(-1);
  });
});

describe('escapeAction', () => {
  it('closes the list first, then clears the words, then gives focus back (the WAI-ARIA combobox order)', () => {
    expect(escapeAction(true, true)).toBe('close');
    expect(escapeAction(false, true)).toBe('close');
    expect(escapeAction(true, false)).toBe('clear');
    expect(escapeAction(false, false)).toBe('return-focus');
  });
});
