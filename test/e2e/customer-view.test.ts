import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';

/** A customer on a phone and at a desk, doing what issue 11 found awkward. */
const site = useBuiltSite('example');

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } as const;
const ARTICLE = '/articles/create-an-invoice-from-tracked-time/';

const isFocused = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el === document.activeElement);

describe('the header on a phone', () => {
  it('is one row: the brand and two buttons, no search box and no shortcut hint in sight', async () => {
    const page = await site.visit(ARTICLE, PHONE);
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(72);
    expect(await page.locator('#site-search-input').isVisible()).toBe(false);
    expect(await page.locator('.search-key:visible').count()).toBe(0);
  });

  it('opens the menu as a disclosure from the keyboard, and Escape closes it back onto its button', async () => {
    const page = await site.visit(ARTICLE, PHONE);
    const button = page.locator('[data-menu-button]');
    expect(await button.ariaSnapshot()).toContain('button "Menu"');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#site-menu').isVisible()).toBe(true);
    expect(await button.ariaSnapshot()).toContain('[expanded]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Knowledge base');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-menu').isVisible()).toBe(false);
    expect(await isFocused(page, '[data-menu-button]')).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows no shortcut hint in the home page\'s search box on a touch screen', async () => {
    const page = await site.visit('/', PHONE);
    expect(await page.locator('#hero-search-input').isVisible()).toBe(true);
    expect(await page.locator('.search-key').isVisible()).toBe(false);
  });
});

describe('the results page on a phone', () => {
  it('shows the results first, the facets behind "Filters", which counts the active ones', async () => {
    const page = await site.visit('/search/?q=invoice', PHONE);
    await page.locator('.search-result').first().waitFor();
    const toggle = page.locator('[data-search-filters-toggle]');
    expect(await page.locator('#search-facets').isVisible()).toBe(false);
    const firstResult = (await page.locator('.search-result').first().boundingBox())!;
    expect(firstResult.y).toBeLessThan(740);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await isFocused(page, '#search-filters-title')).toBe(true);
    await page.locator('#search-facets input[type="checkbox"]').first().check();
    await expect.poll(() => toggle.textContent()).toContain('(1)');
    expect(await page.locator('#search-facets').isVisible()).toBe(true);
  });
});

describe('an FAQ result', () => {
  it('leads to its question, whose answer opens and comes into view', async () => {
    const page = await site.visit('/search/?q=refund+downgrade');
    const faq = page.locator('.search-result', { hasText: 'FAQ ·' }).first();
    await faq.waitFor();
    const link = faq.locator('h3 a');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/faq\/[a-z-]+\/\?highlight=[^#]+#[a-z0-9-]+$/);
    const question = href.split('#')[1]!;
    await Promise.all([page.waitForURL(`**${href}`), link.click()]);
    const toggle = page.locator(`#${question} button.faq-toggle`);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`#${question}-answer`).isVisible()).toBe(true);
    await expect.poll(() => page.locator(`#${question}`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
  });
});

describe('an article on a wide screen', () => {
  it('marks, in "On this page", the heading being read', async () => {
    const page = await site.visit(ARTICLE, { viewport: { width: 1280, height: 800 } });
    const toc = page.locator('nav.toc');
    expect(await toc.locator('summary').isVisible()).toBe(false);
    await expect.poll(() => toc.locator('a[aria-current="location"]').textContent()).toBe('Before you start');
    await page.locator('#send-the-invoice').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect.poll(() => toc.locator('a[aria-current="location"]').textContent()).toBe('Send the invoice');
    expect(await toc.locator('a[aria-current]').count()).toBe(1);
  });

  it('takes focus in reading order: the section list, "On this page", then the article', async () => {
    const page = await site.visit(ARTICLE, { viewport: { width: 1280, height: 800 } });
    const tops: { where: string; top: number }[] = [];
    await page.locator('main').focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        return el.closest('.article-sidebar') ? 'sidebar' : el.closest('nav.toc') ? 'toc' : el.closest('.article-body') ? 'article' : el.closest('footer') ? 'footer' : 'other';
      });
      if (where === 'footer') break;
      tops.push({ where, top: await page.evaluate(() => document.activeElement!.getBoundingClientRect().top + window.scrollY) });
    }
    // The breadcrumbs come first, above all three; "On this page" sits at the top of its column, beside the title.
    const order = tops.map((t) => t.where).filter((w) => w !== 'other').filter((w, i, all) => w !== all[i - 1]);
    expect(order.slice(0, 3)).toEqual(['sidebar', 'toc', 'article']);
    // Within the article, focus never jumps back above where it was (the column beside it aside).
    const article = tops.filter((t) => t.where === 'article').map((t) => t.top);
    expect(article).toEqual([...article].sort((a, b) => a - b));
  });
});
