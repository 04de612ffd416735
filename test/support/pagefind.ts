import type { Page } from 'playwright-core';

/**
 * Loads the site's own /pagefind/pagefind.js into the page as `window.testPagefind`, so a test
 * can ask the index directly. (A module script, because the test runner rewrites any import()
 * written inside page.evaluate.)
 */
export async function loadPagefindInto(page: Page, options: object = {}): Promise<void> {
  await page.addScriptTag({
    type: 'module',
    content: `const pagefind = await import('/pagefind/pagefind.js'); await pagefind.options(${JSON.stringify(options)}); window.testPagefind = pagefind;`,
  });
  await page.waitForFunction(() => 'testPagefind' in window);
}
