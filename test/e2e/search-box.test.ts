import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import { articlesOf } from '../support/content-files';
import { firstPageOf, pageTypesOf, useBuiltSite } from '../support/e2e';
import { loadPagefindInto } from '../support/pagefind';

const site = useBuiltSite('example');

const pagefindRequests = (from = 0) => site.server.requests.slice(from).filter((r) => r.url.startsWith('/pagefind/'));
const box = (page: Page) => page.locator('#site-search-input');
const options = (page: Page) => page.locator('#site-search-listbox [role="option"]');
const popup = (page: Page) => page.locator('#site-search-input').locator('xpath=ancestor::form').locator('[data-search-popup]');

/** A published article of the example whose title has at least three words. */
const known = () => articlesOf('content').find((a) => !a.draft && a.title.split(' ').length >= 3)!;

async function typeInHeader(page: Page, text: string) {
  await box(page).click();
  await box(page).pressSequentially(text);
  await page.locator('#site-search-input[aria-expanded="true"]').waitFor();
}

describe('search costs nothing until the visitor asks', () => {
  it('no page type fetches anything from /pagefind/ before a search box is touched', async () => {
    // The results page loads search by design, so it is the one page type left out here.
    const pageTypes: Record<string, string> = { ...pageTypesOf('example'), 'search without words': '/search/' };
    delete pageTypes.search;
    for (const [type, url] of Object.entries(pageTypes)) {
      const from = site.server.requests.length;
      const page = await site.visit(url);
      await page.waitForLoadState('networkidle');
      await page.mouse.wheel(0, 600);
      await page.keyboard.press('Tab');
      expect(pagefindRequests(from), type).toEqual([]);
      await page.context().close();
    }
  });

  it('starts loading Pagefind when the visitor focuses the search box', async () => {
    const page = await site.visit(firstPageOf('example', 'articles'));
    await page.waitForLoadState('networkidle');
    const from = site.server.requests.length;
    await box(page).focus();
    await expect.poll(() => pagefindRequests(from).map((r) => r.url)).toContain('/pagefind/pagefind.js');
  });
});

