import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { newPage, pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';

/**
 * The writers' components in Chromium, as a visitor uses them: tabs and the copy button from the
 * keyboard, video facades that ask no one for anything before a click. The fixture's
 * /articles/components/ holds every component; the example's writers' guide is checked by axe.
 */
const fixture = useBuiltSite('fixture');
const example = useBuiltSite('example');

const PAGE = '/articles/components/';
const groups = (page: Page) => page.locator('[data-tabs]');
/** The labels of the selected tab of each group, and of the panel each shows. */
const chosen = (page: Page) =>
  groups(page).evaluateAll((all) => all.map((g) => {
    const tab = g.querySelector('[role="tab"][aria-selected="true"]');
    const shown = [...g.querySelectorAll<HTMLElement>(':scope > [role="tabpanel"]')].filter((p) => p.checkVisibility());
    return `${tab?.textContent}/${shown.map((p) => p.dataset.tabLabel).join('+')}`;
  }));
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('tabs', () => {
  it('move by keyboard as the WAI-ARIA pattern says: arrows round the list, Home and End, one tab in the Tab order', async () => {
    const page = await fixture.visit(PAGE);
    expect(await chosen(page)).toEqual(['macOS/macOS', 'macOS/macOS', 'Monthly/Monthly']);
    await page.locator('[data-tabs]').first().locator('[role="tab"]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('Windows');
    expect((await chosen(page))[0]).toBe('Windows/Windows');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('Linux');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('macOS');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toBe('Linux');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('macOS');
    expect(await groups(page).first().locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('tabindex')))).toEqual(['0', '-1', '-1']);
    // Tab leaves the list for the panel it shows.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.tabLabel)).toBe('macOS');
    expect(pageErrors(page)).toEqual([]);
  });

  it('keep groups with one sync key together, leave other groups alone, and remember the choice after a reload', async () => {
    const page = await fixture.visit(PAGE);
    await page.locator('[data-tabs]').nth(1).getByRole('tab', { name: 'Linux' }).click();
    expect(await chosen(page)).toEqual(['Linux/Linux', 'Linux/Linux', 'Monthly/Monthly']);
    await page.locator('[data-tabs]').first().getByRole('tab', { name: 'Windows' }).press('Enter');
    await page.locator('[data-tabs]').first().getByRole('tab', { name: 'Windows' }).click();
    expect(await chosen(page)).toEqual(['Windows/Windows', 'Windows/Windows', 'Monthly/Monthly']);
    expect(await page.evaluate(() => localStorage.getItem('help-center:tabs:os'))).toBe('Windows');
    await page.reload();
    expect(await chosen(page)).toEqual(['Windows/Windows', 'Windows/Windows', 'Monthly/Monthly']);
    // The writers' guide is another page of the same site's kind: the choice follows there too.
    const guide = await example.visit('/articles/tabs/');
    await guide.locator('[data-tabs]').first().getByRole('tab', { name: 'Windows' }).click();
    await guide.reload();
    expect(await chosen(guide)).toEqual(['Windows/Windows', 'Windows/Windows']);
  });

  it('show every panel under its label, and no tab list, without JavaScript', async () => {
    const page = await fixture.visit(PAGE, { javaScriptEnabled: false });
    expect(await chosen(page)).toEqual(['macOS/macOS+Windows+Linux', 'macOS/macOS+Windows+Linux', 'Monthly/Monthly+Windows']);
    expect(await page.locator('[role="tablist"]').first().isVisible()).toBe(false);
    expect(await page.locator('.tab-panel-label').first().isVisible()).toBe(true);
  });

  it('print every panel, whichever is chosen', async () => {
    const page = await fixture.visit(PAGE);
    await page.locator('[data-tabs]').first().getByRole('tab', { name: 'Linux' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await chosen(page)).toEqual(['Linux/macOS+Windows+Linux', 'Linux/macOS+Windows+Linux', 'Monthly/Monthly+Windows']);
    expect(await page.locator('[role="tablist"]').first().isVisible()).toBe(false);
  });

  it('show the panel a link points into', async () => {
    const page = await fixture.visit(PAGE);
    const id = await page.locator('[data-tabs]').first().locator('[role="tabpanel"]').nth(2).getAttribute('id');
    await page.goto(`${fixture.server.origin}${PAGE}#${id}`);
    expect((await chosen(page))[0]).toBe('Linux/Linux');
  });
});

describe('the copy button of a code block', () => {
  it('is reached with Tab, copies the code exactly, and says so on the button and to screen readers', async () => {
    const page = await fixture.visit(PAGE);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture.server.origin });
    const button = page.getByRole('button', { name: 'Copy code: app.js' });
    await page.locator('a.content-download-link').last().focus();
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const status = page.locator('[data-code-block]').first().locator('[role="status"]');
    await expect.poll(() => status.textContent()).toBe('Code copied to the clipboard.');
    expect(await page.locator('[data-code-block]').first().locator('button.code-copy').textContent()).toBe('Copied code: app.js');
    const code = 'const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\nconst e = 5;\n';
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect.poll(() => page.locator('[data-code-block]').first().locator('button.code-copy').textContent(), { timeout: 4000 }).toBe('Copy code: app.js');
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const page = await fixture.visit(PAGE);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await page.getByRole('button', { name: 'Copy code: app.js' }).press('Space');
    await expect.poll(() => page.locator('[data-code-block]').first().locator('[role="status"]').textContent()).toBe('The code is selected: press Ctrl+C to copy it.');
    expect(await page.evaluate(() => String(getSelection()))).toContain('const e = 5;');
  });

  it('is not there without JavaScript', async () => {
    const page = await fixture.visit(PAGE, { javaScriptEnabled: false });
    expect(await page.locator('button.code-copy').first().isVisible()).toBe(false);
  });
});

