import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';

const site = useBuiltSite('example');

const summary = (page: Page) => page.locator('.search-summary');
const results = (page: Page) => page.locator('.search-result');
/** The number the summary starts with ("12 results for …"), once the search has run. */
async function resultCount(page: Page): Promise<number> {
  await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toMatch(/^(\d+ results?|No results)/);
  const text = (await summary(page).textContent())!;
  return text.startsWith('No') ? 0 : Number(text.split(' ')[0]);
}
/** A facet value's checkbox and the count shown beside it. */
function facetValue(page: Page, legend: string, value?: string) {
  const group = page.locator('.search-facets fieldset', { has: page.locator('legend', { hasText: legend }) });
  const label = value ? group.locator('label', { hasText: value }) : group.locator('label').first();
  return {
    box: label.locator('input'),
    name: async () => (await label.locator('span').first().textContent())!,
    count: async () => Number((await label.locator('.facet-count').textContent())!.replace(/\D/g, '')),
  };
}

describe('the results page', () => {
  it('runs the search in its URL on load', async () => {
    const page = await site.visit('/search/?q=invoice');
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(10);
    expect(await summary(page).textContent()).toMatch(/^\d+ results for invoice/);
    expect(await page.inputValue('#search-page-input')).toBe('invoice');
    expect(await results(page).count()).toBe(10);
    const first = results(page).first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(/^\/[a-z]+\/[^/]+\/\?highlight=invoice$/);
    expect(await first.locator('.result-path').textContent()).toMatch(/› /);
    expect(await first.locator('.result-snippet mark').count()).toBeGreaterThan(0);
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('lists the matching sections of long articles under them', async () => {
    const page = await site.visit('/search/?q=invoice');
    await resultCount(page);
    const sub = page.locator('.result-subs a').first();
    expect(await sub.getAttribute('href')).toMatch(/\?highlight=invoice#[\w-]+$/);
  });

  it('narrows the results with a facet, and the count beside it was right', async () => {
    const page = await site.visit('/search/?q=invoice');
    const total = await resultCount(page);
    const category = facetValue(page, 'Category', undefined);
    const [name, expected] = [await category.name(), await category.count()];
    expect(expected).toBeLessThan(total);
    await category.box.check();
    await page.waitForURL(`**/search/?q=invoice&category=${encodeURIComponent(name).replace(/%20/g, '+')}`);
    await expect.poll(() => resultCount(page)).toBe(expected);
    expect(await summary(page).textContent()).toContain(` in ${name}`);
    const articlePaths = await page.locator('.search-result', { has: page.locator('.result-meta', { hasText: /^Article/ }) }).locator('.result-path').allTextContents();
    expect(articlePaths.length).toBeGreaterThan(0);
    for (const path of articlePaths) expect(path).toContain(name);
    expect(await category.box.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('combines facets, and removes them one by one', async () => {
    const page = await site.visit('/search/?q=invoice');
    await resultCount(page);
    const category = facetValue(page, 'Category', undefined);
    const categoryName = await category.name();
    await category.box.check();
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toContain(` in ${categoryName}`);
    const label = facetValue(page, 'Labels', undefined);
    const [labelName, both] = [await label.name(), await label.count()];
    await label.box.check();
    await expect.poll(() => resultCount(page)).toBe(both);

    const chips = page.locator('.active-filters .chip');
    expect(await chips.allTextContents()).toEqual([`Remove filter: ${categoryName}×`, `Remove filter: ${labelName}×`, 'Clear all filters']);
    await chips.filter({ hasText: categoryName }).click();
    await expect.poll(() => page.url()).not.toContain('category=');
    expect(page.url()).toContain('label=');
    await expect.poll(() => chips.allTextContents()).toEqual([`Remove filter: ${labelName}×`]);
    await expect.poll(() => summary(page).textContent()).not.toContain(` in ${categoryName}`);
    expect(await resultCount(page)).toBe(await facetValue(page, 'Labels', labelName).count());
    expect(await resultCount(page)).toBeGreaterThanOrEqual(both);
  });

  it('walks back through searches with the back button', async () => {
    const page = await site.visit('/search/?q=invoice');
    const total = await resultCount(page);
    await facetValue(page, 'Category').box.check();
    await expect.poll(() => resultCount(page)).toBeLessThan(total);
    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(total);
    expect(page.url()).toMatch(/\/search\/\?q=invoice$/);
    expect(await facetValue(page, 'Category').box.isChecked()).toBe(false);
  });

  it('pages through results with links that keep the state', async () => {
    const page = await site.visit('/search/?q=invoice');
    await resultCount(page);
    const firstOnPage1 = await results(page).first().locator('h3').textContent();
    await page.locator('.pagination a', { hasText: 'Next' }).click();
    await page.waitForURL('**/search/?q=invoice&page=2');
    await expect.poll(() => results(page).first().locator('h3').textContent()).not.toBe(firstOnPage1);
    expect(await page.locator('.pagination a[aria-current="page"]').textContent()).toBe('2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-title');
    await page.goBack();
    await expect.poll(() => results(page).first().locator('h3').textContent()).toBe(firstOnPage1);
  });

  it('sorts by date, newest first', async () => {
    const page = await site.visit('/search/?q=invoice');
    await resultCount(page);
    await page.selectOption('[data-search-sort]', 'newest');
    await page.waitForURL('**/search/?q=invoice&sort=newest');
    await expect.poll(async () => {
      const dates = await page.locator('.search-result time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      return dates.length > 1 && dates.every((d, i) => i === 0 || d <= dates[i - 1]!);
    }).toBe(true);
  });

  it('helps when nothing matches: the request form and a way to contact us', async () => {
    const page = await site.visit('/search/?q=qwxzvy');
    expect(await resultCount(page)).toBe(0);
    const empty = page.locator('.search-empty');
    expect(await summary(page).textContent()).toBe('No results for qwxzvy');
    expect(await empty.isVisible()).toBe(true);
    expect(await page.locator('[data-search-area]').isVisible()).toBe(false);
    expect(await empty.locator('a[href="/request/"]').textContent()).toBe('Submit a request');
    await empty.locator('[data-search-contact]').click();
    await page.locator('#contact-panel').waitFor({ state: 'visible' });
  });

  it('offers to drop the filters when they hide every match', async () => {
    const page = await site.visit('/search/?q=invoice&type=no-such-type');
    expect(await resultCount(page)).toBe(0);
    await page.locator('.search-empty button', { hasText: 'Search without filters' }).click();
    await page.waitForURL(/\/search\/\?q=invoice$/);
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  it('shows a query full of markup as text and runs none of it', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    const page = await site.visit(`/search/?q=${encodeURIComponent(payload)}`);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await resultCount(page);
    expect(await summary(page).textContent()).toContain(payload);
    expect(await page.title()).toContain(payload);
    expect(await page.inputValue('#search-page-input')).toBe(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('works by keyboard alone: search, filter, open a result', async () => {
    const page = await site.visit('/search/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.keyboard.type('timer');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=timer');
    const total = await resultCount(page);
    const firstFacet = facetValue(page, 'Category');
    const expected = await firstFacet.count();
    await firstFacet.box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => resultCount(page)).toBe(expected);
    expect(expected).toBeLessThanOrEqual(total);
    const link = results(page).first().locator('h3 a');
    const href = (await link.getAttribute('href'))!;
    await link.focus();
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with results, facets and a filter shown (${scheme})`, async () => {
      const page = await site.visit('/search/?q=invoice', { colorScheme: scheme });
      await resultCount(page);
      await facetValue(page, 'Labels').box.check();
      await expect.poll(() => page.locator('.active-filters .chip').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