describe('the search box in the header', () => {
  it('shows the article first when the visitor types its title’s words, with path and highlighted snippet', async () => {
    const article = known();
    const page = await site.visit('/request/');
    await typeInHeader(page, article.title);
    const first = options(page).first();
    await expect.poll(() => first.locator('.suggestion-title').textContent()).toBe(article.title);
    expect(await first.locator('.suggestion-path').textContent()).toMatch(/^Article · .+ › .+/);
    expect(await first.locator('.suggestion-snippet mark').count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it('works by keyboard alone: / focuses, arrows choose, Enter opens the article with the words marked', async () => {
    const page = await site.visit(firstPageOf('example', 'sections'));
    await page.keyboard.press('/');
    expect(await box(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('refund');
    await page.locator('#site-search-input[aria-expanded="true"]').waitFor();
    const count = await options(page).count();
    expect(count).toBeGreaterThan(2);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe('site-search-listbox-1');
    expect(await options(page).nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await options(page).nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await options(page).nth(count - 1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');

    const title = await options(page).first().locator('.suggestion-title').textContent();
    await Promise.all([page.waitForURL(/\/articles\/.+\?highlight=refund/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(title);
    const marked = await page.locator('[data-pagefind-body] mark.search-term').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^refund/);
  });

  it('offers "See all results", which leads to the results page for the same words', async () => {
    const page = await site.visit('/request/');
    await typeInHeader(page, 'invoice');
    const all = options(page).last();
    await expect.poll(() => all.textContent()).toMatch(/^See all \d+ results for invoice$/);
    await Promise.all([page.waitForURL('**/search/?q=invoice'), all.click()]);
    await page.locator('.search-result').first().waitFor();
  });

  it('Escape first closes the list, then clears the words, then gives focus back to where the visitor was', async () => {
    const page = await site.visit(firstPageOf('example', 'articles'));
    const link = page.locator('main a').first();
    await link.focus();
    await page.keyboard.press('/');
    await page.keyboard.type('timer');
    await page.locator('#site-search-input[aria-expanded="true"]').waitFor();

    await page.keyboard.press('Escape');
    expect(await box(page).inputValue()).toBe('timer');
    expect(await popup(page).isVisible()).toBe(false);
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    expect(await box(page).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await box(page).inputValue()).toBe('');
    expect(await box(page).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('Ctrl+K focuses the box even from a form field, while / still types there', async () => {
    const page = await site.visit('/request/');
    await page.click('#request-subject');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#request-subject')).toBe('a/b');
    await page.keyboard.press('Control+k');
    expect(await box(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows the visitor’s words as text, never as markup', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const page = await site.visit('/request/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await typeInHeader(page, payload);
    await expect.poll(() => popup(page).textContent()).toContain(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('on a category page, searches in that category and offers the same from the header', async () => {
    const url = firstPageOf('example', 'categories');
    const page = await site.visit(url);
    const scoped = page.locator('#category-search-input');
    const category = (await page.locator('form[data-search-category]').getAttribute('data-search-category'))!;
    expect((await page.locator('h1').textContent())!).toContain(category);
    await scoped.click();
    await scoped.pressSequentially('invoice');
    await page.locator('#category-search-input[aria-expanded="true"]').waitFor();
    await expect.poll(() => page.locator('#category-search-listbox .suggestion-title').count()).toBeGreaterThan(0);
    const shown = await page.locator('#category-search-listbox .suggestion-title').allTextContents();
    // The same search, asked of Pagefind directly with and without the category filter.
    await loadPagefindInto(page);
    const [inCategory, everywhere] = await page.evaluate(async (category) => {
      const pagefind = (window as unknown as { testPagefind: { search(q: string, o: object): Promise<{ results: { data(): Promise<{ meta: { title: string }; sub_results: { title: string }[] }> }[] }> } }).testPagefind;
      // A page's title, and its headings' (an FAQ result is shown as its matching question).
      const titles = async (filters: object) => {
        const search = await pagefind.search('invoice', { filters });
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => [d.meta.title, ...d.sub_results.map((s) => s.title)]);
      };
      return [await titles({ category }), await titles({})];
    }, category);
    expect(inCategory.length).toBeLessThan(everywhere.length);
    for (const title of shown) expect(inCategory.flat()).toContain(title);

    await typeInHeader(page, 'invoice');
    const scopeOption = options(page).filter({ hasText: `Search in ${category} for` });
    await Promise.all([page.waitForURL(/\/search\/\?q=invoice&category=/), scopeOption.click()]);
    await expect.poll(() => page.locator('.search-summary').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`results? for “?invoice”? in ${category}`));
  });

  it('works on a 320 px phone: one tap on Search opens the box, focused, and the list fits the screen', async () => {
    const page = await site.visit(firstPageOf('example', 'articles'), { viewport: { width: 320, height: 640 }, hasTouch: true });
    expect(await box(page).isVisible()).toBe(false);
    await page.locator('[data-search-open]').tap();
    await expect.poll(() => box(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await box(page).pressSequentially('export');
    await page.locator('#site-search-input[aria-expanded="true"]').waitFor();
    const bounds = (await popup(page).boundingBox())!;
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the suggestion list open (${scheme})`, async () => {
      const page = await site.visit(firstPageOf('example', 'articles'), { colorScheme: scheme });
      await typeInHeader(page, 'invoice');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('the words on the page a result led to', () => {
  it('are marked only when the link asked for it', async () => {
    const url = firstPageOf('example', 'articles');
    const plain = await site.visit(url);
    expect(await plain.locator('mark.search-term').count()).toBe(0);
    const word = (await plain.locator('.article-header .description').textContent())!.split(/\W+/).find((w) => w.length > 4)!;
    const marked = await site.visit(`${url}?highlight=${encodeURIComponent(word)}`);
    expect(await marked.locator('[data-pagefind-body] mark.search-term').count()).toBeGreaterThan(0);
    expect(await marked.locator('header.site-header mark, .article-sidebar mark').count()).toBe(0);
  });
});
