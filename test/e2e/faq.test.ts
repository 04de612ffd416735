import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';

const site = useBuiltSite('example');

const FAQ = '/faq/time-tracking/';
const DURATION = 'how-do-i-type-a-duration';
const TIMERS = 'can-i-run-two-timers-at-the-same-time';

/** The toggle button a question's heading became. */
const toggle = (page: Page, slug: string) => page.locator(`#${slug} button.faq-toggle`);
/** Whether a visitor can see an answer's words (a collapsed answer keeps its box but hides its content). */
const answerShown = (page: Page, slug: string) => page.locator(`#${slug}-answer > *`).first().isVisible();
const expandedStates = (page: Page) => page.locator('button.faq-toggle').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-expanded')));

describe('an FAQ page', () => {
  it('opens with every answer collapsed behind its question', async () => {
    const page = await site.visit(FAQ);
    const states = await expandedStates(page);
    expect(states.length).toBeGreaterThanOrEqual(8);
    expect(new Set(states)).toEqual(new Set(['false']));
    expect(await answerShown(page, TIMERS)).toBe(false);
    expect(await toggle(page, TIMERS).textContent()).toBe('Can I run two timers at the same time?');
    expect(pageErrors(page)).toEqual([]);
  });

  it('opens the answer a deep link points to, and scrolls it into view', async () => {
    const page = await site.visit(`${FAQ}#${DURATION}`, { viewport: { width: 1000, height: 600 } });
    expect(await toggle(page, DURATION).getAttribute('aria-expanded')).toBe('true');
    expect(await answerShown(page, DURATION)).toBe(true);
    expect(await page.locator(`#${DURATION}-answer`).textContent()).toContain('1:30');
    expect(await answerShown(page, TIMERS)).toBe(false);
    const top = await page.locator(`#${DURATION}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(600 / 2);
  });

  it('opens the answer of a link followed within the page', async () => {
    const page = await site.visit(FAQ);
    await page.evaluate((slug) => (window.location.hash = slug), DURATION);
    await expect.poll(() => toggle(page, DURATION).getAttribute('aria-expanded')).toBe('true');
    expect(await answerShown(page, DURATION)).toBe(true);
  });

  it('expands and collapses every answer at once', async () => {
    const page = await site.visit(FAQ);
    await page.getByRole('button', { name: 'Expand all' }).click();
    expect(new Set(await expandedStates(page))).toEqual(new Set(['true']));
    expect(await answerShown(page, TIMERS)).toBe(true);
    expect(await answerShown(page, DURATION)).toBe(true);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    expect(new Set(await expandedStates(page))).toEqual(new Set(['false']));
    expect(await answerShown(page, DURATION)).toBe(false);
  });

  it('opens and closes a question from the keyboard', async () => {
    const page = await site.visit(FAQ);
    await page.getByRole('button', { name: 'Collapse all' }).focus();
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('faq-toggle'))); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Can I run two timers at the same time?');
    await page.keyboard.press('Enter');
    expect(await toggle(page, TIMERS).getAttribute('aria-expanded')).toBe('true');
    expect(await answerShown(page, TIMERS)).toBe(true);
    await page.keyboard.press('Space');
    expect(await toggle(page, TIMERS).getAttribute('aria-expanded')).toBe('false');
    expect(await answerShown(page, TIMERS)).toBe(false);
    // A closed answer holds nothing to tab to (its copy-link button sits inside it): the next question comes next.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('What happens if I forget to stop my timer?');
  });

  it('lets find-in-page reach a collapsed answer and keeps its button in step', async () => {
    const page = await site.visit(FAQ);
    // What the browser does when find-in-page lands in a collapsed answer: reveal it and fire "beforematch".
    await page.locator(`#${DURATION}-answer`).evaluate((answer) => {
      answer.dispatchEvent(new Event('beforematch'));
    });
    expect(await toggle(page, DURATION).getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`#${DURATION}-answer`).getAttribute('hidden')).toBeNull();
  });

  it('copies a link to one question', async () => {
    const page = await site.visit(FAQ);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await toggle(page, DURATION).click();
    await page.getByRole('button', { name: 'Copy link to “How do I type a duration?”' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.origin}${FAQ}#${DURATION}`);
    expect(await page.locator('[data-faq-status]').textContent()).toBe('Link copied to the clipboard.');
    expect(await page.locator(`#${DURATION}-answer .faq-copy`).textContent()).toContain('Link copied');
  });

  it('shows every answer, and no dead buttons, without JavaScript', async () => {
    const page = await site.visit(FAQ, { javaScriptEnabled: false });
    expect(await answerShown(page, TIMERS)).toBe(true);
    expect(await answerShown(page, DURATION)).toBe(true);
    expect(await page.locator('button.faq-toggle').count()).toBe(0);
    expect(await page.locator('[data-faq-toolbar]').isVisible()).toBe(false);
  });

  it('prints every answer, collapsed or not, without the buttons', async () => {
    const page = await site.visit(FAQ);
    expect(await answerShown(page, TIMERS)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await answerShown(page, TIMERS)).toBe(true);
    expect(await answerShown(page, DURATION)).toBe(true);
    expect(await page.locator('[data-faq-toolbar]').isVisible()).toBe(false);
    expect(await page.locator('.faq-copy').first().isVisible()).toBe(false);
  });
});

describe('accessibility of the FAQ (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations on the FAQ index and an FAQ page, collapsed and expanded, in the ${scheme} scheme`, async () => {
      const index = await site.visit('/faq/', { colorScheme: scheme });
      expect(await axeViolations(index), '/faq/').toEqual([]);
      await index.context().close();
      const page = await site.visit(FAQ, { colorScheme: scheme });
      expect(await axeViolations(page), `${FAQ} collapsed`).toEqual([]);
      await page.getByRole('button', { name: 'Expand all' }).click();
      expect(await axeViolations(page), `${FAQ} expanded`).toEqual([]);
      await page.context().close();
    });
  }
});