describe('a video facade', () => {
  it('asks no other origin for anything before the click, then plays the platform\'s player in place', async () => {
    const page = await newPage(fixture.browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const refused: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && refused.push(m.text()));
    // No network here: the platform's player is answered by the test.
    await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }));
    await page.goto(fixture.server.origin + PAGE, { waitUntil: 'networkidle' });
    await page.locator('figure[data-video]').first().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => !u.startsWith(`${fixture.server.origin}/`))).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);

    const play = page.getByRole('button', { name: 'Play video: A YouTube video' });
    await play.focus();
    await page.keyboard.press('Enter');
    const frame = page.locator('figure[data-video] iframe');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/Lrkspr-tmr1?autoplay=1&rel=0&cc_load_policy=1&cc_lang_pref=en');
    expect(await frame.getAttribute('title')).toBe('A YouTube video');
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(requests.filter((u) => !u.startsWith(`${fixture.server.origin}/`)).map((u) => new URL(u).origin)).toEqual(['https://www.youtube-nocookie.com']);
    expect(refused).toEqual([]);
  });

  it('is a link to the video on its platform without JavaScript', async () => {
    const page = await fixture.visit(PAGE, { javaScriptEnabled: false });
    expect(await page.getByRole('link', { name: 'Play video: A Vimeo video' }).getAttribute('href')).toBe('https://vimeo.com/76979871');
  });
});

describe('accessibility of the writers\' guide (axe-core)', () => {
  const guide = ['write-and-publish-an-article', 'callouts', 'numbered-steps', 'tabs', 'keys-and-badges', 'link-cards', 'code-blocks', 'images-and-diagrams', 'videos', 'files-to-download', 'snippets'];
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations on any page of the guide, or on the page of every component, in the ${scheme} scheme`, async () => {
      for (const [site, url] of [...guide.map((slug) => [example, `/articles/${slug}/`] as const), [fixture, PAGE] as const]) {
        const page = await site.visit(url, { colorScheme: scheme });
        expect(await axeViolations(page), url).toEqual([]);
        await page.context().close();
      }
    }, 120_000);
  }
});
