import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/lib/checks/knowledge-base';
import { COLLECTION_TABLE } from '../../src/lib/content/collections';
import { scaffold, type NewFile } from '../../src/lib/content/scaffold';

const today = new Date('2026-12-01T10:00:00Z');
const base = { today, contentRoot: 'content', author: 'priya-natarajan' };
const made = (input: Parameters<typeof scaffold>[0]) => {
  const file = scaffold(input);
  if ('missing' in file) throw new Error(file.missing);
  return file as NewFile;
};

describe('scaffold', () => {
  it('writes an article into its category\'s folder, named from the title, with frontmatter that passes its schema', () => {
    const file = made({ ...base, kind: 'article', title: 'Über refunds & credit notes', section: { slug: 'payments', category: 'billing' } });
    expect(file.path).toBe('content/articles/billing/uber-refunds-credit-notes.mdx');
    expect(file.url).toBe('/articles/uber-refunds-credit-notes/');
    const { entries, errors } = parseCollection(COLLECTION_TABLE.articles, [{ path: file.path, text: file.content }]);
    expect(errors).toEqual([]);
    expect(entries[0]!.data).toMatchObject({ title: 'Über refunds & credit notes', section: 'payments', author: 'priya-natarajan', created: new Date('2026-12-01T00:00:00Z') });
  });

  it('writes FAQ pages, questions and answers that pass their schemas and checks', () => {
    const faq = made({ ...base, kind: 'faq', title: 'Billing questions' });
    expect(parseCollection(COLLECTION_TABLE.faqs, [{ path: faq.path, text: faq.content }]).errors).toEqual([]);
    const question = made({ ...base, kind: 'question', title: 'Can I bill in two currencies?', topic: 'invoicing' });
    expect(question.path).toBe('content/community/questions/invoicing/can-i-bill-in-two-currencies.mdx');
    expect(parseCollection(COLLECTION_TABLE.questions, [{ path: question.path, text: question.content }]).errors).toEqual([]);
    const answer = made({ ...base, kind: 'answer', title: 'Yes', question: 'can-i-bill-in-two-currencies' });
    expect(answer.path).toBe('content/community/answers/can-i-bill-in-two-currencies/priya-natarajan.mdx');
    expect(parseCollection(COLLECTION_TABLE.answers, [{ path: answer.path, text: answer.content }]).entries[0]!.slug).toBe('can-i-bill-in-two-currencies/priya-natarajan');
  });

  it('says what it needs instead of guessing', () => {
    expect(scaffold({ ...base, kind: 'article', title: 'X' })).toEqual({ missing: 'an article needs --section <file name of a section in content/sections/>' });
    expect(scaffold({ today, contentRoot: 'content', kind: 'question', title: 'X', topic: 't' })).toEqual({ missing: 'a new question needs --author <file name of an author in content/authors/>' });
  });
});
