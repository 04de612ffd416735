import { describe, expect, it } from 'vitest';
import type { Root, RootContent } from 'mdast';
import { createSlugger, extractFaq, faqSections, plainText, slugify, wrapFaq } from '../../src/lib/faq/extract';
import { parseBody } from '../../src/lib/checks/mdx-syntax';

const md = (...lines: string[]) => parseBody(lines.join('\n'));

describe('slugify', () => {
  it('makes a lower-case anchor from a question, dropping punctuation and apostrophes', () => {
    expect(slugify('Can I run two timers at the same time?')).toBe('can-i-run-two-timers-at-the-same-time');
    expect(slugify("Why can't I edit some entries?")).toBe('why-cant-i-edit-some-entries');
  });

  it('gives straight and typographic quotes the same anchor (smart punctuation runs before the page sees the text)', () => {
    expect(slugify('What is a "seat" – and who doesn\'t count?')).toBe(slugify('What is a “seat” -- and who doesn’t count?'));
  });

  it('keeps letters of other alphabets, drops accents, and never returns an empty anchor', () => {
    expect(slugify('Qu’est-ce qu’une facture récurrente ?')).toBe('quest-ce-quune-facture-recurrente');
    expect(slugify('Что такое счёт?')).toBe('что-такое-счет');
    expect(slugify('???')).toBe('question');
  });

  it('cuts a very long question at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });
});

describe('createSlugger', () => {
  it('numbers repeats and never hands out a taken anchor', () => {
    const slug = createSlugger(['billing']);
    expect(slug('Billing')).toBe('billing-2');
    expect(slug('Billing')).toBe('billing-3');
    expect(slug('Seats')).toBe('seats');
    expect(slug('Seats')).toBe('seats-2');
  });
});

describe('plainText', () => {
  it('keeps the words of inline markup and code, and puts blocks on their own lines', () => {
    const tree = md('Open **Settings → Billing** and type `1h 30m`.', '', '- one', '- two', '', '> quoted');
    expect(plainText(tree)).toBe('Open Settings → Billing and type 1h 30m.\n\none\ntwo\n\nquoted');
  });

  it('reads tables row by row and leaves out JavaScript expressions and link definitions', () => {
    const tree = md('| Plan | Price |', '| --- | --- |', '| Solo | 12 |', '', 'Total {1 + 1}', '', '[ref]: https://example.com');
    expect(plainText(tree)).toBe('Plan | Price\nSolo | 12\n\nTotal');
  });
});

describe('extracting the questions of an FAQ page', () => {
  const page = md(
    'An introduction that is not a question.',
    '',
    '## Is there a free trial?',
    '',
    'Yes, for **14 days**.',
    '',
    '### Does it need a card?',
    '',
    'No.',
    '',
    '## Who counts as a seat?',
    '',
    '- active people',
    '- not invitations',
  );

  it('takes each `##` heading as a question and everything up to the next one as its answer', () => {
    expect(extractFaq(page)).toEqual([
      { question: 'Is there a free trial?', slug: 'is-there-a-free-trial', answer: 'Yes, for 14 days.\n\nDoes it need a card?\n\nNo.', line: 3 },
      { question: 'Who counts as a seat?', slug: 'who-counts-as-a-seat', answer: 'active people\nnot invitations', line: 11 },
    ]);
  });

  it('keeps what comes before the first question as the introduction', () => {
    const { intro, sections } = faqSections(page);
    expect(plainText(intro as never)).toBe('An introduction that is not a question.');
    expect(sections).toHaveLength(2);
  });

  it('finds no questions on a page without `##` headings', () => {
    expect(extractFaq(md('Just text.', '', '### A small heading', '', 'More.'))).toEqual([]);
  });

  it('gives a repeated question its own anchor', () => {
    expect(extractFaq(md('## Why?', '', 'One.', '', '## Why?', '', 'Two.')).map((e) => e.slug)).toEqual(['why', 'why-2']);
  });
});

type Wrapper = { type: string; data: { hName: string; hProperties: Record<string, unknown> }; children: Wrapper[] };

describe('wrapping an FAQ page for its disclosures', () => {
  const wrap = (tree: Root) => ({ entries: wrapFaq(tree), tree });

  it('groups each question with its answer in one item, inside one list after the introduction', () => {
    const { entries, tree } = wrap(md('Intro.', '', '## First?', '', 'A.', '', '## Second?', '', 'B.', '', 'C.'));
    expect(entries.map((e) => e.slug)).toEqual(['first', 'second']);
    const [intro, list] = tree.children as unknown as [RootContent, Wrapper];
    expect(intro.type).toBe('paragraph');
    expect(list.data).toEqual({ hName: 'div', hProperties: { className: ['faq-list'], dataFaqList: '' } });
    const [first, second] = list.children;
    expect(first!.data.hProperties).toEqual({ className: ['faq-item'], dataFaqItem: '' });
    const [heading, answer] = first!.children as unknown as [{ type: string; data: { hProperties: object } }, Wrapper];
    expect(heading.type).toBe('heading');
    expect(heading.data.hProperties).toEqual({ id: 'first', className: ['faq-question'] });
    expect(answer.data.hProperties).toEqual({ className: ['faq-answer'], id: 'first-answer', dataFaqAnswer: '' });
    expect(second!.children[1]!.children).toHaveLength(2);
  });

  it('gives sub-headings anchors that never take a question’s', () => {
    const { tree } = wrap(md('## Billing', '', '### Seats', '', 'x', '', '## Seats', '', 'y'));
    const list = tree.children[0] as unknown as Wrapper;
    const firstAnswer = list.children[0]!.children[1]!;
    const subheading = firstAnswer.children[0] as unknown as { data: { hProperties: { id: string } } };
    expect(subheading.data.hProperties.id).toBe('seats-2');
    const secondQuestion = list.children[1]!.children[0] as unknown as { data: { hProperties: { id: string } } };
    expect(secondQuestion.data.hProperties.id).toBe('seats');
  });

  it('keeps MDX imports at the top level, where MDX needs them', () => {
    const { tree } = wrap(md("import Note from './note.astro';", '', '## Q?', '', 'A.'));
    expect(tree.children.map((c) => c.type)).toEqual(['mdxjsEsm', 'faqList']);
  });

  it('leaves a page without questions untouched', () => {
    const tree = md('Only text.');
    expect(wrapFaq(tree)).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
  });
});
