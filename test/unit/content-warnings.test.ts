import { describe, expect, it } from 'vitest';
import { contentWarnings, TEXT_WARNING_BYTES, TITLE_WARNING_LENGTH } from '../../src/lib/checks/content-warnings';
import { COLLECTIONS, parseCollection, type KnowledgeBase, type SourceFile } from '../../src/lib/checks/knowledge-base';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

function article(slug: string, options: { title?: string; section?: string; body?: string } = {}): SourceFile {
  return {
    path: `content/articles/${slug}.mdx`,
    text: text(
      '---',
      `title: ${options.title ?? `How to ${slug.replaceAll('-', ' ')}`}`,
      'description: A step-by-step guide.',
      'author: maya',
      'created: 2025-01-14',
      `section: ${options.section ?? 'invoices'}`,
      '---',
      '',
      options.body ?? 'Open **Invoices**.',
    ),
  };
}

function knowledgeBase(articles: SourceFile[], extraSections: string[] = []): KnowledgeBase {
  const parse = (name: keyof KnowledgeBase, files: SourceFile[]) => {
    const { entries, errors } = parseCollection(COLLECTIONS[name], files);
    expect(errors).toEqual([]);
    return entries;
  };
  return {
    categories: parse('categories', [{ path: 'content/categories/billing.yaml', text: text('title: Billing', 'description: Money.') }]),
    sections: parse('sections', ['invoices', ...extraSections].map((slug) => ({ path: `content/sections/${slug}.yaml`, text: text(`title: The ${slug} section`, 'description: About it.', 'category: billing') }))),
    authors: parse('authors', [{ path: 'content/authors/maya.yaml', text: text('name: Maya', 'role: Support') }]),
    articles: parse('articles', articles),
  };
}

const community = { faqs: [], topics: [], questions: [], answers: [] };
const warningsOf = (kb: KnowledgeBase) => contentWarnings(kb, community, { contentRoot: 'content', production: true });

describe('content warnings', () => {
  it('say a title is longer than result lists show, at the title line', () => {
    const title = 'How to create, send, schedule, duplicate and archive invoices for every kind of client';
    expect(title.length).toBeGreaterThan(TITLE_WARNING_LENGTH);
    const warnings = warningsOf(knowledgeBase([article('long', { title, body: '[b](/articles/short/)' }), article('short', { body: '[a](/articles/long/)' })]));
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'long-title', file: 'content/articles/long.mdx', line: 2, severity: 'warning',
        message: `the title is ${title.length} characters long; search results cut titles after about ${TITLE_WARNING_LENGTH}`,
        hint: 'shorten it to the words a customer would search for; the description can say the rest',
      }),
    ]);
  });

  it('say an article over 100 kB of text slows search, and not one just under', () => {
    const paragraph = 'Open the invoice list and choose the client. ';
    const long = paragraph.repeat(Math.ceil((TEXT_WARNING_BYTES + 1) / paragraph.length));
    const under = paragraph.repeat(Math.floor((TEXT_WARNING_BYTES - 100) / paragraph.length));
    const warnings = warningsOf(knowledgeBase([article('long', { body: `${long}\n\n[b](/articles/under/)` }), article('under', { body: `${under}\n\n[a](/articles/long/)` })]));
    expect(warnings.map((w) => [w.code, w.file, w.message])).toEqual([
      ['long-article', 'content/articles/long.mdx', `the article is ${Math.round((long.length + '\n\n[b](/articles/under/)\n'.length) / 1000)} kB of text, which slows every search that finds it`],
    ]);
  });

  it('say a section has no articles, naming the field that would fill it', () => {
    const warnings = warningsOf(knowledgeBase([article('a', { body: '[b](/articles/b/)' }), article('b', { body: '[a](/articles/a/)' })], ['refunds']));
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'empty-section', file: 'content/sections/refunds.yaml', line: 1,
        message: 'the section "The refunds section" has no articles, so its page is empty',
        hint: 'add an article with `section: refunds`, or remove the section',
      }),
    ]);
  });

  it('say no page links to an article, and stop once one does', () => {
    const lonely = warningsOf(knowledgeBase([article('a'), article('b', { body: '[a](/articles/a/)' })]));
    expect(lonely.map((w) => [w.code, w.file])).toEqual([['unlinked-article', 'content/articles/b.mdx']]);
    expect(lonely[0]!.hint).toBe('link to it from a related article, e.g. [How to b](/articles/b/)');
    // A link by file path counts as much as one by address.
    expect(warningsOf(knowledgeBase([article('a', { body: '[b](./b.mdx)' }), article('b', { body: '[a](/articles/a/)' })]))).toEqual([]);
  });
});
