import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors } from '../support/browser';
import { pageTypesOf, useBuiltSite } from '../support/e2e';
import { TEST_OUTPUT } from '../support/sites';

/**
 * Every page type as a customer sees it on a 360 × 740 phone and a 1280 × 800 desktop, in the
 * light and the dark scheme. For each, a screenshot goes to test/.output/screens/ (to look at,
 * not compared against a baseline), and the page must not scroll sideways, must not move while
 * it loads (cumulative layout shift below 0.01, as the audit asks) and must keep the contact
 * launcher off every link, button and field at its end, where the footer keeps room for it, and
 * at its top. A floating button on a phone passes over the page while it scrolls; at the top it
 * may sit over the right end of a row or field as wide as the screen (a question, the subject
 * field), whose left part stays free, but never over a link or a button of its own size.
 */
const site = useBuiltSite('example');

const SCREENS = path.resolve(TEST_OUTPUT, 'screens');
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740, touch: true },
  { name: 'desktop', width: 1280, height: 800, touch: false },
] as const;
const CLS_LIMIT = 0.01;

/** Records the layout shifts a visitor would see (none caused by their own input), from the first paint on. */
function recordLayoutShifts(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The controls a visitor taps or clicks (outside the launcher) whose box meets the launcher's;
 * with `exceptFullWidth`, controls nearly as wide as the window are left out.
 */
function controlsUnderLauncher(page: Page, exceptFullWidth = false): Promise<string[]> {
  return page.evaluate((exceptFullWidth) => {
    const launcher = document.querySelector('[data-contact-launcher]')!.getBoundingClientRect();
    const fullWidth = (el: HTMLElement) => el.getBoundingClientRect().width > window.innerWidth * 0.8;
    const meets = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < launcher.right && r.right > launcher.left && r.top < launcher.bottom && r.bottom > launcher.top;
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
      .filter((el) => !el.closest('[data-contact]') && el.checkVisibility({ visibilityProperty: true }) && !(exceptFullWidth && fullWidth(el)))
      .filter((el) => [...el.getClientRects()].some(meets))
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.id}”`);
  }, exceptFullWidth);
}

/** What sticks out past the right edge of the window (the page scrolls sideways when anything does). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('every page type at phone and desktop sizes, light and dark', () => {
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${viewport.name} (${viewport.width} px), ${scheme}: fits, holds still, and the launcher covers no control`, async () => {
        const problems: string[] = [];
        for (const [type, url] of Object.entries(pageTypesOf('example'))) {
          const context = await site.browser.newContext({
            viewport: { width: viewport.width, height: viewport.height },
            colorScheme: scheme,
            hasTouch: viewport.touch,
            isMobile: viewport.touch,
          });
          const page = await context.newPage();
          await recordLayoutShifts(page);
          await page.goto(site.server.origin + url, { waitUntil: 'networkidle' });
          if (type === 'search') await page.locator('.search-result').first().waitFor();
          // Let late scripts (support hours, disclosures) finish what they change.
          await page.waitForTimeout(300);
          const file = `${type.replace(/\s+/g, '-')}-${viewport.width}-${scheme}.png`;
          await page.screenshot({ path: path.join(SCREENS, file), fullPage: true });

          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) problems.push(`${type} ${url}: scrolls sideways by ${overflow} px`);
          const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
          if (shift >= CLS_LIMIT) problems.push(`${type} ${url}: layout shift ${shift.toFixed(3)}`);
          const atTop = await controlsUnderLauncher(page, viewport.touch);
          if (atTop.length) problems.push(`${type} ${url}: the launcher covers ${atTop.join(', ')} at the top`);
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const atEnd = await controlsUnderLauncher(page);
          if (atEnd.length) problems.push(`${type} ${url}: the launcher covers ${atEnd.join(', ')} at the end`);
          expect(pageErrors(page), type).toEqual([]);
          await context.close();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('the launcher moves out of the way', () => {
  it('while the phone menu is open', async () => {
    const page = await site.visit('/articles/support-options/', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const launcher = page.locator('[data-contact-launcher]');
    expect(await launcher.isVisible()).toBe(true);
    await page.locator('[data-menu-button]').tap();
    await expect.poll(() => page.locator('#site-menu').isVisible()).toBe(true);
    await expect.poll(() => launcher.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => launcher.isVisible()).toBe(true);
  });

  it('while a list of suggestions is open on a desktop', async () => {
    const page = await site.visit('/articles/support-options/', { viewport: { width: 1280, height: 800 } });
    await page.locator('#site-search-input').click();
    await page.locator('#site-search-input').pressSequentially('invoice');
    await page.locator('#site-search-input[aria-expanded="true"]').waitFor();
    await expect.poll(() => page.locator('[data-contact-launcher]').isVisible()).toBe(false);
  });
});
