import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import { pageTypesOf, useBuiltSite } from '../support/e2e';

const site = useBuiltSite('example');

const PAGE_TYPES = () => pageTypesOf('example');

describe('the contact launcher', () => {
  it('opens its panel from the keyboard and closes with Escape, returning focus', async () => {
    const page = await site.visit(PAGE_TYPES().article);
    const launcher = page.locator('[data-contact-launcher]');
    const panel = page.locator('#contact-panel');
    // A visitor tabs to the launcher: it is reachable without a mouse.
    for (let i = 0; i < 200 && !(await launcher.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    // The panel's code comes with this first press, a moment after it.
    await panel.waitFor({ state: 'visible' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-panel-title');
    expect(await panel.locator('a', { hasText: 'Submit a request' }).getAttribute('href')).toBe('/request/');
    expect(await panel.locator('a[href^="mailto:"]').count()).toBe(1);

    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('closes with its close button and when the visitor clicks elsewhere', async () => {
    const page = await site.visit('/');
    await page.click('[data-contact-launcher]');
    await page.click('[data-contact-close]');
    expect(await page.locator('#contact-panel').isVisible()).toBe(false);
    await page.click('[data-contact-launcher]');
    await page.click('h1');
    expect(await page.locator('#contact-panel').isVisible()).toBe(false);
  });
});

describe('the skip link', () => {
  it('is the first thing Tab reaches and moves focus to the main content', async () => {
    const page = await site.visit(PAGE_TYPES().category);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('on a 320 px phone', () => {
  it('no page scrolls sideways', async () => {
    for (const [type, url] of Object.entries(PAGE_TYPES())) {
      const page = await site.visit(url, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, type).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});

describe('the request page without a chat provider', () => {
  it('composes an email with every field filled in', async () => {
    const page = await site.visit('/request/');
    await page.fill('#request-name', 'Ada Lovelace');
    await page.fill('#request-email', 'ada@example.com');
    // The request type has no preselected answer: the visitor classifies the request.
    await page.selectOption('#request-type', 'billing');
    await page.fill('#request-subject', 'Invoice & tax #42');
    await page.fill('#request-description', 'Line one\nLine two: 50% + tax');
    await page.click('[data-request-submit]');
    await page.locator('[data-request-status]').waitFor({ state: 'visible' });
    const mailto = (await page.locator('[data-request-mailto]').getAttribute('href'))!;
    const [address, query] = mailto.slice('mailto:'.length).split('?') as [string, string];
    const params = Object.fromEntries(query.split('&').map((p) => p.split('=').map(decodeURIComponent)));
    expect(address).toMatch(/^support@/);
    expect(params.subject).toBe('Invoice & tax #42');
    for (const text of ['Ada Lovelace', 'ada@example.com', 'Billing or my subscription', 'Line one\nLine two: 50% + tax']) expect(params.body).toContain(text);
  });

  it('does not send with an empty required field', async () => {
    const page = await site.visit('/request/');
    await page.fill('#request-name', 'Ada');
    await page.click('[data-request-submit]');
    expect(await page.locator('[data-request-status]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('request-email');
  });
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations on any page type in the ${scheme} scheme`, async () => {
      for (const [type, url] of Object.entries(PAGE_TYPES())) {
        const page = await site.visit(url, { colorScheme: scheme });
        expect(await axeViolations(page), `${type} ${url}`).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('finds no violations with the contact panel open', async () => {
    const page = await site.visit('/');
    await page.click('[data-contact-launcher]');
    await page.locator('#contact-panel').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
