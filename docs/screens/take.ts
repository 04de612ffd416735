/*
 * Before/after screenshots of the example help center, for reviews and closing notes.
 *
 *   npx node docs/screens/take.ts <before-base-url> <after-base-url> <output-folder>
 *
 * Both sites must already be built and served (see docs/screens/README.md). For every page below
 * the script saves `<output>/before/<page>-<width>.jpg` and `<output>/after/<page>-<width>.jpg`,
 * one for a phone (360×740, touch) and one for a desk (1280×800): viewport only, not the whole
 * page, JPEG quality 70. Pages that name a `phoneScrollTo` element get a second phone shot,
 * `<page>-360-scrolled.jpg`, with that element near the top of the screen.
 *
 * Runs through npx so that it gets Node 24 from node_modules (type stripping, no build step), and
 * drives Debian's Chromium with playwright-core; no browser is downloaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

interface Shot {
  /** File name stem: `<name>-<width>.jpg`. */
  name: string;
  /** Path and query, the same on both sites. */
  url: string;
  /** An element that must be visible before the shot (results that a script renders). */
  waitFor?: string;
  /** Phones only: a second shot with the first element matching this selector near the top. */
  phoneScrollTo?: string;
}

const SHOTS: Shot[] = [
  { name: 'home', url: '/' },
  // A content table with four columns (the support-hours tables in the launcher panel are not content).
  { name: 'article-table', url: '/articles/import-clients-and-projects/', phoneScrollTo: 'main table:not(.support-hours-table)' },
  {
    name: 'search',
    url: '/search/?q=invoice',
    waitFor: '[data-search-list] li',
    phoneScrollTo: '[data-search-list] li',
  },
  { name: 'faq', url: '/faq/time-tracking/' },
  // Answered questions only: the status badges should all agree with the filter.
  { name: 'community-answered', url: '/community/topics/time-tracking/answered/', phoneScrollTo: '.question-list' },
  // A question with an accepted answer: what follows the question (a quote of it before, a jump link after).
  {
    name: 'question-accepted',
    url: '/community/questions/timer-stopped-overnight/',
    phoneScrollTo: '#accepted-title, .accepted-jump, #answers-title',
  },
  { name: 'request', url: '/request/' },
];

interface Device {
  width: number;
  options: BrowserContextOptions;
}

const DEVICES: Device[] = [
  { width: 360, options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } },
  { width: 1280, options: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
];

/**
 * The same moment for every shot: a Wednesday at 10:00 in the example's support time zone, inside
 * its chat hours, so the launcher and the hours show what they show while support is working.
 */
const FIXED_TIME = new Date('2026-12-02T10:00:00-08:00');

/** How far below the top of the screen a scrolled-to element lands: a line or two of what comes before it. */
const SCROLL_MARGIN = 72;

function usage(): never {
  console.error('Usage: npx node docs/screens/take.ts <before-base-url> <after-base-url> <output-folder>');
  process.exit(2);
}

/** Loads one page and waits until it has stopped changing: fonts, lazy images, rendered results. */
async function open(page: Page, url: string, shot: Shot): Promise<void> {
  await page.clock.setFixedTime(FIXED_TIME);
  await page.goto(url, { waitUntil: 'load' });
  if (shot.waitFor) await page.locator(shot.waitFor).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
}

/** Scrolls the first element matching the selector (in document order) to just under the header. */
async function scrollTo(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    ([sel, margin]) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - margin);
      return true;
    },
    [selector, SCROLL_MARGIN] as const,
  );
}

async function save(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: file, type: 'jpeg', quality: 70, fullPage: false, animations: 'disabled', caret: 'hide' });
  console.log(`  ${path.relative(process.cwd(), file)}`);
}

/** Every page at every width for one site. */
async function takeSite(browser: Browser, base: string, folder: string): Promise<void> {
  fs.mkdirSync(folder, { recursive: true });
  for (const device of DEVICES) {
    const context = await browser.newContext({
      ...device.options,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      locale: 'en-US',
      timezoneId: 'America/Los_Angeles',
    });
    for (const shot of SHOTS) {
      const page = await context.newPage();
      const url = new URL(shot.url, base).href;
      await open(page, url, shot);
      await save(page, path.join(folder, `${shot.name}-${device.width}.jpg`));
      if (device.width < 600 && shot.phoneScrollTo) {
        if (await scrollTo(page, shot.phoneScrollTo)) {
          await page.waitForTimeout(300); // lazy images below the fold load and paint
          await save(page, path.join(folder, `${shot.name}-${device.width}-scrolled.jpg`));
        } else {
          console.warn(`  (no ${shot.phoneScrollTo} on ${url}: no scrolled shot)`);
        }
      }
      await page.close();
    }
    await context.close();
  }
}

async function main(): Promise<void> {
  const [before, after, output] = process.argv.slice(2);
  if (!before || !after || !output) usage();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // As the browser tests start it (test/support/browser.ts): no sandbox as root, nothing fetched in the background.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    for (const [label, base] of [['before', before], ['after', after]] as const) {
      console.log(`${label}: ${base}`);
      await takeSite(browser, base, path.resolve(output, label));
    }
  } finally {
    await browser.close();
  }
}

await main();
