import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBuiltSite } from '../support/e2e';

const site = useBuiltSite('example');
const termRequests = (from: number) => site.server.requests.slice(from).filter((r) => r.url === '/search-terms.json');

describe('a search that finds nothing', () => {
  it('offers the query with its misspelt word corrected, and the offer finds pages', async () => {
    const page = await site.visit('/search/?q=quikbooks');
    const offer = page.locator('[data-search-spelling]');
    await offer.waitFor();
    expect(await page.locator('.search-spelling').textContent()).toBe('Did you mean quickbooks?');
    expect(await axeViolations(page)).toEqual([]);

    await offer.click();
    await page.waitForURL(/[?&]q=quickbooks/);
    await page.locator('[data-search-list] li').first().waitFor();
    expect(await page.locator('[data-search-summary]').textContent()).toMatch(/^\d+ results? for quickbooks/);
    expect(await page.locator('[data-search-list]').textContent()).toContain('QuickBooks');
  });

  it('offers nothing for words far from any the help center uses', async () => {
    const from = site.server.requests.length;
    const page = await site.visit('/search/?q=xyzzyq');
    await page.locator('[data-search-empty]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(termRequests(from)).toHaveLength(1);
    expect(await page.locator('[data-search-spelling]').count()).toBe(0);
  });

  it('does not fetch the word list when the search finds pages', async () => {
    const from = site.server.requests.length;
    const page = await site.visit('/search/?q=invoice');
    await page.locator('[data-search-list] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(termRequests(from)).toEqual([]);
  });
});
