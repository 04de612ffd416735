import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from '../support/browser';
import { useBuiltSite } from '../support/e2e';
import { outDir } from '../support/sites';

/**
 * The Content-Security-Policy on its own. The hostile-full site publishes script payloads with
 * safe mode switched off (content.trust: full), so they reach the HTML exactly as a stranger
 * wrote them: inline scripts, event handlers, javascript: links and frames. In Chromium none of
 * them runs. Served once more with the policy removed, the same pages do run them: what stopped
 * them was the policy, nothing else.
 */
const site = useBuiltSite('hostileFull');

const PAGES = ['/articles/script/', '/articles/event-handlers/', '/articles/script-links/', '/articles/frames/', '/faq/hostile/'];

/** Visits a page, clicks every link that would run script, and reports what ran and what the policy refused. */
async function attack(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(site.server.origin + url, { waitUntil: 'load' });
  // Every link the browser itself reads as javascript: (tab and case tricks included), clicked as a visitor would.
  const clicked = await page.evaluate(() => {
    const links = [...document.querySelectorAll('a')].filter((a) => a.protocol === 'javascript:');
    for (const link of links) link.click();
    return links.length;
  });
  for (const element of await page.locator('[onmouseover], [OnMouseOver]').all()) await element.hover({ force: true }).catch(() => undefined);
  await page.waitForTimeout(300);
  return {
    pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    violations: await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    dialogs,
    clicked,
  };
}

describe('pages holding script payloads, published in full trust', () => {
  it('carry them into the HTML, so that only the policy stands between them and the visitor', () => {
    const html = PAGES.map((p) => fs.readFileSync(path.join(outDir('hostileFull'), p, 'index.html'), 'utf8')).join('\n');
    expect(html).toContain('<script>window.__pwned = 11</script>');
    expect(html).toContain('onerror="window.__pwned = 1"');
    expect(html).toContain('href="javascript:window.__pwned=1"');
    expect(html).toContain('src="javascript:window.parent.__pwned=1"');
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
  });

  it.each(PAGES)('run nothing of it in Chromium: %s', async (url) => {
    const page = await newPage(site.browser);
    const result = await attack(page, url);
    expect(result.pwned, JSON.stringify(result.violations)).toBeUndefined();
    expect(result.dialogs).toEqual([]);
    expect(result.violations.length).toBeGreaterThan(0);
    if (url === '/articles/script-links/') expect(result.clicked).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  it('do run it once the policy is taken away, so the test above proves the policy works', async () => {
    for (const url of PAGES.slice(0, 2)) {
      const html = fs.readFileSync(path.join(outDir('hostileFull'), url, 'index.html'), 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
      site.server.routes.set(`/no-policy${url}`, (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(html);
      });
      const page = await newPage(site.browser);
      const result = await attack(page, `/no-policy${url}`);
      expect(result.pwned, url).toBeDefined();
      await page.context().close();
    }
  });
});
