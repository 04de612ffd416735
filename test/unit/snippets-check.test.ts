import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/lib/checks/knowledge-base';
import { checkSnippets } from '../../src/lib/checks/snippets';
import { COLLECTION_TABLE } from '../../src/lib/content/collections';

const context = { channelsWithHours: [], contentRoot: 'content', images: [], publicFiles: [] };
const options = (snippets: string[]) => ({ trust: { articles: 'safe', faq: 'safe' } as const, componentContext: { ...context, snippets } });

function parse(files: Record<string, string>, collection: 'snippets' | 'articles') {
  const spec = COLLECTION_TABLE[collection];
  const ids = Object.keys(files).filter((f) => f.startsWith('content/snippets/')).map((f) => f.split('/').pop()!.replace('.mdx', ''));
  return parseCollection(spec, Object.entries(files).filter(([f]) => f.startsWith(`content/${spec.dir}/`)).map(([path, text]) => ({ path, text })), options(ids));
}

const article = (body: string) => `---\ntitle: T\ndescription: D\nsection: s\nauthor: a\ncreated: 2026-01-01\n---\n\n${body}\n`;

describe('snippet files', () => {
  it('may leave out the frontmatter, and hold components', () => {
    const { entries, errors } = parse({ 'content/snippets/plain.mdx': 'Just <Kbd>Esc</Kbd>.\n', 'content/snippets/noted.mdx': '---\ntitle: Who can\n---\n\nText.\n' }, 'snippets');
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.slug, e.data])).toEqual([['plain', {}], ['noted', { title: 'Who can' }]]);
  });

  it('hold no headings', () => {
    const { errors } = parse({ 'content/snippets/h.mdx': '---\ntitle: H\n---\n\nIntro.\n\n## A heading\n' }, 'snippets');
    expect(errors).toMatchObject([{ code: 'snippet-heading', file: 'content/snippets/h.mdx', line: 7, column: 1, message: 'a snippet cannot hold a heading' }]);
  });

  it('are named where they are included, with the closest name when one is unknown', () => {
    const files = { 'content/snippets/billing-admins-only.mdx': 'x', 'content/articles/a.mdx': article('<Snippet id="billing-admin-only" />') };
    const { errors } = parse(files, 'articles');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-component-prop', file: 'content/articles/a.mdx', line: 9, column: 10, message: '`<Snippet id="billing-admin-only">` is not valid' });
    expect(errors[0]!.hint).toMatch(/^no snippet is called "billing-admin-only": did you mean "billing-admins-only"\? snippets are the files of content\/snippets\/ \(billing-admins-only\)/);
  });
});

describe('checkSnippets', () => {
  const files = {
    'content/snippets/a.mdx': 'A\n\n<Snippet id="b" />\n',
    'content/snippets/b.mdx': 'B\n\n<Snippet id="a" />\n',
    'content/snippets/self.mdx': '<Snippet id="self" />\n',
    'content/snippets/used.mdx': 'Used.\n',
    'content/snippets/lonely.mdx': 'Nobody.\n',
    'content/snippets/only-by-lonely.mdx': 'x\n',
    'content/snippets/leaf.mdx': 'Leaf.\n',
    'content/snippets/nested.mdx': '<Snippet id="leaf" />\n',
  };
  const withLonely = { ...files, 'content/snippets/lonely.mdx': 'Nobody.\n\n<Snippet id="only-by-lonely" />\n' };
  const snippets = parse(withLonely, 'snippets').entries;
  const pages = parse({ ...withLonely, 'content/articles/p.mdx': article('<Snippet id="used" />\n\n<Snippet id="a" />\n\n<Snippet id="nested" />\n\n<Snippet id="self" />') }, 'articles').entries;
  const { errors, warnings } = checkSnippets(snippets, pages);

  it('refuses a snippet that includes itself, directly or through others, at the include that closes the circle', () => {
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'content/snippets/a.mdx:3:1 the snippet "a" includes itself through "b": a → b → a',
      'content/snippets/b.mdx:3:1 the snippet "b" includes itself through "a": b → a → b',
      'content/snippets/self.mdx:1:1 the snippet "self" includes itself: self → self',
    ]);
    expect(errors[0]!.hint).toBe('a snippet cannot include itself, directly or through others: remove this <Snippet id="b" />, or the <Snippet id="a" /> in content/snippets/b.mdx');
  });

  it('warns about snippets no page shows, following snippets inside snippets', () => {
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.code}: ${w.message}`)).toEqual([
      'content/snippets/lonely.mdx:1:1 unused-snippet: the snippet "lonely" appears on no page: no article, FAQ page or post includes it',
      'content/snippets/only-by-lonely.mdx:1:1 unused-snippet: the snippet "only-by-lonely" appears on no page: only the snippet "lonely" includes it, and no page includes that one',
    ]);
  });
});

describe('snippets in two folders', () => {
  it('may not share a name, since <Snippet id> names one of them', () => {
    const { entries } = parse({ 'content/snippets/billing/note.mdx': 'A', 'content/snippets/plans/note.mdx': 'B' }, 'snippets');
    expect(checkSnippets(entries, []).errors.map((e) => `${e.file}: ${e.message}`)).toEqual([
      'content/snippets/billing/note.mdx: the snippets slug "note" is used by 2 files: content/snippets/billing/note.mdx, content/snippets/plans/note.mdx',
      'content/snippets/plans/note.mdx: the snippets slug "note" is used by 2 files: content/snippets/billing/note.mdx, content/snippets/plans/note.mdx',
    ]);
  });
});
