import { describe, expect, it } from 'vitest';
import { faqsOfCategory, faqsOfSection } from '../../src/lib/faq/listing';

const faqs = [
  { id: 'billing', data: { section: 'plans' } },
  { id: 'time', data: { category: 'tracking' } },
  { id: 'apps', data: { section: 'mobile' } },
  { id: 'loose', data: {} },
];
const categoryOf = (section: string) => ({ plans: 'account', mobile: 'tracking' })[section];

describe('which FAQ pages a page links to', () => {
  it('a section page lists the FAQ pages placed in it', () => {
    expect(faqsOfSection(faqs, 'plans').map((f) => f.id)).toEqual(['billing']);
    expect(faqsOfSection(faqs, 'nothing')).toEqual([]);
  });

  it('a category page lists the FAQ pages placed in it and in its sections', () => {
    expect(faqsOfCategory(faqs, 'tracking', categoryOf).map((f) => f.id)).toEqual(['time', 'apps']);
    expect(faqsOfCategory(faqs, 'account', categoryOf).map((f) => f.id)).toEqual(['billing']);
  });
});
