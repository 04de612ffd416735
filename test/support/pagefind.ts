import type { Page } from 'playwright-core';

/**
 * Loads the site's own /pagefind/pagefind.js into the page as `window.testPagefind`, so a test
 * can ask the index directly. The code goes in as a string: the test runner would rewrite an
 * import() written inside a function, and an inline <script> would be refused by the page's
 * Content-Security-Policy (code evaluated by the browser's automation is not).
 */
export async function loadPagefindInto(page: Page, options: object = {}): Promise<void> {
  await page.evaluate(`import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.options(${JSON.stringify(options)}); window.testPagefind = pagefind; })`);
  await page.waitForFunction(() => 'testPagefind' in window);
}
