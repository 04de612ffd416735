import fs from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error('No Chromium found for the browser tests: install it with `apt-get install chromium` or set CHROMIUM_PATH.');
  }
  return found;
}

/**
 * Headless Chromium started the way this machine needs: no sandbox (we run as root), and no
 * background networking (nothing outside 127.0.0.1 is reachable, and tests count requests).
 * Playwright gives every launch a fresh, empty profile.
 *
 * `hosts` sends host names to addresses of ours ("requests.stand-in.test" → "127.0.0.1:4321"),
 * so that a page on 127.0.0.1 can talk to a stand-in on another origin, CORS and all.
 */
export async function launchBrowser(options: { hosts?: Record<string, string> } = {}): Promise<Browser> {
  const rules = Object.entries(options.hosts ?? {}).map(([host, address]) => `MAP ${host} ${address}`);
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      ...(rules.length ? [`--host-resolver-rules=${rules.join(',')}`] : []),
    ],
  });
}

const errorsByPage = new WeakMap<Page, Error[]>();

/** A fresh page with its own storage, desk-sized unless the options say otherwise. Script errors are collected. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: Error[] = [];
  errorsByPage.set(page, errors);
  page.on('pageerror', (error) => errors.push(error));
  return page;
}

/** Uncaught script errors the page has thrown so far. */
export function pageErrors(page: Page): string[] {
  return (errorsByPage.get(page) ?? []).map((e) => e.message);
}
