import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/checks/body-checks';
import { parseBody } from '../../src/lib/checks/mdx-syntax';
import { COLLECTIONS, parseCollection, type KnowledgeBase, type SourceFile } from '../../src/lib/checks/knowledge-base';
import { COMMUNITY_COLLECTIONS, type CommunityContent } from '../../src/lib/checks/community';
import { checkSourceLinks, linkTargetsOf } from '../../src/lib/checks/source-links';
import { COLLECTION_TABLE } from '../../src/lib/content/collections';
import { headingIdsOf, linksOf } from '../../src/lib/content/body-links';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const article = (slug: string, body: string[], extra: string[] = [], folder = 'billing'): SourceFile => ({
  path: `content/articles/${folder}/${slug}.mdx`,
  text: text('---', `title: ${slug}`, 'description: D.', 'section: plans', 'author: maya', 'created: 2026-01-01', ...extra, '---', '', ...body),
});

/** Parses a small site with bodies, as `npm run check` does, and checks its links. */
function linkErrors(articles: SourceFile[], more: { faqs?: SourceFile[]; snippets?: SourceFile[]; publicFiles?: string[] } = {}) {
  const parse = (spec: Parameters<typeof parseCollection>[0], files: SourceFile[]) => {
    const parsed = parseCollection(spec, files);
    // Safe mode's own refusals (tested in safe-mdx.test.ts) are not what these tests are about.
    expect(parsed.errors.filter((e) => !['image-without-alt', 'unsafe-url'].includes(e.code))).toEqual([]);
    return parsed.entries;
  };
  const kb: KnowledgeBase = {
    categories: parse(COLLECTIONS.categories, [{ path: 'content/categories/money.yaml', text: text('title: Money', 'description: M.') }]),
    sections: parse(COLLECTIONS.sections, [{ path: 'content/sections/plans.yaml', text: text('title: Plans', 'description: P.', 'category: money') }]),
    authors: parse(COLLECTIONS.authors, [{ path: 'content/authors/maya.yaml', text: text('name: Maya') }]),
    articles: parse(COLLECTIONS.articles, articles),
  };
  const community: CommunityContent = { faqs: parse(COMMUNITY_COLLECTIONS.faqs, more.faqs ?? []), topics: [], questions: [], answers: [] };
  const snippets = parse(COLLECTION_TABLE.snippets, more.snippets ?? []);
  const targets = linkTargetsOf(kb, community, { production: true, contentRoot: 'content', publicFiles: more.publicFiles ?? [], snippets });
  return checkSourceLinks({ articles: kb.articles.filter((a) => !a.data.draft), faqs: community.faqs, questions: [], answers: [], snippets }, targets, 'content');
}

describe('heading anchors, made before the build as Astro makes them', () => {
  it('slugs each heading\'s text, code included, numbering repeats', () => {
    expect(headingIdsOf(parseBody('## Set up billing\n\n## The `--force` flag\n\n### Set up billing\n\n## Ça va? Oui!\n'))).toEqual(['set-up-billing', 'the---force-flag', 'set-up-billing-1', 'ça-va-oui']);
  });
});

describe('links of a body', () => {
  it('are placed at their address, as the build reads them from the text', () => {
    const body = 'Read [the refunds article](/articles/refunds/) and\n<a href="/faq/x/">this</a>, ![A chart](/images/chart.png).\n\n[ref]: ../other.mdx\n';
    expect(linksOf(parseBody(body), 5, body)).toEqual([
      { url: '/articles/refunds/', line: 6, column: 28, image: false },
      { url: '/faq/x/', line: 7, column: 10, image: false },
      { url: '/images/chart.png', line: 7, column: 40, image: true },
      { url: '../other.mdx', line: 9, column: 8, image: false },
    ]);
  });
});

