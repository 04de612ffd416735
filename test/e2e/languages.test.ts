import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';
import { TEST_OUTPUT } from '../support/sites';

/** The example help center in English, German and Arabic, as a visitor uses it in Chromium. */
const site = useBuiltSite('example');

describe('the language switcher', () => {
  it('keeps the visitor on the same article in the other language, following its translated address', async () => {
    const page = await site.visit('/articles/create-your-workspace/');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.locator('#language-menu').getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL('**/de/articles/arbeitsbereich-einrichten/');
    expect(await page.locator('h1').textContent()).toBe('Ihren Larkspur-Arbeitsbereich einrichten');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('button', { name: 'Sprache: Deutsch' }).click();
    await page.locator('#language-menu').getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/articles/create-your-workspace/');
  });

  it('opens and closes by keyboard, and says which language is current', async () => {
    const page = await site.visit('/de/');
    const button = page.getByRole('button', { name: 'Sprache: Deutsch' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('#language-menu').waitFor({ state: 'visible' });
    // The popover's toggle event, which the header script answers, comes a moment after the key.
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#language-menu a[aria-current="true"]').textContent()).toBe('Deutsch');
    await page.keyboard.press('Escape');
    await page.locator('#language-menu').waitFor({ state: 'hidden' });
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
  });

  it('remembers the choice and offers the way back on a page in another language, without redirecting', async () => {
    const page = await site.visit('/ar/');
    await page.getByRole('button', { name: 'اللغة: العربية' }).click();
    await page.locator('#language-menu').getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL('**/de/');
    // A link to an English page, as a search engine or a colleague might send it.
    await page.goto(`${site.server.origin}/articles/create-your-workspace/`);
    expect(new URL(page.url()).pathname).toBe('/articles/create-your-workspace/');
    const offer = page.locator('[data-language-suggestion="de"]');
    expect(await offer.isVisible()).toBe(true);
    expect(await offer.getByRole('link').getAttribute('href')).toBe('/de/articles/arbeitsbereich-einrichten/');
    await offer.getByRole('button').click();
    expect(await offer.isVisible()).toBe(false);
    await page.reload();
    expect(await page.locator('[data-language-suggestion]:visible').count()).toBe(0);
  });

  it('offers nothing on a first visit: the browser\'s languages are never guessed from', async () => {
    const page = await site.visit('/', { locale: 'de-DE' });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('[data-language-suggestion]:visible').count()).toBe(0);
  });
});

describe('search in one language', () => {
  it('finds German pages only, from the German search page', async () => {
    const page = await site.visit('/de/search/?q=Arbeitsbereich');
    await page.locator('.search-result').first().waitFor();
    const hrefs = await page.locator('.search-result h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith('/de/'))).toEqual([]);
  });

  it('does not find English pages from the German index, and German ones not from the English', async () => {
    const english = await site.visit('/search/?q=Arbeitsbereich');
    await english.locator('.search-summary').waitFor();
    expect(await english.locator('.search-result').count()).toBe(0);
  });
});

describe('an Arabic page', () => {
  const screens = path.resolve(TEST_OUTPUT, 'screens');
  for (const scheme of ['light', 'dark'] as const) {
    it(`reads right to left without sideways scrolling and is axe-clean in the ${scheme} scheme`, async () => {
      for (const [url, width] of [['/ar/articles/create-your-workspace/', 360], ['/ar/', 1280]] as const) {
        const page = await site.visit(url, { viewport: { width, height: 800 }, colorScheme: scheme });
        const errors = pageErrors(page);
        expect(await page.evaluate(() => getComputedStyle(document.body).direction), url).toBe('rtl');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), url).toBeLessThanOrEqual(0);
        // The brand sits at the start of the line, which in Arabic is the right.
        const brand = await page.locator('.brand').boundingBox();
        expect(brand!.x + brand!.width, url).toBeGreaterThan(width / 2);
        fs.mkdirSync(screens, { recursive: true });
        await page.screenshot({ path: path.join(screens, `arabic-${width}-${scheme}.png`) });
        expect(await axeViolations(page), `${url} ${scheme}`).toEqual([]);
        expect(errors, url).toEqual([]);
      }
    });
  }

  it('shows an untranslated article left to right inside the right-to-left page', async () => {
    const page = await site.visit('/ar/articles/set-up-webhooks/');
    expect(await page.locator('article').evaluate((el) => [el.getAttribute('lang'), getComputedStyle(el).direction])).toEqual(['en', 'ltr']);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});
