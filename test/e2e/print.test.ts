import { describe, expect, it } from 'vitest';
import { firstPageOf, useBuiltSite } from '../support/e2e';

const site = useBuiltSite('example');

describe('printing an article', () => {
  it('keeps the article and drops navigation, the launcher and the request callout', async () => {
    const page = await site.visit(firstPageOf('example', 'articles'));
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('article h1')).toBe(true);
    expect(await visible('.prose')).toBe(true);
    for (const hidden of ['.site-header', '.site-footer', '[data-contact-launcher]', '.request-callout', '.article-sidebar']) {
      expect(await visible(hidden), hidden).toBe(false);
    }
  });
});
