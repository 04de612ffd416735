import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { newPage, pageErrors } from '../support/browser';
import { VENDORS, standInPath, standInProvider, standInScript, type StandInMode, type Vendor } from '../support/chat-stand-ins';
import { serveScript, serveScriptLater, servePageWithSettings, STUB_CHAT_SCRIPT, STUB_SCRIPT as SCRIPT } from '../support/contact-site';
import { pageTypesOf, useBuiltSite } from '../support/e2e';
import { outDir } from '../support/sites';

/**
 * The launcher with a chat provider configured: the contact site, whose provider is a stub
 * script the test server answers at /stub/chat.js, and each vendor's adapter against a stand-in
 * of its script (test/support/chat-stand-ins.ts), served from the same test server.
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

    // Our own launcher code comes with the click too; of the vendor's, exactly its one script.
    expect(scripts.filter((url) => !url.includes('/_astro/'))).toEqual([site.server.origin + SCRIPT]);
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
    // The facade's code comes with this first click, a moment after it.
    await expect.poll(() => launcher(page).getAttribute('aria-busy')).toBe('true');
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

describe('before the click', () => {
  it('fetches nothing from the vendor when the pointer or the keyboard reaches the launcher, and the script once on click', async () => {
    const page = await site.visit('/');
    await page.waitForLoadState('networkidle');
    const from = site.server.requests.length;
    const scripts = () => site.server.requests.slice(from).filter((r) => r.url === SCRIPT);

    await launcher(page).hover();
    await launcher(page).focus();
    await page.waitForTimeout(300);
    expect(scripts()).toHaveLength(0);

    await launcher(page).click();
    await page.locator('#stub-chat').waitFor();
    expect(scripts()).toHaveLength(1);
  });
});

/** The visitor's page with a vendor's adapter pointed at its stand-in, the launcher in `position`. */
async function visitWithVendor(vendor: Vendor, mode: StandInMode, options: { timeoutSeconds: number; position?: 'left' | 'right'; late?: boolean }) {
  const alias = `/with-${vendor}-${mode}-${options.position ?? 'left'}-${options.timeoutSeconds}/`;
  servePageWithSettings(site.server, outDir('contact'), '/', alias, {
    contact: { provider: standInProvider(vendor), timeoutSeconds: options.timeoutSeconds },
    position: options.position ?? 'left',
  });
  const script = standInScript(vendor, mode);
  const later = options.late ? serveScriptLater(site.server, standInPath(vendor), script) : (serveScript(site.server, standInPath(vendor), script), undefined);
  const page = await site.visit(alias);
  return { page, later };
}

const standInWindow = (page: Page) => page.locator('#stand-in-window');
const standInLauncher = (page: Page) => page.locator('#stand-in-launcher');

/** Launchers a visitor can see: ours and the vendor's own. */
async function visibleLaunchers(page: Page): Promise<string[]> {
  const seen: string[] = [];
  if (await launcher(page).isVisible()) seen.push('ours');
  if (await standInLauncher(page).isVisible()) seen.push('vendor\'s');
  return seen;
}

/** After a failure: our launcher alone, the fallback panel open and saying so, the vendor shut down. */
async function expectFallback(page: Page) {
  await panel(page).waitFor({ state: 'visible' });
  expect(await page.locator('[data-contact-fallback]').textContent()).toContain('could not be opened');
  expect(await panel(page).locator('a', { hasText: 'Submit a request' }).getAttribute('href')).toBe('/request/');
  expect(await panel(page).locator('a[href^="mailto:help@contact.fixture.example"]').count()).toBe(1);
  expect(await launcher(page).getAttribute('aria-busy')).toBe('false');
  expect(await launcher(page).textContent()).toContain('Chat with us');
  expect(await standInWindow(page).count()).toBe(0);
  expect(await visibleLaunchers(page)).toEqual(['ours']);
}

/** The stand-ins' commands so far, as the vendor received them. */
const commands = (page: Page) => page.evaluate(() => (window as unknown as { StandIn?: { commands: unknown[][] } }).StandIn?.commands ?? []);

