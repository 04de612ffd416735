import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { newPage, pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';

/**
 * The example help center: no chat provider, so the launcher opens the built-in panel. Its team
 * works Monday–Thursday 06:00–24:00, Friday 06:00–21:00 and weekends 09:00–21:00 Pacific
 * (requests), screen shares Monday–Friday 08:00–22:00, closed on US holidays (content/settings.yaml).
 */
const site = useBuiltSite('example');

/** A visitor somewhere in the world at a given moment: the browser's zone and clock are both fixed. */
async function visitAt(urlPath: string, instant: string, timezoneId: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(site.browser, { timezoneId, ...options });
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(site.server.origin + urlPath);
  return page;
}

const launcherStatus = (page: Page) => page.locator('[data-contact-launcher] [data-hours-status]');
const panelStatus = (page: Page, channel: string) => page.locator(`#contact-panel [data-hours-status="${channel}"]`);

describe('the panel says whether the team is in, on the visitor\'s clock; the launcher claims no one is online', () => {
  it('"Back at 15:00" for a visitor in Berlin at noon on a Monday (06:00 Pacific)', async () => {
    const page = await visitAt('/', '2027-01-11T11:00:00Z', 'Europe/Berlin');
    // No live chat: the launcher says what a click gives, never "Online now".
    expect(await launcherStatus(page).count()).toBe(0);
    expect(await page.locator('[data-contact-launcher]').textContent()).toContain('Contact us');
    expect(await page.locator('[data-contact-launcher]').textContent()).toContain('Request or email');
    await page.click('[data-contact-launcher]');
    await expect.poll(() => panelStatus(page, 'requests').textContent()).toBe('Support team: Back at 15:00');
    expect(await panelStatus(page, 'screenShare').textContent()).toBe('Back at 17:00');
  });

  it('"Online now" for a visitor in UTC on a Monday morning in Los Angeles', async () => {
    const page = await visitAt('/', '2027-01-11T18:00:00Z', 'UTC');
    await page.click('[data-contact-launcher]');
    await expect.poll(() => panelStatus(page, 'requests').textContent()).toBe('Support team: Online now');
    expect(await panelStatus(page, 'requests').getAttribute('data-open')).toBe('true');
  });

  it('"Back tomorrow at 06:00" on Thanksgiving in Los Angeles', async () => {
    const page = await visitAt('/request/', '2026-11-26T18:00:00Z', 'America/Los_Angeles');
    await page.click('[data-contact-launcher]');
    await expect.poll(() => panelStatus(page, 'requests').textContent()).toBe('Support team: Back tomorrow at 06:00');
    expect(await page.locator('main [data-hours-status="requests"]').textContent()).toBe('Support team: Back tomorrow at 06:00');
  });
});

describe('the built-in contact panel', () => {
  it('offers the request form, email, the screen share link and the support hours', async () => {
    const page = await visitAt('/', '2027-01-11T18:00:00Z', 'Europe/Berlin');
    await page.click('[data-contact-launcher]');
    const panel = page.locator('#contact-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('a', { hasText: 'Submit a request' }).getAttribute('href')).toBe('/request/');
    expect(await panel.locator('a[href="mailto:support@larkspur.example"]').count()).toBe(1);
    const share = panel.locator('a', { hasText: 'Schedule a screen share' });
    expect(await share.getAttribute('target')).toBe('_blank');
    expect(await share.getAttribute('rel')).toBe('noopener');

    await panel.locator('summary', { hasText: 'Support hours' }).click();
    const local = panel.locator('[data-support-hours-local]').first();
    expect(await local.locator('caption').textContent()).toBe('In your time zone: Central European Time');
    expect(await local.locator('tbody tr').first().textContent()).toBe('Monday–Thursday15:00–09:00 (next day)');
    expect(await panel.locator('[data-contact-fallback]').isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations when open, hours shown, in the ${scheme} scheme`, async () => {
      const page = await visitAt('/', '2027-01-11T18:00:00Z', 'Europe/Berlin', { colorScheme: scheme });
      await page.click('[data-contact-launcher]');
      await page.locator('#contact-panel summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('makes no request to any other origin, before or after it opens', async () => {
    const page = await newPage(site.browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.server.origin}/articles/support-options/`, { waitUntil: 'networkidle' });
    await page.click('[data-contact-launcher]');
    await page.locator('#contact-panel summary').click();
    expect(requests.filter((u) => !u.startsWith(`${site.server.origin}/`))).toEqual([]);
  });
});

describe('<SupportHours> in an article', () => {
  const hoursTables = (page: Page) => page.locator('.prose [data-support-hours]').first();

  it('reads without scripts: the team\'s week in Pacific time', async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.origin}/articles/support-options/`);
    const block = hoursTables(page);
    expect(await block.locator('caption').first().textContent()).toBe('Live chat and requests: Pacific Time');
    expect(await block.locator('tbody tr').allTextContents()).toEqual(['Monday–Thursday06:00–24:00', 'Friday06:00–21:00', 'Saturday and Sunday09:00–21:00']);
    expect(await block.locator('[data-support-hours-local]').isHidden()).toBe(true);
  });

  it('converts to UTC in winter: Monday–Thursday 14:00–08:00 (next day)', async () => {
    const page = await visitAt('/articles/support-options/', '2027-01-13T12:00:00Z', 'UTC');
    const local = hoursTables(page).locator('[data-support-hours-local]');
    expect(await local.isVisible()).toBe(true);
    expect(await local.locator('tbody tr').allTextContents()).toEqual([
      'Monday–Thursday14:00–08:00 (next day)',
      'Friday14:00–05:00 (next day)',
      'Saturday and Sunday17:00–05:00 (next day)',
    ]);
  });

  it('converts to UTC in summer: Monday–Thursday 13:00–07:00 (next day)', async () => {
    const page = await visitAt('/articles/support-options/', '2027-07-14T12:00:00Z', 'UTC');
    expect(await hoursTables(page).locator('[data-support-hours-local] tbody tr').first().textContent()).toBe('Monday–Thursday13:00–07:00 (next day)');
  });

  it('says the times are the visitor\'s own when they share the team\'s zone', async () => {
    const page = await visitAt('/articles/support-options/', '2027-01-13T12:00:00Z', 'America/Los_Angeles');
    expect(await hoursTables(page).locator('[data-support-hours-same]').isVisible()).toBe(true);
    expect(await hoursTables(page).locator('[data-support-hours-local]').isHidden()).toBe(true);
  });

  it('lists only closures still to come', async () => {
    const page = await visitAt('/articles/support-options/', '2027-06-01T12:00:00Z', 'UTC');
    const closures = await hoursTables(page).locator('.support-hours-closures li:visible').allTextContents();
    expect(closures[0]).toBe('Independence Day (observed): July 5, 2027');
    expect(closures.join(' ')).not.toContain('2026');
  });
});

describe('suggested articles while typing the subject', () => {
  it('appear after a short pause from three characters, at most five, each opening in a new tab', async () => {
    const page = await site.visit('/request/');
    const from = site.server.requests.length;
    await page.locator('#request-subject').pressSequentially('re');
    await page.waitForTimeout(800);
    expect(await page.locator('[data-request-suggestions]').isHidden()).toBe(true);
    expect(site.server.requests.slice(from).filter((r) => r.url.startsWith('/pagefind/'))).toEqual([]);

    await page.locator('#request-subject').pressSequentially('fund a payment');
    const links = page.locator('[data-request-suggestions] a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeLessThanOrEqual(5);
    expect(hrefs).toContain('/articles/refunds-and-credit-notes/');
    for (const a of await links.all()) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.textContent()).toContain('(opens in a new tab)');
    }
    expect(await page.locator('[data-request-suggestions] mark').count()).toBeGreaterThan(0);
    // The half-written request stays where it is.
    expect(await page.inputValue('#request-subject')).toBe('refund a payment');
  });
});
