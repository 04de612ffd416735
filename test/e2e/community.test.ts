import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { pageErrors } from '../support/browser';
import { useBuiltSite } from '../support/e2e';

const site = useBuiltSite('example');

const TOPIC = '/community/topics/ideas/';
const ANSWERED = '/community/questions/split-a-meeting-between-two-clients/';

/** What the visitor sees of each listed question: its title, and the numbers shown beside it. */
function rows(page: Page) {
  return page.locator('.question-list .question-row').evaluateAll((items) =>
    items.map((row) => ({
      title: row.querySelector('.question-title')!.textContent!.trim(),
      votes: Number(/(\d+) votes?/.exec(row.querySelector('.question-stats')!.textContent!)![1]),
      answers: Number(/(\d+) answers?/.exec(row.querySelector('.question-stats')!.textContent!)![1]),
      pinned: row.querySelector('.flag--pinned') !== null,
      asked: row.querySelector('.question-meta time')!.getAttribute('datetime')!,
    })),
  );
}

const descending = (values: readonly (number | string)[]) => values.every((v, i) => i === 0 || values[i - 1]! >= v);

describe('a topic’s question list', () => {
  it('shows pinned questions first, then the most recent activity', async () => {
    const page = await site.visit(TOPIC);
    const list = await rows(page);
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list[0]!.pinned).toBe(true);
    expect(list.slice(1).some((r) => r.pinned)).toBe(false);
    expect(await page.locator('.list-views a[aria-current="page"]').allTextContents()).toEqual(['All (5)', 'Recent activity']);
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`filters to unanswered, then answered questions${javaScriptEnabled ? '' : ' without JavaScript'}`, async () => {
      const page = await site.visit(TOPIC, { javaScriptEnabled });
      await page.getByRole('link', { name: /^Unanswered/ }).click();
      await page.waitForURL(/\/unanswered\/$/);
      const unanswered = await rows(page);
      expect(unanswered.map((r) => r.title)).toEqual(['Export a timesheet as a PDF the client can sign']);
      expect(unanswered.every((r) => r.answers === 0)).toBe(true);

      await page.getByRole('link', { name: /^Answered/ }).click();
      await page.waitForURL(/\/answered\/$/);
      const answered = await rows(page);
      expect(answered).toHaveLength(4);
      expect(answered.every((r) => r.answers > 0)).toBe(true);
    });
  }

  it('sorts by most votes and by newest, keeping the filter', async () => {
    const page = await site.visit(`${TOPIC}answered/`);
    await page.getByRole('link', { name: 'Most votes' }).click();
    await page.waitForURL(/\/answered\/votes\/$/);
    const byVotes = (await rows(page)).filter((r) => !r.pinned);
    expect(byVotes.every((r) => r.answers > 0)).toBe(true);
    expect(descending(byVotes.map((r) => r.votes))).toBe(true);
    expect(byVotes[0]!.title).toBe('Dark mode for the web app');

    await page.getByRole('link', { name: 'Newest' }).click();
    await page.waitForURL(/\/answered\/newest\/$/);
    const newest = (await rows(page)).filter((r) => !r.pinned);
    expect(descending(newest.map((r) => r.asked))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('a question page', () => {
  it('jumps from the line under the question to the accepted answer, shown only there', async () => {
    const page = await site.visit(ANSWERED, { viewport: { width: 1000, height: 600 } });
    expect(await page.locator('.accepted-jump').textContent()).toContain('Solved');
    await page.getByRole('link', { name: 'Jump to the accepted answer' }).click();
    await page.waitForURL(/#answer-split-a-meeting-between-two-clients--sofia-ramirez$/);
    const answer = page.locator('article.answer:target');
    expect(await answer.locator('.flag--accepted').textContent()).toBe('Accepted answer');
    await expect.poll(() => answer.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
  });

  it('lists the answers by votes and marks the one from staff as Official', async () => {
    const page = await site.visit(ANSWERED);
    const answers = await page.locator('article.answer').evaluateAll((items) =>
      items.map((a) => ({ author: a.querySelector('h3')!.textContent!.replace('Answer by ', ''), official: a.querySelector('.flag--official') !== null })),
    );
    expect(answers).toEqual([
      { author: 'Sofia Ramirez', official: false },
      { author: 'Daniel Reyes', official: true },
      { author: 'Lucas Moreau', official: false },
    ]);
  });

  it('sends a duplicate’s reader to the original question', async () => {
    const page = await site.visit('/community/questions/left-timer-running-all-weekend/');
    await page.locator('.duplicate-banner').getByRole('link').click();
    await page.waitForURL(/\/community\/questions\/timer-stopped-overnight\/$/);
    expect(await page.locator('h1').textContent()).toBe('My timer stopped by itself overnight. Where did the rest go?');
  });
});

const PAGE_TYPES = {
  'community home': '/community/',
  topic: TOPIC,
  'filtered topic': `${TOPIC}unanswered/votes/`,
  'answered question': ANSWERED,
  'unanswered question': '/community/questions/client-signed-timesheet-pdf/',
  'duplicate question': '/community/questions/left-timer-running-all-weekend/',
  tag: '/community/tags/invoices/',
  'all tags': '/community/tags/',
  'FAQ index': '/faq/',
  'FAQ page': '/faq/billing-and-plans/',
};

describe('on a 320 px phone', () => {
  it('no FAQ or community page scrolls sideways', async () => {
    for (const [type, url] of Object.entries(PAGE_TYPES)) {
      const page = await site.visit(url, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, type).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});

describe('accessibility of the community (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations on the community pages in the ${scheme} scheme`, async () => {
      for (const [type, url] of Object.entries(PAGE_TYPES)) {
        const page = await site.visit(url, { colorScheme: scheme });
        expect(await axeViolations(page), `${type} ${url}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});