describe.each(VENDORS)('the %s adapter, against a stand-in of its script', (vendor) => {
  it('is "open" only once the vendor says so, and its own launcher is never shown beside ours', async () => {
    // A long timeout: the stand-in holds its start-up until the test releases it, however slow the machine.
    const { page } = await visitWithVendor(vendor, 'held', { timeoutSeconds: 60 });
    await launcher(page).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { StandIn?: { pending: unknown[] } }).StandIn?.pending.length ?? 0)).toBeGreaterThan(0);

    // The vendor has been asked and has not answered: we are still handing over.
    expect(await launcher(page).getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('[data-contact-live]').textContent()).toBe('Opening chat…');
    expect(await standInWindow(page).count()).toBe(0);
    expect(await visibleLaunchers(page)).toEqual(['ours']);

    await page.evaluate(() => (window as unknown as { StandIn: { release(): void } }).StandIn.release());
    await standInWindow(page).waitFor();
    await expect.poll(() => launcher(page).isVisible()).toBe(false);
    expect((await visibleLaunchers(page)).length).toBeLessThanOrEqual(1);
    expect(await panel(page).isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('gives our launcher back when the visitor closes the chat, and opens it again from there', async () => {
    const { page } = await visitWithVendor(vendor, 'ready', { timeoutSeconds: 60 });
    const from = site.server.requests.length;
    await launcher(page).click();
    await standInWindow(page).waitFor();
    await page.click('#stand-in-close');
    await launcher(page).waitFor({ state: 'visible' });
    expect(await visibleLaunchers(page)).toEqual(['ours']);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-contact-launcher'))).toBe(true);

    await launcher(page).click();
    await standInWindow(page).waitFor();
    await expect.poll(() => launcher(page).isVisible()).toBe(false);
    // The script was loaded once, for both openings.
    expect(site.server.requests.slice(from).filter((r) => r.url === standInPath(vendor))).toHaveLength(1);
  });

  for (const [mode, what] of [
    ['never', 'never becomes ready'],
    ['fails', 'is ready and then fails'],
    ['queue', 'never drains the queue'],
  ] as const) {
    it(`falls back to the request form and email, alone in its corner, when the vendor ${what}`, async () => {
      const { page } = await visitWithVendor(vendor, mode, { timeoutSeconds: 1 });
      await launcher(page).click();
      await expectFallback(page);
      // The visitor can still reach the panel from our launcher.
      await launcher(page).click();
      expect(await panel(page).isHidden()).toBe(true);
      await launcher(page).click();
      expect(await panel(page).isVisible()).toBe(true);
    });
  }

  it('keeps the vendor shut down when it starts only after the timeout, with our requests still queued', async () => {
    const { page } = await visitWithVendor(vendor, 'held', { timeoutSeconds: 1 });
    await launcher(page).click();
    await expectFallback(page);

    await page.evaluate(() => (window as unknown as { StandIn: { release(): void } }).StandIn.release());
    await page.waitForFunction(() => (window as unknown as { StandIn: { settled: boolean } }).StandIn.settled);
    expect(await standInWindow(page).count()).toBe(0);
    expect(await visibleLaunchers(page)).toEqual(['ours']);
    expect(await panel(page).isVisible()).toBe(true);
  });

  it('keeps the vendor shut down when its script arrives after the timeout', async () => {
    const { page, later } = await visitWithVendor(vendor, 'ready', { timeoutSeconds: 1, late: true });
    await launcher(page).click();
    await expectFallback(page);
    expect(later!.requested()).toBe(true);

    later!.release();
    // The stand-in runs and starts up, as the vendor would once its script has arrived…
    await page.waitForFunction(() => (window as unknown as { StandIn?: { settled: boolean } }).StandIn?.settled === true);
    expect((await commands(page)).length).toBeGreaterThan(0);
    // …and has been told to stay out of the way: still one launcher, ours, and no vendor window.
    expect(await standInWindow(page).count()).toBe(0);
    expect(await visibleLaunchers(page)).toEqual(['ours']);
  });
});

// Zendesk's messaging widget takes its corner from Admin Center (Messaging > Style > Position), not from the page.
describe.each(VENDORS.filter((v) => v !== 'zendesk'))('the %s adapter, in either corner', (vendor) => {
  for (const position of ['left', 'right'] as const) {
    it(`opens the vendor's window on the ${position}, where our launcher is`, async () => {
      const { page } = await visitWithVendor(vendor, 'ready', { timeoutSeconds: 60, position });
      const ours = (await launcher(page).boundingBox())!;
      await launcher(page).click();
      await standInWindow(page).waitFor();
      expect(await standInWindow(page).getAttribute('data-side')).toBe(position);
      const theirs = (await standInWindow(page).boundingBox())!;
      const width = page.viewportSize()!.width;
      const centre = (box: { x: number; width: number }) => box.x + box.width / 2;
      expect(centre(theirs) < width / 2, 'the vendor\'s window').toBe(position === 'left');
      expect(centre(ours) < width / 2, 'our launcher').toBe(position === 'left');
    });
  }
});
