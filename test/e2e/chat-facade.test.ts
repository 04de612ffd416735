import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { newPage, pageErrors } from '../support/browser';
import { servePageWithChatSettings, STUB_CHAT_SCRIPT, STUB_SCRIPT as SCRIPT } from '../support/contact-site';
import { pageTypesOf, useBuiltSite } from '../support/e2e';
import { outDir } from '../support/sites';

/**
 * The launcher with a chat provider configured: the contact site, whose provider is a stub
 * script the test server answers at /stub/chat.js.
 */
const site = useBuiltSite('contact');

const pageTypes = () => pageTypesOf('contact');

/** Every URL the page asks for from now on, as the browser sees it (documents, scripts, images, fetches). */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const scriptRequests = (from = 0) => site.server.requests.slice(from).filter((r) => r.url === SCRIPT);
const launcher = (page: Page) => page.locator('[data-contact-launcher]');
const panel = (page: Page) => page.locator('#contact-panel');

beforeEach(() => {
  site.server.routes.set(SCRIPT, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(STUB_CHAT_SCRIPT);
  });
});

describe('before the visitor clicks the launcher', () => {
  it('no page asks any other origin for anything, nor the provider for its script', async () => {
    for (const [type, url] of Object.entries(pageTypes())) {
      const page = await newPage(site.browser);
      const requests = recordRequests(page);
      const before = site.server.requests.length;
      await page.goto(site.server.origin + url, { waitUntil: 'networkidle' });
      await page.locator('[data-contact-launcher]').hover();
      expect(requests.filter((u) => !u.startsWith(`${site.server.origin}/`)), type).toEqual([]);
      expect(scriptRequests(before), type).toEqual([]);
      expect(await page.evaluate(() => 'StubChat' in window), type).toBe(false);
      await page.context().close();
    }
  });

  it('shows a light button with the configured label, reachable by keyboard', async () => {
    const page = await site.visit('/');
    const button = launcher(page);
    expect(await button.textContent()).toContain('Chat with us');
    for (let i = 0; i < 200 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // It sits in the corner the settings name.
    const box = (await button.boundingBox())!;
    expect(box.x).toBeLessThan(100);
  });
});

describe('when the visitor clicks the launcher', () => {
  it('loads exactly one script, opens the widget through its API and steps aside', async () => {
    const page = await site.visit('/articles/reach-us/');
    await page.waitForLoadState('networkidle');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const before = site.server.requests.length;
    await launcher(page).click();
    await page.locator('#stub-chat').waitFor();

    expect(scripts).toEqual([site.server.origin + SCRIPT]);
    expect(scriptRequests(before)).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { StubChat: { opened: unknown[][] } }).StubChat.opened)).toEqual([['help-center']]);
    expect(await page.locator('[data-contact]').isHidden()).toBe(true);
    expect(await panel(page).isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens the chat from the keyboard too', async () => {
    const page = await site.visit('/');
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await page.locator('#stub-chat').waitFor();
    expect(await page.evaluate(() => (window as unknown as { StubChat: { opened: unknown[][] } }).StubChat.opened.length)).toBe(1);
  });

  it('offers the request form and email when the script fails to load', async () => {
    site.server.routes.set(SCRIPT, (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    });
    const page = await site.visit('/');
    await launcher(page).click();
    await panel(page).waitFor({ state: 'visible' });

    expect(await page.locator('[data-contact-fallback]').textContent()).toContain('could not be opened');
    expect(await panel(page).locator('a', { hasText: 'Submit a request' }).getAttribute('href')).toBe('/request/');
    expect(await panel(page).locator('a[href^="mailto:help@contact.fixture.example"]').count()).toBe(1);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await launcher(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-panel-title');
  });

  it('offers the fallback when the script never answers, and says it is loading meanwhile', async () => {
    site.server.routes.set(SCRIPT, () => {
      // Never answers: the facade's own timeout (2 s in these settings) must give up.
    });
    const page = await site.visit('/');
    await launcher(page).click();
    expect(await launcher(page).getAttribute('aria-busy')).toBe('true');
    expect(await launcher(page).textContent()).toContain('Opening chat…');
    expect(await page.locator('[data-contact-live]').textContent()).toBe('Opening chat…');

    await panel(page).waitFor({ state: 'visible' });
    expect(await page.locator('[data-contact-fallback]').isVisible()).toBe(true);
    expect(await launcher(page).getAttribute('aria-busy')).toBe('false');
    expect(await launcher(page).textContent()).toContain('Chat with us');
  });
});

describe('accessibility of the fallback panel (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations with the fallback shown in the ${scheme} scheme`, async () => {
      site.server.routes.set(SCRIPT, (_req, res) => {
        res.writeHead(404);
        res.end();
      });
      const page = await site.visit('/request/', { colorScheme: scheme });
      await launcher(page).click();
      await panel(page).waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('with chat.loadOn: hover', () => {
  it('fetches the script when the pointer reaches the launcher, runs it only on click, and fetches it once', async () => {
    servePageWithChatSettings(site.server, outDir('contact'), '/', '/hover/', { loadOn: 'hover' });
    const page = await site.visit('/hover/');
    await page.waitForLoadState('networkidle');
    const from = site.server.requests.length;
    const scripts = () => site.server.requests.slice(from).filter((r) => r.url === SCRIPT);

    await launcher(page).hover();
    await expect.poll(() => scripts().length).toBe(1);
    expect(await page.evaluate(() => 'StubChat' in window)).toBe(false);

    await launcher(page).click();
    await page.locator('#stub-chat').waitFor();
    expect(scripts()).toHaveLength(1);
  });
});
