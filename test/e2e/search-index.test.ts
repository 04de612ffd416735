import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEARCH_RANKING } from '../../src/lib/search/ranking';
import { articlesOf } from '../support/content-files';
import { useBuiltSite } from '../support/e2e';
import { loadPagefindInto } from '../support/pagefind';

const example = useBuiltSite('example');
const fixture = useBuiltSite('fixture');

interface Indexed {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Asks the site's own Pagefind, configured as the site configures it, for the pages a query finds. */
async function searchIn(page: Page, queries: string[], limit = 1): Promise<Indexed[][]> {
  await loadPagefindInto(page, { ranking: SEARCH_RANKING });
  return page.evaluate(
    async ({ queries, limit }) => {
      const pagefind = (window as unknown as { testPagefind: { search(q: string): Promise<{ results: { data(): Promise<Indexed> }[] }> } }).testPagefind;
      const out: Indexed[][] = [];
      for (const q of queries) {
        const search = await pagefind.search(q);
        out.push(await Promise.all(search.results.slice(0, limit).map((r) => r.data())));
      }
      return out;
    },
    { queries, limit },
  );
}

const published = () => articlesOf('content').filter((a) => !a.draft);
/** Words of a text as a reader would pick them out: letters and digits, lower-cased. */
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe('ranking on the example content', () => {
  it('puts each article first when the visitor types its title', async () => {
    const page = await example.visit('/search/');
    const found = await searchIn(page, published().map((a) => a.title));
    const misses = published().map((a, i) => ({ title: a.title, url: `/articles/${a.slug}/`, first: found[i]![0]?.url })).filter((c) => c.first !== c.url);
    expect(misses).toEqual([]);
  });

  it('puts a page whose title has the words first, for any two neighbouring words of a title', async () => {
    const page = await example.visit('/search/');
    const pairs = published().flatMap((a) => {
      const ws = a.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
      return ws.slice(1).map((w, i) => [ws[i]!, w] as const);
    });
    expect(pairs.length).toBeGreaterThan(published().length);
    const found = await searchIn(page, pairs.map((p) => p.join(' ')));
    // A word matches its other forms ("tracked" finds "tracking"), as Pagefind's stemming does.
    const stem = (w: string) => w.slice(0, Math.max(3, w.length - 2));
    const misses = pairs
      .map((pair, i) => ({ pair, title: found[i]![0]?.meta.title ?? '' }))
      .filter(({ pair, title }) => !pair.every((w) => title.toLowerCase().includes(stem(w))));
    expect(misses).toEqual([]);
  });
});

describe('what the index holds', () => {
  it('has an article’s words but none of the page around them', async () => {
    const article = published().find((a) => a.slug === 'accept-online-payments') ?? published()[0]!;
    const page = await example.visit(`/articles/${article.slug}/`);
    const author = (await page.locator('.byline-name').textContent())!;
    const description = (await page.locator('.article-header .description').textContent())!;
    const indexed = (await searchIn(page, [article.title]))[0]![0];
    expect(indexed!.url).toBe(`/articles/${article.slug}/`);
    expect(indexed!.content).toContain(description.trim());
    for (const outside of ['Articles in this section', 'Related articles', 'Have more questions', 'Submit a request', 'Skip to main content', 'Contact support', 'On this page', 'Back to top', 'Knowledge base', author]) {
      expect(indexed!.content, outside).not.toContain(outside);
    }
  });

  it('never runs words together: every indexed word is a word the reader sees', async () => {
    const page = await example.visit('/search/');
    await loadPagefindInto(page);
    // Every indexed page, whatever its type: a filter-only search over all types.
    const indexed = await page.evaluate(async () => {
      const pagefind = (window as unknown as { testPagefind: { search(q: null, o: object): Promise<{ results: { data(): Promise<Indexed> }[] }> } }).testPagefind;
      const all = await pagefind.search(null, { filters: { type: { any: ['article', 'faq', 'question'] } } });
      return Promise.all(all.results.map((r) => r.data()));
    });
    expect(indexed.length).toBeGreaterThanOrEqual(published().length);
    for (const hit of indexed) {
      await page.goto(example.server.origin + hit.url);
      // Text hidden until a script shows it (e.g. local support hours) is indexed too: show it to compare.
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('[data-pagefind-body] [hidden]').forEach((e) => (e.hidden = false)));
      const visible = new Set(words((await page.locator('[data-pagefind-body]').allInnerTexts()).join('\n')));
      const content = await page.evaluate((html) => {
        const t = document.createElement('textarea');
        t.innerHTML = html;
        return t.value;
      }, hit.content);
      expect(words(content).filter((w) => !visible.has(w)), hit.url).toEqual([]);
    }
  }, 180_000);

  it('keeps a hostile title as plain text in results', async () => {
    const page = await fixture.visit('/request/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator('#site-search-input').click();
    await page.locator('#site-search-input').pressSequentially('quotes');
    const title = page.locator('#site-search-listbox .suggestion-title').first();
    await expect.poll(() => title.textContent()).toBe('Closing tags </script><script>alert(1)</script> & "quotes"');
    expect(dialogs).toEqual([]);
  });
});