describe('checkSourceLinks', () => {
  it('leave a scheme hidden by a tab or line break to safe mode, with no second "no page" error', () => {
    expect(linkErrors([article('a', ['[tab](java&#x09;script:alert(1)) and <a href=" java&#x0A;script:x">nl</a>'])])).toEqual([]);
  });

  it('passes links to pages, headings, files and footnotes that exist', () => {
    expect(linkErrors([
      article('refunds', ['## Partial refunds', '', 'Text.[^1]', '', '[^1]: A note.']),
      article('invoices', ['See [partial](/articles/refunds/#partial-refunds), [by file](refunds.mdx#partial-refunds), [relative](../refunds/), [up](#top), [note](#user-content-fn-1), [the plans](/sections/plans/), [the CSV](/downloads/a.csv) and [search](/search/?q=x).']),
    ], { publicFiles: ['/downloads/a.csv'] })).toEqual([]);
  });

  it('names a heading the target does not have, with the closest and the list', () => {
    const [error] = linkErrors([article('refunds', ['## Partial refunds', '', '## Full refunds']), article('invoices', ['See [partial](/articles/refunds/#partial-refund).'])]);
    expect(error).toMatchObject({ file: 'content/articles/billing/invoices.mdx', line: 9, column: 15, message: 'the link /articles/refunds/#partial-refund names no heading of /articles/refunds/' });
    expect(error!.hint).toMatch(/^did you mean #partial-refunds\? A heading's anchor [^;]+; the headings there: #partial-refunds, #full-refunds$/);
  });

  it('resolves relative links and file links before judging them, and names the closest article', () => {
    const errors = linkErrors([article('refunds', ['Text.']), article('invoices', ['[a](../refund/) [b](./refnds.mdx) [c](../../snippets/admins.mdx)'])], { snippets: [{ path: 'content/snippets/admins.mdx', text: 'Admins only.\n' }] });
    expect(errors.map((e) => e.message)).toEqual([
      'the link ../refund/ (/articles/refund/) leads to no page of the site',
      'the link ./refnds.mdx names no content file',
      'the link ../../snippets/admins.mdx names content/snippets/admins.mdx, which has no page of its own',
    ]);
    expect(errors[0]!.hint).toContain('did you mean /articles/refunds/?');
    expect(errors[1]!.hint).toContain('content/articles/billing/refnds.mdx does not exist: did you mean content/articles/billing/refunds.mdx?');
  });

  it('says a linked article is a draft, and a missing public file or image by name', () => {
    const errors = linkErrors([article('soon', ['Text.'], ['draft: true']), article('invoices', ['[a](/articles/soon/) ![The chart](/images/chrt.png)'])], { publicFiles: ['/images/chart.png'] });
    expect(errors.map((e) => e.message)).toEqual(['the link /articles/soon/ leads to no page of the site: that article is a draft', 'the image /images/chrt.png names no file of public/']);
    expect(errors[1]!.hint).toContain('did you mean /images/chart.png?');
  });

  it('checks a snippet\'s site addresses but not its relative ones, which count from the page that includes it', () => {
    const errors = linkErrors([article('refunds', ['Text.'])], { snippets: [{ path: 'content/snippets/note.mdx', text: '[a](/articles/nope/) [b](#somewhere) [c](../elsewhere/)\n' }] });
    expect(errors.map((e) => [e.file, e.message])).toEqual([['content/snippets/note.mdx', 'the link /articles/nope/ leads to no page of the site']]);
  });
});

describe('images without a description', () => {
  const check = (body: string) => checkBody(parseBody(body), { file: 'a.mdx', lineOffset: 4, collection: 'articles', trust: 'safe', componentContext: { channelsWithHours: [], contentRoot: 'content', snippets: [], images: [], publicFiles: [] } }).errors.filter((e) => e.code === 'image-without-alt');
  it('are refused at their line, Markdown and HTML alike, with how to describe or mark them', () => {
    const errors = check('Intro.\n\n![](/images/chart.png)\n\n<img src="/images/b.png" alt="" />\n\n![A chart of hours](/images/c.png)\n');
    expect(errors.map((e) => [e.line, e.message])).toEqual([[7, 'the image /images/chart.png has no description between its brackets'], [9, '`<img>` has no description in alt="…"']]);
    expect(errors[0]!.hint).toContain('<Figure src="…" decorative />');
  });
});
